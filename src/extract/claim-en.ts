// Claims in one English sentence. English puts its modal where the verb is, not at the end, so the
// cues are looked for over the whole sentence; per kind the longest cue wins, and a `not` next to a
// forecast cue turns its term to the opposite (the probability is of the outcome named).
import type { Probability } from '../types.js';
import { claimRules, type CompiledCue } from './claim-cues.js';
import { mergeFindings, type Finding, type SentenceAnalysis } from './claim-finding.js';

interface Hit {
  cue: CompiledCue;
  start: number;
  end: number;
}

const NOT_AFTER = /^\s*(?:not|never)\b/i;

/**
 * Where the parts of a sentence joined by a contrast or a coordinated clause start (", but", ", and",
 * "; "): each part's own hedged forecast is a claim of its own.
 */
function segmentStarts(sentence: string, split: RegExp): number[] {
  const out: number[] = [];
  split.lastIndex = 0;
  for (let m = split.exec(sentence); m; m = split.exec(sentence)) out.push(m.index + m[0].length);
  return out;
}

export function analyseEn(sentence: string): SentenceAnalysis {
  const { en, opposite } = claimRules();
  const starts = segmentStarts(sentence, en.clauseSplit);
  const segmentOf = (at: number): number => starts.filter((k) => k <= at).length;
  // Per kind the longest cue; forecasts per part of the sentence, where a part has a hedge of its own
  // (a bare will/would joins the first forecast rather than making another).
  const best = new Map<string, Hit>();
  for (const cue of en.cues) {
    cue.global.lastIndex = 0;
    for (let m = cue.global.exec(sentence); m; m = cue.global.exec(sentence)) {
      const hit = { cue, start: m.index, end: m.index + m[0].length };
      const key = cue.kind === 'forecast' && !cue.bare ? `forecast#${segmentOf(hit.start)}` : cue.kind === 'forecast' ? 'forecast#bare' : cue.kind;
      const had = best.get(key);
      if (!had || hit.end - hit.start > had.end - had.start) best.set(key, hit);
      if (m[0].length === 0) cue.global.lastIndex++;
    }
  }
  // A bare will in a part that has a hedge of its own, or in a sentence that has one elsewhere, adds nothing.
  const bareHit = best.get('forecast#bare');
  if (bareHit) {
    best.delete('forecast#bare');
    const hedged = [...best.keys()].filter((k) => k.startsWith('forecast#'));
    if (!hedged.length) best.set('forecast#0', bareHit);
  }
  const report = en.reporting.exec(sentence);
  const frame = en.sourceFrame.exec(sentence);
  const conditional = en.conditional.test(sentence);
  const whole = { start: 0, end: sentence.length };
  const found: Finding[] = [];
  for (const hit of best.values()) {
    let probability: Probability | null = null;
    if (hit.cue.kind === 'forecast') {
      probability = hit.cue.probability ?? 'likely';
      const negated = /n't$/i.test(sentence.slice(hit.start, hit.end)) || en.negation.test(sentence.slice(0, hit.start)) ||
        NOT_AFTER.test(sentence.slice(hit.end));
      if (negated && hit.cue.negatable !== false) probability = opposite[probability];
    }
    found.push({
      kind: hit.cue.kind, probability, cue: { start: hit.start, end: hit.end }, clause: whole,
      reported: report !== null && report.index < hit.start, authorial: false, conditional, segment: segmentOf(hit.start),
    });
  }
  const frameSpan = frame ? { start: frame.index, end: Math.min(sentence.length, frame.index + 60) } : null;
  return { findings: mergeFindings(found), frame: frameSpan, bare: null };
}
