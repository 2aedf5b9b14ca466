// Finds and resolves the time expressions of one normalised string (a sentence or a table cell),
// carrying the running anchor: each expression resolved becomes the time later ones count from.
import type { TimePart, TimeValue } from '../types.js';
import { type DateParts, formatTime } from './time-value.js';
import { scanEn } from './timex-en.js';
import { scanJa } from './timex-ja.js';
import {
  type ParsedTimex, type ResolveContext, TIMEX_RULES, alternation, resolveOffset, resolveSpec, resolveUntil, resolveWeekday,
} from './timex-rules.js';

export interface FoundTimex {
  /** Offsets into the scanned string. */
  start: number;
  end: number;
  value: TimeValue;
  parts: DateParts;
  part?: TimePart;
  until?: TimeValue;
  fiscal?: boolean;
}

/** Characters that can begin a time expression: digits, kanji numerals, eras and relative words. */
const TRIGGER = new RegExp(`[0-9〇一二三四五六七八九十]|${alternation([
  ...Object.keys(TIMEX_RULES.ja.eras), ...Object.keys(TIMEX_RULES.ja.yearWords), ...Object.keys(TIMEX_RULES.ja.monthWords),
  ...Object.keys(TIMEX_RULES.ja.dayWords), ...Object.keys(TIMEX_RULES.en.relative), ...Object.keys(TIMEX_RULES.en.offsetDirections),
  ...Object.keys(TIMEX_RULES.en.weekdays),
])}`, 'i');
/** English month names alone ("in March") start a time only when capitalised. */
const MONTH_TRIGGER = new RegExp(`\\b(?:${alternation(Object.keys(TIMEX_RULES.en.months).map((m) => m[0].toUpperCase() + m.slice(1)))})\\b`);
const LATIN = /[A-Za-z]{3}/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

export function mayHaveTimex(text: string): boolean {
  return TRIGGER.test(text) || MONTH_TRIGGER.test(text);
}

/**
 * The time expressions of `text`, resolved against `ctx` (whose anchor is updated as it goes unless
 * `keepAnchor`). Offset expressions (70年前) do not move the anchor: they are counted from it.
 */
export function scanTimexes(text: string, ctx: ResolveContext, keepAnchor = false): FoundTimex[] {
  if (!mayHaveTimex(text)) return [];
  const parsed: ParsedTimex[] = [];
  const japanese = JAPANESE.test(text);
  if (japanese) scanJa(text, parsed);
  if (LATIN.test(text)) {
    const en: ParsedTimex[] = [];
    scanEn(text, en, !japanese);
    for (const e of en) if (!parsed.some((j) => j.start < e.end && e.start < j.end)) parsed.push(e);
    if (japanese && en.length) parsed.sort((a, b) => a.start - b.start);
  } else if (!japanese) {
    scanJa(text, parsed);
  }
  const out: Array<FoundTimex & { untilParts?: DateParts }> = [];
  // A background time still gives its year to bare dates of its own clause (2022年に…務めた中国が主催した6月の…).
  let local: { parts: DateParts; until: number } | null = null;
  for (const t of parsed) {
    const narrative = ctx.narrative;
    if (local && t.start < local.until) ctx.narrative = local.parts;
    const found = resolve(t, ctx);
    ctx.narrative = narrative;
    if (!found) continue;
    out.push(found);
    if (keepAnchor) continue;
    if (t.offset) {
      // 4日後の3月25日: the time in apposition is the offset's, whatever the narrative's year.
      if (t.offset.apposed) local = { parts: found.parts, until: t.end + 8 };
      continue;
    }
    const named = found.untilParts ?? found.parts;
    ctx.anchor = named;
    if (isBackground(text, t.end, found.parts, ctx)) {
      const rest = text.slice(t.end);
      const stops = [rest.search(CLAUSE_END), rest.search(CLAUSE_TOPIC)].filter((k) => k >= 0);
      local = { parts: named, until: stops.length ? t.end + Math.min(...stops) : text.length };
    } else {
      ctx.narrative = named;
      local = null;
    }
  }
  return out.map(({ untilParts: _u, ...rest }) => rest);
}

const BG = TIMEX_RULES.ja.background;
const MODIFIER_PARTICLE = new RegExp(`^(?:${BG.particle})`);
const ATTRIBUTIVE = new RegExp(BG.attributive);
const COMPARISON = new RegExp(`^(?:${BG.comparison})`);
const CLAUSE_END = /[、。,，()（）「」]/;
const CLAUSE_TOPIC = new RegExp(BG.clauseTopic);

function compare(a: DateParts, b: DateParts): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d - b.d;
}

/**
 * Whether a time is background rather than the narrative's own time, so that a later bare 2月 does
 * not take its year: a time later than the document date (a plan, a forecast), or a time earlier than
 * the narrative's that only qualifies a noun — in a modifying clause (2014年に米国との間で締結された協定),
 * as a の-modifier (2022年2月の開戦以降) or in a comparison (2022年に続き).
 */
function isBackground(text: string, end: number, parts: DateParts, ctx: ResolveContext): boolean {
  if (ctx.doc && compare(parts, ctx.doc) > 0) return true;
  const current = ctx.narrative ?? ctx.doc;
  if (!current || compare(parts, current) >= 0) return false;
  const rest = text.slice(end, end + 60);
  if (COMPARISON.test(rest)) return true;
  const m = MODIFIER_PARTICLE.exec(rest);
  if (!m) return false;
  if (m[0] === 'の') return true;
  const stop = rest.search(CLAUSE_END);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  return ATTRIBUTIVE.test(clause.slice(m[0].length));
}

function resolve(t: ParsedTimex, ctx: ResolveContext): (FoundTimex & { untilParts?: DateParts }) | null {
  let parts: DateParts | null = null;
  if (t.offset) parts = resolveOffset(t.offset, ctx);
  else if (t.weekday) parts = resolveWeekday(t.weekday, ctx);
  else if (t.spec) parts = resolveSpec(t.spec, ctx);
  if (!parts) return null;
  const out: FoundTimex & { untilParts?: DateParts } = { start: t.start, end: t.end, value: formatTime(parts), parts };
  if (t.until) {
    const u = resolveUntil(t.until, parts, ctx);
    if (u) {
      out.until = formatTime(u);
      out.untilParts = u;
    }
  }
  if (t.part) out.part = t.part;
  if (t.fiscal) out.fiscal = true;
  return out;
}
