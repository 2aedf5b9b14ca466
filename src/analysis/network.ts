// The network of actors: weighted cooperation and conflict edges from shared events, Louvain
// communities, centrality, and how these change from period to period.
import type { PloverType, TimeValue } from '../types.js';
import { betweennessCentrality, louvain, newWeightedGraph, seededRng } from './graphlib.js';
import { isCooperation, ploverWeights, quadOf, SYMMETRIC_TYPES, type PloverWeights } from './quad.js';
import type { Period, StoredEvent } from './records.js';
import { inPeriod, round, yearOf } from './time.js';

export type EdgeKind = 'cooperation' | 'conflict';

export interface NamedPeriod extends Period {
  label: string;
}

export interface NetworkOptions extends Period {
  /** Keep only events of these PLOVER types. */
  type?: PloverType | PloverType[];
  /** Periods to compare; by default one per year when from and to lie in different years. */
  periods?: NamedPeriod[];
  /** Seed of Louvain's random walk (default 1): the same input and seed give the same communities. */
  seed?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
  weights?: PloverWeights;
}

export interface NetworkNode {
  id: string;
  codes: string[];
  community: number;
  /** Normalised weighted degree: the node's share of all edge weight, s(v) / Σ s(u). */
  centrality: number;
  /** Normalised betweenness on the combined graph, distances 1 / weight. */
  betweenness: number;
  /** Weighted degree per edge kind (event counts). */
  strength: { cooperation: number; conflict: number };
  /** Ids of the events behind the node's edges. */
  events: number[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Number of events the pair shares, of this kind. */
  weight: number;
  kind: EdgeKind;
  events: number[];
}

export interface Community {
  id: number;
  members: string[];
}

export interface PairChange {
  source: string;
  target: string;
  /** Net tie (cooperation weight − conflict weight) in the earlier and the later period. */
  before: number;
  after: number;
  delta: number;
  events: { before: number[]; after: number[] };
}

export interface PeriodNode {
  id: string;
  community: number;
  centrality: number;
  betweenness: number;
}

export interface PeriodSnapshot {
  period: string;
  from: TimeValue | null;
  to: TimeValue | null;
  events: number[];
  nodes: PeriodNode[];
  edges: NetworkEdge[];
  communities: Community[];
  /** Against the previous period: pairs whose net tie rose (closer) or fell (apart). Empty for the first. */
  closer: PairChange[];
  apart: PairChange[];
}

export interface NetworkResult {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: Community[];
  /** Modularity of the Louvain partition of the cooperation graph (null when it has no edge). */
  modularity: number | null;
  periods: PeriodSnapshot[];
  options: { from: TimeValue | null; to: TimeValue | null; type: PloverType[] | null; seed: number };
}

/** The unordered actor pairs an event ties: all participant pairs of a CONSULT/AGREE/COOPERATE, else source × target. */
export function eventPairs(e: StoredEvent): Array<[string, string]> {
  const out = new Map<string, [string, string]>();
  const add = (x: string, y: string): void => {
    if (x === y) return;
    const p: [string, string] = x < y ? [x, y] : [y, x];
    out.set(`${p[0]}\u0000${p[1]}`, p);
  };
  if (SYMMETRIC_TYPES.has(e.type)) {
    const parts = [...new Set([...e.source, ...e.target])];
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) add(parts[i], parts[j]);
  } else {
    for (const s of e.source) for (const t of e.target) add(s, t);
  }
  return [...out.values()];
}

interface Snapshot {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: Community[];
  modularity: number | null;
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

function buildEdges(events: StoredEvent[], weights: PloverWeights): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const kind: EdgeKind = isCooperation(quadOf(e.type, weights)) ? 'cooperation' : 'conflict';
    for (const [s, t] of eventPairs(e)) {
      const k = `${kind}\u0000${pairKey(s, t)}`;
      let edge = edges.get(k);
      if (!edge) edges.set(k, (edge = { source: s, target: t, weight: 0, kind, events: [] }));
      edge.weight += 1;
      edge.events.push(e.id);
    }
  }
  return [...edges.values()].sort(
    (x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target) || x.kind.localeCompare(y.kind),
  );
}

/** Louvain on the cooperation graph; communities renumbered by size (largest 0), then by first member. */
function communitiesOf(ids: string[], edges: NetworkEdge[], seed: number, resolution: number): { of: Map<string, number>; list: Community[]; modularity: number | null } {
  const g = newWeightedGraph();
  for (const id of ids) g.addNode(id);
  for (const e of edges) if (e.kind === 'cooperation') g.addEdge(e.source, e.target, { weight: e.weight });
  const out = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRng(seed), resolution });
  const groups = new Map<number, string[]>();
  for (const id of ids) {
    const c = out.communities[id];
    const members = groups.get(c) ?? [];
    members.push(id);
    groups.set(c, members);
  }
  const ordered = [...groups.values()]
    .map((m) => m.sort())
    .sort((x, y) => y.length - x.length || x[0].localeCompare(y[0]));
  const of = new Map<string, number>();
  const list: Community[] = ordered.map((members, i) => {
    for (const m of members) of.set(m, i);
    return { id: i, members };
  });
  const modularity = g.size === 0 || !Number.isFinite(out.modularity) ? null : round(out.modularity);
  return { of, list, modularity };
}

function betweennessOf(ids: string[], edges: NetworkEdge[]): Record<string, number> {
  if (ids.length === 0) return {}; // the library refuses an empty graph
  const g = newWeightedGraph();
  for (const id of ids) g.addNode(id);
  for (const e of edges) {
    const existing = g.edge(e.source, e.target);
    if (existing === undefined) g.addEdge(e.source, e.target, { weight: e.weight });
    else g.updateEdgeAttribute(existing, 'weight', (w) => (typeof w === 'number' ? w : 0) + e.weight);
  }
  // Strong ties are short: distance = 1 / (number of shared events).
  return betweennessCentrality(g, { getEdgeWeight: (_edge, attr) => 1 / attr.weight, normalized: true });
}

function snapshot(events: StoredEvent[], weights: PloverWeights, seed: number, resolution: number): Snapshot {
  const ids = [...new Set(events.flatMap((e) => [...e.source, ...e.target]))].sort();
  const edges = buildEdges(events, weights);
  const { of, list, modularity } = communitiesOf(ids, edges, seed, resolution);
  const btw = betweennessOf(ids, edges);
  const strength = new Map<string, { cooperation: number; conflict: number }>();
  const nodeEvents = new Map<string, Set<number>>();
  for (const id of ids) {
    strength.set(id, { cooperation: 0, conflict: 0 });
    nodeEvents.set(id, new Set());
  }
  let total = 0;
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      (strength.get(end) as { cooperation: number; conflict: number })[e.kind] += e.weight;
      const set = nodeEvents.get(end) as Set<number>;
      for (const id of e.events) set.add(id);
    }
    total += 2 * e.weight;
  }
  const nodes: NetworkNode[] = ids.map((id) => {
    const s = strength.get(id) as { cooperation: number; conflict: number };
    return {
      id,
      codes: [id],
      community: of.get(id) ?? -1,
      centrality: total === 0 ? 0 : round((s.cooperation + s.conflict) / total),
      betweenness: round(btw[id] ?? 0),
      strength: s,
      events: [...(nodeEvents.get(id) as Set<number>)].sort((x, y) => x - y),
    };
  });
  return { nodes, edges, communities: list, modularity };
}

function typeFilter(type: PloverType | PloverType[] | undefined): PloverType[] | null {
  if (type === undefined) return null;
  return Array.isArray(type) ? type : [type];
}

/** One period per calendar year when from and to lie in different years. */
export function yearlyPeriods(from: TimeValue | undefined, to: TimeValue | undefined): NamedPeriod[] {
  const y1 = yearOf(from ?? null);
  const y2 = yearOf(to ?? null);
  if (y1 === null || y2 === null || Number(y2) <= Number(y1)) return [];
  const out: NamedPeriod[] = [];
  for (let y = Number(y1); y <= Number(y2); y++) {
    const label = String(y);
    out.push({ label, from: label === y1 ? from : label, to: label === y2 ? to : label });
  }
  return out;
}

interface NetTie {
  net: number;
  events: number[];
}

function netTies(edges: NetworkEdge[]): Map<string, NetTie> {
  const m = new Map<string, NetTie>();
  for (const e of edges) {
    const k = pairKey(e.source, e.target);
    const t = m.get(k) ?? { net: 0, events: [] };
    t.net += e.kind === 'cooperation' ? e.weight : -e.weight;
    t.events.push(...e.events);
    m.set(k, t);
  }
  return m;
}

function pairChanges(before: NetworkEdge[], after: NetworkEdge[]): { closer: PairChange[]; apart: PairChange[] } {
  const b = netTies(before);
  const a = netTies(after);
  const changes: PairChange[] = [];
  for (const k of new Set([...b.keys(), ...a.keys()])) {
    const tb = b.get(k) ?? { net: 0, events: [] };
    const ta = a.get(k) ?? { net: 0, events: [] };
    const delta = ta.net - tb.net;
    if (delta === 0) continue;
    const [source, target] = k.split('\u0000');
    const sortIds = (xs: number[]): number[] => [...new Set(xs)].sort((x, y) => x - y);
    changes.push({ source, target, before: tb.net, after: ta.net, delta, events: { before: sortIds(tb.events), after: sortIds(ta.events) } });
  }
  const byPair = (x: PairChange, y: PairChange): number => x.source.localeCompare(y.source) || x.target.localeCompare(y.target);
  return {
    closer: changes.filter((c) => c.delta > 0).sort((x, y) => y.delta - x.delta || byPair(x, y)),
    apart: changes.filter((c) => c.delta < 0).sort((x, y) => x.delta - y.delta || byPair(x, y)),
  };
}

/**
 * The actor network over the period: nodes are the actor codes of the events, edges count the events
 * two actors share (cooperation, quads 1–2, and conflict, quads 3–4, as separate edges), communities
 * come from Louvain on the cooperation graph with a seeded random walk, and centrality is the
 * normalised weighted degree (plus betweenness). With several periods, each has its own snapshot and
 * the pairs whose net tie rose or fell against the previous one.
 */
export function network(events: StoredEvent[], opts: NetworkOptions = {}): NetworkResult {
  const weights = opts.weights ?? ploverWeights();
  const seed = opts.seed ?? 1;
  const resolution = opts.resolution ?? 1;
  const types = typeFilter(opts.type);
  const period: Period = { from: opts.from, to: opts.to };
  const kept = events.filter((e) => inPeriod(e.date, period) && (types === null || types.includes(e.type)));
  const whole = snapshot(kept, weights, seed, resolution);

  const periods = opts.periods ?? yearlyPeriods(opts.from, opts.to);
  const snaps: PeriodSnapshot[] = [];
  let previous: NetworkEdge[] | null = null;
  for (const p of periods) {
    const es = kept.filter((e) => inPeriod(e.date, p));
    const s = snapshot(es, weights, seed, resolution);
    const { closer, apart } = previous === null ? { closer: [], apart: [] } : pairChanges(previous, s.edges);
    snaps.push({
      period: p.label,
      from: p.from ?? null,
      to: p.to ?? null,
      events: es.map((e) => e.id).sort((x, y) => x - y),
      nodes: s.nodes.map((n) => ({ id: n.id, community: n.community, centrality: n.centrality, betweenness: n.betweenness })),
      edges: s.edges,
      communities: s.communities,
      closer,
      apart,
    });
    previous = s.edges;
  }

  return {
    nodes: whole.nodes,
    edges: whole.edges,
    communities: whole.communities,
    modularity: whole.modularity,
    periods: snaps,
    options: { from: opts.from ?? null, to: opts.to ?? null, type: types, seed },
  };
}
