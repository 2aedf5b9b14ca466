// The first schema: documents and their text model, the extraction layers and the claim ledger.
// Written with the schema builder so that it runs on SQLite and PostgreSQL alike.
import type { Kysely } from 'kysely';

// Migrations see the database before and after, not the application's current types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull().unique())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('date', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('authors', 'text', (c) => c.notNull())
    .addColumn('chars', 'integer', (c) => c.notNull())
    .addColumn('original', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('sections')
    .addColumn('document', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('parent', 'integer')
    .addColumn('author', 'text')
    .addColumn('date', 'text')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sections_pk', ['document', 'idx'])
    .execute();

  await db.schema.createTable('sentences')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('paragraph', 'integer', (c) => c.notNull())
    .addColumn('section', 'integer')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('bullet', 'integer', (c) => c.notNull())
    .addColumn('is_table', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sentences_document').on('sentences').columns(['document', 'idx']).execute();

  const layer = (name: string) => db.schema.createTable(name)
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sentence', 'integer', (c) => c.notNull().references('sentences.id').onDelete('cascade'));

  await layer('mentions')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('codes', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('surface', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mentions_document').on('mentions').column('document').execute();
  await db.schema.createTable('mention_entities')
    .addColumn('mention', 'integer', (c) => c.notNull().references('mentions.id').onDelete('cascade'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mention_entities_entity').on('mention_entities').column('entity').execute();

  await layer('timexes')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('part', 'text')
    .addColumn('until', 'text')
    .addColumn('fiscal', 'integer', (c) => c.notNull())
    .execute();

  await layer('quantities')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('approx', 'text')
    .execute();

  await layer('events')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('context', 'text')
    .addColumn('flow', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('quantities', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_document').on('events').column('document').execute();
  await db.schema.createTable('event_actors')
    .addColumn('event', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_actors_code').on('event_actors').columns(['code', 'event']).execute();

  await db.schema.createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sentence', 'integer', (c) => c.notNull().references('sentences.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('probability', 'text')
    .addColumn('holder', 'text')
    .addColumn('addressee', 'text')
    .addColumn('horizon', 'text')
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .execute();
  await db.schema.createTable('claim_topics')
    .addColumn('claim', 'text', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_topics_code').on('claim_topics').columns(['code', 'claim']).execute();
  // Outcomes outlive their claim's document: re-ingesting keeps them (claim ids are stable).
  await db.schema.createTable('outcomes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('note', 'text')
    .addColumn('evidence', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outcomes_claim').on('outcomes').column('claim').execute();

  await db.schema.createTable('candidates')
    .addColumn('document', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('example', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['candidates', 'outcomes', 'claim_topics', 'claims', 'event_actors', 'events', 'quantities', 'timexes',
    'mention_entities', 'mentions', 'sentences', 'sections', 'documents']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
