// Clause structure of a Japanese sentence, read from its surface: where a clause ends (a comma after a
// conjunctive form: 〜し、〜て、〜り、〜が、〜ものの、), which case particle follows a noun phrase, and
// where a quoted clause (〜と非難した, 〜として) closes. No tokenizer: character classes and short lists.
import { isHiragana, isKanji, isKatakana, isLatinLetter, isAsciiDigit } from '../text/chars.js';
import { CueTrie } from './cue-trie.js';

export interface ClauseSpan {
  start: number;
  end: number;
}

/** Compound particles and adverbs that end in a conjunctive-looking kana but do not close a clause. */
const NOT_CLAUSE_END = [
  'に対し', 'に対して', 'について', 'において', 'によって', 'にとって', 'を通じて', 'を通して', 'に関して', 'に関し', 'に加えて', 'に加え',
  'に際し', 'に際して', 'に先立ち', 'に先立って', 'に続き', 'に続いて', 'に伴い', 'に伴って', 'をめぐって', 'を巡って', 'をめぐり', 'を巡り',
  'を含め', 'を含めて', 'を除き', 'を除いて', 'に基づき', 'に基づいて', 'にわたり', 'にわたって', 'に向けて', 'に向け', 'に従い', 'に応じて',
  'しかし', 'ただし', 'もっとも', 'なお', 'また', 'さらに', 'そして', 'そのうえ', 'その上', '一方', '他方', 'つまり', '特に', '例えば', 'たとえば',
  '次いで', 'その後', '同時に', '引き続き', '改めて', '初めて', 'はじめて', '続いて', 'ついで', '加えて', '従って', 'したがって', 'とりわけ',
  'そのため', 'このため', 'それゆえ', 'すなわち', 'なかでも', '中でも', 'とはいえ', 'ところで', 'まず', '最後に', '結果として', '実際',
  'として', 'とし', 'と並んで', 'とともに', 'と共に',
];
const notClauseEnd = (() => {
  const t = new CueTrie<string>();
  for (const w of NOT_CLAUSE_END) t.add([...w].reverse().join(''), w);
  return t;
})();

/** Endings of a conjunctive or subordinate form before a comma (read backwards from the comma). */
const CLAUSE_END_WORDS = ['るなか', 'たなか', 'るなかで', 'る中', 'た中', 'ものの', 'けれども', 'けれど', 'ながら', 'つつ', 'ので', 'のに', 'ため', 'から', 'たが', 'だが', 'るが', 'いが', 'たものの', 'ば', 'ても', 'でも', 'たとして', 'るとして', 'としつつ', 'とした上で', 'ところ', '限り', 'る限り', 'ない限り'];
const clauseEndWords = (() => {
  const t = new CueTrie<string>();
  for (const w of CLAUSE_END_WORDS) t.add([...w].reverse().join(''), w);
  return t;
})();

/** Kana that end a conjunctive (連用) form: 会談し、 行い、 続き、 述べ、 であり、 せず、 なく、. */
const CONJ_KANA = new Set([...'しりいきちみびえけせべめれじずくて']);

function longestBackward(t: CueTrie<string>, text: string, end: number, lo: number): number {
  // The longest key of `t` (stored reversed) that ends at text[end-1].
  let probe = '';
  for (let i = end - 1; i >= lo && end - i <= 10; i--) probe += text[i];
  return Math.max(0, t.longestEnd(probe, 0));
}

/** True when the comma at `comma` closes a clause. `isMentionEnd(i)` tells whether a mention ends at i. */
export function closesClause(text: string, comma: number, lo: number, isMentionEnd: (i: number) => boolean): boolean {
  const p = comma - 1;
  if (p < lo) return false;
  if (isMentionEnd(comma)) return false; // 北朝鮮、ロシア: a list
  const c = text.charCodeAt(p);
  if (!isHiragana(c)) return false; // after a noun, a number or a bracket: a list or a fronted phrase
  const notEnd = longestBackward(notClauseEnd, text, comma, lo);
  const end = longestBackward(clauseEndWords, text, comma, lo);
  if (end > 0 && end >= notEnd) {
    // 北朝鮮から、 is a phrase; したから、 closes a clause.
    if (text[p] === 'ら' && text[p - 1] === 'か') return p - 2 >= lo && isHiragana(text.charCodeAt(p - 2)) && !isMentionEnd(p - 1);
    if (text[p] === 'も' && text[p - 1] === 'で') return p - 2 >= lo && isHiragana(text.charCodeAt(p - 2));
    return true;
  }
  if (notEnd > 0) return false;
  const ch = text[p];
  if (ch === 'で') {
    // 呼んで、 closes; モスクワで、 does not.
    const b = p - 1 >= lo ? text.charCodeAt(p - 1) : 0;
    return b === 0x3093 /* ん */ || b === 0x3044 /* い */;
  }
  if (ch === 'が') return !isMentionEnd(p) && p - 1 >= lo && isHiragana(text.charCodeAt(p - 1));
  if (ch === 'と') return p - 1 >= lo && 'るたうだい'.includes(text[p - 1]); // 〜すると、 〜したと、
  return CONJ_KANA.has(ch);
}

/** The clauses of [lo, hi): closed by 。 or by a comma after a conjunctive form. */
export function splitClauses(text: string, lo: number, hi: number, isMentionEnd: (i: number) => boolean): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  let start = lo;
  let depth = 0;
  for (let i = lo; i < hi; i++) {
    const ch = text[i];
    if (ch === '「' || ch === '『' || ch === '(' || ch === '（') depth++;
    else if ((ch === '」' || ch === '』' || ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && (ch === '、' || ch === ',' || ch === '，' || ch === ';' || ch === '；') && closesClause(text, i, lo, isMentionEnd)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < hi) out.push({ start, end: hi });
  return out;
}

/** Canonical case particles: the surface forms each stands for, longest first when matched. */
const PARTICLES: Array<[string, string]> = [
  ['に対しては', 'に対し'], ['に対しても', 'に対し'], ['に対して', 'に対し'], ['に対する', 'に対し'], ['に対し', 'に対し'],
  ['によれば', 'によれば'], ['によると', 'によれば'], ['によって', 'による'], ['により', 'による'], ['による', 'による'],
  ['との間で', 'との間'], ['との間の', 'との間'], ['との間に', 'との間'], ['との間', 'との間'], ['との', 'との'],
  ['とともに', 'とともに'], ['と共に', 'とともに'], ['と並んで', 'とともに'], ['と並び', 'とともに'], ['と一緒に', 'とともに'], ['と協力して', 'とともに'], ['と連携して', 'とともに'],
  ['については', 'について'], ['について', 'について'], ['に関しては', 'について'], ['に関して', 'について'], ['に関し', 'について'], ['に関する', 'について'],
  ['をめぐって', 'について'], ['をめぐり', 'について'], ['をめぐる', 'について'], ['を巡って', 'について'], ['を巡り', 'について'], ['を巡る', 'について'],
  ['からの', 'からの'], ['からは', 'から'], ['から', 'から'], ['への', 'への'], ['へは', 'へ'], ['へと', 'へ'], ['へ', 'へ'],
  ['には', 'に'], ['にも', 'に'], ['に', 'に'], ['においては', 'で'], ['において', 'で'], ['における', 'で'], ['にて', 'で'],
  ['のほうが', 'が'], ['の方が', 'が'], ['のほうは', 'は'], ['の方は', 'は'], ['などが', 'が'], ['などは', 'は'], ['などに', 'に'], ['などを', 'を'],
  ['では', 'では'], ['でも', 'では'], ['で', 'で'], ['として', 'として'], ['とは', 'と'], ['とも', 'と'], ['と', 'と'],
  ['が', 'が'], ['は', 'は'], ['も', 'も'], ['を', 'を'], ['の', 'の'], ['や', 'や'], ['及び', 'や'], ['および', 'や'], ['並びに', 'や'],
  ['ならびに', 'や'], ['または', 'や'], ['又は', 'や'], ['、', '、'], [',', '、'], ['・', '、'], ['まで', 'まで'], ['より', 'より'],
];
const particleTrie = (() => {
  const t = new CueTrie<string>();
  for (const [surface, key] of PARTICLES) t.add(surface, key);
  return t;
})();

export interface Particle {
  key: string;
  end: number;
}

/** The case particle at text[at], if any (longest surface form). */
export function particleAt(text: string, at: number, hi: number): Particle | null {
  const m = particleTrie.longest(text, at, hi);
  return m ? { key: m.value, end: m.end } : null;
}

/** Characters that continue a noun phrase after a name: kanji, katakana, Latin, digits, brackets. */
export function isNounChar(c: number): boolean {
  return isKanji(c) || isKatakana(c) || isLatinLetter(c) || isAsciiDigit(c) || c === 0x30fc || c === 0x20 ||
    c === 0x300c || c === 0x300d || c === 0x300e || c === 0x300f || c === 0x2d || c === 0x2e || c === 0x25 ||
    c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09 || c === 0x30fb;
}

/** Quotative markers that close a quoted clause before a reporting verb. */
const QUOTE_MARKERS = ['とした上で', 'として', 'とし', 'との', 'という', 'と', 'ことを', 'ことに', 'ことで', 'ように', 'よう'];
const ADVERBS = ['強く', '厳しく', '激しく', '改めて', '公に', '公式に', '一方的に', '繰り返し', '重ねて', '明確に', '暗に', '直接', 'いち早く', '正式に', '再び', '一斉に'];

/**
 * Where a quoted clause ends right before a trigger at `at` (〜したと非難, 〜として非難, 〜するよう求め,
 * 〜することを主張): the position of the marker, or -1.
 */
export function quoteMarkerBefore(text: string, at: number, lo: number): { at: number; marker: string } | -1 {
  let p = at;
  for (const adv of ADVERBS) {
    if (p - adv.length >= lo && text.startsWith(adv, p - adv.length)) {
      p -= adv.length;
      break;
    }
  }
  if (text[p - 1] === '、') p--;
  for (const m of QUOTE_MARKERS) {
    const s = p - m.length;
    if (s < lo || !text.startsWith(m, s)) continue;
    if (m === 'と' || m === 'との' || m === 'という') {
      // Quotative と follows a predicate (〜した/〜する/〜だ/〜ない/」), not a noun (ロシアと).
      const b = text.charCodeAt(s - 1);
      if (!(isHiragana(b) || b === 0x300d /* 」 */ || b === 0x300f)) continue;
    }
    return { at: s, marker: m };
  }
  return -1;
}
