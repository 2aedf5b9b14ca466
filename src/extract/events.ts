// The event layer: who did what to whom, and when, in PLOVER terms (annotation-guidelines §4).
// Hot path: a sentence is analysed only when it holds a trigger (a trie over its norm text) and an
// actor mention. Then: clauses, roles from case particles (roles.ts), non-event cues (nonevents.ts),
// dates (event-dates.ts), object nouns and type checks (event-build.ts). Tables: table-events.ts.
import type { Catalogue } from '../lexicon/catalogue.js';
import type { EventRecord, Mention, Quantity, TextDoc, TimeValue, Timex } from '../types.js';
import { ACTOR_KINDS, actorCodes, actorSpans, hasReference, placeState, treatyParties, type DocState, type SpanInput } from './actors.js';
import { attachActors, finalAttachment, sentenceTopic, type ActorSpan, type Attachment } from './attach.js';
import { splitClauses, type ClauseSpan } from './clauses.js';
import { shapeEvents, toRecord, type Candidate } from './event-build.js';
import { carriedDate, DateAnchor, eventDates } from './event-dates.js';
import { modifierOnly, nonEventCue, nonEventCueEn, objectOfNext } from './nonevents.js';
import { assignRoles, passiveAfter, type Assigned, type RoleContext } from './roles.js';
import { assignRolesEn } from './roles-en.js';
import { tableEvents } from './table-events.js';
import { eventRules, findEnTriggers, findJaTriggers, mayHoldTrigger, objectClassesEn, type EventRules, type TriggerEntry, type TriggerHit } from './triggers.js';
import { toOriginal } from '../text/normalize.js';

export interface EventLayers {
  mentions: Mention[];
  timexes: Timex[];
  quantities: Quantity[];
}

export interface EventOptions {
  documentDate: TimeValue | null;
}

export interface Analysis {
  events: EventRecord[];
  topic: string[];
  codes: string[];
}

/** The events of one span of Japanese or English text. */
export function analyseSpan(doc: TextDoc, cat: Catalogue, rules: EventRules, input: SpanInput, state: DocState): Analysis {
  const none: Analysis = { events: [], topic: [], codes: [] };
  const text = doc.norm;
  const { lo, hi } = input;
  if (!mayHoldTrigger(rules, text, lo, hi, doc.language)) return none;
  const hasActor = input.mentions.some((m) => (ACTOR_KINDS.has(m.kind) || m.kind === 'weapon') && m.normStart >= lo && m.normEnd <= hi) ||
    (state.recent.length > 0 && hasReference(text.slice(lo, hi)));
  if (!hasActor && !input.defaultSource?.length) return none;
  const mentionStart = new Map<number, number>();
  for (const m of input.mentions) if (m.normStart >= lo && m.normEnd <= hi) mentionStart.set(m.normStart, m.normEnd);
  const hits = doc.language === 'en'
    ? findEnTriggers(rules, text, lo, hi)
    : findJaTriggers(rules, text, lo, hi, (i) => mentionStart.get(i) ?? i);
  if (!hits.length) return none;
  const { actors, mentions } = actorSpans(cat, doc, input, state);
  if (doc.language === 'en') return analyseEn(doc, cat, rules, input, state, hits, actors, mentions);
  const ends = new Set<number>(input.mentions.map((m) => m.normEnd));
  const clauses = splitClauses(text, lo, hi, (i) => ends.has(i));
  const atts = attachActors(text, hi, actors, hits);
  const topic = sentenceTopic(text, lo, actors, atts);
  // Subjects carried from the previous sentence stand as zero-width actors at the span's start.
  const previousTopic: number[] = [];
  const carried = state.topicAge <= 2 ? state.topic : [];
  const seeds = input.defaultSource?.length ? input.defaultSource : carried;
  for (const code of seeds) {
    previousTopic.push(actors.length);
    actors.push({ normStart: lo, normEnd: lo, codes: [code], kind: 'actor', entityKind: 'ref', troops: false, modifier: false, ref: -1 });
    mentions.push(null);
    atts.push({ particle: '', at: lo, head: -1, afterHead: '', next: -1 });
  }
  const clauseOf = (at: number): number => {
    for (let k = 0; k < clauses.length; k++) if (at < clauses[k].end) return k;
    return clauses.length - 1;
  };
  const valid = hits.map((h, i) => {
    if (modifierOnly(rules, text, h, lo, hi)) return false;
    if (objectOfNext(text, hits, i)) return false;
    return nonEventCue(rules, text, h, clauses, clauseOf(h.normStart), hi) === null;
  });
  const heads = new Set<number>(input.mentions.map((m) => m.normStart));
  const about: number[] = [];
  actors.forEach((a, i) => {
    const fin = finalAttachment(atts, i);
    if (a.kind === 'actor' && fin.particle === 'について' && /^(?:については|について|に関しては|に関して|をめぐって|をめぐり|を巡って)、/.test(text.slice(fin.at, fin.at + 8))) about.push(i);
  });
  const ctx: RoleContext = { text, lo, hi, actors, atts, clauses, topic, previousTopic, heads, about };
  const events: EventRecord[] = [];
  const span = { start: input.sentence.start, end: input.sentence.end };
  for (let ti = 0; ti < hits.length; ti++) {
    if (!valid[ti]) continue;
    const hit = hits[ti];
    const ci = clauseOf(hit.normStart);
    const clause = clauses[ci];
    const surface = text.slice(hit.normStart, hit.normEnd);
    // The passive may stand in the trigger itself (送られ, 攻撃を受け) or right after it (攻撃された).
    const voice = /を受け$|を被$/.test(surface) ? 'receive' : passiveAfter(text, hit.normEnd, hi) ?? (/[らさ]れ$/.test(surface) ? 'passive' : 'active');
    for (const entry of hit.entries) {
      const roles = assignRoles(ctx, hit, ti, entry, ci, voice, (t) => !valid[t]);
      if (entry.requiresContentWords.length) {
        const [cs, ce] = roles.content ?? [clause.start, hit.normStart];
        const content = text.slice(cs, ce);
        if (!entry.requiresContentWords.some((w) => content.includes(w))) continue;
      }
      const made = buildEvents(doc, cat, rules, input, state, hit, entry, roles, actors, mentions, clause, span, atts);
      if (made.length) {
        events.push(...made);
        break;
      }
    }
  }
  const topicCodes = uniq(topic.flatMap((i) => actors[i].codes));
  const codes = actors.filter((a) => a.kind === 'actor' && a.ref >= 0 && mentions[a.ref]).flatMap((a) => a.codes);
  return { events: dedupe(events), topic: topicCodes.length ? topicCodes : mainSubject(actors, atts, clauses), codes };
}

function mainSubject(actors: ActorSpan[], atts: ReturnType<typeof attachActors>, clauses: ClauseSpan[]): string[] {
  const last = clauses[clauses.length - 1];
  if (!last) return [];
  const out: string[] = [];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.kind !== 'actor' || a.normStart < last.start || a.normEnd > last.end) continue;
    const p = finalAttachment(atts, i).particle;
    if (p === 'が' || p === 'も') out.push(...a.codes);
  }
  return uniq(out);
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** Object-noun classes in [from, to), nearest to `to` first. */
function objectClasses(rules: EventRules, text: string, from: number, to: number): string[] {
  const found: Array<[number, string]> = [];
  for (let p = from; p < to; p++) {
    const m = rules.objects.longestValues(text, p, to);
    if (m) {
      for (const o of m.values) found.push([p, o.cls]);
      p = m.end - 1;
    }
  }
  return uniq(found.sort((a, b) => b[0] - a[0]).map((f) => f[1]));
}

function buildEvents(
  doc: TextDoc, cat: Catalogue, rules: EventRules, input: SpanInput, state: DocState, hit: TriggerHit, entry: TriggerEntry,
  roles: Assigned, actors: ActorSpan[], mentions: Array<Mention | null>, clause: ClauseSpan, span: { start: number; end: number },
  atts: Attachment[] | null,
): EventRecord[] {
  const text = doc.norm;
  const choice = eventDates(text, input.timexes, clause, hit.normStart, hit.normEnd, state.documentDate);
  let dates: Array<TimeValue | null> = choice.dates;
  let carried = false;
  if (!dates.length && input.fixedDate !== undefined) dates = [input.fixedDate];
  if (!dates.length) {
    dates = [null];
    carried = true;
  }
  const trigger = toOriginal(doc.original, doc.normToOrig, hit.normStart, hit.normEnd);
  const surface = text.slice(hit.normStart, hit.normEnd);
  const objects = doc.language === 'en'
    ? objectClassesEn(rules, text.slice(hit.normStart, Math.min(input.hi, hit.normEnd + 60)).toLowerCase())
    : objectClasses(rules, text, clause.start, hit.normEnd);
  // Treaties and operations the clause names (署名した…条約, 同条約の履行を停止).
  let parties: string[] = [];
  const treaties = actors.filter((a) => (a.kind === 'treaty' || a.kind === 'operation') && a.normStart >= clause.start && a.normEnd <= clause.end);
  for (const t of treaties) {
    const m = mentions[t.ref];
    if (m) parties.push(...treatyParties(cat, m));
  }
  if (!treaties.length && /同(?:条約|協定|合意)/.test(text.slice(clause.start, hit.normEnd)) && state.lastTreaty) parties = treatyParties(cat, state.lastTreaty);
  if (treaties.length || parties.length) objects.push('treaty');
  if (actors.some((a) => a.kind === 'weapon' && a.normStart >= clause.start && a.normEnd <= clause.end)) objects.push('weapons');
  const quantities = input.quantities
    .filter((q) => q.normStart >= clause.start && q.normEnd <= clause.end)
    .map((q) => ({ value: q.value, unit: q.unit, ...(q.approx ? { approx: q.approx } : {}) }));
  const out: EventRecord[] = [];
  for (let date of dates) {
    const codesOf = (idx: number[], kinds: Array<ActorSpan['kind']> = ['actor']): string[] => {
      const out2: string[] = [];
      for (const i of idx) {
        const a = actors[i];
        if (!kinds.includes(a.kind)) continue;
        const m = a.ref >= 0 ? mentions[a.ref] : null;
        out2.push(...(m && m.kind === 'person' ? actorCodes(cat, m, date ?? state.documentDate) : a.codes));
      }
      return uniq(out2);
    };
    const placeTargets = uniq([
      ...codesOf(roles.target, ['place']), ...codesOf(roles.location, ['place']),
      ...codesOf(actors.map((_, i) => i).filter((i) => actors[i].kind === 'place' && actors[i].normStart >= clause.start && actors[i].normEnd <= hit.normStart), ['place']),
    ]);
    const all = actors.map((_, i) => i);
    const venue = atts ? codesOf(all.filter((i) => actors[i].entityKind === 'organization' && actors[i].normEnd <= hit.normStart &&
      /^(?:で|では)$/.test(finalAttachment(atts, i).particle))) : [];
    const victims = atts ? codesOf(all.filter((i) => actors[i].normStart >= hit.normEnd && casualty(text, actors[i].normEnd, input.hi))) : [];
    // Other actors of the sentence, nearest to the trigger first (those before it first).
    const dist = (i: number): number => (actors[i].normEnd <= hit.normStart ? hit.normStart - actors[i].normEnd : 1000 + actors[i].normStart - hit.normEnd);
    const others = codesOf(all.filter((i) => actors[i].normEnd > actors[i].normStart && (actors[i].normEnd <= hit.normStart || actors[i].normStart >= hit.normEnd))
      .sort((a, b) => dist(a) - dist(b)), ['actor', 'place']);
    const otherStates = others.filter((code) => cat.byCode(code)?.kind === 'state');
    let sourceCodes = codesOf(roles.source, doc.language === 'en' ? ['actor', 'place'] : ['actor']);
    if (!sourceCodes.length && entry.type === 'MOBILIZE') sourceCodes = codesOf(roles.source, ['weapon']);
    const bodies = uniq([...roles.source, ...roles.partner].flatMap((i) => actors[i].codes)).filter((code) => cat.byCode(code)?.kind === 'organization');
    const cand: Candidate = {
      entry, surface, venue, victims, others, otherStates, bodies, groupSubject: roles.groupSubject,
      source: sourceCodes, target: codesOf(roles.target), partner: codesOf(roles.partner), about: codesOf(roles.about),
      placeTargets, parties: uniq(parties), objects,
      troopSubject: roles.source.some((i) => actors[i].troops) || roles.target.some((i) => actors[i].troops && entry.roleSet === 'transfer'),
    };
    const shaped = shapeEvents(rules, cand);
    for (const s of shaped) {
      let d = date;
      if (carried) d = coreferentDate(state, s.type, s.source, s.target, input.sentence.index) ?? carriedDate(state.anchor.current, text.slice(input.lo, input.hi));
      out.push(toRecord(s, span, input.sentence.index, d, trigger, quantities));
    }
  }
  return out;
}

/** 北朝鮮の将校6人を含む20人が死亡: the people of the actor named just before a death or injury. */
function casualty(text: string, at: number, hi: number): boolean {
  const s = text.slice(at, Math.min(hi, at + 30));
  return /^(?:の|軍の|兵の|兵)[^、。]{0,16}?(?:死亡|死傷|負傷|殺害され|犠牲|戦死)/.test(s);
}

function coreferentDate(state: DocState, type: string, source: string[], target: string[], sentence: number): TimeValue | null {
  const s = [...source].sort().join(','), t = [...target].sort().join(',');
  for (let k = state.history.length - 1; k >= 0; k--) {
    const h = state.history[k];
    if (sentence - h.sentence > 3) break;
    if (h.type === type && h.source === s && h.target === t && h.date && h.sentence < sentence) return h.date;
  }
  return null;
}

function dedupe(events: EventRecord[]): EventRecord[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = `${e.type}|${[...e.source].sort()}|${[...e.target].sort()}|${e.date}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function analyseEn(
  doc: TextDoc, cat: Catalogue, rules: EventRules, input: SpanInput, state: DocState, hits: TriggerHit[], actors: ActorSpan[], mentions: Array<Mention | null>,
): Analysis {
  const text = doc.norm;
  const lower = text.toLowerCase();
  const events: EventRecord[] = [];
  const span = { start: input.sentence.start, end: input.sentence.end };
  const clause: ClauseSpan = { start: input.lo, end: input.hi };
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    // launched airstrikes, conducted a joint exercise: the noun that follows names the act.
    const next = hits[h + 1];
    if (next && next.normStart - hit.normEnd <= 14 && /^\s+(?:(?:a|an|the|new|more|further|fresh|large-scale|major)\s+){0,2}$/.test(text.slice(hit.normEnd, next.normStart).toLowerCase() + ' ')) continue;
    if (nonEventCueEn(rules, lower, hit.normStart, hit.normEnd)) continue;
    const r = assignRolesEn(text, input.lo, input.hi, actors, hit.normStart, hit.normEnd);
    const roles: Assigned = { source: r.source, target: r.target, partner: r.partner, about: [], location: [], inherited: false, quoted: [], content: null, groupSubject: false };
    for (const entry of hit.entries) {
      const made = buildEvents(doc, cat, rules, input, state, hit, entry, roles, actors, mentions, clause, span, null);
      if (made.length) {
        events.push(...made);
        break;
      }
    }
  }
  const topic = actors.filter((a) => a.kind === 'actor' && a.normStart < (hits[0]?.normStart ?? input.hi)).flatMap((a) => a.codes).slice(0, 2);
  return { events: dedupe(events), topic, codes: actors.filter((a) => a.kind === 'actor').flatMap((a) => a.codes) };
}

/** Events of a document, in sentence order. */
export function extractEvents(doc: TextDoc, layers: EventLayers, catalogue: Catalogue, options: EventOptions): EventRecord[] {
  const rules = eventRules();
  const n = doc.sentences.length;
  const group = <T extends { sentence: number }>(xs: T[]): T[][] => {
    const out: T[][] = Array.from({ length: n }, () => []);
    for (const x of xs) if (x.sentence >= 0 && x.sentence < n) out[x.sentence].push(x);
    for (const list of out) if (list.length > 1) list.sort((a, b) => ((a as unknown as Timex).normStart ?? 0) - ((b as unknown as Timex).normStart ?? 0));
    return out;
  };
  const mentions = group(layers.mentions);
  const timexes = group(layers.timexes);
  const quantities = group(layers.quantities);
  const state: DocState = {
    documentDate: options.documentDate, anchor: new DateAnchor(options.documentDate), topic: [], topicAge: 99, recent: [], lastTreaty: null, history: [],
  };
  const out: EventRecord[] = [];
  const tablesDone = new Set<number>();
  for (const s of doc.sentences) {
    if (s.table !== undefined) {
      if (!tablesDone.has(s.table)) {
        tablesDone.add(s.table);
        const table = doc.tables.find((t) => t.index === s.table);
        if (table) out.push(...tableEvents(doc, catalogue, rules, table, { mentions, timexes, quantities }, state, (input, st) => analyseSpan(doc, catalogue, rules, input, st).events));
      }
      continue;
    }
    const input: SpanInput = { lo: s.normStart, hi: s.normEnd, sentence: s, mentions: mentions[s.index], timexes: timexes[s.index], quantities: quantities[s.index] };
    const a = analyseSpan(doc, catalogue, rules, input, state);
    for (const e of a.events) {
      state.history.push({ type: e.type, source: [...e.source].sort().join(','), target: [...e.target].sort().join(','), date: e.date, sentence: s.index });
    }
    out.push(...a.events);
    advanceState(state, a, mentions[s.index], timexes[s.index], catalogue);
  }
  return out;
}

/** After a sentence: the date anchor, the topic to carry, the recent actors and treaty. */
export function advanceState(state: DocState, a: Analysis, ms: Mention[], ts: Timex[], cat: Catalogue): void {
  state.anchor.advance(ts);
  if (a.topic.length) {
    state.topic = a.topic;
    state.topicAge = 1;
  } else state.topicAge++;
  for (const m of ms) {
    const codes = ACTOR_KINDS.has(m.kind) ? actorCodes(cat, m, state.documentDate) : m.kind === 'place' ? [placeState(cat, cat.byId(m.entity)) ?? ''].filter(Boolean) : [];
    for (const c of codes) {
      const k = state.recent.indexOf(c);
      if (k >= 0) state.recent.splice(k, 1);
      state.recent.push(c);
    }
    if (m.kind === 'treaty') state.lastTreaty = m;
  }
  if (state.recent.length > 12) state.recent.splice(0, state.recent.length - 12);
}
