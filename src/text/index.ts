// The text stage: decoded text in, TextDoc out (normalised text with its offset map, paragraphs,
// sentences, outline, footnotes, tables, furniture, and the metadata the text states).
import type { DocumentMeta, Footnote, Language, Section, Sentence, Span, Table, TextDoc } from '../types.js';
import { layout, type Block, type Line } from './layout.js';
import { authorOfMetaLine, coverMeta, parseStandaloneDate } from './metadata.js';
import { NormBuilder, toOriginal } from './normalize.js';
import { splitSentences } from './sentences.js';

export interface TextOptions {
  format?: 'txt' | 'md' | 'html' | 'pdf';
  language?: Language;
}

/** Japanese when kana or kanji make up a fair share of the letters. */
export function detectLanguage(text: string): Language {
  let ja = 0;
  let latin = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) ja++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return ja * 3 >= latin ? 'ja' : 'en';
}

interface OpenSection {
  section: Section;
}

export function buildTextDoc(original: string, options: TextOptions = {}): TextDoc {
  const format = options.format ?? 'txt';
  const language = options.language ?? detectLanguage(original);
  const { lines, blocks } = layout(original, format);
  const b = new NormBuilder(original);
  const sentences: Sentence[] = [];
  const sections: Section[] = [];
  const tables: Table[] = [];
  const furniture: Span[] = lines.filter((l) => l.kind === 'furniture').map((l) => ({ start: l.contentStart, end: l.contentEnd }));
  const stack: OpenSection[] = [];
  const metaLines: Array<{ date: string | null; author: string | null; chapter: Section | null }> = [];
  let paragraph = 0;

  const currentSection = (): number | null => (stack.length ? stack[stack.length - 1].section.index : null);
  const closeSections = (level: number, at: number): void => {
    while (stack.length && stack[stack.length - 1].section.level >= level) stack.pop()!.section.end = at;
  };

  for (const block of blocks) {
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      closeSections(level, first.start);
      const title = headingTitle(original, first);
      const section: Section = {
        index: sections.length, level, kind: block.headingKind ?? 'heading', title,
        parent: currentSection(), author: null, date: null, start: first.contentStart, end: original.length,
      };
      sections.push(section);
      stack.push({ section });
      continue;
    }
    if (block.kind === 'meta') {
      const m = first.meta!;
      const chapter = [...stack].reverse().find((s) => s.section.level === 1)?.section ?? null;
      const entry = { date: parseStandaloneDate(m.date), author: authorOfMetaLine(m.rest), chapter };
      metaLines.push(entry);
      if (chapter) {
        chapter.author ??= entry.author;
        chapter.date ??= entry.date;
      }
      continue;
    }
    if (block.kind === 'table') {
      tables.push(readTable(original, b, block, sentences, tables.length, currentSection(), () => paragraph++));
      continue;
    }
    // A paragraph: its lines joined (line wraps, page breaks and interrupting captions left out).
    const normStart = b.length;
    for (const line of block.lines) {
      b.gap(line.start);
      b.append(line.contentStart, line.contentEnd, line.skip);
    }
    const normEnd = b.length;
    const text = b.slice(normStart, normEnd);
    b.breakParagraph(last.contentEnd);
    for (const [s, e] of splitSentences(text, 0, text.length)) {
      sentences.push({
        index: sentences.length, paragraph, section: currentSection(), normStart: normStart + s, normEnd: normStart + e,
        bullet: block.bullet, start: 0, end: 0,
      });
    }
    paragraph++;
  }
  closeSections(0, original.length);

  const { norm, normToOrig } = b.finish();
  for (const s of sentences) Object.assign(s, toOriginal(original, normToOrig, s.normStart, s.normEnd));
  for (const t of tables) {
    for (const row of t.rows) for (const c of row.cells) Object.assign(c, toOriginal(original, normToOrig, c.normStart, c.normEnd));
  }
  const footnotes = attachFootnotes(b.footnotes, sentences);
  return {
    original, norm, normToOrig, language, sentences, sections, footnotes, tables, furniture,
    meta: textMeta(lines, metaLines),
  };
}

function headingTitle(original: string, line: Line): string {
  let t = original.slice(line.contentStart, line.contentEnd);
  t = t.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').replace(/^[◆◇■□▼▽▶►]+[\s\u3000]*/, '');
  return t.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Each row of a table is one sentence; its tab-separated cells are kept for column readers. */
function readTable(
  original: string, b: NormBuilder, block: Block, sentences: Sentence[], index: number, section: number | null,
  nextParagraph: () => number,
): Table {
  const table: Table = { index, section, rows: [], start: block.lines[0].contentStart, end: block.lines[block.lines.length - 1].contentEnd };
  for (const line of block.lines) {
    const rowStart = b.length;
    const cells: Table['rows'][number]['cells'] = [];
    let cellStart = line.contentStart;
    for (let i = line.contentStart; i <= line.contentEnd; i++) {
      if (i < line.contentEnd && original[i] !== '\t') continue;
      const ns = b.length;
      b.append(cellStart, i);
      if (b.length > ns) cells.push({ start: 0, end: 0, normStart: ns, normEnd: b.length });
      else cells.push({ start: cellStart, end: cellStart, normStart: ns, normEnd: ns });
      if (i < line.contentEnd) b.append(i, i + 1); // the tab: a gap between cells
      b.gap(i);
      cellStart = i + 1;
    }
    const rowEnd = b.length;
    b.breakParagraph(line.contentEnd);
    if (rowEnd > rowStart) {
      const sentence = sentences.length;
      sentences.push({ index: sentence, paragraph: nextParagraph(), section, normStart: rowStart, normEnd: rowEnd, bullet: false, table: index, start: 0, end: 0 });
      table.rows.push({ sentence, cells });
    }
  }
  return table;
}

function attachFootnotes(marks: Array<{ start: number; end: number; marker: string }>, sentences: Sentence[]): Footnote[] {
  const out: Footnote[] = [];
  let k = 0;
  for (const m of marks) {
    while (k < sentences.length && sentences[k].end < m.start) k++;
    const s = sentences[k];
    out.push({ ...m, sentence: s && s.start <= m.start ? s.index : k > 0 ? sentences[k - 1].index : null });
  }
  return out;
}

function textMeta(lines: Line[], metaLines: Array<{ date: string | null; author: string | null; chapter: Section | null }>): Partial<DocumentMeta> {
  const meta = coverMeta(lines);
  const docLevel = metaLines.filter((m) => m.date);
  if (docLevel.length === 1) {
    meta.date = docLevel[0].date;
    if (docLevel[0].author) meta.authors = [docLevel[0].author];
  } else if (docLevel.length > 1 && !meta.date) {
    meta.date = docLevel.map((m) => m.date!).sort().at(-1)!;
  }
  return meta;
}
