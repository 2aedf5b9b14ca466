// Character classes used by the text model and the matchers. Code points, not regexes, on the hot path.

export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 /* 々 */ || c === 0x3006 || c === 0x30f6 /* ヶ */;
}
export function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f;
}
export function isKatakana(c: number): boolean {
  return (c >= 0x30a0 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}
/** Japanese punctuation and symbols: 、。「」（）・ etc., and full-width forms. */
export function isCjkPunct(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c === 0x2015 || c === 0x2014 || c === 0x2026 ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x30fb;
}
/** Any character of Japanese script (kana, kanji, Japanese punctuation). */
export function isJapanese(c: number): boolean {
  return isKanji(c) || isHiragana(c) || isKatakana(c) || isCjkPunct(c);
}
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b;
}

/** Footnote superscripts: ¹²³⁰⁴⁵⁶⁷⁸⁹ and the combining forms used by converters. */
const SUPERSCRIPT_DIGITS: Record<number, string> = {
  0x2070: '0', 0x00b9: '1', 0x00b2: '2', 0x00b3: '3', 0x2074: '4', 0x2075: '5', 0x2076: '6', 0x2077: '7', 0x2078: '8', 0x2079: '9',
};
export function superscriptDigit(c: number): string | undefined {
  return SUPERSCRIPT_DIGITS[c];
}
