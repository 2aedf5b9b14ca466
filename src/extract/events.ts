// The event layer: who did what to whom, and when, in PLOVER terms (annotation-guidelines §4).
// Hot path: a sentence is analysed only when it holds a trigger (a trie over its norm text) and an
// actor mention. Then: clauses (clauses.ts), attachments of the actors (attach.ts), roles (roles.ts,
// roles-en.ts), non-event cues (nonevents.ts), dates (event-dates.ts), object nouns, refinements and
// type checks (event-build.ts). Actors: actors.ts (with English demonyms and counted references such as
// 3人は, the two leaders). A named exercise told as held (「海上聯合2016」が行われた) is a trigger of its own,
// acted by the catalogue's parties. Tables: table-events.ts. Rules: data/rules/event-*.json.
import type { Catalogue } from '../lexicon/catalogue.js';
import type { EventRecord, Mention, Quantity, TextDoc, TimeValue, Timex } from '../types.js';
import { ACTOR_KINDS, actorCodes, actorSpans, demonymSpans, hasReference, placeState, treatyParties, type DocState, type SpanInput } from './actors.js';
import { attachActors, finalAttachment, sentenceTopic, type ActorSpan, type Attachment } from './attach.js';
import { splitClauses, type ClauseSpan } from './clauses.js';
import { shapeEvents, toRecord, type Candidate } from './event-build.js';
import { carriedDate, DateAnchor, eventDates } from './event-dates.js';
import { lightVerbAfterTrigger, modifierOnly, nonEventCue, nonEventCueEn, objectOfNext, refersBack } from './nonevents.js';
import { assignRoles, passiveAfter, verbalUse, type Assigned, type RoleContext } from './roles.js';
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

const GROUP_VOTE = /(?:カ国|か国|ヵ国|諸国|各国)(?:が|は|も)(?:[^、。]{0,6})(?:賛成|反対|支持)/;

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
  const operations = operationHits(cat, rules, text, input);
  if (!operations.length && !mayHoldTrigger(rules, text, lo, hi, doc.language)) return none;
  const slice = text.slice(lo, hi);
  const hasActor = input.mentions.some((m) => (ACTOR_KINDS.has(m.kind) || m.kind === 'weapon' || (m.kind === 'place' && doc.language === 'en')) &&
    m.normStart >= lo && m.normEnd <= hi) ||
    (state.recent.length > 0 && hasReference(slice)) ||
    // 13カ国が賛成した: a group of states voting in the body named before.
    (state.lastBody !== null && GROUP_VOTE.test(slice)) ||
    // Russian forces, Chinese coast guard: an English demonym names the state.
    (doc.language === 'en' && demonymSpans(text, lo, hi, []).length > 0) ||
    operations.length > 0;
  if (!hasActor && !input.defaultSource?.length) return none;
  const mentionStart = new Map<number, number>();
  for (const m of input.mentions) if (m.normStart >= lo && m.normEnd <= hi) mentionStart.set(m.normStart, m.normEnd);
  const hits = doc.language === 'en'
    ? findEnTriggers(rules, text, lo, hi)
    : findJaTriggers(rules, text, lo, hi, (i) => mentionStart.get(i) ?? i);
  // 爆撃機, 攻撃能力, 派遣部隊: a trigger inside a longer noun is no head of its own phrase.
  if (doc.language === 'ja') {
    for (let k = hits.length - 1; k >= 0; k--) if (insideNoun(rules, text, hits[k], hi)) hits.splice(k, 1);
  }
  for (const op of operations) if (!hits.some((h) => h.normStart < op.normEnd && op.normStart < h.normEnd)) hits.push(op);
  hits.sort((a, b) => a.normStart - b.normStart);
  if (!hits.length) return { ...none, topic: quietTopic(doc, cat, input, state) };
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
  const light = rules.blockers.lightVerbs;
  const valid = hits.map((h, i) => {
    if (modifierOnly(rules, text, h, lo, hi)) return false;
    const decide = rules.blockers.decisionVerbs;
    if (objectOfNext(text, hits, i, light, decide) || lightVerbAfterTrigger(text, hits, i, light, decide)) return false;
    return nonEventCue(rules, text, h, clauses, clauseOf(h.normStart), hi) === null;
  });
  // 今回の発射は…と非難した: an act named again refers to the last event of its kind, whose agent is
  // then the one acted upon.
  const referents: string[] = [];
  const rereports: EventRecord[] = [];
  const span0 = { start: input.sentence.start, end: input.sentence.end };
  hits.forEach((h, i) => {
    if (!refersBack(rules, text, h.normStart, lo)) return;
    const types = new Set<string>(h.entries.map((e) => e.type));
    for (let k = state.history.length - 1; k >= 0; k--) {
      const past = state.history[k];
      if (input.sentence.index - past.sentence > 5) break;
      if (!types.has(past.type) || !past.source || past.sentence === input.sentence.index) continue;
      referents.push(...past.source.split(','));
      // The same act told again (今回の発射は…) is an event again, with the actors and date it had.
      const again = rules.blockers.reReported.includes(text.slice(h.normStart, h.normEnd));
      if (again && !modifierOnly(rules, text, h, lo, hi, true) && !objectOfNext(text, hits, i, light) &&
          nonEventCue(rules, text, h, clauses, clauseOf(h.normStart), hi) === null) {
        const r: EventRecord = {
          sentence: span0, sentenceIndex: input.sentence.index, type: past.type as EventRecord['type'],
          source: past.source.split(','), target: past.target ? past.target.split(',') : [], date: past.date,
          trigger: toOriginal(doc.original, doc.normToOrig, h.normStart, h.normEnd),
        };
        if (past.mode) r.mode = past.mode;
        if (past.context) r.context = past.context;
        if (past.flow) r.flow = past.flow as EventRecord['flow'];
        rereports.push(r);
      }
      break;
    }
  });
  const heads = new Set<number>(input.mentions.map((m) => m.normStart));
  const about: number[] = [];
  actors.forEach((a, i) => {
    const fin = finalAttachment(atts, i);
    if (a.kind === 'actor' && fin.particle === 'について' && /^(?:については|について|に関しては|に関して|をめぐって|をめぐり|を巡って)、/.test(text.slice(fin.at, fin.at + 8))) about.push(i);
  });
  const isState = (code: string): boolean => cat.byCode(code)?.kind === 'state';
  const ctx: RoleContext = { text, lo, hi, actors, atts, clauses, topic, previousTopic, heads, about, isState };
  const events: EventRecord[] = [];
  const span = { start: input.sentence.start, end: input.sentence.end };
  let lastTarget: { clause: number; target: string[] } = { clause: -1, target: [] };
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
      let carriedTarget = roles.inherited && lastTarget.clause >= 0 && lastTarget.clause < ci ? lastTarget.target : [];
      // 中国はこれを拒否している, イランはこれに反発し: the act referred to is the one just told.
      if (!carriedTarget.length && REFERRED.test(text.slice(clause.start, hit.normStart))) carriedTarget = referredAgents(events, state, input.sentence.index);
      const made = buildEvents(doc, cat, rules, input, state, hit, entry, roles, actors, mentions, clause, span, atts, referents, carriedTarget);
      if (made.length) {
        events.push(...made);
        const withTarget = made.filter((e) => e.target.length);
        if (withTarget.length) lastTarget = { clause: ci, target: withTarget[withTarget.length - 1].target };
        break;
      }
    }
  }
  const topicCodes = uniq(topic.flatMap((i) => actors[i].codes));
  const codes = actors.filter((a) => a.kind === 'actor' && a.ref >= 0 && mentions[a.ref]).flatMap((a) => a.codes);
  // ロシアを非難する決議を採択した: a body adopting a resolution that condemns, sanctions or demands acts
  // by that resolution; the adoption is no agreement of its own.
  const contentOfResolution = (e: EventRecord): boolean => e.type === 'AGREE' && /^(?:採択|可決)/.test(doc.original.slice(e.trigger.start, e.trigger.end)) &&
    events.some((x) => x !== e && (x.type === 'ACCUSE' || x.type === 'SANCTION' || x.type === 'REQUEST' || x.type === 'SUPPORT') && x.source.some((c) => e.source.includes(c)));
  for (let k = events.length - 1; k >= 0; k--) if (contentOfResolution(events[k])) events.splice(k, 1);
  return { events: dedupe([...events, ...rereports]), topic: topicCodes.length ? topicCodes : mainSubject(actors, atts, clauses), codes };
}

const isKanjiOrKana = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;

/** The trigger is the first part of a longer noun that is no act (爆撃機, 攻撃能力, 派遣部隊, 核実験場). */
function insideNoun(rules: EventRules, text: string, h: TriggerHit, hi: number): boolean {
  const e = h.normEnd;
  if (e >= hi || !isKanjiOrKana(text.charCodeAt(e - 1)) || !isKanjiOrKana(text.charCodeAt(e))) return false;
  if (rules.ja.longestEnd(text, e, hi) >= 0 || rules.continuations.longestEnd(text, e, hi) > 0) return false;
  return rules.nounSuffixes.longestEnd(text, e, hi) > 0;
}

/** Predicates that report an exercise or operation as held (「海上聯合2016」を実施した, が行われた). */
const HELD_OPERATION = /^[」』]?(?:演習|訓練|作戦)?(?:[をがは]|も)(?:[^、。]{0,10}?)(?:実施|行[いうっわ]|開始|展開|開催|実行|挙行|始ま|終了|展開)/;

/**
 * Operations and exercises with a proper name told as held (「海上聯合2016」が行われ, 「ヴォストーク2018」
 * を実施し): a trigger of their own, whose actors are the parties the catalogue gives them.
 */
function operationHits(cat: Catalogue, rules: EventRules, text: string, input: SpanInput): TriggerHit[] {
  const out: TriggerHit[] = [];
  const entry = rules.operation;
  if (!entry) return out;
  for (const m of input.mentions) {
    if (m.kind !== 'operation' || m.normStart < input.lo || m.normEnd > input.hi) continue;
    if (!(cat.byId(m.entity)?.facts.parties ?? []).length) continue;
    const after = text.slice(m.normEnd, Math.min(input.hi, m.normEnd + 24));
    if (!HELD_OPERATION.test(after)) continue;
    out.push({ normStart: m.normStart, normEnd: m.normEnd, entries: [entry] });
  }
  return out;
}

/**
 * The topic of a sentence that holds no trigger (国連の専門家パネルは…報告書を公表した): its actors standing
 * as topic, so that the next sentence (報告書は…と指摘した) acts for them.
 */
function quietTopic(doc: TextDoc, cat: Catalogue, input: SpanInput, state: DocState): string[] {
  if (doc.language !== 'ja' || !input.mentions.some((m) => ACTOR_KINDS.has(m.kind))) return [];
  const { actors } = actorSpans(cat, doc, input, state);
  const atts = attachActors(doc.norm, input.hi, actors, []);
  return uniq(sentenceTopic(doc.norm, input.lo, actors, atts).flatMap((i) => actors[i].codes));
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

const JOIN = /^(?:参加|加わ|participated|took part|joined)/;

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
  atts: Attachment[] | null, referents: string[] = [], carriedTarget: string[] = [],
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
    // In the passive the thing moved stands before the verb (North Korean troops were deployed).
    ? objectClassesEn(rules, text.slice(roles.passive ? Math.max(input.lo, hit.normStart - 50) : hit.normStart, Math.min(input.hi, hit.normEnd + 60)).toLowerCase())
    : objectClasses(rules, text, clause.start, hit.normEnd);
  // Treaties and operations the clause names (署名した…条約, 同条約の履行を停止).
  let parties: string[] = [];
  const treaties = actors.filter((a) => (a.kind === 'treaty' || a.kind === 'operation') && a.normStart >= clause.start && a.normEnd <= clause.end);
  // 「ヴォストーク2018」を実施し、中国も参加した: joining the exercise named earlier in the sentence.
  if (!treaties.length && JOIN.test(surface)) treaties.push(...actors.filter((a) => a.kind === 'operation' && a.normStart >= input.lo && a.normEnd <= hit.normStart));
  for (const t of treaties) {
    const m = mentions[t.ref];
    if (m) parties.push(...treatyParties(cat, m));
  }
  // 同条約, and a bare 条約の/条約を (日本政府は条約の締結に懸念): the treaty named last.
  if (!treaties.length && state.lastTreaty && (/同(?:条約|協定|合意)/.test(text.slice(clause.start, hit.normEnd)) ||
      /(?:^|[^\u4e00-\u9fff\u30a0-\u30ff])(?:条約|協定)(?:の|を|に)/.test(text.slice(clause.start, hit.normEnd)))) parties = treatyParties(cat, state.lastTreaty);
  if (treaties.some((t) => t.kind === 'operation')) objects.push('exercise');
  if (treaties.some((t) => t.kind === 'treaty') || (parties.length && !treaties.length)) objects.push('treaty');
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
    // Places stand for their states as the target of a visit, an attack or a delivery (平壌を訪問,
    // クルスク州に進軍), not as the venue of a meeting (ミュンヘンで会談).
    const placeRole = (i: number): boolean => {
      const p = atts ? finalAttachment(atts, i).particle : '';
      return p !== 'で' && p !== 'では' && p !== 'から' && p !== 'について';
    };
    const placeTargets = entry.symmetric && entry.roleSet !== 'visit' && entry.roleSet !== 'host' ? [] : uniq([
      ...codesOf(roles.target, ['place']), ...codesOf(roles.location, ['place']),
      ...codesOf(actors.map((_, i) => i).filter((i) => actors[i].kind === 'place' && actors[i].normStart >= clause.start && actors[i].normEnd <= hit.normStart && placeRole(i)), ['place']),
    ]);
    const all = actors.map((_, i) => i);
    let venue = atts ? codesOf(all.filter((i) => actors[i].entityKind === 'organization' && actors[i].normEnd <= hit.normStart &&
      /^(?:で|では|genitive)$/.test(finalAttachment(atts, i).particle))) : [];
    if (!venue.length && state.lastBody) venue = [state.lastBody];
    const victims = atts ? codesOf(all.filter((i) => actors[i].normStart >= hit.normEnd && casualty(text, actors[i].normEnd, input.hi))) : [];
    // Other actors of the sentence, nearest to the trigger first (those before it first).
    const dist = (i: number): number => (actors[i].normEnd <= hit.normStart ? hit.normStart - actors[i].normEnd : 1000 + actors[i].normStart - hit.normEnd);
    const others = codesOf(all.filter((i) => actors[i].normEnd > actors[i].normStart && (actors[i].normEnd <= hit.normStart || actors[i].normStart >= hit.normEnd))
      .sort((a, b) => dist(a) - dist(b)), ['actor', 'place']);
    const otherStates = others.filter((code) => cat.byCode(code)?.kind === 'state');
    // In English a capital stands for its government in any role (Washington, Kyiv, Manila).
    const kinds: Array<ActorSpan['kind']> = doc.language === 'en' ? ['actor', 'place'] : ['actor'];
    let sourceCodes = codesOf(roles.source, kinds);
    if (!sourceCodes.length && entry.type === 'MOBILIZE') sourceCodes = codesOf(roles.source, ['weapon']);
    const bodies = uniq([...roles.source, ...roles.partner].flatMap((i) => actors[i].codes)).filter((code) => cat.byCode(code)?.kind === 'organization');
    const cand: Candidate = {
      entry, surface, venue, victims, others, otherStates, bodies, groupSubject: roles.groupSubject,
      verbal: doc.language === 'en' || verbalUse(text, hit.normStart, hit.normEnd, input.hi), oneWay: roles.oneWay, carriedTarget,
      recentAgents: recentAgents(state, input.sentence.index),
      lastAgents: recentAgents(state, input.sentence.index, true),
      source: sourceCodes, partner: codesOf(roles.partner, kinds), about: uniq([...codesOf(roles.about), ...referents]),
      // 今回の発射は…に違反すると非難した: the agent of the act referred to is the one accused.
      target: uniq([...codesOf(roles.target, kinds), ...(entry.quote && roles.content ? referents : [])]),
      placeTargets, parties: uniq(parties), objects,
      troopSubject: roles.source.some((i) => actors[i].troops) || roles.target.some((i) => actors[i].troops && entry.roleSet === 'transfer'),
    };
    const shaped = shapeEvents(rules, cand);
    for (const s of shaped) {
      let d = date;
      if (carried) {
        // The same act told a few sentences before keeps its date (このあと… keeps only its month).
        const same = coreferentDate(state, s.type, s.source, input.sentence.index);
        d = same ? carriedDate(same, text.slice(input.lo, input.hi)) : carriedDate(state.anchor.current, text.slice(input.lo, input.hi));
      }
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

/** これを, これに, 同提案に: a pronoun for the act just told. */
const REFERRED = /(?:これ|それ|同提案|同要求|同要請|同決議|この提案|この要求|この要請|この決定|この措置)(?:を|に(?!対)|には)/;

/** Sources of the acts told last: earlier in this sentence, then in the two sentences before. */
function referredAgents(events: EventRecord[], state: DocState, sentence: number): string[] {
  for (let k = events.length - 1; k >= 0; k--) if (events[k].source.length) return events[k].source;
  for (let k = state.history.length - 1; k >= 0; k--) {
    const h = state.history[k];
    if (sentence - h.sentence > 2) break;
    if (h.source) return h.source.split(',');
  }
  return [];
}

const PROVOKING = new Set(['MOBILIZE', 'ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'AID']);

/** Sources of the acts told in the two sentences before, most recent first. */
function recentAgents(state: DocState, sentence: number, anyType = false): string[] {
  const out: string[] = [];
  for (let k = state.history.length - 1; k >= 0; k--) {
    const h = state.history[k];
    if (sentence - h.sentence > 2) break;
    if (h.sentence === sentence || (!anyType && !PROVOKING.has(h.type)) || !h.source) continue;
    for (const c of h.source.split(',')) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function coreferentDate(state: DocState, type: string, source: string[], sentence: number): TimeValue | null {
  const key = [...source].sort().join(',');
  for (let k = state.history.length - 1; k >= 0; k--) {
    const h = state.history[k];
    if (sentence - h.sentence > 3) break;
    if (h.type === type && h.source === key && h.date && h.sentence < sentence) return h.date;
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
  // condemned the launch: a definite noun names the last event of its kind. It is an event again (a
  // re-report, with the actors and date it had), and its agent is the one acted upon in the sentence.
  const refs: string[] = [];
  const definite = new Set<number>();
  hits.forEach((hit, h) => {
    if (!/\b(?:the|this|that|these|its|their|such)\s+(?:[a-z-]+\s+)?$/.test(lower.slice(Math.max(input.lo, hit.normStart - 24), hit.normStart))) return;
    if (!rules.blockers.reReported.includes(lower.slice(hit.normStart, hit.normEnd).split(' ').pop() ?? '')) return;
    const types = new Set<string>(hit.entries.map((e) => e.type));
    for (let k = state.history.length - 1; k >= 0 && input.sentence.index - state.history[k].sentence <= 5; k--) {
      const past = state.history[k];
      if (!types.has(past.type) || past.sentence === input.sentence.index || !past.source) continue;
      definite.add(h);
      refs.push(...past.source.split(','));
      if (!nonEventCueEn(rules, lower, hit.normStart, hit.normEnd, text)) {
        const r: EventRecord = {
          sentence: span, sentenceIndex: input.sentence.index, type: past.type as EventRecord['type'], source: past.source.split(','),
          target: past.target ? past.target.split(',') : [], date: past.date, trigger: toOriginal(doc.original, doc.normToOrig, hit.normStart, hit.normEnd),
        };
        if (past.mode) r.mode = past.mode;
        if (past.flow) r.flow = past.flow as EventRecord['flow'];
        events.push(r);
      }
      break;
    }
  });
  // Where the next act's phrase starts: a trigger that is no object of a light verb before it.
  const nextAt = (h: number): number => {
    for (let k = h + 1; k < hits.length; k++) {
      const gap = lower.slice(hits[k - 1].normEnd, hits[k].normStart);
      if (k === h + 1 && LIGHT_EN.test(lower.slice(hits[h].normStart, hits[h].normEnd)) && gap.length <= 24) continue;
      if (/^\s*(?:and|or|,)?\s*$/.test(gap)) continue; // sanctions and export controls on
      if (/^\s+of\s+(?:(?:more|new|additional|further|[\d,]+)\s+)?$/.test(gap)) continue; // deployment of troops to
      // sent about 10,000 troops to Russia: the same act named again by its noun.
      if (gap.length <= 40 && !/[,;]\s/.test(gap) && hits[k].entries.some((e) => hits[h].entries.some((x) => x.type === e.type))) continue;
      return hits[k].normStart;
    }
    return input.hi;
  };
  for (let h = 0; h < hits.length; h++) {
    if (definite.has(h)) continue;
    const hit = hits[h];
    // launched airstrikes, conducted a joint exercise: after a light verb the noun names the act.
    const next = hits[h + 1];
    if (next && LIGHT_EN.test(lower.slice(hit.normStart, hit.normEnd)) && next.normStart - hit.normEnd <= 24 &&
        /^\s+(?:(?:a|an|the|new|more|further|fresh|large-scale|major|joint|[\d$.,]+|billion|million)\s+){0,4}$/.test(`${lower.slice(hit.normEnd, next.normStart)} `)) continue;
    if (nonEventCueEn(rules, lower, hit.normStart, hit.normEnd, text)) continue;
    // in occupied Crimea, the annexed peninsula: a participle used as an adjective names no act.
    if (/ed$/.test(lower.slice(hit.normStart, hit.normEnd)) && /\b(?:in|of|the|from|into|across|to|over|near)\s+$/.test(lower.slice(Math.max(input.lo, hit.normStart - 8), hit.normStart)) &&
        /^\s+(?:[A-Z]|territor|region|area|land|peninsula|cit|town|part)/.test(text.slice(hit.normEnd, hit.normEnd + 12))) continue;
    // rejected calls for a ceasefire, condemned attacks on civilians: the noun is the object of the act
    // before it, no act of its own.
    const prev = hits[h - 1];
    // received $60 billion in military aid, sent 10,000 troops to: the noun names the act of the verb before.
    if (prev && prev.normStart >= input.lo && hit.normStart - prev.normEnd <= 40 && !/[,;]|\bthat\b|\band\s+(?:then\s+)?[a-z]+ed\b/.test(lower.slice(prev.normEnd, hit.normStart)) &&
        /(?:ed|ent)$/.test(lower.slice(prev.normStart, prev.normEnd).split(' ')[0]) && !/ed$/.test(lower.slice(hit.normStart, hit.normEnd).split(' ')[0]) &&
        hit.entries.some((e) => prev.entries.some((x) => x.type === e.type))) continue;
    // the deployment of troops to Russia: the complement of the noun before is part of that act.
    if (prev && /^\s+of\s+(?:(?:more|new|additional|further|[\d,]+)\s+)?$/.test(lower.slice(prev.normEnd, hit.normStart))) continue;
    if (prev && !LIGHT_EN.test(lower.slice(prev.normStart, prev.normEnd)) && /^\s+(?:(?:a|an|any|further|new|more)\s+)?$/.test(lower.slice(prev.normEnd, hit.normStart)) &&
        !/ed$/.test(lower.slice(hit.normStart, hit.normEnd).split(' ')[0])) continue;
    for (const entry of hit.entries) {
      const r = assignRolesEn(text, input.lo, input.hi, actors, hit.normStart, hit.normEnd, entry.symmetric, nextAt(h));
      // were shipped to Ukraine, North Korean troops were deployed to Kursk: the passive subject of a
      // transfer is the thing moved, and its state the one that sends it.
      const transfer = entry.type === 'AID' || entry.type === 'MOBILIZE' || entry.roleSet === 'en-transfer';
      let source = r.source;
      let target = r.target;
      // Ukraine received aid from the United States: the subject of a receiving verb is the one helped.
      if (entry.roleSet === 'en-receive' && !r.passive) {
        const subject = source.filter((i) => actors[i].normEnd <= hit.normStart);
        target = [...target.filter((i) => !subject.includes(i)), ...subject];
        source = source.filter((i) => !subject.includes(i));
      }
      if (r.passive && transfer) {
        const moved = target.filter((i) => actors[i].normEnd <= hit.normStart && actors[i].kind === 'actor');
        if (moved.length) {
          source = [...source, ...moved.filter((i) => !source.includes(i))];
          target = target.filter((i) => !moved.includes(i));
        }
      }
      let inherited = false;
      // With no agent named (Two more Patriot systems were shipped to Ukraine), the agent of the
      // sentence before.
      if (!source.length && r.passive && transfer && state.topicAge <= 1 && state.topic.length) {
        for (const code of state.topic) {
          if (target.some((i) => actors[i].codes.includes(code))) continue;
          actors.push({ normStart: input.lo, normEnd: input.lo, codes: [code], kind: 'actor', entityKind: 'ref', troops: false, modifier: false, ref: -1 });
          mentions.push(null);
          source.push(actors.length - 1);
          inherited = true;
        }
      }
      const roles: Assigned = { source, target, partner: r.partner, about: [], location: [], inherited, quoted: [], content: null, groupSubject: false, oneWay: false, passive: r.passive };
      const made = buildEvents(doc, cat, rules, input, state, hit, entry, roles, actors, mentions, clause, span, null, refs);
      if (made.length) {
        events.push(...made);
        break;
      }
    }
  }
  const topic = actors.filter((a) => a.kind === 'actor' && a.normStart < (hits[0]?.normStart ?? input.hi)).flatMap((a) => a.codes).slice(0, 2);
  return { events: dedupe(events), topic, codes: actors.filter((a) => a.kind === 'actor').flatMap((a) => a.codes) };
}

/** English verbs that only carry the noun after them (launched airstrikes, held talks, imposed sanctions). */
const LIGHT_EN = /^(?:launched|launches|launch|conducted|held|holds|carried|staged|began|started|made|took|announced|lodged|issued|imposed|stepped|continued|approved)$/;

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
    documentDate: options.documentDate, anchor: new DateAnchor(options.documentDate), topic: [], topicAge: 99, recent: [], lastTreaty: null, lastBody: null, history: [],
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
      state.history.push({
        type: e.type, source: [...e.source].sort().join(','), target: [...e.target].sort().join(','), date: e.date, sentence: s.index,
        mode: e.mode, flow: e.flow, context: e.context,
      });
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
    if (m.kind === 'person') {
      const persons = (state.persons ??= []);
      for (const c of codes) persons.push(c);
      if (persons.length > 8) persons.splice(0, persons.length - 8);
    }
    if (m.kind === 'organization' && codes.length) state.lastOrg = codes;
    if (m.kind === 'treaty') state.lastTreaty = m;
    if (m.kind === 'organization' && m.codes.length && cat.byCode(m.codes[0])?.kind === 'organization') state.lastBody = m.codes[0];
  }
  if (state.recent.length > 12) state.recent.splice(0, state.recent.length - 12);
}
