// Numerals as written in Japanese and English text: Arabic digits with thousands separators and
// decimals, kanji numerals (positional 二〇二三 or with units 二千二十三, 三十一) and the large units
// 万/億/兆 between or after either (100万, 1億2,000万, 三万). Code points, not regexes, on the hot path.

const KANJI_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const SMALL_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const LARGE_UNITS: Record<string, number> = { '万': 1e4, '億': 1e8, '兆': 1e12 };

/** The characters that may start or continue a kanji numeral (without the large units). */
export const KANJI_NUMERAL_CHARS = '〇零一二三四五六七八九十百千';

export function isKanjiDigit(ch: string): boolean {
  return ch in KANJI_DIGITS;
}

/** Value of a run of kanji digits and 十/百/千 (no 万/億/兆): 二〇二三 → 2023, 三十一 → 31, 千 → 1000. */
function kanjiSection(s: string): number | null {
  if (s.length === 0) return null;
  let positional = true;
  for (const ch of s) if (!(ch in KANJI_DIGITS)) positional = false;
  if (positional) {
    let v = 0;
    for (const ch of s) v = v * 10 + KANJI_DIGITS[ch];
    return v;
  }
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in KANJI_DIGITS) {
      // Two digits in a row inside a unit numeral (二〇〇〇 mixed with units) read positionally.
      digit = digit === null ? KANJI_DIGITS[ch] : digit * 10 + KANJI_DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** Value of an Arabic numeral with optional thousands separators and decimals, then 千/百 (3千 → 3000). */
function arabicSection(s: string): number | null {
  let mult = 1;
  const lastCh = s[s.length - 1];
  if (lastCh in SMALL_UNITS) {
    mult = SMALL_UNITS[lastCh];
    s = s.slice(0, -1);
  }
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) && s.length > 0 ? v * mult : null;
}

function isAsciiDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The value of a numeral written with Arabic digits, kanji or both, with 万/億/兆 multiplied out:
 * "100万" → 1000000, "610億" → 61000000000, "1億2,000万" → 120000000, "三" → 3, "二〇二三" → 2023.
 * Returns null for anything else.
 */
export function parseNumeral(s: string): number | null {
  let total = 0;
  let i = 0;
  let any = false;
  while (i < s.length) {
    // One section: Arabic or kanji, up to a large unit or the end.
    let j = i;
    const arabic = isAsciiDigitCode(s.charCodeAt(i));
    if (arabic) {
      while (j < s.length && (isAsciiDigitCode(s.charCodeAt(j)) || s[j] === ',' || s[j] === '.')) j++;
      if (j < s.length && s[j] in SMALL_UNITS) j++;
    } else {
      while (j < s.length && (s[j] in KANJI_DIGITS || s[j] in SMALL_UNITS)) j++;
    }
    const section = j > i ? (arabic ? arabicSection(s.slice(i, j)) : kanjiSection(s.slice(i, j))) : null;
    if (j > i && section === null) return null;
    if (j < s.length && s[j] in LARGE_UNITS) {
      // 万 with nothing before it (万一, 万全) is not a number.
      if (section === null) return null;
      total += section * LARGE_UNITS[s[j]];
      j++;
      any = true;
    } else if (j < s.length) {
      return null;
    } else if (section !== null) {
      total += section;
      any = true;
    }
    if (j === i) return null;
    i = j;
  }
  return any ? total : null;
}

/** A small number written in Arabic or kanji digits (a year, month or day): "11", "十一", "二〇二三", "元" → 1. */
export function parseSmallNumber(s: string): number | null {
  if (s === '元') return 1;
  return parseNumeral(s);
}
