// Reading order for one PDF page, from the positions of its text pieces.
//
// PDF content streams need not follow the visual order, and no extractor we measured rebuilds it
// (shared/research/stack.md §3). So: find column gutters (an x range that no text crosses, running
// down the page, with line starts lined up on its right edge), read each column top to bottom,
// left column first; text that crosses a gutter (titles, running heads, page numbers) cuts the
// page into bands, each read column by column.

/** One text piece in PDF user space: x, y of the baseline start; w advance width; h font size. */
export interface Piece {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Line {
  text: string;
  x: number;
  y: number;
  h: number;
  /** Which flow (column) the line belongs to; a new flow never starts a paragraph by itself. */
  flow: number;
}

// Vertical extent of a piece's glyphs, roughly: descender a quarter, ascender three quarters.
const bottom = (p: Piece): number => p.y - 0.25 * p.h;
const top = (p: Piece): number => p.y + 0.75 * p.h;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Gutter {
  x0: number;
  x1: number;
}

/**
 * The widest valid column gutter among the pieces, or null. Pieces are first grouped into rows
 * (text at the same height, across the whole width). A gutter is a run of x positions crossed by
 * few rows (spanning titles and page numbers are allowed), at least 0.8 em wide and away from the
 * edges, with at least three rows of text on each side, at least three rows starting right at its
 * right edge, and at least two rows with text on both sides.
 * Rows, not pieces, are counted, so that pages drawn glyph by glyph behave like the others.
 */
export function findGutter(pieces: Piece[]): Gutter | null {
  if (pieces.length < 6) return null;
  const xmin = Math.min(...pieces.map((p) => p.x));
  const xmax = Math.max(...pieces.map((p) => p.x + p.w));
  const width = Math.ceil(xmax - xmin);
  if (width <= 0) return null;
  const rows = groupLines(pieces).map((l) => l.pieces);
  if (rows.length < 3) return null;
  const cover = new Int32Array(width + 1);
  const mark = new Int32Array(width + 1).fill(-1);
  rows.forEach((row, r) => {
    for (const p of row) {
      const a = Math.max(0, Math.floor(p.x - xmin));
      const b = Math.min(width, Math.ceil(p.x + p.w - xmin));
      for (let i = a; i < b; i++) {
        if (mark[i] !== r) {
          mark[i] = r;
          cover[i]++;
        }
      }
    }
  });
  const allowed = Math.max(2, Math.floor(0.1 * rows.length));
  const em = median(pieces.map((p) => p.h)) || 10;
  const minSide = Math.max(3, Math.ceil(0.15 * rows.length));

  let best: Gutter | null = null;
  let i = 0;
  while (i <= width) {
    if (cover[i] > allowed) {
      i++;
      continue;
    }
    let j = i;
    while (j <= width && cover[j] <= allowed) j++;
    const g: Gutter = { x0: xmin + i, x1: xmin + j };
    i = j;
    if (g.x1 - g.x0 < 0.8 * em) continue;
    if (g.x0 - xmin < 0.2 * (xmax - xmin) || xmax - g.x1 < 0.2 * (xmax - xmin)) continue;
    let leftRows = 0;
    let rightRows = 0;
    let startRows = 0;
    let bothRows = 0;
    for (const row of rows) {
      const { left, right } = split(row, g);
      if (left.length > 0) leftRows++;
      if (right.length > 0) rightRows++;
      if (left.length > 0 && right.length > 0) bothRows++;
      if (right.some((p) => Math.abs(p.x - g.x1) <= 2)) startRows++;
    }
    if (leftRows < minSide || rightRows < minSide || startRows < 3 || bothRows < 2) continue;
    if (best === null || g.x1 - g.x0 > best.x1 - best.x0) best = g;
  }
  return best;
}

/** Pieces left of, right of and across (or inside) a gutter. */
function split(pieces: Piece[], g: Gutter): { left: Piece[]; right: Piece[]; across: Piece[] } {
  const left: Piece[] = [];
  const right: Piece[] = [];
  const across: Piece[] = [];
  for (const p of pieces) {
    const end = p.x + p.w;
    if (p.x < g.x0 && end <= g.x1) left.push(p);
    else if (p.x >= g.x0 && end > g.x1) right.push(p);
    else across.push(p);
  }
  return { left, right, across };
}

interface RawLine {
  pieces: Piece[];
  /** The line's main piece (the largest), which later pieces are compared with. */
  main: Piece;
}

/** Group pieces into lines by vertical overlap; lines top to bottom, pieces left to right. */
export function groupLines(pieces: Piece[]): RawLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const p of sorted) {
    let bestLine: RawLine | null = null;
    let bestOverlap = 0;
    for (let k = lines.length - 1; k >= 0; k--) {
      const m = lines[k].main;
      if (top(p) < bottom(m) - 2 * m.h) break; // far below: no earlier line can overlap either
      const overlap = Math.min(top(p), top(m)) - Math.max(bottom(p), bottom(m));
      if (overlap >= 0.5 * Math.min(p.h, m.h) && overlap > bestOverlap) {
        bestOverlap = overlap;
        bestLine = lines[k];
      }
    }
    if (bestLine === null) lines.push({ pieces: [p], main: p });
    else {
      bestLine.pieces.push(p);
      if (p.h > bestLine.main.h) bestLine.main = p;
    }
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x);
  lines.sort((a, b) => b.main.y - a.main.y);
  return lines;
}

/** Kana, kanji and CJK punctuation: no space is put between two of these. */
function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3ffff)
  );
}

function lineText(l: RawLine): string {
  let text = '';
  let prev: Piece | null = null;
  for (const p of l.pieces) {
    if (prev !== null) {
      const gap = p.x - (prev.x + prev.w);
      const a = text.slice(-1);
      const b = p.str.charAt(0);
      const spaced = /\s/.test(a) || /\s/.test(b);
      const em = Math.min(p.h, prev.h);
      const wide = isWide(a) && isWide(b);
      if (!spaced && gap > (wide ? 1.0 : 0.2) * em) text += ' ';
    }
    text += p.str;
    prev = p;
  }
  return text.trim();
}

function toLines(raw: RawLine[], flow: number): Line[] {
  return raw.map((l) => ({ text: lineText(l), x: l.pieces[0].x, y: l.main.y, h: l.main.h, flow }));
}

/** Lines of a region in reading order, splitting at gutters recursively. */
function orderRegion(pieces: Piece[], flows: { next: number }): Line[] {
  const g = findGutter(pieces);
  if (g === null) return toLines(groupLines(pieces), flows.next++);
  const { left, right, across } = split(pieces, g);
  const out: Line[] = [];
  let restL = left;
  let restR = right;
  for (const a of groupLines(across)) {
    const y = a.main.y;
    const bandL = restL.filter((p) => p.y > y);
    const bandR = restR.filter((p) => p.y > y);
    restL = restL.filter((p) => p.y <= y);
    restR = restR.filter((p) => p.y <= y);
    if (bandL.length > 0) out.push(...orderRegion(bandL, flows));
    if (bandR.length > 0) out.push(...orderRegion(bandR, flows));
    out.push(...toLines([a], flows.next++));
  }
  if (restL.length > 0) out.push(...orderRegion(restL, flows));
  if (restR.length > 0) out.push(...orderRegion(restR, flows));
  return out;
}

/** Drop whitespace-only pieces and exact duplicates (text drawn twice to fake bold). */
function clean(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  const seen = new Set<string>();
  for (const p of pieces) {
    if (p.str.trim() === '' || !(p.h > 0) || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const key = `${Math.round(p.x)}|${Math.round(p.y)}|${p.str}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** The lines of a page in reading order. */
export function pageLines(pieces: Piece[]): Line[] {
  return orderRegion(clean(pieces), { next: 0 });
}

/**
 * The text of a page: lines joined by '\n', with a blank line where the vertical gap between
 * two lines of the same column is over 1.5 times the usual line pitch of the page.
 */
export function pageText(pieces: Piece[]): string {
  const lines = pageLines(pieces).filter((l) => l.text !== '');
  if (lines.length === 0) return '';
  const dists: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const d = lines[k - 1].y - lines[k].y;
    if (d > 0 && d < 3 * lines[k].h) dists.push(d);
  }
  const pitch = dists.length >= 2 ? median(dists) : 1.2 * median(lines.map((l) => l.h));
  let text = lines[0].text;
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1];
    const cur = lines[k];
    const d = prev.y - cur.y;
    const sameFlow = prev.flow === cur.flow;
    // A line in a new flow that stands above the previous one continues the text (next column);
    // one below it is judged by the gap like any other line.
    const paragraph = d > 1.5 * pitch && (sameFlow || d > 0);
    text += (paragraph ? '\n\n' : '\n') + cur.text;
  }
  return text;
}
