// Claims in one Japanese sentence: cues matched where Japanese puts its judgement — at the end of the
// sentence, at the end of a clause (…必要があるが、), before a complementiser that a recommendation
// takes (…難しいことに留意する必要がある), and in the content of reported speech (…と述べた).
import type { Probability } from '../types.js';
import { claimRules, type CompiledCue, type CueSet, type JaRules } from './claim-cues.js';
import { mergeFindings, type Finding, type RelSpan, type SentenceAnalysis, type SentenceContext } from './claim-finding.js';

export type Tense = 'past' | 'state' | 'event' | 'other';

const TRAILING = /[。．.!！?？\s]+$/;
const CLOSING_QUOTE = /[」』"”]+$/;
const COPULA = /(?:ものである|ものだ|のである|のだ|である|だ)$/;
/** Cues are tried on the end of a clause only; no cue looks further back than this. */
const TAIL = 120;

interface CueHit {
  cue: CompiledCue;
  /** Start of the match in the clause text. */
  index: number;
}

function isNegated(pred: string, r: JaRules): boolean {
  return r.negated.test(pred) && !r.negationExceptions.test(pred);
}

/** The predicate before a cue, without the nominalisers that join it to the cue (…するのではないか → …する). */
function predicateBefore(text: string, r: JaRules): string {
  let p = text;
  for (let i = 0; i < 3; i++) {
    const m = r.predicateConnectors.exec(p);
    if (!m) break;
    p = p.slice(0, m.index);
  }
  return p;
}

export function tenseOf(pred: string, r: JaRules = claimRules().ja): Tense {
  if (!pred) return 'other';
  if (r.past.test(pred)) return 'past';
  if (isNegated(pred, r) && !r.stativeNegated.test(pred)) return 'event';
  if (r.stative.test(pred)) return 'state';
  if (r.nonpastEvent.test(pred)) return 'event';
  return 'other';
}

function bestCue(text: string, set: CueSet): CueHit | null {
  const offset = Math.max(0, text.length - TAIL);
  const tail = offset ? text.slice(offset) : text;
  if (!set.any.test(tail)) return null;
  let best: CueHit | null = null;
  for (const cue of set.cues) {
    const m = cue.re.exec(tail);
    if (m && (!best || m.index + offset < best.index)) best = { cue, index: m.index + offset };
  }
  return best;
}

interface Resolved {
  kind: Finding['kind'];
  probability: Probability | null;
}

/** The kind and term a cue gives, once the predicate before it and the clause's time are read. */
function resolve(hit: CueHit, clause: string, ctx: SentenceContext, r: JaRules): Resolved {
  const { cue } = hit;
  if (cue.kind === 'recommendation') return { kind: 'recommendation', probability: null };
  const pred = predicateBefore(clause.slice(0, hit.index), r);
  const tense = tenseOf(pred, r);
  const future = ctx.future || r.futureMarkers.test(clause);
  const cond = r.conditional.test(clause);
  const opposite = claimRules().opposite;
  const term = (p: Probability, negatable: boolean): Probability => (negatable && isNegated(pred, r) ? opposite[p] : p);
  const assessment: Resolved = { kind: 'assessment', probability: null };
  if (cue.kind === 'forecast') {
    const t = cue.tense ?? 'loose';
    if (t !== 'none' && tense === 'past') return assessment;
    if (t === 'strict' && tense === 'state' && !future && !cond) return assessment;
    if (t === 'event' && tense !== 'event' && !future) return assessment;
    if (t === 'ambiguous' && ctx.pastOnly && !future && !cond) return assessment;
    return { kind: 'forecast', probability: term(cue.probability ?? 'likely', cue.negatable !== false) };
  }
  // An estimate of an amount (…に上るとみられる) is about the present unless a future reference is near;
  // an expectation reported in the past (…に陥ると思われたが) is no forecast.
  const event = tense === 'event' && !r.quantityState.test(pred);
  const pastCue = /(?:た|ていた)$/.test(clause.slice(hit.index));
  if (cue.futureAs && tense !== 'past' && !pastCue && (event || future || cond)) {
    return { kind: 'forecast', probability: term(cue.futureAs, cue.negatable !== false) };
  }
  return assessment;
}

function finding(res: Resolved, cue: RelSpan | null, clause: RelSpan, extra: Partial<Finding> = {}): Finding {
  return { kind: res.kind, probability: res.probability, cue, clause, reported: false, authorial: false, conditional: false, ...extra };
}

/** What reported content (the part before …と述べた) claims, if it is a judgement at all. */
function reportedContent(content: string, verb: string, ctx: SentenceContext, r: JaRules): Resolved & { cue: RelSpan | null } | null {
  const text = content.replace(CLOSING_QUOTE, '');
  const hit = bestCue(text, r.end);
  if (hit) return { ...resolve(hit, text, ctx, r), cue: { start: hit.index, end: text.length } };
  const pred = predicateBefore(text.replace(COPULA, ''), r);
  const tense = tenseOf(pred, r);
  // A forecast needs a future reference in the content (今後, 将来): else a view of the present, an assessment.
  const future = r.futureMarkers.test(text);
  const negated = isNegated(pred, r);
  if (r.forecastVerbs.test(verb) || (future && tense === 'event')) {
    if (tense === 'past') return { kind: 'assessment', probability: null, cue: null };
    return { kind: 'forecast', probability: negated ? 'unlikely' : 'likely', cue: null };
  }
  // …と主張した asserts a judgement; …ことを主張した advocates a course and …を評価した praises (events).
  const asserts = !/^(?:ことを|を|よう)/.test(verb) && r.judgementVerbs.test(verb);
  if (asserts || r.judgementWords.test(text)) return { kind: 'assessment', probability: null, cue: null };
  return null;
}

interface ClauseEnd {
  /** Index of the conjunction that closes the clause. */
  at: number;
  /** The clause as a sentence would end it (…であり → …である). */
  text: string;
  /** Where the next clause starts. */
  next: number;
  /** Where a cue closing the clause ends in the sentence (…であろう of …であろうが、). */
  cueEnd: number;
  /** The conjunction is a contrast: a new part of the sentence starts after it. */
  split: boolean;
}

/** Clause ends inside the sentence, outside brackets. */
function clauseEnds(body: string, r: JaRules): ClauseEnd[] {
  const out: ClauseEnd[] = [];
  r.clauseEndRe.lastIndex = 0;
  for (let m = r.clauseEndRe.exec(body); m; m = r.clauseEndRe.exec(body)) {
    const spec = r.clauseEnds.find((c) => c.conj === m![0]);
    if (!spec || insideBrackets(body, m.index)) continue;
    const text = body.slice(0, m.index) + spec.as;
    if (!spec.as && !r.terminal.test(text)) continue;
    out.push({ at: m.index, text, next: m.index + m[0].length, cueEnd: spec.as ? m.index + m[0].length - 1 : m.index, split: spec.split === true });
  }
  return out;
}

function insideBrackets(s: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = s[i];
    if (c === '「' || c === '『' || c === '“') depth++;
    else if ((c === '」' || c === '』' || c === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Analyses one sentence (its normalised text). */
export function analyseJa(sentence: string, ctx: SentenceContext): SentenceAnalysis {
  const r = claimRules().ja;
  const body = sentence.replace(TRAILING, '');
  const whole: RelSpan = { start: 0, end: body.length };
  const conditional = r.conditional.test(body);
  const found: Finding[] = [];
  const ends = clauseEnds(body, r);

  // 1. The end of the sentence: reported speech, else a cue, else a bare conditional forecast.
  const rep = r.reportingEnd.exec(body);
  const reported = rep ? reportedContent(body.slice(0, rep.index), rep[0], ctx, r) : null;
  let endHit: CueHit | null = null;
  if (reported) {
    found.push(finding(reported, reported.cue, whole, { reported: true, conditional }));
  } else {
    endHit = bestCue(body, r.end);
    if (endHit) {
      found.push(finding(resolve(endHit, body, ctx, r), { start: endHit.index, end: body.length }, whole,
        { authorial: endHit.cue.authorial === true, conditional }));
    } else if (r.conditionalStrong.test(body)) {
      const pred = predicateBefore(body.replace(COPULA, ''), r);
      if (tenseOf(pred, r) === 'event') {
        const p: Probability = isNegated(pred, r) ? 'unlikely' : 'likely';
        found.push(finding({ kind: 'forecast', probability: p }, null, whole, { conditional: true }));
      }
    }
  }

  // 2. Clause ends inside the sentence.
  let clauseStart = 0;
  for (const e of ends) {
    const hit = bestCue(e.text, r.clause);
    if (hit) {
      const res = resolve(hit, e.text, ctx, r);
      found.push(finding(res, { start: Math.min(hit.index, e.at), end: e.cueEnd }, { start: clauseStart, end: e.at },
        { authorial: hit.cue.authorial === true, conditional: r.conditional.test(e.text) }));
    }
    clauseStart = e.next;
  }

  // 3. Reported speech closing a clause (…と指摘し、…).
  r.reportingClause.lastIndex = 0;
  for (let m = r.reportingClause.exec(body); m; m = r.reportingClause.exec(body)) {
    const res = reportedContent(body.slice(0, m.index), m[0], ctx, r);
    if (res) found.push(finding(res, res.cue, { start: 0, end: m.index }, { reported: true }));
  }

  // 4. A forecast embedded before a recommendation (…は難しいことに留意する必要がある).
  if (endHit && endHit.cue.kind === 'recommendation') found.push(...embeddedForecasts(body, endHit.index, ctx, r));

  // 5. A sentence-initial adverb of certainty (間違いなく、…).
  const adverb = adverbFinding(body, ends, ctx, r);
  if (adverb && !found.some((f) => f.kind === 'forecast')) found.push(adverb);

  const frame = sourceFrame(body, r);
  // 6. No cue, but a judgement frame (西側当局者の見積もりでは、…): the source's assessment.
  if (!found.length && frame && r.judgementWords.test(body.slice(frame.start, frame.end))) {
    found.push(finding({ kind: 'assessment', probability: null }, null, whole));
  }
  const bare = reported || endHit ? null : tenseOf(predicateBefore(body, r), r);
  // A sentence announcing the text's own plan (本節では…をみてみよう) forecasts nothing.
  const kept = r.roadmap.test(body) ? found.filter((f) => f.kind !== 'forecast') : found;
  // Parts joined by a contrast (…低いが、…ありうる) keep their own forecasts.
  const splits = ends.filter((e) => e.split).map((e) => e.next);
  if (splits.length) {
    for (const f of kept) {
      const at = f.cue ? f.cue.start : f.clause.end - 1;
      f.segment = splits.filter((k) => k <= at).length;
      // A claim closing the sentence stands in the last part only (its topics are looked for there).
      if (f.segment > 0 && f.clause.start < splits[f.segment - 1]) f.clause = { start: splits[f.segment - 1], end: f.clause.end };
    }
  }
  return { findings: mergeFindings(kept), frame, bare };
}

function embeddedForecasts(body: string, cueAt: number, ctx: SentenceContext, r: JaRules): Finding[] {
  const out: Finding[] = [];
  for (let k = cueAt; k >= Math.max(1, cueAt - r.embeddedMaxGap); k--) {
    if (body[k] === '、') break;
    const m = r.embeddedBefore.exec(body.slice(0, k));
    if (!m) continue;
    const content = body.slice(0, m.index);
    const hit = bestCue(content, r.end);
    if (!hit) continue;
    const res = resolve(hit, content, ctx, r);
    if (res.kind === 'forecast') {
      out.push(finding(res, { start: hit.index, end: content.length }, { start: 0, end: content.length }, { authorial: hit.cue.authorial === true }));
      break;
    }
  }
  return out;
}

function adverbFinding(body: string, ends: ClauseEnd[], ctx: SentenceContext, r: JaRules): Finding | null {
  for (const a of r.adverbs) {
    const m = a.re.exec(body);
    if (!m) continue;
    const first = ends.find((e) => e.at >= m.index + m[0].length);
    const clause = first ? first.text : body;
    const pred = predicateBefore(clause.replace(COPULA, ''), r);
    const tense = tenseOf(pred, r);
    const span = { start: 0, end: first ? first.at : body.length };
    const cue = { start: m.index, end: m.index + m[0].length };
    if (tense === 'event' || (tense !== 'past' && (ctx.future || r.futureMarkers.test(clause)))) {
      const p = isNegated(pred, r) ? claimRules().opposite[a.probability] : a.probability;
      return finding({ kind: 'forecast', probability: p }, cue, span);
    }
    return finding({ kind: 'assessment', probability: null }, cue, span);
  }
  return null;
}

function sourceFrame(body: string, r: JaRules): RelSpan | null {
  const m = r.sourceFrame.exec(body);
  return m ? { start: 0, end: m[0].length } : null;
}

/**
 * An unhedged future (guidelines: `likely`): a sentence with no cue that ends in a non-past event and
 * names a future marker (今後, 将来…), or stands in a section written as a forecast.
 */
export function unhedgedForecast(sentence: string, futureSection: boolean): Finding | null {
  const r = claimRules().ja;
  const body = sentence.replace(TRAILING, '');
  if (r.roadmap.test(body)) return null;
  if (!futureSection && !r.futureMarkers.test(body)) return null;
  const pred = predicateBefore(body, r);
  if (tenseOf(pred, r) !== 'event') return null;
  const p: Probability = isNegated(pred, r) ? 'unlikely' : 'likely';
  return finding({ kind: 'forecast', probability: p }, null, { start: 0, end: body.length }, { conditional: r.conditional.test(body) });
}

/** Sections written as a forecast: enough unhedged non-past events, few past ones, more than states. */
export function futureSections(bare: Array<{ section: number | null; tense: Tense | null }>, exclude: ReadonlySet<number>): Set<number> {
  const { futureMode } = claimRules().ja;
  const counts = new Map<number, Record<Tense, number>>();
  for (const b of bare) {
    if (b.section === null || b.tense === null || exclude.has(b.section)) continue;
    const c = counts.get(b.section) ?? { past: 0, state: 0, event: 0, other: 0 };
    c[b.tense]++;
    counts.set(b.section, c);
  }
  const out = new Set<number>();
  for (const [section, c] of counts) {
    if (c.event >= futureMode.minEvents && c.event >= futureMode.pastRatio * c.past && c.event > c.state) out.add(section);
  }
  return out;
}
