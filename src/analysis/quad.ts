// PLOVER type -> quad class and Goldstein-like weight (data/analysis/plover-weights.json).
import { PLOVER_TYPES, type PloverType } from '../types.js';
import { isRecord, readAnalysisData } from './data.js';

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type Quad = 1 | 2 | 3 | 4;
export type QuadKey = '1' | '2' | '3' | '4';
export const QUADS: readonly Quad[] = [1, 2, 3, 4];

export interface PloverWeight {
  quad: Quad;
  weight: number;
}
export type PloverWeights = Record<PloverType, PloverWeight>;

/** Types whose participants are one set: no direction for scoring (guidelines section 4). */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

function isQuad(x: unknown): x is Quad {
  return x === 1 || x === 2 || x === 3 || x === 4;
}

/** Checks a parsed weights table: every PLOVER type present, cooperation positive, conflict negative. */
export function parsePloverWeights(raw: unknown): PloverWeights {
  if (!isRecord(raw) || !isRecord(raw.types)) throw new Error('plover-weights: no "types" object');
  const types = raw.types;
  const out = {} as PloverWeights;
  for (const t of PLOVER_TYPES) {
    const e = types[t];
    if (!isRecord(e) || !isQuad(e.quad) || typeof e.weight !== 'number') {
      throw new Error(`plover-weights: bad or missing entry for ${t}`);
    }
    if ((e.quad <= 2 && e.weight <= 0) || (e.quad >= 3 && e.weight >= 0)) {
      throw new Error(`plover-weights: ${t} weight ${e.weight} has the wrong sign for quad ${e.quad}`);
    }
    out[t] = { quad: e.quad, weight: e.weight };
  }
  return out;
}

let cached: PloverWeights | null = null;

/** The project's table, read once from data/analysis/plover-weights.json. */
export function ploverWeights(): PloverWeights {
  if (!cached) cached = parsePloverWeights(readAnalysisData('plover-weights.json'));
  return cached;
}

export function quadOf(type: PloverType, weights: PloverWeights = ploverWeights()): Quad {
  return weights[type].quad;
}

export function weightOf(type: PloverType, weights: PloverWeights = ploverWeights()): number {
  return weights[type].weight;
}

export function isCooperation(q: Quad): boolean {
  return q <= 2;
}

export function quadKey(q: Quad): QuadKey {
  return String(q) as QuadKey;
}
