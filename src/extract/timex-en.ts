// English time expressions: "September 13, 2023", "13 September 2023", "September 2023",
// "mid-2024", "early September", "in 2023" (a bare year needs a preceding word that makes it a time,
// so that "Vostok 2018" or "NDS2022" stay names), fiscal years (FY2025), ranges ("2021–2025",
// "from 2021 to 2025", "September 12–19, 2016"), relative phrases ("last year", "the same day") and
// offsets ("two years ago"). Rules from data/rules/timex.json.
import type { TimePart } from '../types.js';
import { numericDate } from './timex-ja.js';
import { type DateSpec, type ParsedTimex, TIMEX_RULES, alternation } from './timex-rules.js';

const R = TIMEX_RULES.en;
const MONTHS = alternation(Object.keys(R.months));
const PARTS = alternation(Object.keys(R.parts));
const NUMBER_WORDS = alternation(Object.keys(R.numberWords));
const PRECEDING = new Set(R.yearPrecededBy);
/** Month names that shorten a longer one (sept for september). */
const ABBREVIATIONS = new Set(Object.keys(R.months).filter((k) =>
  Object.keys(R.months).some((o) => o.length > k.length && R.months[o] === R.months[k])));

const PART_RE = new RegExp(`(?<p>${PARTS})(?:-|\\s+)(?:of\\s+)?`, 'iy');
const MONTH_DAY_RE = new RegExp(
  `(?<m>${MONTHS})\\.?(?:\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?)?)?(?:,?\\s+(?<y>\\d{4}))?(?![\\w-])`, 'iy');
const DAY_MONTH_RE = new RegExp(
  `(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?<m>${MONTHS})\\.?(?:,?\\s+(?<y>\\d{4}))?(?![\\w-])`, 'iy');
const YEAR_RE = new RegExp(`(?<f>${R.fiscal})?(?<y>[12]\\d{3})(?![\\d%]|,\\d|\\.\\d|[A-Za-z]|-[A-Za-z])`, 'iy');
const YEAR_END_RE = /(?<y>[12]\d{3}|\d{2})(?![\d%]|,\d|\.\d|[A-Za-z])/y;
const SEP_RE = new RegExp(R.rangeSeparator, 'iy');
const RELATIVE_RE = new RegExp(`(?:${alternation(Object.keys(R.relative))})(?![\\w-])`, 'iy');
const OFFSET_RE = new RegExp(
  `(?<n>\\d{1,3}|${NUMBER_WORDS})\\s+(?<u>${alternation(Object.keys(R.offsetUnits))})\\s+(?<dir>${alternation(Object.keys(R.offsetDirections))})(?![\\w-])`, 'iy');

const WEEKDAYS = alternation(Object.keys(R.weekdays));
const WEEKDAY_RE = new RegExp(`(?:(?<dir>${alternation(Object.keys(R.weekdayDirections))})\\s+)?(?<w>${WEEKDAYS})(?![\\w-])`, 'iy');

export const EN_FINDER = new RegExp(
  `(?<![\\w-])(?:${MONTHS}|${PARTS}|${alternation(Object.keys(R.relative))}|${NUMBER_WORDS}|${WEEKDAYS}|${alternation(Object.keys(R.weekdayDirections))}|FY|fiscal|\\d)`, 'gi');

interface Hit {
  start: number;
  end: number;
  g: Record<string, string | undefined>;
  text: string;
}

function at(re: RegExp, text: string, pos: number): Hit | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? { start: pos, end: re.lastIndex, g: m.groups ?? {}, text: m[0] } : null;
}

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

/** The word before `pos` (lower case), or '' at the start of the text or after punctuation. */
function previousWord(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && text[i] === ' ') i--;
  let j = i;
  while (j >= 0 && /[A-Za-z]/.test(text[j])) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

function yearAllowed(text: string, pos: number): boolean {
  const w = previousWord(text, pos);
  if (w === '') {
    let i = pos - 1;
    while (i >= 0 && text[i] === ' ') i--;
    // Start of the sentence, or after ( , ; : — but not after a hyphen or a letter-digit name.
    return i < 0 || '(,;:–—"“'.includes(text[i]);
  }
  return PRECEDING.has(w);
}

function monthDate(h: Hit, part: TimePart | undefined, start: number): ParsedTimex | null {
  const m = R.months[lower(h.g.m)];
  const spec: DateSpec = { m: { abs: m } };
  if (h.g.y) spec.y = { abs: Number(h.g.y) };
  let until: DateSpec | undefined;
  if (h.g.d) {
    const d = Number(h.g.d);
    if (d < 1 || d > 31) return null;
    spec.d = { abs: d };
    if (h.g.d2) {
      const d2 = Number(h.g.d2);
      if (d2 <= d || d2 > 31) return null;
      until = { ...(spec.y ? { y: spec.y } : {}), m: spec.m, d: { abs: d2 } };
    }
  }
  // "in March." — the full stop ends the sentence; only an abbreviation (Sept.) takes it.
  const end = !h.g.d && !h.g.y && h.text.endsWith('.') && !ABBREVIATIONS.has(lower(h.g.m)) ? h.end - 1 : h.end;
  const out: ParsedTimex = { start, end, spec };
  if (until) out.until = until;
  if (part && !spec.d) out.part = part;
  return out;
}

/** Parses an English time expression starting at `pos`. */
export function parseEn(text: string, pos: number, allowRange: boolean, bareYears: boolean): ParsedTimex | null {
  const numeric = numericDate(text, pos);
  if (numeric) return numeric;
  let h: Hit | null = relativeAt(text, pos);
  if (h) return relative(h, pos);
  if ((h = at(WEEKDAY_RE, text, pos))) {
    // A weekday is a time only as a capitalised name: "on Monday", "next Friday".
    const w = h.g.w ?? '';
    if (!/^[A-Z]/.test(w)) return null;
    // "Monday, September 13, 2023": the date says it all.
    const gap = /,?\s+/y;
    gap.lastIndex = h.end;
    const g = gap.exec(text);
    const dated = g ? parseEn(text, h.end + g[0].length, allowRange, bareYears) : null;
    if (dated?.spec) return { ...dated, start: pos };
    return { start: pos, end: h.end, weekday: { day: R.weekdays[w.toLowerCase()], dir: R.weekdayDirections[lower(h.g.dir)] ?? 0 } };
  }
  if ((h = at(OFFSET_RE, text, pos))) {
    const w = lower(h.g.n);
    const n = R.numberWords[w] ?? Number(w);
    const unit = R.offsetUnits[lower(h.g.u)];
    const dir = R.offsetDirections[lower(h.g.dir)];
    if (!Number.isFinite(n) || !unit || !dir) return null;
    return { start: pos, end: h.end, offset: { n: n * dir, unit } };
  }
  let p = pos;
  let part: TimePart | undefined;
  if ((h = at(PART_RE, text, p))) {
    part = R.parts[lower(h.g.p).replace(/\s+/g, ' ')];
    p = h.end;
    // "early next year", "the end of this month": a part of a relative year or month.
    const rh = relativeAt(text, p);
    const rel = rh ? relative(rh, pos) : null;
    if (rel?.spec && !rel.spec.d) return part ? { ...rel, part } : rel;
  }
  let out: ParsedTimex | null = null;
  const md = at(MONTH_DAY_RE, text, p);
  if (md && (md.g.d || md.g.y || part || monthNameAllowed(text, pos, md))) out = monthDate(md, part, pos);
  else {
    const dm = at(DAY_MONTH_RE, text, p);
    if (dm) out = monthDate(dm, part, pos);
    else if ((h = at(YEAR_RE, text, p)) && (part || h.g.f || (bareYears && yearAllowed(text, pos)))) {
      out = { start: pos, end: h.end, spec: { y: { abs: Number(h.g.y) } } };
      if (part) out.part = part;
      if (h.g.f) out.fiscal = true;
    }
  }
  if (!out?.spec) return null;
  if (allowRange && !out.until) {
    const sep = at(SEP_RE, text, out.end);
    if (sep && (!/and/i.test(sep.text) || previousWord(text, pos) === 'between')) {
      const onlyYear = out.spec.y && !out.spec.m;
      const yEnd = onlyYear ? at(YEAR_END_RE, text, sep.end) : null;
      if (yEnd && onlyYear && 'abs' in out.spec.y!) {
        const a = out.spec.y.abs;
        let b = Number(yEnd.g.y);
        if ((yEnd.g.y ?? '').length === 2) b += a - (a % 100);
        if (b > a) {
          out.until = { y: { abs: b } };
          out.end = yEnd.end;
        }
      } else {
        const second = parseEn(text, sep.end, false, true);
        if (second?.spec && !second.offset) {
          out.until = second.spec;
          out.end = second.end;
        }
      }
    }
  }
  return out;
}

function relativeAt(text: string, pos: number): Hit | null {
  return at(RELATIVE_RE, text, pos);
}

function relative(h: Hit, pos: number): ParsedTimex | null {
  const r = R.relative[h.text.toLowerCase().replace(/\s+/g, ' ')];
  if (!r) return null;
  const field = { from: r.from, offset: r.offset };
  const spec: DateSpec = r.unit === 'year' ? { y: field } : r.unit === 'month' ? { m: field } : { d: field };
  return { start: pos, end: h.end, spec };
}

/** A month name alone ("in September") is a time only when capitalised and not a common word. */
function monthNameAllowed(text: string, pos: number, h: Hit): boolean {
  const word = text.slice(h.start, h.end);
  if (!/^[A-Z]/.test(word)) return false;
  const w = word.toLowerCase();
  if (w === 'may' || w === 'march' || w.length <= 3) return PRECEDING.has(previousWord(text, pos));
  return true;
}

/** All English time expressions of a text, in order. `bareYears`: accept "in 2023" (English sentences). */
export function scanEn(text: string, out: ParsedTimex[], bareYears: boolean): void {
  EN_FINDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_FINDER.exec(text))) {
    const t = parseEn(text, m.index, true, bareYears);
    if (t && t.end > m.index) {
      out.push(t);
      EN_FINDER.lastIndex = t.end;
    } else {
      EN_FINDER.lastIndex = m.index + 1;
    }
  }
}
