// The actors of a span of text at state/organisation level: states and organisations by their codes,
// persons by the state of the office they held at the date, places by their state, weapons by their
// state (for their own tests), treaties and operations for their parties, and 両国/同国 resolved to
// the pair or the state named last.
import type { Catalogue, CatalogueEntry } from '../lexicon/catalogue.js';
import type { Mention, Quantity, Sentence, TextDoc, TimeValue, Timex } from '../types.js';
import type { ActorSpan } from './attach.js';
import type { DateAnchor } from './event-dates.js';

/** What one span (a sentence, or a table cell) is read with. */
export interface SpanInput {
  lo: number;
  hi: number;
  sentence: Sentence;
  mentions: Mention[];
  timexes: Timex[];
  quantities: Quantity[];
  /** A date fixed by the context (a table cell's own date): used when the span names none. */
  fixedDate?: TimeValue | null;
  /** Actors the context supplies when the span names no subject (a chronology column's heading). */
  defaultSource?: string[];
}

/** What the reader carries from one sentence to the next. */
export interface DocState {
  documentDate: TimeValue | null;
  anchor: DateAnchor;
  /** Codes of the topic of the last sentence that named one, and how many sentences ago. */
  topic: string[];
  topicAge: number;
  /** Recent state codes, most recent last (for 両国, 同国). */
  recent: string[];
  lastTreaty: Mention | null;
  /** The last international body named (a vote's or a draft's venue when a sentence names none). */
  lastBody: string | null;
  /** Events read so far (codes joined by commas), for coreference and re-reports. */
  history: Array<{ type: string; source: string; target: string; date: TimeValue | null; sentence: number; mode?: string; flow?: string; context?: string }>;
}

export const ACTOR_KINDS = new Set(['state', 'organization', 'person']);

/** The state or organisation codes a mention acts for at a date. */
export function actorCodes(cat: Catalogue, m: Mention, date: TimeValue | null): string[] {
  if ((m.kind === 'state' || m.kind === 'organization') && m.codes.length) return m.codes;
  if (m.kind === 'organization') {
    const org = cat.byId(m.entity);
    return org?.facts.state ? [org.facts.state] : [];
  }
  if (m.kind !== 'person') return [];
  const office = safeOffice(cat, m.entity, date);
  if (office) return [office];
  const e = cat.byId(m.entity);
  return e?.facts.state ? [e.facts.state] : [];
}

function safeOffice(cat: Catalogue, id: string, date: TimeValue | null): string | null {
  try {
    return cat.personOffice(id, date ?? undefined)?.state ?? null;
  } catch {
    return null;
  }
}

/** The state a place lies in (facts.state, or a located_in chain to a state). */
export function placeState(cat: Catalogue, e: CatalogueEntry | undefined): string | null {
  for (let hop = 0; e && hop < 4; hop++) {
    if (e.kind === 'state') return e.codes[0] ?? null;
    if (e.facts.state) return e.facts.state;
    const rel = e.relations.find((r) => r.type === 'located_in');
    e = rel ? cat.byId(rel.entity) : undefined;
  }
  return null;
}

export function treatyParties(cat: Catalogue, m: Mention): string[] {
  const e = cat.byId(m.entity);
  return e?.facts.parties ?? [];
}

export const REFERENCES: Array<[string, 'pair' | 'one']> = [
  ['両国', 'pair'], ['両軍', 'pair'], ['両首脳', 'pair'], ['両政府', 'pair'], ['両国間', 'pair'], ['双方', 'pair'],
  ['同国', 'one'], ['同政府', 'one'], ['同政権', 'one'],
];

export const hasReference = (s: string): boolean => REFERENCES.some(([w]) => s.includes(w));

/** The actor spans of a span of text: mentions that can act, places, treaties, and 両国/同国. */
export function actorSpans(cat: Catalogue, doc: TextDoc, input: SpanInput, state: DocState): { actors: ActorSpan[]; mentions: Array<Mention | null> } {
  const actors: ActorSpan[] = [];
  const ms: Array<Mention | null> = [];
  for (const m of input.mentions) {
    if (m.normStart < input.lo || m.normEnd > input.hi) continue;
    if (ACTOR_KINDS.has(m.kind)) {
      const codes = actorCodes(cat, m, state.documentDate);
      if (!codes.length) continue;
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes, kind: 'actor', entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else if (m.kind === 'place') {
      const st = placeState(cat, cat.byId(m.entity));
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes: st ? [st] : [], kind: 'place', entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else if (m.kind === 'weapon') {
      const st = cat.byId(m.entity)?.facts.state;
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes: st ? [st] : [], kind: 'weapon', entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else if (m.kind === 'treaty' || m.kind === 'operation') {
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes: [], kind: m.kind, entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else continue;
    ms.push(m);
  }
  // 両国 / 同国: the pair or the state named last.
  const text = doc.norm;
  const slice = text.slice(input.lo, input.hi);
  for (const [word, kind] of REFERENCES) {
    if (!slice.includes(word)) continue;
    let at = text.indexOf(word, input.lo);
    while (at >= 0 && at + word.length <= input.hi) {
      if (!actors.some((a) => a.normStart <= at && a.normEnd > at)) {
        const before = actors.filter((a) => a.kind === 'actor' && a.normEnd <= at).flatMap((a) => a.codes);
        const pool = [...state.recent, ...before];
        const distinct: string[] = [];
        for (let k = pool.length - 1; k >= 0 && distinct.length < (kind === 'pair' ? 2 : 1); k--) if (!distinct.includes(pool[k])) distinct.push(pool[k]);
        if (distinct.length === (kind === 'pair' ? 2 : 1)) {
          actors.push({ normStart: at, normEnd: at + word.length, codes: distinct.reverse(), kind: 'actor', entityKind: 'ref', troops: false, modifier: false, ref: -1 });
          ms.push(null);
        }
      }
      at = text.indexOf(word, at + word.length);
    }
  }
  const order = actors.map((_, i) => i).sort((a, b) => actors[a].normStart - actors[b].normStart || actors[b].normEnd - actors[a].normEnd);
  return { actors: order.map((i, k) => ({ ...actors[i], ref: k })), mentions: order.map((i) => ms[i]) };
}

