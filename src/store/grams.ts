// The search index's view of text: runs of Japanese script become overlapping bigrams, runs of
// Latin letters and digits become lower-case words. A query is rewritten the same way and searched
// as a phrase (adjacent tokens), then checked exactly against the normalised sentence text.
import { isHiragana, isKanji, isKatakana } from '../text/chars.js';

function isGramChar(c: number): boolean {
  return isKanji(c) || isHiragana(c) || isKatakana(c) || c === 0x30fc;
}
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** Tokens of normalised text: bigrams of Japanese runs (a one-character run stands alone) and words. */
export function gramTokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isGramChar(c)) {
      let j = i;
      while (j < text.length && isGramChar(text.charCodeAt(j))) j++;
      if (j - i === 1) out.push(text[i]);
      else for (let k = i; k + 1 < j; k++) out.push(text.slice(k, k + 2));
      i = j;
    } else if (isWordChar(c)) {
      let j = i;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      out.push(text.slice(i, j).toLowerCase());
      i = j;
    } else i++;
  }
  return out;
}

/**
 * The FTS5 query for a normalised query string: each run becomes a phrase of its tokens; a one-character
 * Japanese run is left to the exact check (it may sit inside a longer run in the text). Null when nothing
 * indexable remains (a one-character query): the caller scans instead.
 */
export function gramQuery(query: string): string | null {
  const phrases: string[] = [];
  for (const part of query.split(/\s+/).filter(Boolean)) {
    const toks: string[] = [];
    let i = 0;
    while (i < part.length) {
      const c = part.charCodeAt(i);
      if (isGramChar(c)) {
        let j = i;
        while (j < part.length && isGramChar(part.charCodeAt(j))) j++;
        if (j - i >= 2) for (let k = i; k + 1 < j; k++) toks.push(part.slice(k, k + 2));
        else if (toks.length) { phrases.push(toks.splice(0).join(' ')); }
        i = j;
      } else if (isWordChar(c)) {
        let j = i;
        while (j < part.length && isWordChar(part.charCodeAt(j))) j++;
        toks.push(part.slice(i, j).toLowerCase());
        i = j;
      } else i++;
    }
    if (toks.length) phrases.push(toks.join(' '));
  }
  if (!phrases.length) return null;
  return phrases.map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ');
}
