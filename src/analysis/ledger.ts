// The forecast ledger: Brier score and calibration of resolved forecasts.
import type { Probability, TimeValue } from '../types.js';
import type { ClaimOutcome, ForecastRecord, OutcomeValue } from './records.js';
import { PROBABILITY_TERMS, probabilityScale, type ProbabilityScale } from './scale.js';
import { dayRange, round } from './time.js';

export type LedgerGroupBy = 'source' | 'author' | 'topic';

export interface LedgerOptions {
  /** Dimensions to group by (default all three). A forecast counts in every topic it names. */
  groupBy?: LedgerGroupBy | LedgerGroupBy[];
  scale?: ProbabilityScale;
}

export const OUTCOME_VALUE: Record<OutcomeValue, number> = { yes: 1, partial: 0.5, no: 0 };

export interface ScoredForecast {
  id: string;
  probability: Probability;
  /** The term's midpoint. */
  p: number;
  outcome: OutcomeValue;
  /** 1, 0.5 or 0. */
  o: number;
  outcomeDate: TimeValue | null;
  /** (p − o)². */
  error: number;
  document: string;
  file: string;
  author: string | null;
  topics: string[];
  text: string;
}

export interface BrierSummary {
  n: number;
  /** Mean of (p − o)² over the forecasts; null when there are none. */
  brier: number | null;
  forecasts: string[];
}

export interface LedgerGroup extends BrierSummary {
  by: LedgerGroupBy;
  /** Document id, author or topic code; null for forecasts with no author. */
  key: string | null;
  /** For by = source: the file name. */
  file?: string;
}

export interface CalibrationRow {
  term: Probability;
  p: number;
  n: number;
  yes: number;
  partial: number;
  no: number;
  /** Share that came true: mean outcome (partial = 0.5); null when n = 0. */
  observed: number | null;
  /** observed − p: positive when the term was too cautious, negative when too confident. */
  gap: number | null;
  forecasts: string[];
}

export interface PossibleSummary {
  n: number;
  yes: number;
  partial: number;
  no: number;
  observed: number | null;
  forecasts: string[];
}

export interface LedgerResult {
  overall: BrierSummary;
  groups: LedgerGroup[];
  calibration: CalibrationRow[];
  /** Resolved forecasts worded `possible`: no probability, so outside the Brier score. */
  possible: PossibleSummary;
  forecasts: ScoredForecast[];
  excluded: { unresolved: string[]; noProbability: string[]; notForecast: string[] };
}

/** The outcome that counts: the latest dated one; among equals (or undated) the last recorded. */
export function latestOutcome(outcomes: ClaimOutcome[]): ClaimOutcome | null {
  let best: ClaimOutcome | null = null;
  let bestKey = '';
  for (const o of outcomes) {
    const key = o.date !== null ? (dayRange(o.date)?.[1] ?? '') : '';
    if (best === null || key >= bestKey) {
      best = o;
      bestKey = key;
    }
  }
  return best;
}

export function brierScore(pairs: Array<{ p: number; o: number }>): number | null {
  if (pairs.length === 0) return null;
  return round(pairs.reduce((s, x) => s + (x.p - x.o) ** 2, 0) / pairs.length);
}

function summary(fs: ScoredForecast[]): BrierSummary {
  return { n: fs.length, brier: brierScore(fs), forecasts: fs.map((f) => f.id) };
}

function groupsBy(by: LedgerGroupBy, fs: ScoredForecast[]): LedgerGroup[] {
  const m = new Map<string | null, ScoredForecast[]>();
  const push = (k: string | null, f: ScoredForecast): void => {
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  };
  for (const f of fs) {
    if (by === 'source') push(f.document, f);
    else if (by === 'author') push(f.author, f);
    else for (const t of new Set(f.topics)) push(t, f);
  }
  return [...m.entries()]
    .sort(([a], [b]) => (a ?? '\uffff').localeCompare(b ?? '\uffff'))
    .map(([key, list]) => {
      const g: LedgerGroup = { by, key, ...summary(list) };
      if (by === 'source') g.file = list[0].file;
      return g;
    });
}

function tally(fs: ScoredForecast[] | Array<{ id: string; o: number; outcome: OutcomeValue }>): { yes: number; partial: number; no: number; observed: number | null } {
  const count = (v: OutcomeValue): number => fs.filter((f) => f.outcome === v).length;
  const observed = fs.length === 0 ? null : round(fs.reduce((s, f) => s + f.o, 0) / fs.length);
  return { yes: count('yes'), partial: count('partial'), no: count('no'), observed };
}

/**
 * Scores resolved forecasts: Brier = mean (p − o)² with p the midpoint of the probability term and o the
 * latest outcome (yes 1, partial 0.5, no 0); grouped by source, author or topic; calibration per term.
 */
export function ledger(records: ForecastRecord[], opts: LedgerOptions = {}): LedgerResult {
  const scale = opts.scale ?? probabilityScale();
  const dims: LedgerGroupBy[] = opts.groupBy === undefined ? ['source', 'author', 'topic'] : Array.isArray(opts.groupBy) ? opts.groupBy : [opts.groupBy];
  const excluded = { unresolved: [] as string[], noProbability: [] as string[], notForecast: [] as string[] };
  const scored: ScoredForecast[] = [];
  const possible: Array<{ id: string; o: number; outcome: OutcomeValue }> = [];
  for (const r of records) {
    if (r.kind !== 'forecast') {
      excluded.notForecast.push(r.id);
      continue;
    }
    if (r.probability === null) {
      excluded.noProbability.push(r.id);
      continue;
    }
    const out = latestOutcome(r.outcomes);
    if (out === null) {
      excluded.unresolved.push(r.id);
      continue;
    }
    const o = OUTCOME_VALUE[out.outcome];
    const p = scale[r.probability].p;
    if (p === null) {
      possible.push({ id: r.id, o, outcome: out.outcome });
      continue;
    }
    scored.push({
      id: r.id, probability: r.probability, p, outcome: out.outcome, o, outcomeDate: out.date, error: round((p - o) ** 2),
      document: r.document, file: r.file, author: r.author, topics: r.topics, text: r.text,
    });
  }
  const calibration: CalibrationRow[] = [];
  for (const term of PROBABILITY_TERMS) {
    const p = scale[term].p;
    if (p === null) continue;
    const fs = scored.filter((f) => f.probability === term);
    const t = tally(fs);
    calibration.push({ term, p, n: fs.length, ...t, gap: t.observed === null ? null : round(t.observed - p), forecasts: fs.map((f) => f.id) });
  }
  return {
    overall: summary(scored),
    groups: dims.flatMap((d) => groupsBy(d, scored)),
    calibration,
    possible: { n: possible.length, ...tally(possible), forecasts: possible.map((x) => x.id) },
    forecasts: scored,
    excluded,
  };
}
