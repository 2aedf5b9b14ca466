// Events of tables. A chronology (`M.D ●event` cells in independent columns under year rows) is read
// column by column with tables.ts: each cell is its own event span with its own date, its column's
// heading (ロシアのウクライナ作戦, 中国, 北朝鮮) supplying the actor when the cell names none. A table
// of items (表 1-1: exercise, period, place) whose caption names a trigger and the actors
// (中露海軍間の合同演習) gives one event of that kind per dated row, dated at the row's start.
import type { Catalogue } from '../lexicon/catalogue.js';
import { findMentions } from '../lexicon/mentions.js';
import { buildTextDoc } from '../text/index.js';
import type { EventRecord, Mention, Quantity, Table, TextDoc, Timex } from '../types.js';
import { actorCodes, type DocState, type SpanInput } from './actors.js';
import { shapeEvents, toRecord } from './event-build.js';
import { tableColumns } from './tables.js';
import { findJaTriggers, findEnTriggers, type EventRules, type TriggerEntry } from './triggers.js';

interface Layers {
  mentions: Mention[][];
  timexes: Timex[][];
  quantities: Quantity[][];
}

/** Actors named in a short piece of text (a column heading, a caption), first named first. */
function actorsIn(cat: Catalogue, text: string): string[] {
  if (!text.trim()) return [];
  const mini = buildTextDoc(text);
  const out: string[] = [];
  for (const m of findMentions(mini, cat)) for (const c of actorCodes(cat, m, null)) if (!out.includes(c)) out.push(c);
  return out;
}

/** The caption of a table: the lines between the last body sentence before it and the table. */
function captionOf(doc: TextDoc, table: Table): string {
  let from = 0;
  for (const s of doc.sentences) {
    if (s.end <= table.start && s.table === undefined) from = s.end;
    if (s.start >= table.start) break;
  }
  const lines = doc.original.slice(from, table.start).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const caption = lines.filter((l) => /^(?:表|図表|Table)\s*\d/.test(l));
  return (caption.length ? caption[caption.length - 1] : lines[lines.length - 1] ?? '').replace(/^(?:表|図表|Table)\s*[\d\-‐−–.]+\s*/, '');
}

/** The trigger entry a caption names (合同演習 → COOPERATE), if any. */
function captionTrigger(rules: EventRules, text: string, lang: 'ja' | 'en'): TriggerEntry | null {
  const norm = text.normalize('NFKC');
  const hits = lang === 'en' ? findEnTriggers(rules, norm, 0, norm.length) : findJaTriggers(rules, norm, 0, norm.length);
  const h = hits[hits.length - 1];
  return h ? h.entries[0] : null;
}

/** The events of one table; `analyse` reads one cell as a span of text (events.ts's analyseSpan). */
export function tableEvents(
  doc: TextDoc, cat: Catalogue, rules: EventRules, table: Table, layers: Layers, state: DocState,
  analyse: (input: SpanInput, state: DocState) => EventRecord[],
): EventRecord[] {
  const out: EventRecord[] = [];
  const fallback = state.anchor.current ?? state.documentDate;
  const columns = tableColumns(doc, table, fallback);
  const caption = captionOf(doc, table);
  const capEntry = captionTrigger(rules, caption, doc.language);
  const capActors = capEntry ? actorsIn(cat, caption) : [];
  for (const col of columns) {
    const heading = col.header ? actorsIn(cat, col.header).slice(0, 1) : [];
    for (const item of col.entries) {
      const sentence = doc.sentences[item.sentence];
      if (!sentence) continue;
      const date = item.date;
      // A table of items under a caption that names the event and its actors: one event per row.
      if (capEntry && capActors.length && columns.length === 1 && date) {
        const shaped = shapeEvents(rules, {
          entry: capEntry, surface: capEntry.trigger, source: capActors, target: [], partner: [], about: [], placeTargets: [], parties: [],
          objects: [], troopSubject: false, venue: [], victims: [], others: [], otherStates: [], bodies: [], groupSubject: false, verbal: true, oneWay: false, carriedTarget: [],
        });
        for (const s of shaped) {
          out.push(toRecord(s, { start: sentence.start, end: sentence.end }, sentence.index, date, { start: item.cell.start, end: item.cell.end }, []));
        }
        continue;
      }
      const input: SpanInput = {
        lo: item.cell.normStart, hi: item.cell.normEnd, sentence,
        mentions: layers.mentions[item.sentence] ?? [], timexes: [], quantities: layers.quantities[item.sentence] ?? [],
        fixedDate: date, defaultSource: heading,
      };
      out.push(...analyse(input, { ...state, topic: [], topicAge: 99 }));
    }
  }
  return out;
}
