// The Japanese morphological tokenizer (kuromoji.js with IPADIC, pure JavaScript), loaded on demand:
// it takes about 0.7 s and 400 MB to load, so the ingest hot path never needs it. It serves the deeper
// analyses that only some sentences call for, such as tagging the names the catalogue lacks.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Token {
  surface: string;
  /** IPADIC part of speech, e.g. 名詞,固有名詞,人名,姓 */
  pos: string;
  start: number;
}

interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  pos_detail_3: string;
  word_position: number;
}
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}
interface Kuromoji {
  builder(options: { dicPath: string }): { build(cb: (err: Error | null, t: KuromojiTokenizer) => void): void };
}

const require = createRequire(import.meta.url);
let loading: Promise<KuromojiTokenizer> | undefined;

/** The tokenizer itself, loaded once: for measuring its raw rate (npm run bench). */
export function tokenizer(): Promise<{ tokenize(text: string): unknown[] }> {
  return kuromoji();
}

function kuromoji(): Promise<KuromojiTokenizer> {
  loading ??= new Promise((resolve, reject) => {
    const kuromoji = require('@sglkc/kuromoji') as Kuromoji;
    const dicPath = join(dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t)));
  });
  return loading;
}

export async function tokenize(text: string): Promise<Token[]> {
  const t = await kuromoji();
  return t.tokenize(text).map((k) => ({
    surface: k.surface_form,
    pos: [k.pos, k.pos_detail_1, k.pos_detail_2, k.pos_detail_3].filter((x) => x && x !== '*').join(','),
    start: k.word_position - 1,
  }));
}

/** The proper-noun class IPADIC gives a span of text, if any token inside it has one: 人名, 組織 or 地域. */
export function properNounTag(tokens: Token[], start: number, end: number): string | null {
  for (const t of tokens) {
    if (t.start + t.surface.length <= start || t.start >= end) continue;
    const m = /^名詞,固有名詞,(人名|組織|地域)/.exec(t.pos);
    if (m) return m[1];
  }
  return null;
}
