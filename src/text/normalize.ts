// Normalisation for matching, with an offset map back to the original text.
// The normalised text is built piece by piece from spans of the original: NFKC (width, compatibility
// forms), wave dashes unified, spaces dropped where Japanese script meets anything (so that
// `2023 年 9 月` reads `2023年9月` and `新 START` reads `新START`), line wraps joined, footnote
// superscripts left out. Every normalised character records the original index it came from.
import { isAsciiDigit, isJapanese, isSpace, superscriptDigit } from './chars.js';

const WAVE = new Set([0x301c, 0xff5e, 0x223c]); // 〜 ～ ∼ → ~

/** NFKC of one original character (or a surrogate pair / half-width kana with its sound mark). */
function foldChar(text: string, i: number): { out: string; len: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) return { out: text[i], len: 1 };
  if (WAVE.has(c)) return { out: '~', len: 1 };
  // Common, already-normal ranges: hiragana, katakana, CJK unified ideographs.
  if ((c >= 0x3041 && c <= 0x30fa) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002 || c === 0x30fc) {
    return { out: text[i], len: 1 };
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    return { out: text.slice(i, i + 2).normalize('NFKC'), len: 2 };
  }
  // Half-width katakana followed by a half-width voiced/semi-voiced mark composes into one character.
  if (c >= 0xff66 && c <= 0xff9d && i + 1 < text.length) {
    const n = text.charCodeAt(i + 1);
    if (n === 0xff9e || n === 0xff9f) return { out: text.slice(i, i + 2).normalize('NFKC'), len: 2 };
  }
  return { out: text[i].normalize('NFKC'), len: 1 };
}

export interface FootnoteMark {
  start: number;
  end: number;
  marker: string;
}

/** A character that normalises to itself and is not a space: copied in runs. */
function isPlain(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x3041 && c <= 0x30fa) || c === 0x30fc || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002;
}

/** Builds the normalised text of a document and its map, one original span at a time. */
export class NormBuilder {
  /** Finished paragraphs; the one being built is `para`, starting at `paraStart`. */
  private readonly done: string[] = [];
  private para = '';
  private paraStart = 0;
  private map = new Int32Array(64);
  private len = 0;
  /** Set when a space or line break was seen and not yet decided on. */
  private pendingGap: number | null = null;
  readonly footnotes: FootnoteMark[] = [];

  constructor(private readonly original: string) {}

  get length(): number {
    return this.len;
  }

  /** The normalised text built so far, from `from` to `to` (within the paragraph being built). */
  slice(from: number, to: number): string {
    if (from >= this.paraStart) return this.para.slice(from - this.paraStart, to - this.paraStart);
    return (this.done.join('') + this.para).slice(from, to);
  }

  /** The last character appended (-1 before the first). */
  private last = -1;

  private lastCode(): number {
    return this.last;
  }

  private reserve(n: number): void {
    if (this.len + n < this.map.length) return;
    let size = this.map.length * 2;
    while (size <= this.len + n) size *= 2;
    const m = new Int32Array(size);
    m.set(this.map.subarray(0, this.len));
    this.map = m;
  }

  /** Appends s, every character of it standing at original index `orig` (or at orig+k for a copied run). */
  private push(s: string, orig: number, run = false): void {
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) this.map[this.len + k] = run ? orig + k : orig;
    this.len += s.length;
    this.para += s;
    this.last = s.charCodeAt(s.length - 1);
  }

  /** A space is kept only between two non-Japanese characters (English words, Latin acronyms). */
  private flushGap(nextCode: number): void {
    if (this.pendingGap === null) return;
    const prev = this.lastCode();
    const keep = prev !== -1 && prev !== 0x0a && prev !== 0x20 && !isJapanese(prev) && !isJapanese(nextCode) &&
      !(isAsciiDigit(prev) && nextCode === 0x25 /* 2 % */);
    if (keep) this.push(' ', this.pendingGap);
    this.pendingGap = null;
  }

  /**
   * Appends original[start, end), normalised. Line breaks inside it are line wraps (joined).
   * `skip` lists original spans to leave out (markup, bullet glyphs).
   */
  append(start: number, end: number, skip: Array<[number, number]> = []): void {
    const text = this.original;
    let si = 0;
    for (let i = start; i < end; ) {
      while (si < skip.length && skip[si][1] <= i) si++;
      if (si < skip.length && skip[si][0] <= i) {
        i = skip[si][1];
        continue;
      }
      const c = text.charCodeAt(i);
      if (isPlain(c)) {
        let j = i + 1;
        const stop = si < skip.length ? Math.min(end, skip[si][0]) : end;
        while (j < stop && isPlain(text.charCodeAt(j))) j++;
        this.flushGap(c);
        this.push(text.slice(i, j), i, true);
        i = j;
        continue;
      }
      if (isSpace(c) || c === 0x0a || c === 0x0d) {
        if (this.pendingGap === null) this.pendingGap = i;
        i++;
        continue;
      }
      const sup = superscriptDigit(c);
      if (sup !== undefined) {
        let j = i;
        let marker = '';
        for (; j < end; j++) {
          const d = superscriptDigit(text.charCodeAt(j));
          if (d === undefined) break;
          marker += d;
        }
        this.footnotes.push({ start: i, end: j, marker });
        i = j;
        continue;
      }
      const { out, len } = foldChar(text, i);
      if (out.length === 0) {
        i += len;
        continue;
      }
      const first = out.charCodeAt(0);
      if (first === 0x20 && out.length === 1) {
        if (this.pendingGap === null) this.pendingGap = i;
        i += len;
        continue;
      }
      this.flushGap(first);
      this.push(out, i);
      i += len;
    }
  }

  /** Ends a paragraph: a '\n' in the normalised text, standing at original index `at`. */
  breakParagraph(at: number): void {
    this.pendingGap = null;
    if (this.len === 0 || this.lastCode() === 0x0a) return;
    this.push('\n', at);
    this.done.push(this.para);
    this.para = '';
    this.paraStart = this.len;
  }

  /** Records that a gap (space) separates what comes next from what came before, e.g. a joined page break. */
  gap(at: number): void {
    if (this.pendingGap === null) this.pendingGap = at;
  }

  finish(): { norm: string; normToOrig: Int32Array } {
    const norm = this.done.join('') + this.para;
    const normToOrig = new Int32Array(norm.length + 1);
    normToOrig.set(this.map.subarray(0, this.len));
    normToOrig[norm.length] = this.original.length;
    return { norm, normToOrig };
  }
}

/** The original span of the normalised span [ns, ne). */
export function toOriginal(original: string, normToOrig: Int32Array, ns: number, ne: number): { start: number; end: number } {
  if (ne <= ns) {
    const p = normToOrig[ns];
    return { start: p, end: p };
  }
  const start = normToOrig[ns];
  const last = normToOrig[ne - 1];
  const c = original.charCodeAt(last);
  const end = last + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  // A half-width kana composed with its sound mark spans two original characters.
  const next = original.charCodeAt(end);
  return { start, end: next === 0xff9e || next === 0xff9f ? end + 1 : end };
}

/** Normalises a short string (a query, a catalogue name) exactly as document text is normalised. */
export function normalizeString(s: string): string {
  const b = new NormBuilder(s);
  b.append(0, s.length);
  return b.finish().norm;
}
