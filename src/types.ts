// The shared vocabulary of the pipeline: what each stage hands to the next.
// Offsets named `start`/`end` are into the ORIGINAL decoded text (UTF-16 code units, end exclusive),
// unless the field name says `norm` — those index the normalised text of the document (TextDoc.norm).

/** A span in the original decoded text. */
export interface Span {
  start: number;
  end: number;
}

export type Language = 'ja' | 'en';

/** A time value: YYYY, YYYY-MM or YYYY-MM-DD. */
export type TimeValue = string;

export interface DocumentMeta {
  title: string | null;
  date: TimeValue | null;
  language: Language;
  publisher: string | null;
  authors: string[];
}

/** What ingest hands to the text stage: the decoded text of one file and what the file itself says. */
export interface SourceText {
  path: string;
  format: 'txt' | 'md' | 'html' | 'pdf';
  encoding: string;
  text: string;
  /** Metadata the container states (HTML head, PDF info); the text stage may add more. */
  meta: Partial<DocumentMeta>;
}

export type SectionKind = 'chapter' | 'section' | 'subsection' | 'heading' | 'recommendations' | 'outlook';

export interface Section extends Span {
  index: number;
  level: number; // 1 = chapter, 2 = section, 3 = subsection
  kind: SectionKind;
  title: string;
  parent: number | null;
  /** Author given for this part (for example a chapter's closing 脱稿日/author line). */
  author: string | null;
  date: TimeValue | null;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  section: number | null;
  /** The sentence's span in TextDoc.norm. */
  normStart: number;
  normEnd: number;
  /** True for a bullet or list item. */
  bullet: boolean;
  /** Set on a row of a table: the row's cells stand as one sentence. */
  table?: number;
}

/** A table of the text (tab-separated cells), row by row, for readers that need its columns. */
export interface Table extends Span {
  index: number;
  section: number | null;
  rows: Array<{ sentence: number; cells: Array<Span & { normStart: number; normEnd: number }> }>;
}

export interface Footnote extends Span {
  marker: string; // as it stands, e.g. "18"
  sentence: number | null;
}

/**
 * The text model of one document: the original decoded text, a normalised copy for matching
 * (NFKC, width, joined line wraps, no page furniture or footnote markers) and a map back.
 */
export interface TextDoc {
  original: string;
  norm: string;
  /** normToOrig[i] = index in `original` of norm[i]; normToOrig[norm.length] = original.length. */
  normToOrig: Int32Array;
  language: Language;
  sentences: Sentence[];
  sections: Section[];
  footnotes: Footnote[];
  tables: Table[];
  /** Spans of the original judged to be page furniture, captions and other non-body text. */
  furniture: Span[];
  /** Metadata read from the text itself (cover, 脱稿日 line). */
  meta: Partial<DocumentMeta>;
}

export type EntityKind = 'state' | 'organization' | 'person' | 'place' | 'treaty' | 'weapon' | 'operation';

export interface Mention extends Span {
  normStart: number;
  normEnd: number;
  kind: EntityKind;
  codes: string[];
  entity: string; // catalogue id, or "a+b" for compounds
  name: string; // canonical English name
  /** For compounds: one entity id per member in the order written. */
  members?: string[];
  sentence: number;
}

export type TimePart = 'early' | 'mid' | 'late';

export interface Timex extends Span {
  normStart: number;
  normEnd: number;
  value: TimeValue;
  part?: TimePart;
  until?: TimeValue;
  fiscal?: boolean;
  sentence: number;
}

export type Approx = 'about' | 'at_least' | 'over' | 'at_most';

export interface Quantity extends Span {
  normStart: number;
  normEnd: number;
  value: number;
  unit: string;
  approx?: Approx;
  sentence: number;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type Flow = 'munitions' | 'weapons' | 'troops' | 'technology' | 'energy' | 'money' | 'goods' | 'political';

export interface EventRecord {
  sentence: Span;
  sentenceIndex: number;
  type: PloverType;
  mode?: string;
  context?: string;
  flow?: Flow;
  source: string[];
  target: string[];
  date: TimeValue | null;
  trigger: Span;
  /** Quantities of the event's clause. */
  quantities?: Array<{ value: number; unit: string; approx?: Approx }>;
}

export type ClaimKind = 'forecast' | 'recommendation' | 'assessment';
export type Probability =
  | 'almost_no_chance' | 'very_unlikely' | 'unlikely' | 'possible' | 'roughly_even'
  | 'likely' | 'very_likely' | 'almost_certain';

export interface ClaimRecord {
  sentence: Span;
  sentenceIndex: number;
  kind: ClaimKind;
  probability: Probability | null;
  holder: string | null;
  addressee: string | null;
  horizon: TimeValue | null;
  topics: string[];
  /** The cue that made it a claim (span in the original). */
  cue: Span | null;
}

/** A proper noun the catalogue does not know, found in a document (for `tenbo candidates`). */
export interface Candidate {
  surface: string;
  /** What suggested it: the tokenizer's tag (人名, 組織, 地域) or the script rule that found it. */
  tag: string;
  count: number;
  /** Index of a sentence that shows it. */
  example: number;
}

/** Everything the extractor finds in one document. */
export interface Annotations {
  document: DocumentMeta;
  doc: TextDoc;
  mentions: Mention[];
  timexes: Timex[];
  quantities: Quantity[];
  events: EventRecord[];
  claims: ClaimRecord[];
  candidates: Candidate[];
}
