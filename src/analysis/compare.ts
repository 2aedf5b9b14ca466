// Sources side by side: for the same actors and period, what each document reports (events) and judges
// (claims), aligned by event key and claim topics, with the disagreements between documents first.
import type { ClaimKind, Flow, PloverType, Probability, TimeValue } from '../types.js';
import { isCooperation, ploverWeights, quadOf, type PloverWeights, type Quad } from './quad.js';
import type { Period, StoredClaim, StoredEvent } from './records.js';
import { probabilityOf, probabilityScale, type ProbabilityScale } from './scale.js';
import { inPeriod, monthBucket } from './time.js';

export interface CompareOptions extends Period {
  weights?: PloverWeights;
  scale?: ProbabilityScale;
}

export type Sign = 'cooperation' | 'conflict';
export type Polarity = 'positive' | 'negative';

export interface EventItem {
  id: number;
  type: PloverType;
  quad: Quad;
  sign: Sign;
  date: TimeValue | null;
  source: string[];
  target: string[];
  flow?: Flow;
  text: string;
  document: string;
  file: string;
  start?: number;
  end?: number;
}

export interface ClaimItem {
  id: string;
  kind: ClaimKind;
  probability: Probability | null;
  /** The term's midpoint (null for none or `possible`). */
  p: number | null;
  /** positive above 0.5, negative below, null at 0.5 or without a number. */
  polarity: Polarity | null;
  holder: string | null;
  topics: string[];
  date: TimeValue | null;
  author: string | null;
  text: string;
  document: string;
  file: string;
  start?: number;
  end?: number;
}

export interface SourceView {
  document: string;
  file: string;
  reports: EventItem[];
  judges: ClaimItem[];
}

export interface EventAlignment {
  /** type | sorted participants | month (YYYY-MM, YYYY, or "undated"). */
  key: string;
  type: PloverType;
  participants: string[];
  month: string;
  documents: string[];
  items: EventItem[];
}

export interface ClaimAlignment {
  /** Sorted topic codes. */
  key: string;
  topics: string[];
  documents: string[];
  items: ClaimItem[];
}

export interface EventSide {
  document: string;
  file: string;
  signs: Sign[];
  items: EventItem[];
}

export interface ClaimSide {
  document: string;
  file: string;
  probabilities: Probability[];
  items: ClaimItem[];
}

export interface EventDisagreement {
  kind: 'event-sign';
  /** sorted participants | month: the same actors in the same month, typed cooperation by one source and conflict by another. */
  key: string;
  participants: string[];
  month: string;
  documents: string[];
  sides: EventSide[];
}

export interface ClaimDisagreement {
  /** claim-polarity: one source's forecast above 0.5, another's below; claim-probability: other differing terms. */
  kind: 'claim-polarity' | 'claim-probability';
  key: string;
  topics: string[];
  documents: string[];
  sides: ClaimSide[];
}

export type Disagreement = EventDisagreement | ClaimDisagreement;

export interface CompareResult {
  actors: string[];
  period: { from: TimeValue | null; to: TimeValue | null };
  /** Listed first: where the sources differ. */
  disagreements: Disagreement[];
  /** Events aligned by key, those reported by most documents first. */
  events: EventAlignment[];
  /** Claims aligned by topic set, those made by most documents first. */
  claims: ClaimAlignment[];
  /** Per document: what it reports and what it judges. */
  sources: SourceView[];
}

function participants(e: { source: string[]; target: string[] }): string[] {
  return [...new Set([...e.source, ...e.target])].sort();
}

function eventItem(e: StoredEvent, weights: PloverWeights): EventItem {
  const quad = quadOf(e.type, weights);
  const item: EventItem = {
    id: e.id, type: e.type, quad, sign: isCooperation(quad) ? 'cooperation' : 'conflict', date: e.date,
    source: e.source, target: e.target, text: e.text, document: e.document, file: e.file,
  };
  if (e.flow !== undefined) item.flow = e.flow;
  if (e.start !== undefined) item.start = e.start;
  if (e.end !== undefined) item.end = e.end;
  return item;
}

function claimItem(c: StoredClaim, scale: ProbabilityScale): ClaimItem {
  const p = c.kind === 'forecast' ? probabilityOf(c.probability, scale) : null;
  const item: ClaimItem = {
    id: c.id, kind: c.kind, probability: c.probability, p, polarity: p === null || p === 0.5 ? null : p > 0.5 ? 'positive' : 'negative',
    holder: c.holder, topics: c.topics, date: c.date, author: c.author, text: c.text, document: c.document, file: c.file,
  };
  if (c.start !== undefined) item.start = c.start;
  if (c.end !== undefined) item.end = c.end;
  return item;
}

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

function uniqSorted<T extends string>(xs: T[]): T[] {
  return [...new Set(xs)].sort();
}

function byDocument<T extends { document: string; file: string }>(items: T[]): Array<{ document: string; file: string; items: T[] }> {
  return [...groupBy(items, (x) => x.document).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([document, xs]) => ({ document, file: xs[0].file, items: xs }));
}

const monthOf = (e: EventItem): string => monthBucket(e.date) ?? 'undated';

function eventDisagreements(items: EventItem[]): EventDisagreement[] {
  const out: EventDisagreement[] = [];
  for (const [key, xs] of groupBy(items, (e) => `${participants(e).join(',')}|${monthOf(e)}`)) {
    const sides: EventSide[] = byDocument(xs).map((d) => ({ ...d, signs: uniqSorted(d.items.map((e) => e.sign)) }));
    const coop = sides.filter((s) => s.signs.includes('cooperation')).map((s) => s.document);
    const conf = sides.filter((s) => s.signs.includes('conflict')).map((s) => s.document);
    // Two different documents, one typing the pair's month as cooperation, the other as conflict.
    const split = coop.some((d) => conf.some((c) => c !== d));
    if (!split) continue;
    out.push({ kind: 'event-sign', key, participants: participants(xs[0]), month: monthOf(xs[0]), documents: sides.map((s) => s.document), sides });
  }
  return out;
}

function claimDisagreements(items: ClaimItem[]): ClaimDisagreement[] {
  const out: ClaimDisagreement[] = [];
  const forecasts = items.filter((c) => c.kind === 'forecast' && c.probability !== null);
  for (const [key, xs] of groupBy(forecasts, (c) => uniqSorted(c.topics).join(','))) {
    const sides: ClaimSide[] = byDocument(xs).map((d) => ({ ...d, probabilities: uniqSorted(d.items.map((c) => c.probability as Probability)) }));
    if (sides.length < 2) continue;
    const pos = sides.filter((s) => s.items.some((c) => c.polarity === 'positive')).map((s) => s.document);
    const neg = sides.filter((s) => s.items.some((c) => c.polarity === 'negative')).map((s) => s.document);
    const opposite = pos.some((d) => neg.some((n) => n !== d));
    const differing = sides.some((s) => sides.some((t) => t !== s && s.probabilities.some((p) => !t.probabilities.includes(p))));
    if (!opposite && !differing) continue;
    out.push({ kind: opposite ? 'claim-polarity' : 'claim-probability', key, topics: key.split(','), documents: sides.map((s) => s.document), sides });
  }
  return out;
}

const KIND_ORDER: Record<Disagreement['kind'], number> = { 'event-sign': 0, 'claim-polarity': 1, 'claim-probability': 2 };

/**
 * For the actors (all of them among an event's participants, or among a claim's topics) and the period,
 * what each source document reports and judges, aligned across documents, disagreements first.
 */
export function compare(actors: string[], events: StoredEvent[], claims: StoredClaim[], opts: CompareOptions = {}): CompareResult {
  const weights = opts.weights ?? ploverWeights();
  const scale = opts.scale ?? probabilityScale();
  const period: Period = { from: opts.from, to: opts.to };
  const evs = events
    .filter((e) => inPeriod(e.date, period) && actors.every((a) => e.source.includes(a) || e.target.includes(a)))
    .map((e) => eventItem(e, weights))
    .sort((x, y) => x.document.localeCompare(y.document) || x.id - y.id);
  const cls = claims
    .filter((c) => inPeriod(c.date, period) && actors.every((a) => c.topics.includes(a)))
    .map((c) => claimItem(c, scale))
    .sort((x, y) => x.document.localeCompare(y.document) || x.id.localeCompare(y.id));

  const eventAlign: EventAlignment[] = [...groupBy(evs, (e) => `${e.type}|${participants(e).join(',')}|${monthOf(e)}`).entries()]
    .map(([key, items]) => ({ key, type: items[0].type, participants: participants(items[0]), month: monthOf(items[0]), documents: uniqSorted(items.map((e) => e.document)), items }))
    .sort((x, y) => y.documents.length - x.documents.length || x.key.localeCompare(y.key));
  const claimAlign: ClaimAlignment[] = [...groupBy(cls, (c) => uniqSorted(c.topics).join(',')).entries()]
    .map(([key, items]) => ({ key, topics: key.split(','), documents: uniqSorted(items.map((c) => c.document)), items }))
    .sort((x, y) => y.documents.length - x.documents.length || x.key.localeCompare(y.key));

  const disagreements: Disagreement[] = [...eventDisagreements(evs), ...claimDisagreements(cls)].sort(
    (x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || y.documents.length - x.documents.length || x.key.localeCompare(y.key),
  );

  const docs = new Map<string, SourceView>();
  const view = (document: string, file: string): SourceView => {
    let v = docs.get(document);
    if (!v) docs.set(document, (v = { document, file, reports: [], judges: [] }));
    return v;
  };
  for (const e of evs) view(e.document, e.file).reports.push(e);
  for (const c of cls) view(c.document, c.file).judges.push(c);

  return {
    actors: [...actors],
    period: { from: opts.from ?? null, to: opts.to ?? null },
    disagreements,
    events: eventAlign,
    claims: claimAlign,
    sources: [...docs.values()].sort((x, y) => x.document.localeCompare(y.document)),
  };
}
