// The JSON shapes of the query commands (../shared/spec/queries.md). The CLI prints them and the
// HTTP API returns them; every item carries its provenance (document, file, text, offsets).
import type { ClaimKind, Probability, TimeValue } from '../types.js';

export interface DocSummary {
  document: string;
  file: string;
  title: string | null;
  date: TimeValue | null;
  publisher: string | null;
  authors: string[];
  language: string;
  sentences: number;
}

export interface SectionView {
  index: number;
  level: number;
  kind: string;
  title: string;
  parent: number | null;
  author: string | null;
  date: string | null;
  start: number;
  end: number;
  sentences: number;
}

export interface DocView extends DocSummary {
  path: string;
  format: string;
  encoding: string;
  chars: number;
  sections: SectionView[];
  counts: { mentions: number; timexes: number; quantities: number; events: number; claims: number };
}

export interface SentenceView {
  index: number;
  section: number | null;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface SearchHit {
  document: string;
  file: string;
  section: string | null;
  text: string;
  start: number;
  end: number;
  score: number;
  /** The sentence with each match marked 【…】. */
  highlight: string;
  /** The matches, in offsets of the original text. */
  matches: Array<{ start: number; end: number }>;
}

export interface MentionView {
  document: string;
  file: string;
  text: string;
  start: number;
  end: number;
  surface: string;
}

export interface EventView {
  id: number;
  document: string;
  file: string;
  text: string;
  sentence: { start: number; end: number };
  type: string;
  mode?: string;
  context?: string;
  flow?: string;
  source: string[];
  target: string[];
  date: TimeValue | null;
  trigger: { start: number; end: number };
  quantities: Array<{ value: number; unit: string; approx?: string }>;
}

export interface OutcomeView {
  outcome: 'yes' | 'no' | 'partial';
  date: string | null;
  note: string | null;
  evidence: string | null;
  recorded_at: string;
}

export interface ClaimView {
  id: string;
  document: string;
  file: string;
  text: string;
  sentence: { start: number; end: number };
  kind: ClaimKind;
  probability: Probability | null;
  holder: string | null;
  addressee: string | null;
  horizon: TimeValue | null;
  topics: string[];
  author: string | null;
  date: TimeValue | null;
  section: string | null;
  outcomes: OutcomeView[];
}
