// Claims in one English sentence. English puts its modal where the verb is, not at the end, so the
// cues are looked for over the whole sentence; per kind the longest cue wins, and a `not` next to a
// forecast cue turns its term to the opposite (the probability is of the outcome named).
import type { ClaimKind, Probability } from '../types.js';
import { claimRules, type CompiledCue } from './claim-cues.js';
import { mergeFindings, type Finding, type SentenceAnalysis } from './claim-finding.js';

interface Hit {
  cue: CompiledCue;
  start: number;
  end: number;
}

const NOT_AFTER = /^\s*(?:not|never)\b/i;

export function analyseEn(sentence: string): SentenceAnalysis {
  const { en, opposite } = claimRules();
  const best = new Map<ClaimKind, Hit>();
  for (const cue of en.cues) {
    cue.global.lastIndex = 0;
    for (let m = cue.global.exec(sentence); m; m = cue.global.exec(sentence)) {
      const hit = { cue, start: m.index, end: m.index + m[0].length };
      const had = best.get(cue.kind);
      if (!had || hit.end - hit.start > had.end - had.start) best.set(cue.kind, hit);
      if (m[0].length === 0) cue.global.lastIndex++;
    }
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
      reported: report !== null && report.index < hit.start, authorial: false, conditional,
    });
  }
  const frameSpan = frame ? { start: frame.index, end: Math.min(sentence.length, frame.index + 60) } : null;
  return { findings: mergeFindings(found), frame: frameSpan, bare: null };
}
