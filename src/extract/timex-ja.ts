// Japanese time expressions in normalised text: [era|year|year word][度] [month|month word]
// [day|day word] [part], ranges at any level (2015年5月11~21日, 2018~19年, 4月29日~5月4日,
// 2021年から2025年), offsets (70年前, 4日後, 一カ月前 — and 一カ月前である昨年八月) and numeric dates
// (2023/9/13, 2023-09-13). The rules come from data/rules/timex.json; regexes are compiled once.
import type { TimePart } from '../types.js';
import { parseSmallNumber } from './numerals.js';
import { type DateSpec, type Field, type OffsetUnit, type ParsedTimex, type Relative, TIMEX_RULES, alternation } from './timex-rules.js';

const R = TIMEX_RULES.ja;

const KANJI_MONTH = '十[一二]?|[一二三四五六七八九]';
const KANJI_DAY = '[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
const KANJI_YEAR = '[〇一二三四五六七八九]{4}';
const ERA_YEAR = '元|\\d{1,2}|[一二三四五六七八九十]{1,3}';
const KANJI_NUM = '[〇一二三四五六七八九十百]{1,4}';

/** A word alternation where each word may carry characters it must not follow or precede. */
function words(list: Record<string, unknown>): string {
  const before = R.wordNotPrecededBy;
  const after = R.wordNotFollowedBy ?? {};
  return alternation(Object.keys(list)).split('|').map((w) =>
    `${before[w] ? `(?<![${before[w]}])` : ''}${w}${after[w] ? `(?![${after[w]}])` : ''}`).join('|');
}

const ERAS = alternation(Object.keys(R.eras));
const YEAR_WORDS = words(R.yearWords);
const MONTH_WORDS = words(R.monthWords);
const DAY_WORDS = words(R.dayWords);
const SEP = R.rangeSeparator;

const YEAR_RE = new RegExp(
  `(?:(?<era>${ERAS})(?<eraN>${ERA_YEAR})年|(?<y>\\d{4}|${KANJI_YEAR})年|(?<yw>${YEAR_WORDS}))(?!${R.yearNotFollowedBy})`, 'y');
const YEAR_RANGE_RE = new RegExp(`(?<a>\\d{4})${SEP}(?<b>\\d{4}|\\d{2})年(?!${R.yearNotFollowedBy})`, 'y');
/** A western year after an era year or the reverse: 令和7年(2025年), 2025年(令和7年). */
const PAREN_RE = new RegExp(`\\((?:(?:${ERAS})(?:${ERA_YEAR})|\\d{4})年?\\)`, 'y');
const FISCAL_RE = new RegExp(R.fiscal, 'y');
const MONTH_RE = new RegExp(`(?:(?<m>\\d{1,2})|(?<km>${KANJI_MONTH}))月(?!${R.monthNotFollowedBy})|(?<mw>${MONTH_WORDS})`, 'y');
const MONTH_RANGE_RE = new RegExp(`(?<a>\\d{1,2})${SEP}(?<b>\\d{1,2})月(?!${R.monthNotFollowedBy})`, 'y');
const DAY_RE = new RegExp(`(?:(?<d>\\d{1,2})|(?<kd>${KANJI_DAY}))日(?!${R.dayNotFollowedBy})|(?<dw>${DAY_WORDS})`, 'y');
const DAY_RANGE_RE = new RegExp(`(?<a>\\d{1,2})${SEP}(?<b>\\d{1,2})日(?!${R.dayNotFollowedBy})`, 'y');
const PART_RE = new RegExp(R.parts.map((p, i) => `(?<p${i}>${p.pattern})`).join('|'), 'y');
const SEP_RE = new RegExp(SEP, 'y');
const OFFSET_RE = new RegExp(
  `(?<n>\\d{1,3}|${KANJI_NUM})(?<u>${alternation(Object.keys(R.offsetUnits))})(?<dir>${alternation(Object.keys(R.offsetDirections))})(?!${R.offsetNotFollowedBy})`, 'y');
const APPOSITION_RE = new RegExp(`(?:${R.apposition})`, 'y');
const NOT_PRECEDED_RE = new RegExp(`(?:${R.notPrecededBy})$`);
const NUMERIC_DATE_RE = /(?<y>\d{4})(?<s>[/-])(?<m>\d{1,2})(?:\k<s>(?<d>\d{1,2}))?(?![\d/-])/y;

/** Where a Japanese time expression may begin. */
export const JA_FINDER = new RegExp(
  `(?<![0-9A-Za-z.,])[0-9]|(?<![〇一二三四五六七八九十百千])[〇一二三四五六七八九十](?=[〇一二三四五六七八九十百]*(?:年|月|カ|か|ヶ|ヵ|ケ|箇|週))` +
  `|${ERAS}|${YEAR_WORDS}|${MONTH_WORDS}|${DAY_WORDS}`, 'g');

interface Hit {
  end: number;
  g: Record<string, string | undefined>;
}

function at(re: RegExp, text: string, pos: number): Hit | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? { end: re.lastIndex, g: m.groups ?? {} } : null;
}

function rel(r: Relative): Field {
  return { from: r.from, offset: r.offset };
}

function yearField(g: Hit['g']): Field | null {
  if (g.era) {
    const n = parseSmallNumber(g.eraN ?? '');
    return n === null ? null : { abs: R.eras[g.era] + n };
  }
  if (g.y) {
    const n = parseSmallNumber(g.y);
    return n === null ? null : { abs: n };
  }
  return g.yw ? rel(R.yearWords[g.yw]) : null;
}

function partOf(g: Hit['g']): TimePart | undefined {
  for (let i = 0; i < R.parts.length; i++) if (g[`p${i}`] !== undefined) return R.parts[i].part;
  return undefined;
}

/** 2023/9/13, 2023-09-13, 2023/9 at `pos`. */
export function numericDate(text: string, pos: number): ParsedTimex | null {
  const h = at(NUMERIC_DATE_RE, text, pos);
  if (!h) return null;
  const m = Number(h.g.m);
  const d = h.g.d === undefined ? undefined : Number(h.g.d);
  if (m < 1 || m > 12 || (d !== undefined && (d < 1 || d > 31))) return null;
  // 2023-24 is a range of years, not a month; a Y-M pair needs the slash.
  if (d === undefined && h.g.s === '-') return null;
  const spec: DateSpec = { y: { abs: Number(h.g.y) }, m: { abs: m } };
  if (d !== undefined) spec.d = { abs: d };
  return { start: pos, end: h.end, spec };
}

function offsetAt(text: string, pos: number): ParsedTimex | null {
  const h = at(OFFSET_RE, text, pos);
  if (!h) return null;
  const n = parseSmallNumber(h.g.n ?? '');
  if (n === null || n === 0) return null;
  const unit: OffsetUnit = R.offsetUnits[h.g.u ?? ''];
  const out: ParsedTimex = { start: pos, end: h.end, offset: { n: n * R.offsetDirections[h.g.dir ?? ''], unit } };
  // 露朝首脳会談の一カ月前である昨年八月: the time it stands in apposition to gives its value.
  const ap = at(APPOSITION_RE, text, h.end);
  const next = parseJa(text, ap ? ap.end : h.end, false);
  if (next?.spec && out.offset) out.offset.apposed = next.spec;
  return out;
}

/** Parses a Japanese time expression starting exactly at `pos`, or returns null. */
export function parseJa(text: string, pos: number, allowRange: boolean): ParsedTimex | null {
  const numeric = numericDate(text, pos);
  if (numeric) return numeric;
  const off = offsetAt(text, pos);
  if (off) return off;
  const spec: DateSpec = {};
  let until: DateSpec | undefined;
  let fiscal = false;
  let p = pos;

  let h = at(YEAR_RE, text, p);
  if (h) {
    const y = yearField(h.g);
    if (!y) return null;
    spec.y = y;
    p = h.end;
    const paren = at(PAREN_RE, text, p);
    if (paren) p = paren.end;
  } else if (allowRange && (h = at(YEAR_RANGE_RE, text, p))) {
    const a = Number(h.g.a);
    let b = Number(h.g.b);
    if ((h.g.b ?? '').length === 2) b += a - (a % 100);
    if (b <= a) return null;
    spec.y = { abs: a };
    until = { y: { abs: b } };
    p = h.end;
  }
  if (spec.y && (h = at(FISCAL_RE, text, p))) {
    fiscal = true;
    p = h.end;
  }

  if ((h = at(MONTH_RE, text, p))) {
    if (h.g.mw) {
      if (!spec.y) spec.m = rel(R.monthWords[h.g.mw]);
    } else {
      const m = parseSmallNumber(h.g.m ?? h.g.km ?? '');
      if (m !== null && m >= 1 && m <= 12) spec.m = { abs: m };
    }
    if (spec.m) p = h.end;
  } else if (allowRange && !until && (h = at(MONTH_RANGE_RE, text, p))) {
    const a = Number(h.g.a);
    const b = Number(h.g.b);
    if (a >= 1 && a <= 12 && b >= 1 && b <= 12) {
      spec.m = { abs: a };
      until = { ...(spec.y ? { y: spec.y } : {}), m: { abs: b } };
      p = h.end;
    }
  }

  if (spec.m || !spec.y) {
    if ((h = at(DAY_RE, text, p)) && (h.g.d || (h.g.kd && spec.m) || (h.g.dw && !spec.m))) {
      if (h.g.dw) spec.d = rel(R.dayWords[h.g.dw]);
      else {
        const d = parseSmallNumber(h.g.d ?? h.g.kd ?? '');
        if (d !== null && d >= 1 && d <= 31) spec.d = { abs: d };
      }
      if (spec.d) p = h.end;
    } else if (allowRange && !until && (h = at(DAY_RANGE_RE, text, p))) {
      const a = Number(h.g.a);
      const b = Number(h.g.b);
      if (a >= 1 && a <= 31 && b > a && b <= 31) {
        spec.d = { abs: a };
        until = { ...(spec.y ? { y: spec.y } : {}), ...(spec.m ? { m: spec.m } : {}), d: { abs: b } };
        p = h.end;
      }
    }
  }
  if (!spec.y && !spec.m && !spec.d) return null;

  let part: TimePart | undefined;
  if ((h = at(PART_RE, text, p))) {
    part = partOf(h.g);
    p = h.end;
  }

  if (allowRange && !until && (h = at(SEP_RE, text, p))) {
    const second = parseJa(text, h.end, false);
    if (second?.spec) {
      until = second.spec;
      p = second.end;
    }
  }
  const out: ParsedTimex = { start: pos, end: p, spec };
  if (until) out.until = until;
  if (part) out.part = part;
  if (fiscal) out.fiscal = true;
  return out;
}

/** All Japanese time expressions of a normalised text, in order. */
export function scanJa(text: string, out: ParsedTimex[]): void {
  JA_FINDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JA_FINDER.exec(text))) {
    const recurring = m.index > 0 && NOT_PRECEDED_RE.test(text.slice(Math.max(0, m.index - 2), m.index));
    const t = parseJa(text, m.index, true);
    if (t && recurring) {
      JA_FINDER.lastIndex = t.end;
      continue;
    }
    if (t && t.end > m.index) {
      out.push(t);
      JA_FINDER.lastIndex = t.end;
    } else {
      JA_FINDER.lastIndex = m.index + 1;
    }
  }
}
