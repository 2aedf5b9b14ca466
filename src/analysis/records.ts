// The plain records the analyses read. The store fills them; the analyses never touch the database.
import type { Approx, ClaimKind, Flow, PloverType, Probability, TimeValue } from '../types.js';

export interface StoredQuantity {
  value: number;
  unit: string;
  approx?: Approx;
}

/** One event as stored: the extractor's EventRecord plus its provenance. */
export interface StoredEvent {
  id: number;
  /** The document's id. */
  document: string;
  /** Base name of the ingested file, e.g. `003_e33c5dcaacf570d7.txt`. */
  file: string;
  /** The sentence that reports the event. */
  text: string;
  type: PloverType;
  mode?: string;
  context?: string;
  flow?: Flow;
  source: string[];
  target: string[];
  date: TimeValue | null;
  quantities: StoredQuantity[];
  /** Offsets of the sentence in the original text, where the store has them. */
  start?: number;
  end?: number;
}

/** One claim as stored. `date` is the document's date (claims are dated by when they were made). */
export interface StoredClaim {
  id: string;
  document: string;
  file: string;
  text: string;
  kind: ClaimKind;
  probability: Probability | null;
  holder: string | null;
  topics: string[];
  date: TimeValue | null;
  author: string | null;
  start?: number;
  end?: number;
}

export type OutcomeValue = 'yes' | 'no' | 'partial';

/** A recorded resolution of a forecast. */
export interface ClaimOutcome {
  outcome: OutcomeValue;
  /** When the outcome was recorded or observed; the latest one counts. */
  date: TimeValue | null;
  note?: string;
}

/** A forecast with the outcomes recorded against it (input of the ledger). */
export interface ForecastRecord extends StoredClaim {
  outcomes: ClaimOutcome[];
}

/** A partnership label or treaty between two actors, from the entity catalogue. */
export interface PartnershipLabel {
  label: string;
  from: TimeValue | null;
  until: TimeValue | null;
  /** Where the catalogue has it from (entity id, document, URL). */
  source: string;
}

/** The passage behind an item: enough to show it in its document. */
export interface Passage {
  text: string;
  document: string;
  file: string;
  start?: number;
  end?: number;
}

/** A period filter; values are time values (YYYY, YYYY-MM or YYYY-MM-DD), both ends inclusive. */
export interface Period {
  from?: TimeValue;
  to?: TimeValue;
}

export function passageOf(item: { text: string; document: string; file: string; start?: number; end?: number }): Passage {
  const p: Passage = { text: item.text, document: item.document, file: item.file };
  if (item.start !== undefined) p.start = item.start;
  if (item.end !== undefined) p.end = item.end;
  return p;
}
