// Layout: the lines of a decoded text, classified (body, heading, bullet, table row, furniture,
// meta line), then grouped into blocks: paragraphs that may run over line wraps, page breaks and
// interrupting captions, headings, and table rows.
import { readFileSync } from 'node:fs';
import type { SectionKind } from '../types.js';

interface LayoutRules {
  headingPatterns: Array<{ pattern: string; level: number; kind: SectionKind; maxLength?: number }>;
  sectionKinds: Array<{ pattern: string; kind: SectionKind }>;
  bulletPattern: string;
  numberedItemPattern: string;
  furniturePatterns: Array<{ pattern: string; flags?: string; why: string }>;
  metaLinePattern: string;
  runningHeadMinRepeats: number;
  runningHeadMaxLength: number;
}

const rules = JSON.parse(readFileSync(new URL('../../data/text/layout.json', import.meta.url), 'utf8')) as LayoutRules;
const headingRes = rules.headingPatterns.map((h) => ({ ...h, re: new RegExp(h.pattern) }));
const sectionKindRes = rules.sectionKinds.map((k) => ({ kind: k.kind, re: new RegExp(k.pattern, 'i') }));
const bulletRe = new RegExp(rules.bulletPattern);
const numberedRe = new RegExp(rules.numberedItemPattern);
const furnitureRes = rules.furniturePatterns.map((f) => ({ re: new RegExp(f.pattern, f.flags ?? ''), why: f.why }));
const metaRe = new RegExp(rules.metaLinePattern);
const DATE_ONLY = /^[（(]?((令和|平成|昭和)[0-9０-９元]+年\s*([（(][0-9０-９]{4}\s*年[)）])?|[0-9０-９]{4}\s*年)\s*([0-9０-９]{1,2}\s*月\s*([0-9０-９]{1,2}\s*日)?)?[)）]?$|^[A-Z][a-z]+ \d{1,2}, \d{4}$/;
/** A caption whose credit runs onto the next lines: （2024 年 10 月 写真提供：⏎…） */
const OPEN_CREDIT = /[（(][^）)]*(写真|提供|撮影|Photo)[^）)]*$/;
const TERMINAL = /[。．！？!?]$|[。！？!?.][」』）)"”]$|\.$/;

export type LineKind = 'blank' | 'body' | 'heading' | 'bullet' | 'table' | 'furniture' | 'meta';

export interface Line {
  index: number;
  start: number; // original offset of the first character
  end: number; // original offset of the line end (before '\n')
  /** Offsets of the content without leading/trailing white space and markup. */
  contentStart: number;
  contentEnd: number;
  text: string; // trimmed content
  kind: LineKind;
  level?: number;
  headingKind?: SectionKind;
  /** Original spans inside the line to leave out of the normalised text (markup, bullet glyphs). */
  skip: Array<[number, number]>;
  why?: string;
  meta?: { date: string; rest: string };
  /** The line opens with an ideographic space (a paragraph indent). */
  indent: boolean;
}

export type BlockKind = 'paragraph' | 'heading' | 'table' | 'meta';

export interface Block {
  kind: BlockKind;
  lines: Line[];
  bullet: boolean;
  level?: number;
  headingKind?: SectionKind;
}

export function sectionKindOf(title: string, fallback: SectionKind): SectionKind {
  for (const k of sectionKindRes) if (k.re.test(title)) return k.kind;
  return fallback;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    let cs = start;
    let ce = lineEnd;
    while (cs < ce && /[\s\u3000]/.test(text[cs])) cs++;
    while (ce > cs && /[\s\u3000]/.test(text[ce - 1])) ce--;
    lines.push({ index, start, end: lineEnd, contentStart: cs, contentEnd: ce, text: text.slice(cs, ce), kind: 'blank', skip: [], indent: text.charCodeAt(start) === 0x3000 });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Markdown markup that is not text: heading hashes, emphasis, blockquote marks, link targets. */
function markdownSkips(line: Line, original: string): { skip: Array<[number, number]>; level: number } {
  const skip: Array<[number, number]> = [];
  let level = 0;
  const t = line.text;
  const h = /^(#{1,6})\s+/.exec(t);
  if (h) {
    level = h[1].length;
    skip.push([line.contentStart, line.contentStart + h[0].length]);
  }
  const q = /^>\s?/.exec(t);
  if (q && !h) skip.push([line.contentStart, line.contentStart + q[0].length]);
  const re = /\*\*|__|\]\([^)]*\)|!?\[/g;
  const body = original.slice(line.contentStart, line.contentEnd);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const s = line.contentStart + m.index;
    if (m[0] === '[' || m[0] === '![') {
      if (!/^!?\[[^\]]*\]\(/.test(body.slice(m.index))) continue;
      skip.push([s, s + m[0].length]);
    } else if (m[0].startsWith(']')) skip.push([s, s + m[0].length]);
    else skip.push([s, s + 2]);
  }
  skip.sort((a, b) => a[0] - b[0]);
  return { skip, level };
}

function classify(line: Line, original: string, markdown: boolean, repeated: Set<string>): void {
  const t = line.text;
  if (t.length === 0) return;
  let text = t;
  if (markdown) {
    const { skip, level } = markdownSkips(line, original);
    line.skip = skip;
    text = t.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
    if (text.length === 0) {
      line.kind = 'furniture';
      line.why = 'markup';
      return;
    }
    if (level > 0) {
      line.kind = 'heading';
      line.level = level;
      line.headingKind = sectionKindOf(text, level === 1 ? 'chapter' : 'heading');
      return;
    }
  }
  const meta = metaRe.exec(text);
  if (meta?.groups) {
    line.kind = 'meta';
    line.meta = { date: meta.groups.date, rest: meta.groups.rest ?? '' };
    return;
  }
  for (const f of furnitureRes) {
    if (f.re.test(text) && !/。$/.test(text)) {
      line.kind = 'furniture';
      line.why = f.why;
      return;
    }
  }
  // A table row keeps its empty cells: its content is the whole raw line, tabs included.
  const raw = original.slice(line.start, line.end);
  if (raw.includes('\t') && !bulletRe.test(text.slice(0, Math.max(0, text.indexOf('\t')) + 1).replace(/\t$/, ' '))) {
    line.kind = 'table';
    line.contentStart = line.start;
    line.contentEnd = line.end;
    return;
  }
  if (DATE_ONLY.test(text)) {
    line.kind = 'furniture';
    line.why = 'dateline';
    return;
  }
  if (repeated.has(text)) {
    line.kind = 'furniture';
    line.why = 'running head';
    return;
  }
  for (const h of headingRes) {
    if (h.re.test(text) && (h.maxLength === undefined || text.length <= h.maxLength) && !/。/.test(text)) {
      line.kind = 'heading';
      line.level = h.level;
      line.headingKind = sectionKindOf(text.replace(/^[◆◇■□▼▽▶►\s]+/, ''), h.kind);
      const glyph = /^[◆◇■□▼▽▶►]+[\s　]*/.exec(original.slice(line.contentStart, line.contentEnd));
      if (glyph) line.skip.push([line.contentStart, line.contentStart + glyph[0].length]);
      return;
    }
  }
  const bullet = bulletRe.exec(original.slice(line.contentStart, line.contentEnd));
  if (bullet && bullet[0].length > 0 && !/^[-–*]\d/.test(text)) {
    line.kind = 'bullet';
    line.skip.push([line.contentStart, line.contentStart + bullet[0].length]);
    return;
  }
  const numbered = numberedRe.exec(text);
  if (numbered && /。/.test(text)) {
    line.kind = 'bullet';
    return;
  }
  line.kind = 'body';
}

/** Text converted to Markdown-like markup (## headings, **bold**) though named .txt. */
function looksLikeMarkdown(lines: Line[]): boolean {
  let headings = 0;
  let bold = 0;
  for (const l of lines) {
    if (/^#{1,6}\s+\S/.test(l.text)) headings++;
    if (/\*\*\S[^*]*\*\*/.test(l.text)) bold++;
  }
  return headings >= 1 && headings + bold >= 2;
}

/** Lines that repeat through the document (running heads, footers) are furniture. */
function repeatedLines(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text.length === 0 || l.text.length > rules.runningHeadMaxLength || /[。、]/.test(l.text)) continue;
    counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [t, n] of counts) if (n >= rules.runningHeadMinRepeats && !/^[◆◇■□#]/.test(t) && !/^第/.test(t)) out.add(t);
  return out;
}

/** A short standalone line between blank lines, without sentence punctuation, followed by body text. */
function isStandaloneHeading(lines: Line[], i: number, width: number): boolean {
  const l = lines[i];
  if (l.kind !== 'body' || /[。、，,．！？!?：:]$/.test(l.text) || /。/.test(l.text)) return false;
  const blankAfter = lines[i + 1]?.kind === 'blank';
  const first = lines.slice(0, i).every((p) => p.kind === 'blank' || p.kind === 'furniture');
  // A document's first line standing alone is its title (a news headline); others must be short.
  const short = l.text.length <= 30 && l.text.length <= width * 0.6 && !/、/.test(l.text);
  const shortBeforeBlank = l.text.length <= 40 && blankAfter;
  if (!(short || shortBeforeBlank || (first && blankAfter && l.text.length <= 120))) return false;
  if (/^[ぁ-ゖ゛-ゟァィゥェォッャュョヮ、。）」』\])（(「『]/.test(l.text)) return false;
  const prev = lines[i - 1];
  if (prev && prev.kind !== 'blank' && prev.kind !== 'furniture') return false;
  // Not while the sentence before is still open (a page break in mid-sentence).
  for (let k = i - 1; k >= 0; k--) {
    const p = lines[k];
    if (p.kind === 'blank' || p.kind === 'furniture') continue;
    if ((p.kind === 'body' || p.kind === 'bullet') && !endsSentence(p.text)) return false;
    break;
  }
  let k = i + 1;
  while (k < lines.length && lines[k].kind === 'blank') k++;
  const next = lines[k];
  if (first && blankAfter && next?.kind === 'heading') return true; // a title above the first heading
  return next !== undefined && (next.kind === 'body' || next.kind === 'bullet');
}

export function layout(original: string, format: string): { lines: Line[]; blocks: Block[] } {
  const lines = splitLines(original);
  const repeated = repeatedLines(lines);
  const markdown = format === 'md' || looksLikeMarkdown(lines);
  for (const l of lines) classify(l, original, markdown, repeated);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'body' || !OPEN_CREDIT.test(lines[i].text) || /。/.test(lines[i].text)) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= 3 && !/[）)]/.test(lines[j].text)) j++;
    if (j >= lines.length || j - i > 3) continue;
    for (let k = i; k <= j; k++) {
      lines[k].kind = 'furniture';
      lines[k].why = 'photo credit';
    }
    i = j;
  }
  const width = typicalWidth(lines);
  for (let i = 0; i < lines.length; i++) {
    if (isStandaloneHeading(lines, i, width)) {
      lines[i].kind = 'heading';
      lines[i].level = 2;
      lines[i].headingKind = sectionKindOf(lines[i].text, 'heading');
    }
  }
  return { lines, blocks: groupBlocks(lines) };
}

function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

function typicalWidth(lines: Line[]): number {
  const widths = lines.filter((l) => l.kind === 'body').map((l) => l.text.length).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.floor(widths.length * 0.75)];
}

function groupBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const width = typicalWidth(lines);
  let current: Block | null = null;
  /** Lines since the open paragraph's last line that were not body (blank, furniture). */
  let gap = 0;
  const close = (): void => {
    if (current) blocks.push(current);
    current = null;
    gap = 0;
  };
  for (const line of lines) {
    switch (line.kind) {
      case 'blank':
      case 'furniture':
        if (current) gap++;
        if (current && gap > 12) close();
        break;
      case 'heading':
        close();
        blocks.push({ kind: 'heading', lines: [line], bullet: false, level: line.level, headingKind: line.headingKind });
        break;
      case 'meta':
        close();
        blocks.push({ kind: 'meta', lines: [line], bullet: false });
        break;
      case 'table': {
        close();
        const last = blocks[blocks.length - 1];
        const prevLine = last?.lines[last.lines.length - 1];
        if (last?.kind === 'table' && prevLine && line.index - prevLine.index <= 2) last.lines.push(line);
        else blocks.push({ kind: 'table', lines: [line], bullet: false });
        break;
      }
      case 'bullet':
        close();
        current = { kind: 'paragraph', lines: [line], bullet: true };
        break;
      case 'body': {
        if (current) {
          const last = current.lines[current.lines.length - 1];
          const finished = endsSentence(last.text);
          // A paragraph goes on over a page break or an interrupting caption while its sentence is open.
          if (gap > 0 && (finished || (current.bullet && last.text.length < width * 0.9))) close();
          else if (gap === 0 && finished && (last.text.length < width * 0.85 || last.text.length > 150 || line.indent)) close();
        }
        if (!current) current = { kind: 'paragraph', lines: [], bullet: false };
        current.lines.push(line);
        gap = 0;
        break;
      }
    }
  }
  close();
  return blocks;
}
