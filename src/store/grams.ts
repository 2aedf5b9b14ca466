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

interface Run {
  japanese: boolean;
  text: string;
}

/** The runs of Japanese script and of Latin words in a text; everything else separates them. */
function* runs(text: string): Generator<Run> {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const japanese = isGramChar(c);
    if (!japanese && !isWordChar(c)) {
      i++;
      continue;
    }
    const same = japanese ? isGramChar : isWordChar;
    let j = i + 1;
    while (j < text.length && same(text.charCodeAt(j))) j++;
    yield { japanese, text: japanese ? text.slice(i, j) : text.slice(i, j).toLowerCase() };
    i = j;
  }
}

function bigrams(run: string): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < run.length; k++) out.push(run.slice(k, k + 2));
  return out;
}

/** Tokens of normalised text: bigrams of Japanese runs (a one-character run stands alone) and words. */
export function gramTokens(text: string): string[] {
  const out: string[] = [];
  for (const r of runs(text)) {
    if (!r.japanese) out.push(r.text);
    else if (r.text.length === 1) out.push(r.text);
    else out.push(...bigrams(r.text));
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
    let toks: string[] = [];
    for (const r of runs(part)) {
      if (r.japanese && r.text.length === 1) {
        if (toks.length) phrases.push(toks.join(' '));
        toks = [];
      } else toks.push(...(r.japanese ? bigrams(r.text) : [r.text]));
    }
    if (toks.length) phrases.push(toks.join(' '));
  }
  if (!phrases.length) return null;
  return phrases.map((p) => `"${p.replace(/"/g, '""')}"`).join(' AND ');
}
