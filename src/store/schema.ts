// The knowledge base's tables as the typed query layer (Kysely) sees them. One schema for every
// backend: SQLite is the embedded default; a PostgreSQL store implements the same tables.
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  file: string;
  path: string;
  hash: string;
  format: string;
  encoding: string;
  title: string | null;
  date: string | null;
  language: string;
  publisher: string | null;
  authors: string; // JSON array
  chars: number;
  original: string;
  ingested_at: string;
}

export interface SectionsTable {
  document: string;
  idx: number;
  level: number;
  kind: string;
  title: string;
  parent: number | null;
  author: string | null;
  date: string | null;
  start: number;
  end: number;
}

export interface SentencesTable {
  id: Generated<number>;
  document: string;
  idx: number;
  paragraph: number;
  section: number | null;
  start: number;
  end: number;
  text: string; // normalised reading text
  raw: string; // the original text of the span, as decoded
  bullet: number;
  is_table: number;
}

export interface MentionsTable {
  id: Generated<number>;
  document: string;
  sentence: number; // sentences.id
  start: number;
  end: number;
  kind: string;
  entity: string;
  codes: string; // JSON array
  name: string;
  surface: string;
}

export interface MentionEntitiesTable {
  mention: number;
  document: string;
  entity: string;
}

export interface TimexesTable {
  id: Generated<number>;
  document: string;
  sentence: number;
  start: number;
  end: number;
  value: string;
  part: string | null;
  until: string | null;
  fiscal: number;
}

export interface QuantitiesTable {
  id: Generated<number>;
  document: string;
  sentence: number;
  start: number;
  end: number;
  value: number;
  unit: string;
  approx: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  document: string;
  sentence: number;
  type: string;
  mode: string | null;
  context: string | null;
  flow: string | null;
  source: string; // JSON array of codes
  target: string; // JSON array of codes
  date: string | null;
  trigger_start: number;
  trigger_end: number;
  quantities: string; // JSON array
}

export interface EventActorsTable {
  event: number;
  code: string;
  role: string; // 'source' | 'target'
}

export interface ClaimsTable {
  id: string; // stable: document key + claim text + kind
  document: string;
  sentence: number;
  kind: string;
  probability: string | null;
  holder: string | null;
  addressee: string | null;
  horizon: string | null;
  topics: string; // JSON array
  author: string | null;
}

export interface ClaimTopicsTable {
  claim: string;
  code: string;
}

export interface OutcomesTable {
  id: Generated<number>;
  claim: string;
  outcome: string;
  date: string | null;
  note: string | null;
  evidence: string | null;
  recorded_at: string;
}

export interface CandidatesTable {
  document: string;
  surface: string;
  tag: string;
  count: number;
  example: number; // sentences.id
}

export interface Database {
  documents: DocumentsTable;
  sections: SectionsTable;
  sentences: SentencesTable;
  mentions: MentionsTable;
  mention_entities: MentionEntitiesTable;
  timexes: TimexesTable;
  quantities: QuantitiesTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  claims: ClaimsTable;
  claim_topics: ClaimTopicsTable;
  outcomes: OutcomesTable;
  candidates: CandidatesTable;
}
