// What the sentence analysers (claim-ja.ts, claim-en.ts) report for one sentence, before actors,
// horizon and offsets are attached (claims.ts).
import type { ClaimKind, Probability } from '../types.js';

/** A span relative to the start of the sentence's normalised text. */
export interface RelSpan {
  start: number;
  end: number;
}

export interface Finding {
  kind: ClaimKind;
  probability: Probability | null;
  /** The cue that made the claim; null when the outline or a bare conditional did. */
  cue: RelSpan | null;
  /** The clause the claim stands in (its topics and addressee are looked for there). */
  clause: RelSpan;
  /** The claim is the content of reported speech: the sentence's subject holds it. */
  reported: boolean;
  /** The cue is a modal of the author's own: a source frame does not make it the source's. */
  authorial: boolean;
  conditional: boolean;
  /**
   * Which part of the sentence the claim stands in, the parts joined by a contrast (…が、 …ものの、
   * …一方、 ", but"): each part's own hedged forecast is a claim of its own.
   */
  segment?: number;
}

export interface SentenceAnalysis {
  findings: Finding[];
  /** A source frame opening the sentence (…によれば、 …の報告書では), where the holder is named. */
  frame: RelSpan | null;
  /** With no cue at the sentence end: the tense of its final predicate (an unhedged statement). */
  bare: 'past' | 'state' | 'event' | 'other' | null;
}

/** What the analysers need to know about the sentence's surroundings. */
export interface SentenceContext {
  /** The sentence names a future time or stands in an outlook (見通し/展望) section. */
  future: boolean;
  /** The sentence names times and every one of them is past. */
  pastOnly: boolean;
}

/**
 * One claim per kind — and one forecast per part of a sentence joined by a contrast (…の蓋然性は低いが、
 * …はありうる: unlikely and possible); a sentence judged a forecast or recommendation is not also an assessment.
 */
export function mergeFindings(all: Finding[]): Finding[] {
  const byKind = new Map<string, Finding>();
  for (const f of all) {
    const key: string = f.kind === 'forecast' ? `forecast#${f.segment ?? 0}` : f.kind;
    const had = byKind.get(key);
    if (!had) byKind.set(key, f);
    else had.clause = { start: Math.min(had.clause.start, f.clause.start), end: Math.max(had.clause.end, f.clause.end) };
  }
  const out = [...byKind.values()].sort((a, b) => (a.segment ?? 0) - (b.segment ?? 0));
  return out.some((f) => f.kind !== 'assessment') ? out.filter((f) => f.kind !== 'assessment') : out;
}
