// The full-text index for SQLite: FTS5 over gram-rewritten sentence text (CJK runs as overlapping
// bigrams, Latin words as lower-case words), so that two-character queries such as 露朝 are found;
// FTS5's trigram tokenizer finds nothing under three characters. A PostgreSQL store keeps its own
// index (pg_trgm or a bigram column) behind the same search query.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await sql`CREATE VIRTUAL TABLE sentence_grams USING fts5(grams, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`DROP TABLE IF EXISTS sentence_grams`.execute(db);
}
