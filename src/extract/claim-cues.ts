// The cue data of the claims layer (data/rules/claim-cues.json), loaded and compiled once.
// Japanese cues are matched at the end of a sentence or clause: each is compiled anchored with `$`,
// and one alternation of them all prefilters a clause before the cues are tried one by one.
import { readFileSync } from 'node:fs';
import type { ClaimKind, Probability } from '../types.js';

export type CueTense = 'none' | 'loose' | 'strict' | 'event' | 'ambiguous';

export interface CueSpec {
  kind: ClaimKind;
  pattern: string;
  probability?: Probability;
  at?: 'end' | 'clause';
  tense?: CueTense;
  futureAs?: Probability;
  negatable?: boolean;
  /** A modal of the author's own (だろう, はず): a source frame (Xによれば) does not make it X's claim. */
  authorial?: boolean;
  /** English: match case-sensitively (the modal `may`, not the month). */
  caseSensitive?: boolean;
  /** English: an unhedged future (will, would): a forecast only where no hedged cue makes one. */
  bare?: boolean;
}

interface ClauseEndSpec {
  conj: string;
  as: string;
  /** A contrast (…が、 …ものの、 …一方、): the clauses on either side carry forecasts of their own. */
  split?: boolean;
}

interface JaRulesData {
  cues: CueSpec[];
  adverbs: Array<{ pattern: string; probability: Probability }>;
  clauseEnds: ClauseEndSpec[];
  terminal: string;
  embeddedBefore: string;
  embeddedMaxGap: number;
  predicateConnectors: string;
  past: string;
  stative: string;
  stativeNegated: string;
  negated: string;
  negationExceptions: string;
  nonpastEvent: string;
  quantityState: string;
  roadmap: string;
  futureMode: { minEvents: number; pastRatio: number };
  futureMarkers: string;
  conditionalStrong: string;
  conditional: string;
  reporting: {
    end: string;
    clause: string;
    forecastVerbs: string;
    judgementVerbs: string;
    judgementWords: string;
    passive: string;
  };
  sourceFrame: string;
  subjectParticles: string;
  subjectTitle: string;
  subjectOfPhrase: string;
  anaphora: string;
  deadlineAfter: string;
  deadlinePredicate: string;
}

interface EnRulesData {
  cues: CueSpec[];
  /** Where a sentence splits into parts that each carry their own forecast (", but", ", and", "; "). */
  clauseSplit: string;
  negation: string;
  reporting: string;
  sourceFrame: string;
  conditional: string;
}

interface CueFile {
  macros: Record<string, string>;
  probabilityOpposite: Record<Probability, Probability>;
  ja: JaRulesData;
  en: EnRulesData;
}

export interface CompiledCue extends CueSpec {
  re: RegExp;
  index: number;
}

export interface CueSet {
  cues: CompiledCue[];
  /** One alternation of every cue: a clause that fails it has no cue at all. */
  any: RegExp;
}

export interface JaRules {
  end: CueSet;
  clause: CueSet;
  adverbs: Array<{ re: RegExp; probability: Probability }>;
  clauseEnds: ClauseEndSpec[];
  /** Finds every 、 that may close a clause (after one of the conjunctions). */
  clauseEndRe: RegExp;
  /** A clause closed by が、/し、 must end in a terminal form (…あるが、 not 米国が、). */
  terminal: RegExp;
  embeddedBefore: RegExp;
  embeddedMaxGap: number;
  predicateConnectors: RegExp;
  past: RegExp;
  stative: RegExp;
  stativeNegated: RegExp;
  negated: RegExp;
  negationExceptions: RegExp;
  nonpastEvent: RegExp;
  /** A non-past verb that states an amount (…に上る, …に達する, …を超える): a present estimate, not a future event. */
  quantityState: RegExp;
  /** A sentence that announces the text's own plan (本章では…を考察する): never a forecast. */
  roadmap: RegExp;
  /** A section whose unhedged sentences are mostly non-past events is written as a forecast. */
  futureMode: { minEvents: number; pastRatio: number };
  futureMarkers: RegExp;
  conditionalStrong: RegExp;
  conditional: RegExp;
  reportingEnd: RegExp;
  reportingClause: RegExp;
  forecastVerbs: RegExp;
  judgementVerbs: RegExp;
  judgementWords: RegExp;
  passiveReport: RegExp;
  sourceFrame: RegExp;
  subjectParticles: RegExp;
  subjectTitle: RegExp;
  subjectOfPhrase: RegExp;
  anaphora: RegExp;
  deadlineAfter: RegExp;
  deadlinePredicate: RegExp;
}

export interface EnRules {
  cues: Array<CompiledCue & { global: RegExp }>;
  clauseSplit: RegExp;
  negation: RegExp;
  reporting: RegExp;
  sourceFrame: RegExp;
  conditional: RegExp;
}

export interface ClaimRules {
  ja: JaRules;
  en: EnRules;
  opposite: Record<Probability, Probability>;
}

const CUE_FILE = new URL('../../data/rules/claim-cues.json', import.meta.url);

function expand(pattern: string, macros: Record<string, string>): string {
  return pattern.replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
    const m = macros[name];
    if (m === undefined) throw new Error(`claim-cues.json: unknown macro ${whole}`);
    return m;
  });
}

function cueSet(specs: CueSpec[], macros: Record<string, string>, keep: (c: CueSpec) => boolean): CueSet {
  const cues: CompiledCue[] = [];
  const parts: string[] = [];
  specs.forEach((spec, index) => {
    if (!keep(spec)) return;
    const p = expand(spec.pattern, macros);
    cues.push({ ...spec, index, re: new RegExp(`(?:${p})$`) });
    parts.push(`(?:${p})`);
  });
  return { cues, any: new RegExp(`(?:${parts.join('|')})$`) };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileJa(d: JaRulesData, macros: Record<string, string>): JaRules {
  const r = (p: string, flags = ''): RegExp => new RegExp(expand(p, macros), flags);
  const conj = [...d.clauseEnds].sort((a, b) => b.conj.length - a.conj.length);
  return {
    end: cueSet(d.cues, macros, () => true),
    clause: cueSet(d.cues, macros, (c) => c.at === 'clause'),
    adverbs: d.adverbs.map((a) => ({ re: r(a.pattern), probability: a.probability })),
    clauseEnds: conj,
    clauseEndRe: new RegExp(`(?:${conj.map((c) => escapeRe(c.conj)).join('|')})`, 'g'),
    terminal: r(d.terminal),
    embeddedBefore: r(d.embeddedBefore),
    embeddedMaxGap: d.embeddedMaxGap,
    predicateConnectors: r(d.predicateConnectors),
    past: r(d.past),
    stative: r(d.stative),
    stativeNegated: r(d.stativeNegated),
    negated: r(d.negated),
    negationExceptions: r(d.negationExceptions),
    nonpastEvent: r(d.nonpastEvent),
    quantityState: r(d.quantityState),
    roadmap: r(d.roadmap),
    futureMode: d.futureMode,
    futureMarkers: r(d.futureMarkers),
    conditionalStrong: r(d.conditionalStrong),
    conditional: r(d.conditional),
    reportingEnd: r(`(?:${d.reporting.end})$`),
    reportingClause: r(d.reporting.clause, 'g'),
    forecastVerbs: r(d.reporting.forecastVerbs),
    judgementVerbs: r(d.reporting.judgementVerbs),
    judgementWords: r(d.reporting.judgementWords),
    passiveReport: r(d.reporting.passive),
    sourceFrame: r(d.sourceFrame),
    subjectParticles: r(d.subjectParticles),
    subjectTitle: r(d.subjectTitle),
    subjectOfPhrase: r(d.subjectOfPhrase),
    anaphora: r(d.anaphora),
    deadlineAfter: r(d.deadlineAfter),
    deadlinePredicate: r(d.deadlinePredicate),
  };
}

function compileEn(d: EnRulesData, macros: Record<string, string>): EnRules {
  return {
    cues: d.cues.map((spec, index) => {
      const p = expand(spec.pattern, macros);
      const f = spec.caseSensitive ? '' : 'i';
      return { ...spec, index, re: new RegExp(p, f), global: new RegExp(p, `g${f}`) };
    }),
    clauseSplit: new RegExp(d.clauseSplit, 'gi'),
    negation: new RegExp(d.negation, 'i'),
    reporting: new RegExp(d.reporting, 'i'),
    sourceFrame: new RegExp(d.sourceFrame, 'i'),
    conditional: new RegExp(d.conditional, 'i'),
  };
}

let cached: ClaimRules | null = null;

/** The compiled cue rules (read and compiled on first use, then shared). */
export function claimRules(): ClaimRules {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(CUE_FILE, 'utf8')) as CueFile;
  cached = {
    ja: compileJa(file.ja, file.macros),
    en: compileEn(file.en, file.macros),
    opposite: file.probabilityOpposite,
  };
  return cached;
}
