// Tables of a report read for their dates. A chronology (表 2-1 関連する主要な出来事: `M.D ●event`
// pairs in several independent columns under year rows) is read column by column, each column its
// own chronology anchored by the year rows; cells on one row are unrelated. Any other table (表 1-1:
// exercise, period, place) is read row by row, each row one item, its dates resolved column by column.
import type { Span, Table, TextDoc, TimePart, TimeValue, Timex } from '../types.js';
import { toOriginal } from '../text/normalize.js';
import { type DateParts, formatTime, parseTime, validDate } from './time-value.js';
import { parseJa } from './timex-ja.js';
import { type ResolveContext, TIMEX_RULES } from './timex-rules.js';
import { type FoundTimex, scanTimexes } from './timex-scan.js';

type Cell = Span & { normStart: number; normEnd: number };

export interface TableEntry {
  sentence: number;
  /** The cell that states the item (the event cell of a chronology; the whole row otherwise). */
  cell: Cell;
  date: TimeValue | null;
  until?: TimeValue;
  part?: TimePart;
  /** The cell the date was read from. */
  dateCell?: Cell;
}

export interface TableColumn {
  /** The column's heading (ロシアのウクライナ作戦, 中国, 北朝鮮), when the table has one. */
  header: string | null;
  entries: TableEntry[];
}

const T = TIMEX_RULES.tables;
const MONTH_DAY = new RegExp(T.monthDay);
const YEAR_MONTH_DAY = new RegExp(T.yearMonthDay);
const YEAR_MONTH = new RegExp(T.yearMonth);
const YEAR_ROW = new RegExp(T.yearRow);

interface GridCell {
  col: number;
  cell: Cell;
  text: string; // normalised, trimmed
  textStart: number; // norm offset of `text`
}
interface GridRow {
  sentence: number | null; // null: a year row the text stage left out of the table's rows
  pos: number; // original offset, for ordering
  cells: GridCell[];
}

interface Analysis {
  columns: TableColumn[];
  timexes: Timex[];
}

const cache = new WeakMap<Table, Map<string, Analysis>>();

/** The table's rows with each cell's true column, counted in tabs from the start of its line. */
function grid(doc: TextDoc, table: Table): GridRow[] {
  const rows: GridRow[] = [];
  const covered: Span[] = [];
  for (const row of table.rows) {
    const cells: GridCell[] = [];
    const first = row.cells.find((c) => c.end > c.start) ?? row.cells[0];
    if (!first) continue;
    const lineStart = doc.original.lastIndexOf('\n', first.start - 1) + 1;
    let col = 0;
    let k = lineStart;
    for (const c of row.cells) {
      const raw = doc.norm.slice(c.normStart, c.normEnd);
      const text = raw.trim();
      if (!text) continue;
      const ns = c.normStart + raw.length - raw.trimStart().length;
      const ne = ns + text.length;
      // The cell's span from its first character: a cell's span may begin at the tab before it.
      const span = toOriginal(doc.original, doc.normToOrig, ns, ne);
      for (; k < span.start; k++) if (doc.original[k] === '\t') col++;
      cells.push({ col, cell: { ...span, normStart: ns, normEnd: ne }, text, textStart: ns });
    }
    const last = row.cells[row.cells.length - 1];
    covered.push({ start: lineStart, end: last ? last.end : first.end });
    rows.push({ sentence: row.sentence, pos: lineStart, cells });
  }
  // Year rows (2022 年 followed by empty cells) that did not become rows of the table — also one
  // standing just above it, which the text stage may have read as a line of its own.
  let lineStart = doc.original.lastIndexOf('\n', table.start - 1) + 1;
  const above = previousLine(doc.original, lineStart);
  if (above !== null && YEAR_ROW.test(doc.original.slice(above, lineStart).normalize('NFKC').replace(/\s+/g, ''))) lineStart = above;
  while (lineStart < table.end) {
    let lineEnd = doc.original.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = doc.original.length;
    if (!covered.some((s) => s.start <= lineStart && lineStart <= s.end)) {
      const cells: GridCell[] = [];
      let col = 0;
      let cellStart = lineStart;
      for (let i = lineStart; i <= lineEnd; i++) {
        if (i < lineEnd && doc.original[i] !== '\t') continue;
        const text = doc.original.slice(cellStart, i).normalize('NFKC').replace(/\s+/g, '');
        if (text) cells.push({ col, cell: { start: cellStart, end: i, normStart: -1, normEnd: -1 }, text, textStart: -1 });
        col++;
        cellStart = i + 1;
      }
      if (cells.length && cells.every((c) => YEAR_ROW.test(c.text))) rows.push({ sentence: null, pos: lineStart, cells });
    }
    lineStart = lineEnd + 1;
  }
  return rows.sort((a, b) => a.pos - b.pos);
}

/** The start of the last non-blank line before `lineStart`, or null. */
function previousLine(text: string, lineStart: number): number | null {
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end <= 0) return null;
  return text.lastIndexOf('\n', end - 1) + 1;
}

function isDateCell(text: string): boolean {
  if (MONTH_DAY.test(text) || YEAR_MONTH_DAY.test(text) || YEAR_MONTH.test(text)) return true;
  const t = parseJa(text, 0, true);
  return t !== null && t.end >= text.length - 1 && !t.offset;
}

function yearOfRow(row: GridRow): Array<{ col: number; y: number }> | null {
  if (!row.cells.length) return null;
  const out: Array<{ col: number; y: number }> = [];
  for (const c of row.cells) {
    const m = YEAR_ROW.exec(c.text);
    if (!m?.groups) return null;
    out.push({ col: c.col, y: Number(m.groups.y) });
  }
  return out;
}

function timexOf(doc: TextDoc, sentence: number, ns: number, ne: number, f: { value: TimeValue; part?: TimePart; until?: TimeValue; fiscal?: boolean }): Timex {
  const t: Timex = { ...toOriginal(doc.original, doc.normToOrig, ns, ne), normStart: ns, normEnd: ne, value: f.value, sentence };
  if (f.part) t.part = f.part;
  if (f.until) t.until = f.until;
  if (f.fiscal) t.fiscal = true;
  return t;
}

/** A date cell of a chronology: M.D under the column's year, Y.M.D, or a written date. */
function readDateCell(text: string, ctx: ResolveContext): { parts: DateParts; value: TimeValue; until?: TimeValue; part?: TimePart } | null {
  let m = YEAR_MONTH_DAY.exec(text);
  if (m?.groups) {
    const p = { y: Number(m.groups.y), m: Number(m.groups.m), d: Number(m.groups.d) };
    return validDate(p) ? { parts: p, value: formatTime(p) } : null;
  }
  if ((m = YEAR_MONTH.exec(text))?.groups) {
    const p = { y: Number(m.groups.y), m: Number(m.groups.m) };
    return validDate(p) ? { parts: p, value: formatTime(p) } : null;
  }
  if ((m = MONTH_DAY.exec(text))?.groups) {
    const base = ctx.narrative ?? ctx.anchor ?? ctx.doc;
    if (!base) return null;
    const p = { y: base.y, m: Number(m.groups.m), d: Number(m.groups.d) };
    return validDate(p) ? { parts: p, value: formatTime(p) } : null;
  }
  const found = scanTimexes(text, ctx, true)[0];
  return found ? { parts: found.parts, value: found.value, until: found.until, part: found.part } : null;
}

function analyse(doc: TextDoc, table: Table, fallback: TimeValue | null): Analysis {
  const key = fallback ?? '';
  const known = cache.get(table)?.get(key);
  if (known) return known;
  const rows = grid(doc, table);
  // Date columns: most of their cells are dates alone.
  const stats = new Map<number, { cells: number; dates: number; yearless: number }>();
  for (const r of rows) {
    if (r.sentence === null) continue;
    for (const c of r.cells) {
      const s = stats.get(c.col) ?? { cells: 0, dates: 0, yearless: 0 };
      s.cells++;
      if (isDateCell(c.text)) {
        s.dates++;
        if (MONTH_DAY.test(c.text) || !/\d{4}|年/.test(c.text)) s.yearless++;
      }
      stats.set(c.col, s);
    }
  }
  const dateCols = [...stats].filter(([, s]) => s.dates >= T.minDateCells && s.dates >= s.cells * T.dateColumnShare)
    .map(([c]) => c).sort((a, b) => a - b);
  const hasYearRows = rows.some((r) => r.sentence === null || yearOfRow(r) !== null);
  const yearless = dateCols.some((c) => { const s = stats.get(c)!; return s.yearless * 2 >= s.dates; });
  const chronology = dateCols.length > 0 && (dateCols.length >= 2 || hasYearRows || yearless);
  const result = chronology ? readChronology(doc, rows, dateCols, fallback) : readRows(doc, rows, fallback);
  let byKey = cache.get(table);
  if (!byKey) cache.set(table, (byKey = new Map()));
  byKey.set(key, result);
  return result;
}

function readChronology(doc: TextDoc, rows: GridRow[], dateCols: number[], fallback: TimeValue | null): Analysis {
  const groups = dateCols.map((c, i) => ({ from: c, to: i + 1 < dateCols.length ? dateCols[i + 1] : Infinity }));
  const groupOf = (col: number): number => groups.findIndex((g) => g.from <= col && col < g.to);
  const docParts = parseTime(fallback);
  const ctxs: ResolveContext[] = groups.map(() => ({ doc: docParts, anchor: null }));
  const columns: TableColumn[] = groups.map(() => ({ header: null, entries: [] }));
  const timexes: Timex[] = [];
  let seenDate = false;
  for (const row of rows) {
    const years = yearOfRow(row);
    if (years) {
      // One year for the whole row anchors every column; several anchor their own columns.
      for (const { col, y } of years) {
        const targets = years.length === 1 ? groups.map((_, i) => i) : [Math.max(0, groupOf(col))];
        for (const g of targets) ctxs[g].anchor = ctxs[g].narrative = { y };
      }
      if (row.sentence !== null) {
        for (const c of row.cells) {
          const m = YEAR_ROW.exec(c.text);
          if (m?.groups) timexes.push(timexOf(doc, row.sentence, c.textStart, c.textStart + c.text.length, { value: m.groups.y }));
        }
      }
      continue;
    }
    const sentence = row.sentence;
    if (sentence === null) continue;
    const rowHasDate = row.cells.some((c) => dateCols.includes(c.col) && isDateCell(c.text));
    if (!rowHasDate && !seenDate) {
      // A heading row above the first dates names the columns.
      for (const c of row.cells) {
        const g = groupOf(c.col);
        if (g >= 0 && columns[g].header === null) columns[g].header = c.text;
      }
      continue;
    }
    seenDate ||= rowHasDate;
    groups.forEach((g, gi) => {
      const inGroup = row.cells.filter((c) => c.col >= g.from && c.col < g.to);
      if (!inGroup.length) return;
      const dateCell = inGroup.find((c) => c.col === g.from && isDateCell(c.text));
      const eventCell = inGroup.find((c) => c !== dateCell);
      const ctx = ctxs[gi];
      let date: ReturnType<typeof readDateCell> = null;
      if (dateCell) {
        date = readDateCell(dateCell.text, ctx);
        if (date) {
          ctx.anchor = ctx.narrative = date.parts;
          timexes.push(timexOf(doc, sentence, dateCell.textStart, dateCell.textStart + dateCell.text.length, date));
        }
      }
      const last = columns[gi].entries[columns[gi].entries.length - 1];
      const entry: TableEntry = {
        sentence, cell: (eventCell ?? dateCell!).cell,
        date: date ? date.value : dateCell ? null : last?.date ?? null,
      };
      if (date?.until) entry.until = date.until;
      if (date?.part) entry.part = date.part;
      if (dateCell) entry.dateCell = dateCell.cell;
      columns[gi].entries.push(entry);
      // Times written inside the event text itself, counted from the entry's date.
      if (eventCell) {
        const at = date?.parts ?? ctx.anchor;
        const local: ResolveContext = { doc: docParts, anchor: at, narrative: at };
        for (const f of scanTimexes(eventCell.text, local, true)) {
          timexes.push(timexOf(doc, sentence, eventCell.textStart + f.start, eventCell.textStart + f.end, f));
        }
      }
    });
  }
  return { columns, timexes };
}

function readRows(doc: TextDoc, rows: GridRow[], fallback: TimeValue | null): Analysis {
  const docParts = parseTime(fallback);
  const ctxByCol = new Map<number, ResolveContext>();
  const entries: TableEntry[] = [];
  const timexes: Timex[] = [];
  let header: string | null = null;
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri];
    const sentence = row.sentence;
    if (sentence === null || !row.cells.length) continue;
    const found: FoundTimex[] = [];
    for (const c of row.cells) {
      let ctx = ctxByCol.get(c.col);
      if (!ctx) ctxByCol.set(c.col, (ctx = { doc: docParts, anchor: null }));
      for (const f of scanTimexes(c.text, ctx)) {
        timexes.push(timexOf(doc, sentence, c.textStart + f.start, c.textStart + f.end, f));
        found.push(f);
      }
    }
    if (!found.length && ri === 0) {
      header = row.cells.map((c) => c.text).join(' / ');
      continue;
    }
    const a = row.cells[0].cell;
    const b = row.cells[row.cells.length - 1].cell;
    const first = found[0];
    const entry: TableEntry = {
      sentence, cell: { start: a.start, end: b.end, normStart: a.normStart, normEnd: b.normEnd }, date: first ? first.value : null,
    };
    if (first?.until) entry.until = first.until;
    if (first?.part) entry.part = first.part;
    entries.push(entry);
  }
  return { columns: [{ header, entries }], timexes };
}

/**
 * The time expressions of a table, each with its cell's span. `fallback` is the time the text names
 * just before the table (or the document date), for dates the table itself does not anchor.
 */
export function tableTimexes(doc: TextDoc, table: Table, fallback: TimeValue | null = null): Timex[] {
  return analyse(doc, table, fallback).timexes;
}

/**
 * The table read as independent chronologies: for each column (a date column and its event column)
 * the list of its items with their dates. A table that is not a chronology gives one column whose
 * items are its rows.
 */
export function tableColumns(doc: TextDoc, table: Table, fallback: TimeValue | null = null): TableColumn[] {
  return analyse(doc, table, fallback).columns;
}
