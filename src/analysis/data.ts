// Reads the analysis tables kept as data in data/analysis/ (next to src/ and dist/).
import { readFileSync } from 'node:fs';

export function readAnalysisData(name: string): unknown {
  const url = new URL(`../../data/analysis/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
