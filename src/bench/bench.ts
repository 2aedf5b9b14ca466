// npm run bench: ingest throughput over the seed corpus replicated to ≥ 20 MB, against the raw rate of
// the tokenizers measured in the same run (kuromoji.js, which the project ships, and MeCab from Debian
// when installed), per-stage costs, and search latency. Writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCandidates } from '../lexicon/candidates.js';
import { loadCatalogue } from '../lexicon/catalogue.js';
import { findMentions } from '../lexicon/mentions.js';
import { tokenizer } from '../lexicon/tokenizer.js';
import { ingestFile } from '../pipeline.js';
import { openStore } from '../store/store.js';
import { buildTextDoc } from '../text/index.js';
import { extractClaims } from '../extract/claims.js';
import { extractEvents } from '../extract/events.js';
import { extractQuantities } from '../extract/quantity.js';
import { extractTimexes } from '../extract/timex.js';
import { SEED_DIR, seedsPresent } from '../testing/seeds.js';

const TARGET_BYTES = 20 * 1024 * 1024;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);


function seedTexts(): Array<{ name: string; text: string; bytes: number }> {
  return readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((name) => {
    const buf = readFileSync(join(SEED_DIR, name));
    return { name, text: buf.toString('utf8'), bytes: buf.length };
  });
}

const rate = (chars: number, ms: number): number => Math.round((chars / ms) * 1000);
const fmt = (n: number): string => n.toLocaleString('en-US');

async function kuromojiRate(texts: string[]): Promise<{ rate: number; loadMs: number }> {
  const t0 = performance.now();
  const tk = await tokenizer();
  const loadMs = performance.now() - t0;
  const lines = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim());
  const chars = lines.reduce((n, l) => n + l.length, 0);
  const t1 = performance.now();
  for (const l of lines) tk.tokenize(l);
  return { rate: rate(chars, performance.now() - t1), loadMs };
}

function mecabRate(texts: string[]): { rate: number; version: string } | null {
  const which = spawnSync('sh', ['-c', 'command -v mecab'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const dic = ['/var/lib/mecab/dic/ipadic-utf8', '/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8'].find((d) => existsSync(d));
  // Ten copies of the seeds (about 2 M characters) so that start-up is negligible; the best of three runs.
  const input = Array.from({ length: 10 }, () => texts.join('\n')).join('\n');
  const args = dic ? ['-d', dic] : [];
  let ms = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const r = spawnSync('mecab', args, { input, maxBuffer: 1 << 30 });
    if (r.status !== 0) return null;
    ms = Math.min(ms, performance.now() - t0);
  }
  const version = spawnSync('mecab', ['-v'], { encoding: 'utf8' }).stdout.trim();
  return { rate: rate(input.length, ms), version };
}

function stageCosts(texts: string[]): Array<[string, number]> {
  const catalogue = loadCatalogue();
  const totals = new Map<string, number>();
  const time = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const v = f();
    totals.set(name, (totals.get(name) ?? 0) + performance.now() - t0);
    return v;
  };
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (let round = 0; round < 3; round++) {
    for (const text of texts) {
      const doc = time('text model (layout, normalise, sentences)', () => buildTextDoc(text));
      const mentions = time('mentions (catalogue scan)', () => findMentions(doc, catalogue));
      const timexes = time('time expressions', () => extractTimexes(doc, null));
      const quantities = time('quantities', () => extractQuantities(doc));
      time('events', () => extractEvents(doc, { mentions, timexes, quantities }, catalogue, { documentDate: null }));
      time('claims', () => extractClaims(doc, { mentions, timexes }, { language: doc.language, documentDate: null }));
      time('candidates', () => findCandidates(doc, mentions));
    }
  }
  return [...totals].map(([k, ms]) => [k, rate(chars * 3, ms)]);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main(): Promise<void> {
  if (!seedsPresent) {
    console.error(`bench: the seed corpus is not at ${SEED_DIR}; nothing to measure`);
    process.exit(1);
  }
  const seeds = seedTexts();
  const texts = seeds.map((s) => s.text);
  const seedBytes = seeds.reduce((n, s) => n + s.bytes, 0);
  const copies = Math.ceil(TARGET_BYTES / seedBytes);
  const work = mkdtempSync(join(tmpdir(), 'tenbo-bench-'));
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  for (let k = 0; k < copies; k++) for (const s of seeds) copyFileSync(join(SEED_DIR, s.name), join(corpus, `${String(k).padStart(3, '0')}-${s.name}`));
  const totalChars = texts.reduce((n, t) => n + t.length, 0) * copies;
  console.error(`corpus: ${copies} copies of the ${seeds.length} seeds, ${fmt(seedBytes * copies)} bytes, ${fmt(totalChars)} characters`);

  console.error('tokenizers …');
  const kuro = await kuromojiRate(texts);
  const mecab = mecabRate(texts);
  console.error('stages …');
  const stages = stageCosts(texts);

  console.error('ingest …');
  const catalogue = loadCatalogue();
  const store = await openStore(join(work, 'bench.db'));
  const files = readdirSync(corpus).sort().map((f) => join(corpus, f));
  const t0 = performance.now();
  for (const f of files) {
    const o = await ingestFile(store, catalogue, f);
    if (o.status !== 'ingested') throw new Error(`bench: ${f}: ${o.status === 'failed' ? o.error : o.status}`);
  }
  const ingestMs = performance.now() - t0;
  const ingestRate = rate(totalChars, ingestMs);
  const rss = process.memoryUsage().rss;

  console.error('search …');
  const queries = ['露朝', '中露', '中国', '北朝鮮', 'ロシア', '金正恩', '国連安保理', '包括的戦略パートナーシップ条約', 'NATO', '新START', '精密誘導ミサイルの在庫不足', 'ICBM'];
  const latencies: number[] = [];
  const perQuery: Array<[string, number, number]> = [];
  for (const q of queries) {
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < 5; r++) {
      const s = performance.now();
      hits = (await store.search(q, 20)).length;
      times.push(performance.now() - s);
    }
    latencies.push(...times);
    perQuery.push([q, hits, percentile(times, 50)]);
  }
  const sqliteVersion = (await sql<{ v: string }>`select sqlite_version() as v`.execute(store.db)).rows[0].v;
  await store.close();
  rmSync(work, { recursive: true, force: true });

  const kuroVersion = (require('@sglkc/kuromoji/package.json') as { version: string }).version;
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Ratios compare rates measured in the same run.`,
    '',
    '## Machine',
    `- ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    `- Node.js ${process.version}, SQLite ${sqliteVersion}, @sglkc/kuromoji ${kuroVersion}${mecab ? `, ${mecab.version} (ipadic-utf8)` : ', MeCab not installed (apt-get install mecab mecab-ipadic-utf8 to compare)'}`,
    '',
    '## Ingest',
    `Corpus: the ${seeds.length} seed reports copied ${copies} times: ${fmt(files.length)} files, ${(seedBytes * copies / 2 ** 20).toFixed(1)} MB, ${fmt(totalChars)} characters.`,
    'Every layer is extracted and stored: text model, mentions, time expressions, quantities, events, claims, candidates, search index.',
    '',
    '| what | characters per second | ratio to MeCab | ratio to kuromoji.js |',
    '| --- | ---: | ---: | ---: |',
    `| whole ingest (read, model, extract, store) | ${fmt(ingestRate)} | ${mecab ? (ingestRate / mecab.rate).toFixed(2) : '—'} | ${(ingestRate / kuro.rate).toFixed(2)} |`,
    ...(mecab ? [`| MeCab tokenising alone (CLI, the seeds ×10 on stdin, best of 3) | ${fmt(mecab.rate)} | 1.00 | ${(mecab.rate / kuro.rate).toFixed(2)} |`] : []),
    `| kuromoji.js tokenising alone (per line; load ${Math.round(kuro.loadMs)} ms not counted) | ${fmt(kuro.rate)} | ${mecab ? (kuro.rate / mecab.rate).toFixed(2) : '—'} | 1.00 |`,
    '',
    `Ingest wall time ${(ingestMs / 1000).toFixed(1)} s; process RSS at the end ${(rss / 2 ** 20).toFixed(0)} MB. The goal is a whole ingest at ≥ 0.3 of MeCab's raw rate.`,
    '',
    '## Extraction stages (in memory, the five seeds three times)',
    '',
    '| stage | characters per second |',
    '| --- | ---: |',
    ...stages.map(([k, r]) => `| ${k} | ${fmt(r)} |`),
    '',
    '## Search',
    `Over the ingested corpus (${fmt(files.length)} documents), 5 runs of each query, limit 20: p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms.`,
    '',
    '| query | hits (≤ 20) | p50 ms |',
    '| --- | ---: | ---: |',
    ...perQuery.map(([q, h, ms]) => `| ${q} | ${h} | ${ms.toFixed(2)} |`),
    '',
  ];
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
