// The claims layer: forecasts, recommendations and assessments (annotation-guidelines.md section 5),
// each with its estimative probability, holder, addressee, horizon and topics. The cues are data
// (data/rules/claim-cues.json); the sentence analysers look only at sentence and clause ends
// (Japanese) or at the modal (English); the outline adds the bullets under 提言.
import type {
  ClaimRecord, Language, Mention, Section, SectionKind, Sentence, TextDoc, TimeValue, Timex,
} from '../types.js';
import { toOriginal } from '../text/normalize.js';
import { firstActorIn, subjectOf, topicsIn, type SentenceMentions } from './claim-actors.js';
import { analyseEn } from './claim-en.js';
import type { Finding, SentenceAnalysis } from './claim-finding.js';
import { HorizonTracker, isAfter } from './claim-horizon.js';
import { analyseJa, futureSections, unhedgedForecast } from './claim-ja.js';

export interface ClaimLayers {
  mentions: Mention[];
  timexes: Timex[];
}

export interface ClaimOptions {
  language?: Language;
  /** The document's date (the resolved DocumentMeta.date); else the date the text states is used. Horizons are future relative to it. */
  documentDate?: TimeValue | null;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ADDRESSEE_HOME: Record<Language, string | null> = { ja: 'JPN', en: null };

/** Sections of `kind` and the sections inside them (a chapter-level title only marks itself). */
function sectionsOfKind(sections: Section[], kind: SectionKind, minLevel = 1): Set<number> {
  const out = new Set<number>();
  for (const s of sections) {
    for (let p: Section | undefined = s; p; p = p.parent === null ? undefined : sections[p.parent]) {
      if (p.kind === kind && (p === s || p.level >= minLevel)) { out.add(s.index); break; }
    }
  }
  return out;
}

function bySentence<T extends { sentence: number; normStart: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const list = out.get(it.sentence);
    if (list) list.push(it);
    else out.set(it.sentence, [it]);
  }
  for (const list of out.values()) list.sort((a, b) => a.normStart - b.normStart);
  return out;
}

/** Bullets under 提言 are recommendations, unless the bullet is itself a forecast. */
function outline(a: SentenceAnalysis, length: number): Finding[] {
  const kept = a.findings.filter((f) => f.kind !== 'assessment');
  if (kept.length) return kept;
  return [{
    kind: 'recommendation', probability: null, cue: null, clause: { start: 0, end: length },
    reported: false, authorial: false, conditional: false,
  }];
}

interface Previous {
  index: number;
  section: number | null;
  addressee: string | null;
}

interface Pending {
  sentence: Sentence;
  text: string;
  lang: Language;
  analysis: SentenceAnalysis | null;
}

/**
 * The claims of a document, in text order (a sentence may give a forecast and a recommendation).
 * `layers` are the document's mentions (for holder, addressee and topics) and time expressions (for
 * the horizon); `options.language` overrides the document's language, `options.documentDate` its date.
 */
export function extractClaims(doc: TextDoc, layers: ClaimLayers, options: ClaimOptions = {}): ClaimRecord[] {
  const language = options.language ?? doc.language;
  const date = options.documentDate ?? doc.meta.date ?? null;
  const mentionsBy = bySentence(layers.mentions);
  const timexesBy = bySentence(layers.timexes);
  const recommendations = sectionsOfKind(doc.sections, 'recommendations');
  const outlook = sectionsOfKind(doc.sections, 'outlook', 2);

  // Pass 1: each sentence's own cues.
  const pending: Pending[] = doc.sentences.map((s) => {
    const text = doc.norm.slice(s.normStart, s.normEnd);
    const lang: Language = language === 'en' || !JAPANESE.test(text) ? 'en' : 'ja';
    if (s.table !== undefined) return { sentence: s, text, lang, analysis: null };
    const timexes = timexesBy.get(s.index) ?? [];
    const future = timexes.some((t) => date !== null && isAfter(t.until ?? t.value, date));
    const pastOnly = timexes.length > 0 && date !== null && !future;
    const ctx = { future, pastOnly };
    return { sentence: s, text, lang, analysis: lang === 'ja' ? analyseJa(text, ctx) : analyseEn(text) };
  });
  // Sections written as a forecast (and the outlook sections) make an unhedged future a forecast.
  const futureMode = futureSections(
    pending.filter((p) => p.analysis && !p.sentence.bullet).map((p) => ({ section: p.sentence.section, tense: p.analysis!.bare })),
    recommendations,
  );
  for (const o of outlook) if (!recommendations.has(o)) futureMode.add(o);

  // Pass 2: the outline, actors and horizons, in text order.
  const horizons = new HorizonTracker(doc.norm, date);
  const out: ClaimRecord[] = [];
  let previous: Previous | null = null;
  for (const { sentence: s, text, lang, analysis } of pending) {
    const mentions = mentionsBy.get(s.index) ?? [];
    const timexes = timexesBy.get(s.index) ?? [];
    if (!analysis) { horizons.observe(s, timexes, mentions, false); continue; }
    const inRecs = s.section !== null && recommendations.has(s.section);
    let findings = analysis.findings;
    if (s.bullet && inRecs) findings = outline(analysis, text.length);
    else if (!findings.length && analysis.bare === 'event') {
      const f = unhedgedForecast(text, s.section !== null && futureMode.has(s.section));
      if (f) findings = [f];
    }
    const all: SentenceMentions = { norm: doc.norm, mentions };
    let addressee: string | null = null;
    let hasForecast = false;
    for (const f of findings) {
      const rec = buildRecord(doc, s, f, analysis, all, lang, inRecs, previous);
      if (f.kind === 'forecast') {
        rec.horizon = horizons.horizonOf(s, timexes, mentions, { forecast: true, conditional: f.conditional });
        hasForecast = true;
      } else if (f.kind === 'recommendation') {
        rec.horizon = horizons.horizonOf(s, timexes, mentions, { forecast: false, conditional: f.conditional });
        addressee = rec.addressee;
      }
      out.push(rec);
    }
    horizons.observe(s, timexes, mentions, hasForecast);
    previous = { index: s.index, section: s.section, addressee };
  }
  return out;
}

function buildRecord(
  doc: TextDoc, s: Sentence, f: Finding, a: SentenceAnalysis, all: SentenceMentions, lang: Language,
  inRecs: boolean, previous: Previous | null,
): ClaimRecord {
  const abs = (x: { start: number; end: number }): { start: number; end: number } => ({ start: s.normStart + x.start, end: s.normStart + x.end });
  const whole = { start: s.normStart, end: s.normEnd };
  const clause = abs(f.clause);

  let holder: string | null = null;
  let holderMentions: Mention[] = [];
  if (f.reported) {
    const subj = subjectOf(all, whole, lang, { phrase: true, persons: true }) ?? (a.frame ? firstActorIn(all, abs(a.frame)) : null);
    if (subj) { holder = subj.code; holderMentions = subj.mentions; }
  } else if (a.frame && !f.authorial && f.kind !== 'recommendation') {
    const src = firstActorIn(all, abs(a.frame));
    if (src) { holder = src.code; holderMentions = src.mentions; }
  }

  let addressee: string | null = null;
  if (f.kind === 'recommendation') {
    const subj = subjectOf(all, clause, lang, { phrase: false, persons: false });
    const home = ADDRESSEE_HOME[lang];
    if (subj) addressee = home && subj.codes.includes(home) ? home : subj.code;
    else if (inRecs && home) addressee = home;
    else if (previous && previous.index === s.index - 1 && previous.section === s.section && previous.addressee) addressee = previous.addressee;
    else if (home && all.mentions.some((m) => m.kind === 'state' && m.codes.length === 1 && m.codes[0] === home)) addressee = home;
  }

  return {
    sentence: { start: s.start, end: s.end },
    sentenceIndex: s.index,
    kind: f.kind,
    probability: f.kind === 'forecast' ? f.probability : null,
    holder,
    addressee,
    horizon: null,
    topics: topicsIn(all, clause, holderMentions),
    cue: f.cue ? toOriginal(doc.original, doc.normToOrig, s.normStart + f.cue.start, s.normStart + f.cue.end) : null,
  };
}
