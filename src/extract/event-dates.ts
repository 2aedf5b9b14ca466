// Dating events: the time expression of the trigger's clause, else of its sentence, else the nearest
// earlier anchor in the document (the last time named before the sentence). A range is dated at its
// start; coordinated times (2016年と2017年の) date one event each; a time after the document's date
// never dates a reported event; a phrase such as このあと/この時期 keeps the anchor's month only.
import type { TimeValue, Timex } from '../types.js';
import { parseTime, formatTime } from './time-value.js';
import type { ClauseSpan } from './clauses.js';

/** Where dates stand in one sentence. */
export interface SentenceTimes {
  timexes: Timex[]; // sorted by normStart
}

const cmpTime = (a: TimeValue, b: TimeValue): number => {
  // Compare at the coarser precision: 2024-11 is not after 2024-11-30.
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
};

/** A time later than the document's date cannot date a reported event. */
export function usable(t: Timex, documentDate: TimeValue | null): boolean {
  return !documentDate || cmpTime(t.value, documentDate) <= 0;
}

/** The time modifies the noun after it (70年前の休戦, 2022年の国家防衛戦略). */
function modifiesNoun(text: string, t: Timex): boolean {
  const next = text[t.normEnd];
  return next === 'の' && text[t.normEnd + 1] !== '間';
}

/** Times written as a list (2016年と2017年, 6月、8月、11月): the run containing `k`. */
function coordinated(text: string, list: Timex[], k: number): Timex[] {
  let a = k;
  let b = k;
  const link = (x: Timex, y: Timex): boolean => {
    const between = text.slice(x.normEnd, y.normStart);
    if (/^(?:と|や|及び|および)$/.test(between)) return true;
    // 6月、8月、11月: a list by commas only between times of the same precision.
    return /^(?:、|,)$/.test(between) && x.value.length === y.value.length && !x.until && !y.until;
  };
  while (a > 0 && link(list[a - 1], list[a])) a--;
  while (b + 1 < list.length && link(list[b], list[b + 1])) b++;
  return list.slice(a, b + 1);
}

export interface DateChoice {
  dates: TimeValue[];
  /** Where the date came from: the clause, the sentence, or nowhere in this sentence. */
  from: 'clause' | 'sentence' | 'none';
}

/** The dates of an event whose trigger stands at [at, end) in `clause` of a sentence. */
export function eventDates(text: string, times: Timex[], clause: ClauseSpan, at: number, end: number, documentDate: TimeValue | null): DateChoice {
  // 9月18日以来となる: the time of an earlier occurrence, a point of comparison, not this event's date.
  const ok = times.filter((t) => usable(t, documentDate) && !/^以来(?:と|だ|で|の|初)/.test(text.slice(t.normEnd, t.normEnd + 4)));
  if (!ok.length) return { dates: [], from: 'none' };
  const pick = (t: Timex): TimeValue[] => {
    const k = ok.indexOf(t);
    return coordinated(text, ok, k).map((x) => x.value);
  };
  const inClause = ok.filter((t) => t.normStart >= clause.start && t.normEnd <= clause.end);
  const before = inClause.filter((t) => t.normEnd <= at);
  // A time modifying the trigger's own noun (2023年9月の首脳会談) dates it; one modifying another noun does not.
  const direct = before.filter((t) => !modifiesNoun(text, t) || /^[^、。]{0,12}$/.test(text.slice(t.normEnd + 1, at)));
  if (direct.length) return { dates: pick(direct[direct.length - 1]), from: 'clause' };
  const after = inClause.filter((t) => t.normStart >= end && !modifiesNoun(text, t));
  if (after.length) return { dates: pick(after[0]), from: 'clause' };
  if (before.length) return { dates: pick(before[before.length - 1]), from: 'clause' };
  const earlier = ok.filter((t) => t.normEnd <= clause.start);
  const plain = earlier.filter((t) => !modifiesNoun(text, t));
  if (plain.length) return { dates: pick(plain[plain.length - 1]), from: 'sentence' };
  if (earlier.length) return { dates: pick(earlier[earlier.length - 1]), from: 'sentence' };
  return { dates: [], from: 'none' };
}

/** The anchor carried from earlier sentences: the last usable time named before. */
export class DateAnchor {
  private value: TimeValue | null = null;
  constructor(private readonly documentDate: TimeValue | null) {}

  /** Takes in the times of a sentence once it has been read. */
  advance(times: Timex[]): void {
    for (const t of times) if (usable(t, this.documentDate)) this.value = t.value;
  }

  get current(): TimeValue | null {
    return this.value;
  }
}

/** Phrases that place an event after or around the anchor rather than on it: keep its month. */
const VAGUE_AFTER = /(?:このあと|この後|その後|以後|この時期|同時期|この頃|その頃|このころ|そのころ|同じ頃|この間|その間)/;

export function carriedDate(anchor: TimeValue | null, sentenceText: string): TimeValue | null {
  if (!anchor) return null;
  if (VAGUE_AFTER.test(sentenceText)) {
    const p = parseTime(anchor);
    if (p && p.d !== undefined) return formatTime({ y: p.y, m: p.m });
  }
  return anchor;
}
