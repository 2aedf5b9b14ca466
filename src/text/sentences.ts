// Sentence boundaries over the normalised text of one paragraph. Japanese: 。！？ outside brackets;
// English: . ! ? followed by a space and a capital, except after common abbreviations.

const OPEN = new Set(['「', '『', '(', '【', '〔', '[', '“', '《', '〈']);
const CLOSE = new Set(['」', '』', ')', '】', '〕', ']', '”', '》', '〉']);
const JA_END = new Set(['。', '!', '?']);
const TRAILING = new Set(['」', '』', ')', '”', '"', "'", '’']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col', 'lt', 'sen', 'rep', 'gov', 'inc', 'co', 'corp', 'fig', 'vol', 'pp', 'p', 'al']);
/** An unclosed bracket stops protecting sentence ends after this many characters. */
const MAX_BRACKET_SPAN = 200;

function isJa(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 0x3040 && x <= 0x30ff) || (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3000 && x <= 0x303f);
}

function englishEnd(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && next !== ' ') return isJa(next) && isJa(text[i - 1]);
  let j = i + 1;
  while (text[j] === ' ') j++;
  const after = text[j];
  if (after !== undefined && !/[A-Z0-9"“'‘(\[]/.test(after) && !isJa(after)) return false;
  if (text[i] !== '.') return true;
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i));
  if (word && (ABBREVIATIONS.has(word[1].toLowerCase()) || /^[A-Z]$/.test(word[1]))) return false;
  return true;
}

/** Sentence spans [start, end) within text[from, to), trimmed of spaces. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let depth = 0;
  let openedAt = -1;
  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push([s, e]);
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (OPEN.has(c)) {
      if (depth === 0) openedAt = i;
      depth++;
      continue;
    }
    if (CLOSE.has(c)) {
      if (depth > 0) depth--;
      continue;
    }
    if (depth > 0 && i - openedAt > MAX_BRACKET_SPAN) depth = 0;
    if (depth > 0) continue;
    let end = -1;
    if (c === '。') end = i + 1;
    else if ((c === '!' || c === '?') && (isJa(text[i - 1]) || englishEnd(text, i))) end = i + 1;
    else if (c === '.' && englishEnd(text, i)) end = i + 1;
    if (end < 0) continue;
    while (end < to && (TRAILING.has(text[end]) || JA_END.has(text[end]))) end++;
    emit(end);
    i = end - 1;
  }
  emit(to);
  return out;
}
