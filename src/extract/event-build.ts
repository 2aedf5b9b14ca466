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
  /** The trigger's surface as written in norm. */
  surface: string;
}

export interface Shaped {
  type: PloverType;
  mode?: string;
  context?: string;
  flow?: Flow;
  source: string[];
  target: string[];
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];
const minus = (xs: string[], ys: string[]): string[] => xs.filter((x) => !ys.includes(x));
const CONFLICT_VERBAL: ReadonlySet<PloverType> = new Set<PloverType>(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'SANCTION', 'COERCE', 'ASSAULT', 'CONCEDE']);
const PLACE_TARGET: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'ASSAULT', 'COERCE', 'AID']);

function matchesTrigger(r: Refinement, entry: TriggerEntry, surface: string): boolean {
  return r.triggers.some((t) => (t.startsWith('*') ? entry.type === t.slice(1) : t === entry.trigger || t === surface));
}

function objectMatches(r: Refinement, objects: string[]): boolean {
  if (!r.object) return true;
  const want = Array.isArray(r.object) ? r.object : [r.object];
  return objects.some((o) => want.includes(o));
}

type Patch = Partial<Pick<Shaped, 'type' | 'mode' | 'context' | 'flow'>>;
function apply(s: Shaped, p: Patch | undefined): void {
  if (!p) return;
  if (p.type) s.type = p.type;
  if (p.mode !== undefined) s.mode = p.mode;
  if (p.context !== undefined) s.context = p.context;
  if (p.flow !== undefined) s.flow = p.flow;
}

/** The events a candidate gives (none when the type's requirements are not met). */
export function shapeEvents(rules: EventRules, c: Candidate): Shaped[] {
  const e = c.entry;
  if (e.requiresObject.length && !e.requiresObject.some((o) => c.objects.includes(o) || (o === 'treaty' && c.parties.length > 0))) return [];
  let source = uniq([...c.source]);
  let target = uniq(c.target);
  const partner = uniq(c.partner);
  const s: Shaped = { type: e.type, mode: e.mode, context: e.context, flow: e.flow, source: [], target: [] };
  // Partners act with the source (中国と並んで主張, 中国とロシアが会談).
  source = uniq([...source, ...partner]);
  if (!target.length && c.about.length && CONFLICT_VERBAL.has(e.type)) target = uniq(minus(c.about, source));
  if (!target.length && c.placeTargets.length && PLACE_TARGET.has(e.type)) target = uniq(c.placeTargets);
  // A treaty's parties: the other side of a signing or a withdrawal.
  const named = uniq([...source, ...target]).length > 0;
  if (named && c.parties.length && (e.type === 'AGREE' || e.type === 'RETREAT' || e.type === 'CONCEDE' || e.type === 'COOPERATE')) {
    if (e.symmetric) source = uniq([...source, ...c.parties]);
    else if (!target.length) target = minus(c.parties, source);
  }
  if (!e.symmetric) target = minus(target, source);
  // Refinements by object noun and by the roles found.
  const hasTarget = target.length > 0;
  for (const r of rules.refinements) {
    if (!matchesTrigger(r, e, c.surface) || !objectMatches(r, c.objects)) continue;
    if (r.object === undefined && !r.withTarget && !r.withoutTarget && !r.withPartners && !r.set) continue;
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
  const symmetric = s.type === 'CONSULT' || s.type === 'AGREE' || s.type === 'COOPERATE' ? e.symmetric || s.type !== e.type : false;
  // Requirements.
  const participants = uniq([...source, ...target]);
  if (symmetric) {
    const min = Math.max(e.minParticipants, s.type !== e.type ? 2 : 0);
    if (participants.length < Math.max(1, min)) return [];
  } else {
    const req = s.type !== e.type ? defaultRequires(s.type) : e.requires;
    if (req.includes('source') && !source.length) return [];
    if (req.includes('target') && !target.length) return [];
    // Every event needs an actor that acts: a source with a standard code.
    if (!source.length) return [];
  }
  if (s.type === 'MOBILIZE' && !source.length) return [];
  // Shape.
  if (symmetric && e.roleSet !== 'visit' && e.roleSet !== 'host' && e.mode !== 'offer') {
    return [{ ...s, source: participants, target: [] }];
  }
  if (e.mutual) {
    if (target.length) return [{ ...s, source, target }, { ...s, source: target, target: source }];
    if (source.length >= 2) return [{ ...s, source: [source[0]], target: [source[1]] }, { ...s, source: [source[1]], target: [source[0]] }];
    return [];
  }
  if (e.splitSources && source.length > 1) return source.map((x) => ({ ...s, source: [x], target: minus(target, [x]) }));
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
