// The time-expression rules (data/rules/timex.json), the parsed form of an expression before it is
// resolved, and its resolution against the document date and the running anchor.
import { readFileSync } from 'node:fs';
import type { TimePart } from '../types.js';
import { type DateParts, type Precision, inherit, shift, validDate } from './time-value.js';

export type Base = 'document' | 'anchor';
export interface Relative {
  from: Base;
  offset: number;
}
export type OffsetUnit = Precision | 'week';

interface PartRule {
  pattern: string;
  part: TimePart;
}

export interface TimexRules {
  ja: {
    eras: Record<string, number>;
    yearWords: Record<string, Relative>;
    monthWords: Record<string, Relative>;
    dayWords: Record<string, Relative>;
    parts: PartRule[];
    fiscal: string;
    yearNotFollowedBy: string;
    monthNotFollowedBy: string;
    dayNotFollowedBy: string;
    rangeSeparator: string;
    offsetUnits: Record<string, OffsetUnit>;
    offsetDirections: Record<string, number>;
    offsetNotFollowedBy: string;
    apposition: string;
    /** Words that are something else after these characters (日本年…). */
    wordNotPrecededBy: Record<string, string>;
    /** Words that are something else before these characters (この日本, この日程, その年月). */
    wordNotFollowedBy?: Record<string, string>;
    background: { particle: string; attributive: string; comparison: string; clauseTopic: string };
    /** Words before a month or day that make it recurring or an ordinal (例年3月, 毎月15日), not a time. */
    notPrecededBy: string;
  };
  en: {
    months: Record<string, number>;
    parts: Record<string, TimePart>;
    yearPrecededBy: string[];
    relative: Record<string, Relative & { unit: Precision }>;
    offsetUnits: Record<string, OffsetUnit>;
    offsetDirections: Record<string, number>;
    numberWords: Record<string, number>;
    weekdays: Record<string, number>;
    weekdayDirections: Record<string, number>;
    fiscal: string;
    rangeSeparator: string;
  };
  tables: {
    monthDay: string;
    yearMonthDay: string;
    yearMonth: string;
    yearRow: string;
    dateColumnShare: number;
    minDateCells: number;
  };
}

export const TIMEX_RULES = JSON.parse(
  readFileSync(new URL('../../data/rules/timex.json', import.meta.url), 'utf8'),
) as TimexRules;

/** A regex alternation of the words, longest first, escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** One field of a date as written: a number, or a word counted from the document date or the anchor. */
export type Field = { abs: number } | Relative;

export interface DateSpec {
  y?: Field;
  m?: Field;
  d?: Field;
}

/** A time expression found in a text, before resolution. Offsets are into the scanned string. */
export interface ParsedTimex {
  start: number;
  end: number;
  spec?: DateSpec;
  until?: DateSpec;
  /** N日後 (n = +N), 70年前 (n = -70): counted from the anchor, or given by the time it stands in apposition to. */
  offset?: { n: number; unit: OffsetUnit; apposed?: DateSpec };
  /** "on Monday" (dir 0: the last such day up to the document date), "next Monday" (1), "last Monday" (-1). */
  weekday?: { day: number; dir: number };
  part?: TimePart;
  fiscal?: boolean;
}

export interface ResolveContext {
  doc: DateParts | null;
  /** The last time named (同年, 同月, 同日 and offsets count from it). */
  anchor: DateParts | null;
  /**
   * The last time named in the narrative itself — not inside a noun-modifying clause (2014年に締結された
   * 協定に基づき) nor after the document date: the year and month a bare 2月 or 27日 takes.
   */
  narrative?: DateParts | null;
}

function baseOf(r: Relative, ctx: ResolveContext): DateParts | null {
  return r.from === 'document' ? ctx.doc ?? ctx.anchor : ctx.anchor ?? ctx.doc;
}

function shiftRel(r: Relative, unit: Precision, ctx: ResolveContext): DateParts | null {
  const b = baseOf(r, ctx);
  return b ? shift(b, unit, r.offset) : null;
}

/** The calendar value of a written date, or null when it cannot be resolved or is not a date. */
export function resolveSpec(spec: DateSpec, ctx: ResolveContext): DateParts | null {
  // A bare month or day takes the narrative's year (and month); a background time never lends it.
  const ref = ctx.narrative ?? ctx.doc ?? ctx.anchor;
  let p: DateParts | null = null;
  if (spec.y) {
    p = 'abs' in spec.y ? { y: spec.y.abs } : shiftRel(spec.y, 'year', ctx);
    if (!p) return null;
    if (spec.m) {
      if (!('abs' in spec.m)) return null;
      p = { y: p.y, m: spec.m.abs };
    }
  } else if (spec.m) {
    if ('abs' in spec.m) {
      if (!ref) return null;
      p = { y: ref.y, m: spec.m.abs };
    } else {
      p = shiftRel(spec.m, 'month', ctx);
    }
  }
  if (spec.d) {
    if ('abs' in spec.d) {
      const host = p ?? ref;
      if (!host || host.m === undefined || (spec.y && !spec.m)) return null;
      p = { y: host.y, m: host.m, d: spec.d.abs };
    } else {
      if (p) return null;
      p = shiftRel(spec.d, 'day', ctx);
    }
  }
  return p && validDate(p) ? p : null;
}

function compare(a: DateParts, b: DateParts): number {
  return a.y - b.y || (a.m ?? 0) - (b.m ?? 0) || (a.d ?? 0) - (b.d ?? 0);
}

/** The end of a range: what it leaves out comes from its start (9月12~19日, 4月29日~5月4日). */
export function resolveUntil(spec: DateSpec, start: DateParts, ctx: ResolveContext): DateParts | null {
  const absolute = (f: Field | undefined): number | undefined => (f && 'abs' in f ? f.abs : undefined);
  if (spec.y && !('abs' in spec.y)) return resolveSpec(spec, ctx);
  const partial = { y: absolute(spec.y), m: absolute(spec.m), d: absolute(spec.d) };
  if (partial.y === undefined && partial.m === undefined && partial.d === undefined) return null;
  let end = inherit(partial, start);
  // 11月から2月まで: a written end earlier than the start runs into the next year (or month).
  if (compare(end, start) < 0) {
    if (partial.y === undefined && partial.m !== undefined) end = { ...end, y: end.y + 1 };
    else if (partial.y === undefined && partial.m === undefined && end.m !== undefined) {
      const next = shift({ y: end.y, m: end.m }, 'month', 1);
      if (next) end = { ...next, d: end.d };
    }
  }
  return validDate(end) ? end : null;
}

/** The date of a weekday named in a dated text (a news item): counted from the document date. */
export function resolveWeekday(w: NonNullable<ParsedTimex['weekday']>, ctx: ResolveContext): DateParts | null {
  const base = ctx.doc;
  if (!base || base.m === undefined || base.d === undefined) return null;
  const dow = new Date(Date.UTC(base.y, base.m - 1, base.d)).getUTCDay();
  let delta = w.dir > 0 ? (w.day - dow + 7) % 7 || 7 : -((dow - w.day + 7) % 7);
  if (w.dir < 0 && delta === 0) delta = -7;
  return shift(base, 'day', delta);
}

/** The value of an offset expression: 70年前 from the anchor, 一カ月前である昨年八月 from its apposition. */
export function resolveOffset(off: NonNullable<ParsedTimex['offset']>, ctx: ResolveContext): DateParts | null {
  if (off.apposed) return resolveSpec(off.apposed, { ...ctx, narrative: ctx.anchor });
  const base = ctx.anchor ?? ctx.doc;
  if (!base) return null;
  const unit: Precision = off.unit === 'week' ? 'day' : off.unit;
  const n = off.unit === 'week' ? off.n * 7 : off.n;
  const exact = shift(base, unit, n);
  if (exact) return exact;
  // 2023年9月に…3週間後: counted from the middle of a coarser anchor, at the anchor's precision.
  const mid: DateParts = { y: base.y, m: base.m ?? 7, d: base.m === undefined ? 1 : 15 };
  const moved = shift(mid, unit, n);
  if (!moved) return null;
  return base.m === undefined ? { y: moved.y } : { y: moved.y, m: moved.m };
}
