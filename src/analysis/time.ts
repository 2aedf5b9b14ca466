// Time values (YYYY, YYYY-MM, YYYY-MM-DD) as closed day intervals, for period filters and buckets.
import type { TimeValue } from '../types.js';
import type { Period } from './records.js';

const TIME_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** First and last day a time value covers, as YYYY-MM-DD strings (comparable as strings). */
export function dayRange(value: TimeValue): [string, string] | null {
  const m = TIME_RE.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d !== undefined && mo !== undefined) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo !== undefined) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Whether a dated item falls in the period: its interval overlaps [from, to]. An item dated at year
 * precision ("2023") is inside a period 2023-06..2024 because part of 2023 is. Undated items are inside
 * only when the period is open on both ends.
 */
export function inPeriod(date: TimeValue | null, period: Period): boolean {
  if (period.from === undefined && period.to === undefined) return true;
  if (date === null) return false;
  const r = dayRange(date);
  if (!r) return false;
  if (period.from !== undefined) {
    const f = dayRange(period.from);
    if (f && r[1] < f[0]) return false;
  }
  if (period.to !== undefined) {
    const t = dayRange(period.to);
    if (t && r[0] > t[1]) return false;
  }
  return true;
}

/** The month bucket of a date: YYYY-MM, or YYYY for a date known only to the year; null if undated. */
export function monthBucket(date: TimeValue | null): string | null {
  if (date === null) return null;
  const m = TIME_RE.exec(date);
  if (!m) return null;
  return m[2] !== undefined ? `${m[1]}-${m[2]}` : m[1];
}

export function yearOf(date: TimeValue | null): string | null {
  if (date === null) return null;
  const m = TIME_RE.exec(date);
  return m ? m[1] : null;
}

/**
 * Rounds to `digits` decimals (half away from zero), removing floating noise from sums and ratios.
 * The tiny nudge makes a value like 0.1632625, stored as 0.16326249999…, round as written.
 */
export function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  const nudged = Math.abs(x) * (1 + 4 * Number.EPSILON);
  return (Math.sign(x) * Math.round(nudged * f)) / f || 0; // || 0: no negative zero
}
