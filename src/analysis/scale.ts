// Estimative probability terms -> numbers (data/analysis/probability-scale.json).
import type { Probability } from '../types.js';
import { isRecord, readAnalysisData } from './data.js';

export const PROBABILITY_TERMS: readonly Probability[] = [
  'almost_no_chance', 'very_unlikely', 'unlikely', 'possible', 'roughly_even', 'likely', 'very_likely', 'almost_certain',
];

export interface ScaleEntry {
  range: [number, number] | null;
  /** Midpoint of the range; null for `possible`, which commits to none. */
  p: number | null;
}
export type ProbabilityScale = Record<Probability, ScaleEntry>;

function isRange(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number' && x[0] <= x[1];
}

export function parseProbabilityScale(raw: unknown): ProbabilityScale {
  if (!isRecord(raw) || !isRecord(raw.terms)) throw new Error('probability-scale: no "terms" object');
  const terms = raw.terms;
  const out = {} as ProbabilityScale;
  for (const t of PROBABILITY_TERMS) {
    const e = terms[t];
    if (!isRecord(e)) throw new Error(`probability-scale: no entry for ${t}`);
    const range = e.range === null ? null : isRange(e.range) ? e.range : undefined;
    const p = e.p === null ? null : typeof e.p === 'number' && e.p >= 0 && e.p <= 1 ? e.p : undefined;
    if (range === undefined || p === undefined || (range === null) !== (p === null)) {
      throw new Error(`probability-scale: bad entry for ${t}`);
    }
    out[t] = { range, p };
  }
  return out;
}

let cached: ProbabilityScale | null = null;

export function probabilityScale(): ProbabilityScale {
  if (!cached) cached = parseProbabilityScale(readAnalysisData('probability-scale.json'));
  return cached;
}

/** The number a term stands for, or null (no term, or `possible`). */
export function probabilityOf(term: Probability | null, scale: ProbabilityScale = probabilityScale()): number | null {
  return term === null ? null : scale[term].p;
}
