// Calendar values at year, month or day precision, and the arithmetic relative expressions need.
import type { TimeValue } from '../types.js';

export interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

export type Precision = 'year' | 'month' | 'day';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function formatTime(p: DateParts): TimeValue {
  let s = pad(p.y, 4);
  if (p.m !== undefined) {
    s += `-${pad(p.m, 2)}`;
    if (p.d !== undefined) s += `-${pad(p.d, 2)}`;
  }
  return s;
}

const VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function parseTime(v: TimeValue | null | undefined): DateParts | null {
  if (!v) return null;
  const m = VALUE_RE.exec(v);
  if (!m) return null;
  const p: DateParts = { y: Number(m[1]) };
  if (m[2] !== undefined) p.m = Number(m[2]);
  if (m[3] !== undefined) p.d = Number(m[3]);
  return p;
}

export function precisionOf(p: DateParts): Precision {
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDate(p: DateParts): boolean {
  if (p.y < 1000 || p.y > 2999) return false;
  if (p.m === undefined) return p.d === undefined;
  if (p.m < 1 || p.m > 12) return false;
  if (p.d === undefined) return true;
  return p.d >= 1 && p.d <= daysInMonth(p.y, p.m);
}

/** Shift by whole years, months or days; the result keeps the precision of the unit. */
export function shift(base: DateParts, unit: Precision, n: number): DateParts | null {
  if (unit === 'year') return { y: base.y + n };
  if (unit === 'month') {
    if (base.m === undefined) return null;
    const k = base.y * 12 + (base.m - 1) + n;
    return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
  }
  if (base.m === undefined || base.d === undefined) return null;
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Fill the parts `later` leaves out from `earlier` (the end of a range written 9月12~19日 takes 9月). */
export function inherit(later: DateParts | Partial<DateParts>, earlier: DateParts): DateParts {
  if (later.y !== undefined) return { y: later.y, ...(later.m !== undefined ? { m: later.m } : {}), ...(later.d !== undefined ? { d: later.d } : {}) };
  if (later.m !== undefined) return { y: earlier.y, m: later.m, ...(later.d !== undefined ? { d: later.d } : {}) };
  return { y: earlier.y, ...(earlier.m !== undefined ? { m: earlier.m } : {}), ...(later.d !== undefined ? { d: later.d } : {}) };
}
