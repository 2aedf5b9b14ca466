// The time-expression layer: every expression that names a calendar time, normalised (guidelines §3).
// Running text is read in document order, each time resolved against the last one named before it
// (or the document date); tables are read by tables.ts, column by column.
import { toOriginal } from '../text/normalize.js';
import type { Table, TextDoc, TimeValue, Timex } from '../types.js';
import { formatTime, parseTime } from './time-value.js';
import type { ResolveContext } from './timex-rules.js';
import { mayHaveTimex, scanTimexes } from './timex-scan.js';
import { tableTimexes } from './tables.js';

export function extractTimexes(doc: TextDoc, documentDate: TimeValue | null): Timex[] {
  const ctx: ResolveContext = { doc: parseTime(documentDate), anchor: null };
  const out: Timex[] = [];
  const tables = new Map<number, Table>(doc.tables.map((t) => [t.index, t]));
  const seenTables = new Set<number>();
  let sorted = true;
  for (const s of doc.sentences) {
    if (s.table !== undefined) {
      if (seenTables.has(s.table)) continue;
      seenTables.add(s.table);
      const table = tables.get(s.table);
      if (!table) continue;
      const base = ctx.narrative ?? ctx.doc ?? ctx.anchor;
      const ts = tableTimexes(doc, table, base ? formatTime(base) : null);
      if (ts.length) sorted = false;
      out.push(...ts);
      continue;
    }
    const text = doc.norm.slice(s.normStart, s.normEnd);
    if (!mayHaveTimex(text)) continue;
    for (const f of scanTimexes(text, ctx)) {
      const ns = s.normStart + f.start;
      const ne = s.normStart + f.end;
      const t: Timex = { ...toOriginal(doc.original, doc.normToOrig, ns, ne), normStart: ns, normEnd: ne, value: f.value, sentence: s.index };
      if (f.part) t.part = f.part;
      if (f.until) t.until = f.until;
      if (f.fiscal) t.fiscal = true;
      out.push(t);
    }
  }
  return sorted ? out : out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export { tableColumns, tableTimexes } from './tables.js';
export type { TableColumn, TableEntry } from './tables.js';
