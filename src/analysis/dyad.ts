// Dyads: the events between two actors by month and quad, what flows each way, and how unbalanced it is.
import type { Approx, Flow, PloverType, TimeValue } from '../types.js';
import { ploverWeights, quadKey, quadOf, SYMMETRIC_TYPES, type PloverWeights, type Quad, type QuadKey } from './quad.js';
import type { PartnershipLabel, Period, StoredEvent } from './records.js';
import { dayRange, inPeriod, monthBucket, round, yearOf } from './time.js';

export interface DyadOptions extends Period {
  /** Weights table; defaults to data/analysis/plover-weights.json. */
  weights?: PloverWeights;
}

/** ab: actors[0] -> actors[1]; ba: the reverse; joint: both among the participants of a CONSULT/AGREE/COOPERATE. */
export type Direction = 'ab' | 'ba' | 'joint';

export interface DyadEvent extends StoredEvent {
  quad: Quad;
  weight: number;
  direction: Direction;
}

export type QuadCounts = Record<QuadKey, number>;
export type QuadIds = Record<QuadKey, number[]>;

export interface DyadBucket {
  /** YYYY-MM, or YYYY for events dated only to the year (never spread over invented months). */
  month: string;
  quad: QuadCounts;
  /** Sum of the weights of the bucket's events. */
  score: number;
  precision: 'month' | 'year';
  /** Ids of every event in the bucket (behind `score`). */
  events: number[];
  /** Ids behind each quad count. */
  quadEvents: QuadIds;
}

export interface TypeCount {
  n: number;
  events: number[];
}

export interface YearSummary {
  year: string;
  quad: QuadCounts;
  score: number;
  events: number[];
  quadEvents: QuadIds;
  types: Partial<Record<PloverType, TypeCount>>;
  /** Per PLOVER context (military, economic, …) of the year's events that have one. */
  contexts: Record<string, TypeCount>;
}

export interface EventRef {
  id: number;
  type: PloverType;
  date: TimeValue | null;
  text: string;
  document: string;
  file: string;
  start?: number;
  end?: number;
}

export interface FlowQuantity {
  unit: string;
  /** Sum over the flow's events (repeated reports of one delivery are counted again: see docs). */
  sum: number;
  /** The largest single figure. */
  max: number;
  n: number;
  /** The qualifiers met (約, 以上, …); empty when every figure was exact. */
  approx: Approx[];
  events: number[];
}

export interface DyadFlow {
  from: string;
  to: string;
  flow: Flow;
  events: EventRef[];
  quantities: FlowQuantity[];
  /** Number of events (= events.length). */
  n: number;
}

export interface DirectedCount {
  ab: number;
  ba: number;
  /** (ab − ba) / (ab + ba), in [−1, 1]; null when nothing moved either way. */
  ratio: number | null;
  events: { ab: number[]; ba: number[] };
}

export interface FlowAsymmetry extends DirectedCount {
  flow: Flow;
}

export interface OneWayFlow {
  flow: Flow;
  from: string;
  to: string;
  n: number;
  events: number[];
}

export interface Asymmetry {
  actors: [string, string];
  period: { from: TimeValue | null; to: TimeValue | null };
  /** Earliest and latest event date among the dyad's events (null if none dated). */
  span: { from: TimeValue | null; to: TimeValue | null };
  /** Flow events (AID and one-way COOPERATE with a flow) a→b against b→a. */
  overall: DirectedCount;
  byFlow: FlowAsymmetry[];
  /** Flow kinds seen in one direction only. */
  oneWay: OneWayFlow[];
  /** Directed material-cooperation (quad 2) events: who initiates. share = ab / (ab + ba). */
  materialCooperation: DirectedCount & { share: number | null };
}

export type DyadLabel = PartnershipLabel;

export interface DyadResult {
  actors: [string, string];
  events: DyadEvent[];
  months: DyadBucket[];
  flows: DyadFlow[];
  asymmetry: Asymmetry;
  years: YearSummary[];
  /** Partnership labels and treaties from the catalogue that overlap the period. */
  labels: DyadLabel[];
  /** AGREE events between them: the texts' own record of agreements and treaties. */
  agreements: EventRef[];
  /** Events with no date: in `events`, `flows` and `asymmetry`, not in `months` or `years`. */
  undated: { quad: QuadCounts; score: number; events: number[]; quadEvents: QuadIds };
}

export function emptyQuadCounts(): QuadCounts {
  return { '1': 0, '2': 0, '3': 0, '4': 0 };
}

export function emptyQuadIds(): QuadIds {
  return { '1': [], '2': [], '3': [], '4': [] };
}

/** How an event relates a and b, or null if it is not between them. */
export function dyadDirection(e: StoredEvent, a: string, b: string): Direction | null {
  if (e.source.includes(a) && e.target.includes(b)) return 'ab';
  if (e.source.includes(b) && e.target.includes(a)) return 'ba';
  if (SYMMETRIC_TYPES.has(e.type)) {
    const parts = new Set([...e.source, ...e.target]);
    if (parts.has(a) && parts.has(b)) return 'joint';
  }
  return null;
}

export function eventRef(e: StoredEvent): EventRef {
  const r: EventRef = { id: e.id, type: e.type, date: e.date, text: e.text, document: e.document, file: e.file };
  if (e.start !== undefined) r.start = e.start;
  if (e.end !== undefined) r.end = e.end;
  return r;
}

function ratio(ab: number, ba: number): number | null {
  return ab + ba === 0 ? null : round((ab - ba) / (ab + ba));
}

interface Tally {
  quad: QuadCounts;
  quadEvents: QuadIds;
  score: number;
  events: number[];
}

function newTally(): Tally {
  return { quad: emptyQuadCounts(), quadEvents: emptyQuadIds(), score: 0, events: [] };
}

function addTo(t: Tally, e: DyadEvent): void {
  const k = quadKey(e.quad);
  t.quad[k] += 1;
  t.quadEvents[k].push(e.id);
  t.score = round(t.score + e.weight);
  t.events.push(e.id);
}

function buildMonths(events: DyadEvent[]): DyadBucket[] {
  const map = new Map<string, Tally>();
  for (const e of events) {
    const m = monthBucket(e.date);
    if (m === null) continue;
    let t = map.get(m);
    if (!t) map.set(m, (t = newTally()));
    addTo(t, e);
  }
  // "2023" sorts before "2023-01": a year bucket comes first in its year.
  return [...map.keys()].sort().map((month) => {
    const t = map.get(month) as Tally;
    return { month, quad: t.quad, score: t.score, precision: month.length === 4 ? 'year' : 'month', events: t.events, quadEvents: t.quadEvents };
  });
}

type YearTally = Tally & { types: Partial<Record<PloverType, TypeCount>>; contexts: Record<string, TypeCount> };

function count(c: TypeCount, id: number): void {
  c.n += 1;
  c.events.push(id);
}

function buildYears(events: DyadEvent[]): YearSummary[] {
  const map = new Map<string, YearTally>();
  for (const e of events) {
    const y = yearOf(e.date);
    if (y === null) continue;
    let t = map.get(y);
    if (!t) map.set(y, (t = { ...newTally(), types: {}, contexts: {} }));
    addTo(t, e);
    count(t.types[e.type] ?? (t.types[e.type] = { n: 0, events: [] }), e.id);
    if (e.context !== undefined) count(t.contexts[e.context] ?? (t.contexts[e.context] = { n: 0, events: [] }), e.id);
  }
  return [...map.keys()].sort().map((year) => {
    const t = map.get(year) as YearTally;
    return { year, quad: t.quad, score: t.score, events: t.events, quadEvents: t.quadEvents, types: t.types, contexts: t.contexts };
  });
}

function sumQuantities(events: DyadEvent[]): FlowQuantity[] {
  const byUnit = new Map<string, FlowQuantity>();
  for (const e of events) {
    for (const q of e.quantities) {
      let f = byUnit.get(q.unit);
      if (!f) byUnit.set(q.unit, (f = { unit: q.unit, sum: 0, max: q.value, n: 0, approx: [], events: [] }));
      f.sum = round(f.sum + q.value);
      f.max = Math.max(f.max, q.value);
      f.n += 1;
      if (q.approx && !f.approx.includes(q.approx)) f.approx.push(q.approx);
      if (!f.events.includes(e.id)) f.events.push(e.id);
    }
  }
  for (const f of byUnit.values()) f.approx.sort();
  return [...byUnit.values()].sort((x, y) => x.unit.localeCompare(y.unit));
}

function buildFlows(a: string, b: string, events: DyadEvent[]): DyadFlow[] {
  const groups = new Map<string, { from: string; to: string; flow: Flow; events: DyadEvent[] }>();
  for (const e of events) {
    if (e.flow === undefined || e.direction === 'joint') continue;
    const [from, to] = e.direction === 'ab' ? [a, b] : [b, a];
    const key = `${e.direction}\u0000${e.flow}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { from, to, flow: e.flow, events: [] }));
    g.events.push(e);
  }
  return [...groups.values()]
    .sort((x, y) => (x.from === a ? 0 : 1) - (y.from === a ? 0 : 1) || y.events.length - x.events.length || x.flow.localeCompare(y.flow))
    .map((g) => ({ from: g.from, to: g.to, flow: g.flow, events: g.events.map(eventRef), quantities: sumQuantities(g.events), n: g.events.length }));
}

function directedCount(ab: number[], ba: number[]): DirectedCount {
  return { ab: ab.length, ba: ba.length, ratio: ratio(ab.length, ba.length), events: { ab, ba } };
}

function dateSpan(events: StoredEvent[]): { from: TimeValue | null; to: TimeValue | null } {
  let lo: [string, TimeValue] | null = null;
  let hi: [string, TimeValue] | null = null;
  for (const e of events) {
    if (e.date === null) continue;
    const r = dayRange(e.date);
    if (!r) continue;
    if (!lo || r[0] < lo[0]) lo = [r[0], e.date];
    if (!hi || r[1] > hi[0]) hi = [r[1], e.date];
  }
  return { from: lo ? lo[1] : null, to: hi ? hi[1] : null };
}

function buildAsymmetry(a: string, b: string, events: DyadEvent[], opts: Period): Asymmetry {
  const flowEvents = events.filter((e) => e.flow !== undefined && e.direction !== 'joint');
  const ids = (es: DyadEvent[], d: Direction): number[] => es.filter((e) => e.direction === d).map((e) => e.id);
  const kinds = [...new Set(flowEvents.map((e) => e.flow as Flow))].sort();
  const byFlow: FlowAsymmetry[] = kinds.map((flow) => {
    const es = flowEvents.filter((e) => e.flow === flow);
    return { flow, ...directedCount(ids(es, 'ab'), ids(es, 'ba')) };
  });
  const oneWay: OneWayFlow[] = [];
  for (const f of byFlow) {
    if (f.ab > 0 && f.ba === 0) oneWay.push({ flow: f.flow, from: a, to: b, n: f.ab, events: f.events.ab });
    if (f.ba > 0 && f.ab === 0) oneWay.push({ flow: f.flow, from: b, to: a, n: f.ba, events: f.events.ba });
  }
  const material = events.filter((e) => e.quad === 2 && e.direction !== 'joint');
  const mc = directedCount(ids(material, 'ab'), ids(material, 'ba'));
  return {
    actors: [a, b],
    period: { from: opts.from ?? null, to: opts.to ?? null },
    span: dateSpan(events),
    overall: directedCount(ids(flowEvents, 'ab'), ids(flowEvents, 'ba')),
    byFlow,
    oneWay,
    materialCooperation: { ...mc, share: mc.ab + mc.ba === 0 ? null : round(mc.ab / (mc.ab + mc.ba)) },
  };
}

function labelsInPeriod(labels: PartnershipLabel[], period: Period): DyadLabel[] {
  const lo = period.from !== undefined ? dayRange(period.from)?.[0] : undefined;
  const hi = period.to !== undefined ? dayRange(period.to)?.[1] : undefined;
  return labels
    .filter((l) => {
      const start = l.from !== null ? dayRange(l.from)?.[0] : undefined;
      const end = l.until !== null ? dayRange(l.until)?.[1] : undefined;
      if (hi !== undefined && start !== undefined && start > hi) return false;
      if (lo !== undefined && end !== undefined && end < lo) return false;
      return true;
    })
    .sort((x, y) => (x.from ?? '').localeCompare(y.from ?? '') || x.label.localeCompare(y.label))
    .map((l) => ({ ...l }));
}

/**
 * The dyad of actors a and b over the period: every event between them (one in source and the other in
 * target, or both among the participants of a CONSULT/AGREE/COOPERATE), counted per month and quad with a
 * weighted score, the flows each way with quantities and passages, the asymmetry of the flows, a per-year
 * summary, and the catalogue's partnership labels (`labels`, optional) that overlap the period.
 */
export function dyad(a: string, b: string, events: StoredEvent[], opts: DyadOptions = {}, labels: PartnershipLabel[] = []): DyadResult {
  if (a === b) throw new Error(`dyad: the two actors must differ (got ${a} twice)`);
  const weights = opts.weights ?? ploverWeights();
  const period: Period = { from: opts.from, to: opts.to };
  const between: DyadEvent[] = [];
  for (const e of events) {
    if (!inPeriod(e.date, period)) continue;
    const direction = dyadDirection(e, a, b);
    if (direction === null) continue;
    between.push({ ...e, quad: quadOf(e.type, weights), weight: weights[e.type].weight, direction });
  }
  between.sort((x, y) => (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff') || x.id - y.id);
  const undated = newTally();
  for (const e of between) if (monthBucket(e.date) === null) addTo(undated, e);
  return {
    actors: [a, b],
    events: between,
    months: buildMonths(between),
    flows: buildFlows(a, b, between),
    asymmetry: buildAsymmetry(a, b, between, period),
    years: buildYears(between),
    labels: labelsInPeriod(labels, period),
    agreements: between.filter((e) => e.type === 'AGREE').map(eventRef),
    undated,
  };
}
