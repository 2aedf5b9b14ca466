// The quantity layer (guidelines §3b): numerals with a counter or unit, 万/億/兆 multiplied out,
// money in ISO 4217 (610億ドル → 61000000000 USD), 8割 → 80 %, durations (5年間 → 5 年), ranges as two
// quantities (2~3万人 → 20000 人 and 30000 人), and the approximation words around them. Years and
// dates (timexes), ordinals (第4条), article numbers (1718号) and numbers inside names (KN-23,
// NDS2022, 火星11) are not quantities. Counters and words are data: data/rules/quantity.json.
import { readFileSync } from 'node:fs';
import { toOriginal } from '../text/normalize.js';
import type { Approx, Quantity, TextDoc } from '../types.js';
import { parseNumeral } from './numerals.js';
import { scanJa } from './timex-ja.js';
import type { ParsedTimex } from './timex-rules.js';

interface CounterRule {
  written: string[];
  unit: string;
  kanji?: boolean;
  notFollowedBy?: string;
  maxValue?: number;
  scale?: number;
  space?: boolean;
  ordinal?: boolean;
  /** What, just before the numeral, makes it something else (10時30分 is a clock time). */
  notAfter?: string;
}

interface QuantityRules {
  counters: CounterRule[];
  currencyBefore: Record<string, string>;
  approxBefore: Record<string, Approx>;
  approxAfter: Record<string, Approx>;
  notPrecededBy: string;
  nameLikeBefore: string;
  /** A counter followed by this is an ordinal (3人目). */
  ordinalAfter: { pattern: string };
  /** Set phrases whose numerals count nothing (三つどもえ, 二度と). */
  idioms: { phrases: string[]; notFollowedBy: Record<string, string> };
  rangeSeparator: string;
  english: {
    scales: Record<string, number>;
    /** Scales written onto the number after a currency sign ($1.5bn). */
    attachedScales: Record<string, number>;
    counters: Record<string, string>;
    notFollowedBy: string;
    numberWords: Record<string, number>;
    /** Words that may stand between an English number and its counter (10,000 North Korean troops). */
    gapWords: string;
  };
}

const RULES = JSON.parse(readFileSync(new URL('../../data/rules/quantity.json', import.meta.url), 'utf8')) as QuantityRules;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (ws: Iterable<string>): string => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');

interface Counter {
  rule: CounterRule;
  notFollowed: RegExp | null;
  notAfter: RegExp | null;
}
const BY_WRITTEN = new Map<string, Counter>();
for (const rule of RULES.counters) {
  const c: Counter = {
    rule,
    notFollowed: rule.notFollowedBy ? new RegExp(`(?:${rule.notFollowedBy})`, 'y') : null,
    notAfter: rule.notAfter ? new RegExp(`(?:${rule.notAfter})$`) : null,
  };
  for (const w of rule.written) if (!BY_WRITTEN.has(w)) BY_WRITTEN.set(w, c);
}

interface Idiom {
  phrase: string;
  /** Where the numeral character indexed stands in the phrase. */
  offset: number;
  notFollowed: RegExp | null;
}
/** Idioms by each numeral character they hold: a numeral at `pos` is inside one when the phrase starts at pos - offset. */
const IDIOMS = new Map<string, Idiom[]>();
for (const phrase of RULES.idioms.phrases) {
  const nf = RULES.idioms.notFollowedBy[phrase];
  [...phrase].forEach((ch, offset) => {
    if (!/[0-9〇一二三四五六七八九十百千万]/.test(ch)) return;
    const list = IDIOMS.get(ch) ?? [];
    list.push({ phrase, offset, notFollowed: nf ? new RegExp(`(?:${nf})`, 'y') : null });
    IDIOMS.set(ch, list);
  });
}

function inIdiom(text: string, pos: number): boolean {
  const list = IDIOMS.get(text[pos]);
  if (!list) return false;
  for (const i of list) {
    const start = pos - i.offset;
    if (start < 0 || !text.startsWith(i.phrase, start)) continue;
    if (i.notFollowed && at(i.notFollowed, text, start + i.phrase.length)) continue;
    return true;
  }
  return false;
}

const KANJI = '〇一二三四五六七八九十百千';
const ARABIC = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[千百]?';
const SECTION = `(?:${ARABIC}|[${KANJI}]+)`;
const NUMERAL_RE = new RegExp(`${SECTION}(?:[万億兆]${SECTION}?)*`, 'y');
const KANJI_COUNTER_HEADS = [...new Set(RULES.counters.filter((r) => r.kanji).flatMap((r) => r.written.map((w) => w[0])))].map(escape).join('');
const FINDER = new RegExp(
  `(?<![0-9.,])[0-9]|(?<![${KANJI}万億兆])[${KANJI}](?=[${KANJI}万億兆]*[${KANJI_COUNTER_HEADS}])`, 'g');
const COUNTER_RE = new RegExp(`(?<sp> ?)(?<w>${alternation(BY_WRITTEN.keys())})`, 'y');
const SEP_RE = new RegExp(RULES.rangeSeparator, 'y');
const APPROX_AFTER_RE = new RegExp(`(?:${alternation(Object.keys(RULES.approxAfter))})`, 'y');
const APPROX_BEFORE_RE = new RegExp(`(?:${alternation(Object.keys(RULES.approxBefore))}) ?$`, 'i');
const CURRENCY_BEFORE_RE = new RegExp(`(?:${alternation(Object.keys(RULES.currencyBefore))})$`);
const NOT_PRECEDED_RE = new RegExp(`(?:${RULES.notPrecededBy})$`);
const NAME_BEFORE_RE = new RegExp(`${RULES.nameLikeBefore}$`);
/** The last characters of the currency signs (US$ → $): a cheap test before the regex. */
const CURRENCY_SIGNS = new Set(Object.keys(RULES.currencyBefore).map((k) => k[k.length - 1]));
const ORDINAL_AFTER_RE = new RegExp(`(?:${RULES.ordinalAfter.pattern})`, 'y');
const ATTACHED_SCALE_RE = new RegExp(`(?<s>${alternation(Object.keys(RULES.english.attachedScales).filter((k) => k !== 'about'))})(?![A-Za-z])`, 'y');
const EN_SCALE_RE = new RegExp(`\\s+(?<s>${alternation(Object.keys(RULES.english.scales))})(?![A-Za-z])`, 'y');
const EN_COUNTERS = alternation(Object.keys(RULES.english.counters));
const EN_COUNTER_RE = new RegExp(`\\s*(?<c>${EN_COUNTERS})(?![A-Za-z])`, 'y');
const EN_GAP_COUNTER_RE = new RegExp(`${RULES.english.gapWords}\\s+(?<c>${EN_COUNTERS})(?![A-Za-z])`, 'y');
const EN_WORD_FINDER = new RegExp(`(?<![A-Za-z-])(?:${alternation(Object.keys(RULES.english.numberWords))})(?![A-Za-z-])`, 'gi');
const LATIN_RE = /[A-Za-z]{3}/;
const EN_NOT_FOLLOWED_RE = new RegExp(RULES.english.notFollowedBy, 'y');
const LARGE: Record<string, number> = { '万': 1e4, '億': 1e8, '兆': 1e12 };
const PREFILTER = new RegExp(`[0-9${KANJI}]`);

interface Numeral {
  end: number;
  value: number;
  kanji: boolean;
  /** The last 万/億/兆 written, for a range whose first number leaves it out (2~3万人). */
  large: number | null;
  text: string;
}

interface Unit {
  end: number;
  unit: string;
  scale: number;
  maxValue?: number;
  ordinal?: boolean;
}

export interface FoundQuantity {
  start: number;
  end: number;
  /** The end without an approximation word after it (ほど, 以上). */
  core?: number;
  value: number;
  unit: string;
  approx?: Approx;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function numeralAt(text: string, pos: number): Numeral | null {
  const m = at(NUMERAL_RE, text, pos);
  if (!m) return null;
  let s = m[0];
  // A trailing thousands comma or decimal point belongs to the sentence, not the number.
  while (s.length > 1 && /[,.]$/.test(s)) s = s.slice(0, -1);
  const value = parseNumeral(s);
  if (value === null) return null;
  const lastLarge = [...s].reverse().find((ch) => ch in LARGE);
  return { end: pos + s.length, value, kanji: !/^[0-9]/.test(s), large: lastLarge ? LARGE[lastLarge] : null, text: s };
}

function counterAt(text: string, pos: number, n: Numeral): Unit | null {
  const start = pos - n.text.length;
  // "$1.5bn", "$300m": a scale written onto the number after a currency sign.
  const sign = n.kanji || start === 0 || !CURRENCY_SIGNS.has(text[start - 1]) ? null : CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, start - 3), start));
  if (sign) {
    const am = at(ATTACHED_SCALE_RE, text, pos);
    if (am?.groups) return { end: pos + am[0].length, unit: RULES.currencyBefore[sign[0]], scale: RULES.english.attachedScales[am.groups.s] };
  }
  const m = at(COUNTER_RE, text, pos);
  if (m?.groups) {
    const c = BY_WRITTEN.get(m.groups.w);
    const end = pos + m[0].length;
    if (c && (!m.groups.sp || c.rule.space) && (!n.kanji || c.rule.kanji) && !(c.notFollowed && at(c.notFollowed, text, end)) &&
      !(c.notAfter && c.notAfter.test(text.slice(Math.max(0, start - 4), start)))) {
      // 3人目, 2隻目: an ordinal.
      const ordinal = c.rule.ordinal || at(ORDINAL_AFTER_RE, text, end) !== null;
      return { end, unit: c.rule.unit, scale: c.rule.scale ?? 1, maxValue: c.rule.maxValue, ordinal };
    }
  }
  if (n.kanji) return null;
  // English: "3,200 troops", "61 billion dollars", "$61 billion".
  let end = pos;
  let scale = 1;
  const sm = at(EN_SCALE_RE, text, end);
  if (sm?.groups) {
    scale = RULES.english.scales[sm.groups.s];
    end += sm[0].length;
  }
  let cm = at(EN_COUNTER_RE, text, end);
  // Adjectives may stand between: "10,000 North Korean troops" (not after a bare year: "in 2024 Russian troops").
  if (!cm && !(scale === 1 && /^(19|20)\d\d$/.test(n.text))) cm = at(EN_GAP_COUNTER_RE, text, end);
  if (cm?.groups && (/^\s/.test(cm[0]) || cm.groups.c === '%')) {
    const after = end + cm[0].length;
    if (at(EN_NOT_FOLLOWED_RE, text, after)) return null;
    return { end: after, unit: RULES.english.counters[cm.groups.c], scale };
  }
  const currency = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, pos - n.text.length - 3), pos - n.text.length));
  if (currency) return { end, unit: RULES.currencyBefore[currency[0]], scale };
  return null;
}

function approxBefore(text: string, start: number): { start: number; approx: Approx } | null {
  const m = APPROX_BEFORE_RE.exec(text.slice(Math.max(0, start - 16), start));
  if (!m) return null;
  const word = m[0].trimEnd();
  // An English word must stand as a word ("some", not "handsome").
  const wStart = start - m[0].length;
  if (/^[a-z]/i.test(word) && wStart > 0 && /[A-Za-z]/.test(text[wStart - 1])) return null;
  const approx = RULES.approxBefore[word] ?? RULES.approxBefore[word.toLowerCase()];
  return approx ? { start: wStart, approx } : null;
}

function approxAfter(text: string, end: number): { end: number; approx: Approx } | null {
  const m = at(APPROX_AFTER_RE, text, end);
  return m ? { end: end + m[0].length, approx: RULES.approxAfter[m[0]] } : null;
}

function excludedBefore(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 2), pos);
  return NOT_PRECEDED_RE.test(before) || NAME_BEFORE_RE.test(before);
}

function acceptable(n: Numeral, u: Unit): boolean {
  if (u.ordinal) return false;
  return u.maxValue === undefined || n.value <= u.maxValue;
}

/** The quantities of one normalised string (a sentence or a table cell), offsets into it. */
export function scanQuantities(text: string): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  const latin = LATIN_RE.test(text);
  if (!PREFILTER.test(text)) {
    if (latin) scanNumberWords(text, out);
    return out;
  }
  FINDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FINDER.exec(text))) {
    const pos = m.index;
    const n1 = numeralAt(text, pos);
    if (!n1) continue;
    FINDER.lastIndex = n1.end;
    if (excludedBefore(text, pos) || inIdiom(text, pos)) continue;
    const currency = CURRENCY_BEFORE_RE.exec(text.slice(Math.max(0, pos - 3), pos));
    const lead = currency ? pos - currency[0].length : pos;
    const before = approxBefore(text, lead);
    const u1 = counterAt(text, n1.end, n1);
    if (u1) {
      if (!acceptable(n1, u1)) continue;
      const after = approxAfter(text, u1.end);
      const q: FoundQuantity = { start: before?.start ?? lead, end: after?.end ?? u1.end, value: n1.value * u1.scale, unit: u1.unit };
      if (after) q.core = u1.end;
      const approx = after?.approx ?? before?.approx;
      if (approx) q.approx = approx;
      out.push(q);
      FINDER.lastIndex = q.end;
      continue;
    }
    // A range or list whose first number borrows the second's counter: 2~3万人, 420万から580万発, 1, 2年.
    const sep = at(SEP_RE, text, n1.end);
    if (!sep || (n1.value >= 1000 && /[、,・]/.test(sep[0]) && !n1.large)) continue;
    const p2 = n1.end + sep[0].length;
    const n2 = numeralAt(text, p2);
    if (!n2 || n2.kanji !== n1.kanji) continue;
    const u2 = counterAt(text, n2.end, n2);
    if (!u2 || !acceptable(n2, u2)) continue;
    const v1 = n1.large === null && n2.large !== null ? n1.value * n2.large : n1.value;
    if (!acceptable({ ...n1, value: v1 }, u2)) continue;
    const after = approxAfter(text, u2.end);
    const approx = after?.approx ?? before?.approx;
    const q1: FoundQuantity = { start: before?.start ?? lead, end: n1.end, value: v1 * u2.scale, unit: u2.unit };
    const q2: FoundQuantity = { start: p2, end: after?.end ?? u2.end, value: n2.value * u2.scale, unit: u2.unit };
    if (after) q2.core = u2.end;
    if (approx) {
      q1.approx = approx;
      q2.approx = approx;
    }
    out.push(q1, q2);
    FINDER.lastIndex = q2.end;
  }
  if (latin) scanNumberWords(text, out);
  return withoutTimes(text, out);
}

const DATE_CHARS = /[年月日]/;

/** Numbers that belong to a time expression (昭和20年, 2023~24年, 70年前) are not quantities. */
function withoutTimes(text: string, found: FoundQuantity[]): FoundQuantity[] {
  if (!found.length || !DATE_CHARS.test(text)) return found;
  const times: ParsedTimex[] = [];
  scanJa(text, times);
  if (!times.length) return found;
  return found.filter((q) => !times.some((t) => t.start < q.end && q.start < t.end));
}

/** English numbers written as words with a counter: "two ballistic missiles", "three countries". */
function scanNumberWords(text: string, out: FoundQuantity[]): void {
  EN_WORD_FINDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  const found: FoundQuantity[] = [];
  while ((m = EN_WORD_FINDER.exec(text))) {
    const value = RULES.english.numberWords[m[0].toLowerCase()];
    const end = m.index + m[0].length;
    const cm = at(EN_GAP_COUNTER_RE, text, end);
    if (!cm?.groups || value === undefined) continue;
    const after = end + cm[0].length;
    if (at(EN_NOT_FOLLOWED_RE, text, after)) continue;
    const before = approxBefore(text, m.index);
    const q: FoundQuantity = { start: before?.start ?? m.index, end: after, value, unit: RULES.english.counters[cm.groups.c] };
    if (before) q.approx = before.approx;
    found.push(q);
    EN_WORD_FINDER.lastIndex = after;
  }
  if (!found.length) return;
  out.push(...found.filter((q) => !out.some((o) => o.start < q.end && q.start < o.end)));
  out.sort((a, b) => a.start - b.start);
}

/** Superscript ² / ³ after a length unit (km²) that the normalised text dropped as a footnote mark. */
const POWER: Record<string, string> = { '²': '²', '³': '³' };

export function extractQuantities(doc: TextDoc): Quantity[] {
  const out: Quantity[] = [];
  const cellsOf = new Map<number, Array<{ normStart: number; normEnd: number }>>();
  for (const t of doc.tables) for (const r of t.rows) cellsOf.set(r.sentence, r.cells);
  for (const s of doc.sentences) {
    // A table row is read cell by cell: its cells stand side by side without a separator in `norm`.
    const pieces = s.table !== undefined && cellsOf.has(s.index) ? cellsOf.get(s.index)! : [s];
    for (const piece of pieces) {
      const text = doc.norm.slice(piece.normStart, piece.normEnd);
      for (const f of scanQuantities(text)) {
        const ns = piece.normStart + f.start;
        let ne = piece.normStart + f.end;
        let span = toOriginal(doc.original, doc.normToOrig, ns, ne);
        // An approximation word the text stage joined across a figure (5万人ほ…図…ど) stays out of the span.
        if (f.core !== undefined && span.end - span.start > 3 * (ne - ns) + 8) {
          ne = piece.normStart + f.core;
          span = toOriginal(doc.original, doc.normToOrig, ns, ne);
        }
        let unit = f.unit;
        const next = doc.original[span.end];
        if ((unit === 'km' || unit === 'm') && next in POWER) {
          unit += POWER[next];
          span.end += 1;
        }
        const q: Quantity = { ...span, normStart: ns, normEnd: ne, value: f.value, unit, sentence: s.index };
        if (f.approx) q.approx = f.approx;
        out.push(q);
      }
    }
  }
  return out;
}
