// From a trigger and its roles to event records: actor codes at state/organisation level, object
// nouns (flows and type refinements from data/rules/event-objects.json), treaty parties, the checks a
// type needs (a target for verbal conflict, two participants for joint actions), and the record shape
// (joint actions: all participants in source; visits and mutual fighting split per pair).
import type { EventRecord, Flow, PloverType, Span, TimeValue } from '../types.js';
import type { EventRules, Refinement, TriggerEntry } from './triggers.js';

export interface Candidate {
  entry: TriggerEntry;
  /** Actor codes by role (state/organisation level, already resolved for the event's date). */
  source: string[];
  target: string[];
  partner: string[];
  about: string[];
  /** States of places in target or location slots (平壤を訪問 → PRK). */
  placeTargets: string[];
  /** Parties of a treaty or operation the clause names. */
  parties: string[];
  /** Object-noun classes in the clause, nearest to the trigger first. */
  objects: string[];
  /** A troop noun follows a source actor (北朝鮮兵が). */
  troopSubject: boolean;
  /** Bodies named as the venue (国連安保理では, 国連総会における): the target of a vote. */
  venue: string[];
  /** Whose people an attack killed or wounded (〜により、北朝鮮の将校6人を含む20人が死亡). */
  victims: string[];
  /** Other actors of the sentence, nearest to the trigger first (the other side of an attack). */
  others: string[];
  /** The states among them (where troops went). */
  otherStates: string[];
  /** Codes of international bodies among the actors (UNSC, EU, ASEAN …). */
  bodies: string[];
  /** The subject is a group of states without a code (西側諸国が): an empty source is allowed. */
  groupSubject: boolean;
  /** The trigger is used as a verb (制裁を科した), not as a bare noun (制裁の効果). */
  verbal: boolean;
  /** A mutual act aimed one way (〜に衝突した): one event, not both directions. */
  oneWay: boolean;
  /** The target of the previous clause, for a clause that shares its subject (…との協力を停止し、受け入れを拒否した). */
  carriedTarget: string[];
  /** Agents of the acts told in the sentences just before, most recent first (a protest with no one named
   * is aimed at the one who just acted: 北朝鮮は…発射した。日本政府は…厳重に抗議した). */
  recentAgents?: string[];
  /** Sources of any act told in the sentences just before (for a rejection: 中国は反発した). */
  lastAgents?: string[];
  /** The trigger's surface as written in norm. */
  surface: string;
}

/** What a trigger and its roles make of an event, before it is dated and placed. */
export type Shaped = Pick<EventRecord, 'type' | 'mode' | 'context' | 'flow' | 'source' | 'target'>;

const uniq = (xs: string[]): string[] => [...new Set(xs)];
const minus = (xs: string[], ys: string[]): string[] => xs.filter((x) => !ys.includes(x));
const CONFLICT_VERBAL: ReadonlySet<PloverType> = new Set<PloverType>(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'SANCTION', 'COERCE', 'ASSAULT', 'CONCEDE', 'RETREAT']);
const PLACE_TARGET: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'ASSAULT', 'COERCE', 'AID']);

function matchesTrigger(r: Refinement, entry: TriggerEntry, surface: string): boolean {
  return r.triggers.some((t) => (t.startsWith('*') ? entry.type === t.slice(1)
    : t === entry.trigger || t === surface || (entry.lang === 'ja' && /^[\u3400-\u9fff]+$/.test(t) && entry.trigger.startsWith(t) && /^[\u3040-\u309f]*$/.test(entry.trigger.slice(t.length)))));
}

function objectMatches(r: Refinement, objects: string[]): boolean {
  if (r.unless && objects.some((o) => r.unless!.includes(o))) return false;
  if (!r.object) return true;
  const want = Array.isArray(r.object) ? r.object : [r.object];
  return objects.some((o) => want.includes(o));
}

type Patch = Partial<Pick<Shaped, 'type' | 'mode' | 'context' | 'flow'>>;
function apply(s: Shaped, p: Patch | undefined): void {
  if (!p) return;
  if (p.type && p.type !== s.type) {
    // A new type does not keep the old one's mode (MOBILIZE troops → COOPERATE).
    s.type = p.type;
    s.mode = undefined;
  }
  if (p.mode !== undefined) s.mode = p.mode;
  if (p.context !== undefined) s.context = p.context;
  if (p.flow !== undefined) s.flow = p.flow;
}

const refinementCache = new WeakMap<TriggerEntry, Map<string, Refinement[]>>();

/** The refinements that name a trigger, computed once per entry and surface. */
function refinementsOf(rules: EventRules, e: TriggerEntry, surface: string): Refinement[] {
  let bySurface = refinementCache.get(e);
  if (!bySurface) {
    bySurface = new Map();
    refinementCache.set(e, bySurface);
  }
  let list = bySurface.get(surface);
  if (!list) {
    list = rules.refinements.filter((r) => matchesTrigger(r, e, surface));
    bySurface.set(surface, list);
  }
  return list;
}

/** The events a candidate gives (none when the type's requirements are not met). */
export function shapeEvents(rules: EventRules, c: Candidate): Shaped[] {
  const e = c.entry;
  const own = refinementsOf(rules, e, c.surface);
  const troopRefined = c.troopSubject && own.some((r) => r.subjectTroops && objectMatches(r, c.objects));
  // An object that turns the trigger into another act satisfies it too (fired water cannon → COERCE).
  const retyped = own.some((r) => r.set?.type && r.object !== undefined && objectMatches(r, c.objects));
  if (e.requiresObject.length && !troopRefined && !retyped && !e.requiresObject.some((o) => c.objects.includes(o) || (o === 'treaty' && c.parties.length > 0))) return [];
  let source = uniq([...c.source]);
  let target = uniq(c.target);
  const partner = uniq(c.partner);
  const s: Shaped = { type: e.type, mode: e.mode, context: e.context, flow: e.flow, source: [], target: [] };
  // Partners act with the source (中国と並んで主張, 中国とロシアが会談).
  source = uniq([...source, ...partner]);
  if (!target.length && c.about.length && CONFLICT_VERBAL.has(e.type)) target = uniq(minus(c.about, source));
  if (!target.length && c.placeTargets.length && PLACE_TARGET.has(e.type)) target = uniq(c.placeTargets);
  if (!target.length && (e.roleSet === 'vote' || e.venueTarget)) target = minus(c.venue, source);
  if (!target.length && e.defaultTarget) target = [e.defaultTarget];
  if (!target.length && e.type === 'ASSAULT') target = minus(c.victims, source);
  // A treaty's parties: the other side of a signing or a withdrawal.
  // A named exercise held (「海上聯合2016」が行われた) acts through its parties alone.
  const operation = e.trigger === '@operation';
  const anyActor = uniq([...source, ...target]).length > 0 || operation;
  if (anyActor && c.parties.length && (e.type === 'AGREE' || e.type === 'RETREAT' || e.type === 'CONCEDE' || e.type === 'COOPERATE' || (e.symmetric && c.objects.includes('exercise')))) {
    if (e.symmetric) source = uniq([...source, ...c.parties]);
    else if (!target.length) target = minus(c.parties, source);
  }
  // An exercise of one state (「ヴォストーク2018」を実施) is a show of force.
  if (operation && uniq([...source, ...partner]).length === 1) {
    s.type = 'MOBILIZE';
    s.mode = 'troops';
  }
  if (!e.symmetric) target = minus(target, source);
  // Troops sent with no destination named go to the other state the sentence names, if any.
  const dispatch = own.some((r) => r.object === 'troops' && r.withTarget !== undefined);
  if (dispatch && !target.length && (c.troopSubject || c.objects.includes('troops'))) target = minus(c.otherStates, source).slice(0, 1);
  // Refinements by object noun and by the roles found.
  const hasTarget = target.length > 0;
  // The object noun nearest the trigger among those its refinements name decides (式典に参加, not
  // the 朝鮮戦争 of 朝鮮戦争戦勝式典).
  const mine = refinementsOf(rules, e, c.surface);
  const named = new Set(mine.flatMap((r) => (r.object === undefined ? [] : Array.isArray(r.object) ? r.object : [r.object])));
  const nearest = c.objects.find((o) => named.has(o));
  const objects = nearest ? [nearest, ...c.objects.filter((o) => !named.has(o))] : c.objects;
  for (const r of mine) {
    if (!objectMatches(r, objects)) continue;
    if (r.drop) return [];
    apply(s, r.set);
    if (r.withTarget && hasTarget) apply(s, r.withTarget);
    if (r.withoutTarget && !hasTarget) apply(s, r.withoutTarget);
    if (r.withPartners && uniq([...source, ...target]).length >= 2) apply(s, r.withPartners);
    if (r.subjectTroops && c.troopSubject) apply(s, r.subjectTroops);
  }
  if (!s.flow && (s.type === 'AID' || (s.type === 'COOPERATE' && !e.symmetric))) {
    const f = c.objects.find((o) => rules.flowClasses.has(o));
    if (f) s.flow = f as Flow;
  }
  if (s.type === 'AID' && c.troopSubject && !s.flow) s.flow = 'troops';
  // Troops sent or taking part with no destination named: the other state the sentence names.
  if (s.type === 'AID' && s.flow === 'troops' && !target.length && c.troopSubject) target = minus(c.otherStates, source).slice(0, 1);
  // An attack, a seizure or a withdrawal with no target named: the other side the sentence names.
  // Export controls with no country named (輸出を規制した) have no target: none is carried or guessed.
  const control = s.type === 'SANCTION' && s.mode === 'restrict';
  if (!target.length && c.carriedTarget.length && CONFLICT_VERBAL.has(s.type) && !control) target = minus(c.carriedTarget, source);
  if (!target.length && !e.mutual && (s.type === 'ASSAULT' || s.type === 'COERCE' || s.type === 'RETREAT')) target = minus(c.others, source).slice(0, 1);
  if (!target.length && s.type === 'ACCUSE' && c.verbal && c.recentAgents?.length && source.length) target = minus(c.recentAgents, source).slice(0, 1);
  // 中国外務省は「内政干渉だ」と反発した: a rejection answers the one who acted just before.
  if (!target.length && s.type === 'REJECT' && c.verbal && c.lastAgents?.length && source.length) target = minus(c.lastAgents, source).slice(0, 2);
  // 条約の締結に懸念を表明, 同条約を批判: a charge or a rejection aimed at a treaty is aimed at its parties.
  if (!target.length && c.parties.length && (s.type === 'ACCUSE' || s.type === 'REJECT' || s.type === 'THREATEN')) target = minus(c.parties, source);
  if (!target.length && s.type === 'SANCTION' && !control) target = minus(c.otherStates, source).slice(0, 1);
  // イスラエルとイランが交戦した: a mutual act between two subjects.
  if (e.mutual && !target.length && source.length >= 2) {
    target = [source[1]];
    source = [source[0]];
  }
  const symmetric = s.type === 'CONSULT' || s.type === 'AGREE' || s.type === 'COOPERATE' ? e.symmetric || s.type !== e.type : false;
  if (!symmetric) target = minus(target, source);
  // Requirements.
  const participants = uniq([...source, ...target]);
  if (symmetric) {
    const min = Math.max(e.minParticipants, s.type !== e.type ? 2 : 0);
    // 日米韓は…決定した: a joint decision needs its deciders named together as the subject.
    if (e.jointSubject && uniq([...c.source, ...c.partner]).length < 2) return [];
    // A body of many states meets or agrees on its own (安保理は緊急会合を開いた, the EU agreed).
    const body = participants.length === 1 && c.bodies.includes(participants[0]) && (s.type === 'AGREE' || (s.type === 'CONSULT' && !/^(?:審議|協議|交渉)/.test(c.surface)));
    if (participants.length < Math.max(1, min) && !body) return [];
  } else {
    let req = s.type !== e.type ? defaultRequires(s.type) : e.requires;
    // Export controls imposed with no country named (輸出規制を導入した): a sanction with no target.
    if (s.type === 'SANCTION' && c.verbal) req = req.filter((r) => r !== 'target');
    if (req.includes('source') && !source.length) return [];
    if (req.includes('target') && !target.length) return [];
    // Every event needs an actor that acts: a source with a standard code, or a group of states
    // without one (西側諸国が…非難) acting on a named target.
    if (!source.length && !(c.groupSubject && target.length)) return [];
  }
  if (s.type === 'MOBILIZE' && !source.length) return [];
  if (!symmetric && !source.length && !target.length) return [];
  // Shape.
  if (symmetric && e.roleSet !== 'visit' && e.roleSet !== 'host' && e.mode !== 'offer') {
    return [{ ...s, source: participants, target: [] }];
  }
  if (e.mutual) return c.oneWay ? [{ ...s, source, target }] : [{ ...s, source, target }, { ...s, source: target, target: source }];
  if (e.splitSources && source.length > 1) return source.map((x) => ({ ...s, source: [x], target: minus(target, [x]) })).filter((x) => x.target.length);
  target = minus(target, source);
  if ((e.roleSet === 'visit' || e.roleSet === 'host') && !target.length) return [];
  return [{ ...s, source, target }];
}

function defaultRequires(t: PloverType): Array<'source' | 'target'> {
  switch (t) {
    case 'AID': case 'SUPPORT': case 'REQUEST': case 'ACCUSE': case 'REJECT': case 'THREATEN': case 'SANCTION': case 'COERCE': case 'ASSAULT':
      return ['target'];
    case 'MOBILIZE': case 'RETREAT': case 'CONCEDE': case 'PROTEST':
      return ['source'];
    default:
      return [];
  }
}

/** The final record. */
export function toRecord(
  s: Shaped, sentence: Span, sentenceIndex: number, date: TimeValue | null, trigger: Span,
  quantities: NonNullable<EventRecord['quantities']>,
): EventRecord {
  const r: EventRecord = { sentence, sentenceIndex, type: s.type, source: s.source, target: s.target, date, trigger };
  if (s.mode) r.mode = s.mode;
  if (s.context) r.context = s.context;
  if (s.flow) r.flow = s.flow;
  if (quantities.length) r.quantities = quantities;
  return r;
}
