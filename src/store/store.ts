// The knowledge base behind one interface. SQLite (better-sqlite3) is the embedded default; every
// query goes through Kysely, so a PostgreSQL dialect can take its place without touching the stages
// above. The FTS5 search index is SQLite's own and sits behind `search`.
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Insertable, type Transaction } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Annotations, Candidate, DocumentMeta } from '../types.js';
import { gramQuery, gramTokens } from './grams.js';
import { migrate } from './migrate.js';
import type { Database } from './schema.js';
import type { ClaimView, DocSummary, DocView, EventView, MentionView, OutcomeView, SearchHit, SectionView, SentenceView } from './shapes.js';
import { normalizeString } from '../text/normalize.js';

/** Everything ingest writes for one document, in one transaction. */
export interface DocumentRecord {
  path: string;
  file: string;
  hash: string;
  format: string;
  encoding: string;
  meta: DocumentMeta;
  annotations: Annotations;
  claimIds: string[];
  /** The author of each claim (its chapter's author, else the document's). */
  claimAuthors: Array<string | null>;
  candidates: Candidate[];
}

export interface EventFilter {
  actors?: string[];
  type?: string;
  mode?: string;
  from?: string;
  to?: string;
  document?: string;
  limit?: number;
}

export interface ClaimFilter {
  kind?: string;
  topics?: string[];
  source?: string;
  author?: string;
  from?: string;
  to?: string;
}

const BATCH = 300;
/** Search ranks (bm25) the first this many index matches of a query; beyond them order is the index's. */
const RANKED = 4000;
const parse = (s: string): string[] => JSON.parse(s) as string[];
/** `to` bounds compare by prefix: --to 2024 includes 2024-12-31. */
const upper = (to: string): string => `${to}\uffff`;


export type CandidateView = { surface: string; tag: string; count: number; documents: string[]; examples: string[] };

/**
 * The knowledge base as the stages above see it. Every query is written against the typed schema
 * (Kysely), so a PostgreSQL implementation needs its own `open`, its own search index and nothing else.
 */
export interface Store {
  /** The typed query layer over the schema (schema.ts), for queries the methods below do not cover. */
  readonly db: Kysely<Database>;
  close(): Promise<void>;
  documentByPath(path: string): Promise<{ id: string; hash: string } | undefined>;
  replaceDocument(rec: DocumentRecord): Promise<string>;
  listDocuments(): Promise<DocSummary[]>;
  resolveDocument(ref: string): Promise<string | undefined>;
  getDocument(id: string): Promise<{ view: DocView; sentences: SentenceView[] } | undefined>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  mentionCounts(): Promise<Map<string, number>>;
  mentionsOf(entity: string, limit?: number): Promise<{ perDocument: Array<{ document: string; file: string; mentions: number }>; mentions: MentionView[] }>;
  candidates(limit?: number): Promise<CandidateView[]>;
  events(f: EventFilter): Promise<EventView[]>;
  claims(f: ClaimFilter): Promise<ClaimView[]>;
  claimExists(id: string): Promise<boolean>;
  addOutcome(claim: string, o: Omit<OutcomeView, 'recorded_at'>): Promise<OutcomeView>;
}

/** Opens (creating and migrating) the embedded SQLite knowledge base at `path`. */
export function openStore(path: string): Promise<Store> {
  return SqliteStore.open(path);
}

export class SqliteStore implements Store {
  private constructor(readonly db: Kysely<Database>, private readonly sqlite: Sqlite.Database) {}

  /** Prepared INSERT statements, one per table and column set. */
  private readonly inserts = new Map<string, Sqlite.Statement>();

  /**
   * Writes rows with a cached prepared statement: bulk writes are the ingest's hot path, and a statement
   * prepared once runs in about a microsecond a row. It runs on the connection's open transaction.
   */
  private insertRows<T extends keyof Database & string>(table: T, rows: Array<Insertable<Database[T]>>): void {
    if (!rows.length) return;
    const cols = Object.keys(rows[0]);
    const key = `${table}(${cols.join(',')})`;
    let stmt = this.inserts.get(key);
    if (!stmt) {
      stmt = this.sqlite.prepare(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      this.inserts.set(key, stmt);
    }
    for (const row of rows) stmt.run(...cols.map((c) => (row as Record<string, unknown>)[c] ?? null));
  }

  static async open(path: string): Promise<SqliteStore> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new Sqlite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db);
    return new SqliteStore(db, sqlite);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async documentByPath(path: string): Promise<{ id: string; hash: string } | undefined> {
    return this.db.selectFrom('documents').select(['id', 'hash']).where('path', '=', path).executeTakeFirst();
  }

  /** A readable document id from the file's base name, unique in the base. */
  private async allocateId(trx: Transaction<Database>, file: string, path: string): Promise<string> {
    const base = file.replace(/\.[^.]+$/, '') || 'document';
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const row = await trx.selectFrom('documents').select('path').where('id', '=', id).executeTakeFirst();
      if (!row || row.path === path) return id;
    }
  }

  private async nextId(trx: Transaction<Database>, table: 'sentences' | 'mentions' | 'events'): Promise<number> {
    const row = await trx.selectFrom(table).select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
    return Number(row?.m ?? 0) + 1;
  }

  private async deleteDocument(trx: Transaction<Database>, id: string): Promise<void> {
    await sql`DELETE FROM sentence_grams WHERE rowid IN (SELECT id FROM sentences WHERE document = ${id})`.execute(trx);
    await trx.deleteFrom('mention_entities').where('document', '=', id).execute();
    await trx.deleteFrom('documents').where('id', '=', id).execute();
  }

  /** Writes a document and all its layers, replacing an earlier version of the same path, atomically. */
  async replaceDocument(rec: DocumentRecord): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      const old = await trx.selectFrom('documents').select('id').where('path', '=', rec.path).executeTakeFirst();
      if (old) await this.deleteDocument(trx, old.id);
      const id = old?.id ?? (await this.allocateId(trx, rec.file, rec.path));
      const a = rec.annotations;
      const doc = a.doc;
      await trx.insertInto('documents').values({
        id, file: rec.file, path: rec.path, hash: rec.hash, format: rec.format, encoding: rec.encoding,
        title: rec.meta.title, date: rec.meta.date, language: rec.meta.language, publisher: rec.meta.publisher,
        authors: JSON.stringify(rec.meta.authors), chars: doc.original.length, original: doc.original,
        ingested_at: new Date().toISOString(),
      }).execute();
      this.insertRows('sections', doc.sections.map((s) => ({
        document: id, idx: s.index, level: s.level, kind: s.kind, title: s.title, parent: s.parent,
        author: s.author, date: s.date, start: s.start, end: s.end,
      })));
      const firstSentence = await this.nextId(trx, 'sentences');
      const sid = (index: number): number => firstSentence + index;
      const sentenceRows = doc.sentences.map((s) => ({
        id: sid(s.index), document: id, idx: s.index, paragraph: s.paragraph, section: s.section, start: s.start, end: s.end,
        text: doc.norm.slice(s.normStart, s.normEnd), raw: doc.original.slice(s.start, s.end), bullet: s.bullet ? 1 : 0, is_table: s.table === undefined ? 0 : 1,
      }));
      this.insertRows('sentences', sentenceRows);
      const grams = this.sqlite.prepare('INSERT INTO sentence_grams (rowid, grams) VALUES (?, ?)');
      for (const s of sentenceRows) grams.run(s.id, gramTokens(s.text).join(' '));

      const firstMention = await this.nextId(trx, 'mentions');
      this.insertRows('mentions', a.mentions.map((m, k) => ({
        id: firstMention + k, document: id, sentence: sid(m.sentence), start: m.start, end: m.end, kind: m.kind,
        entity: m.entity, codes: JSON.stringify(m.codes), name: m.name, surface: doc.original.slice(m.start, m.end),
      })));
      this.insertRows('mention_entities', a.mentions.flatMap((m, k) =>
        (m.members ?? [m.entity]).map((entity) => ({ mention: firstMention + k, document: id, entity }))));
      this.insertRows('timexes', a.timexes.map((t) => ({
        document: id, sentence: sid(t.sentence), start: t.start, end: t.end, value: t.value,
        part: t.part ?? null, until: t.until ?? null, fiscal: t.fiscal ? 1 : 0,
      })));
      this.insertRows('quantities', a.quantities.map((q) => ({
        document: id, sentence: sid(q.sentence), start: q.start, end: q.end, value: q.value, unit: q.unit, approx: q.approx ?? null,
      })));
      const firstEvent = await this.nextId(trx, 'events');
      this.insertRows('events', a.events.map((e, k) => ({
        id: firstEvent + k, document: id, sentence: sid(e.sentenceIndex), type: e.type, mode: e.mode ?? null,
        context: e.context ?? null, flow: e.flow ?? null, source: JSON.stringify(e.source), target: JSON.stringify(e.target),
        date: e.date, trigger_start: e.trigger.start, trigger_end: e.trigger.end, quantities: JSON.stringify(e.quantities ?? []),
      })));
      this.insertRows('event_actors', a.events.flatMap((e, k) => [
        ...e.source.map((code) => ({ event: firstEvent + k, code, role: 'source' })),
        ...e.target.map((code) => ({ event: firstEvent + k, code, role: 'target' })),
      ]));
      const seen = new Set<string>();
      const claims = a.claims.map((c, k) => ({ c, id: rec.claimIds[k], author: rec.claimAuthors[k] ?? null }))
        .filter(({ id: cid }) => !seen.has(cid) && seen.add(cid));
      this.insertRows('claims', claims.map(({ c, id: cid, author }) => ({
        id: cid, document: id, sentence: sid(c.sentenceIndex), kind: c.kind, probability: c.probability, holder: c.holder,
        addressee: c.addressee, horizon: c.horizon, topics: JSON.stringify(c.topics), author,
      })));
      this.insertRows('claim_topics', claims.flatMap(({ c, id: cid }) => [...new Set(c.topics)].map((code) => ({ claim: cid, code }))));
      this.insertRows('candidates', rec.candidates.map((c) => ({
        document: id, surface: c.surface, tag: c.tag, count: c.count, example: sid(c.example),
      })));
      return id;
    });
  }

  // ---- documents ----

  async listDocuments(): Promise<DocSummary[]> {
    const rows = await this.db.selectFrom('documents')
      .select(['id', 'file', 'title', 'date', 'publisher', 'authors', 'language'])
      .select((eb) => eb.selectFrom('sentences').whereRef('sentences.document', '=', 'documents.id')
        .select((e) => e.fn.countAll<number>().as('n')).as('sentences'))
      .orderBy('file').execute();
    return rows.map((r) => ({
      document: r.id, file: r.file, title: r.title, date: r.date, publisher: r.publisher,
      authors: parse(r.authors), language: r.language, sentences: Number(r.sentences ?? 0),
    }));
  }

  /** A document by id, file name or path. */
  async resolveDocument(ref: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('documents').select('id')
      .where((eb) => eb.or([eb('id', '=', ref), eb('file', '=', ref), eb('path', '=', ref)])).executeTakeFirst();
    return row?.id;
  }

  async getDocument(id: string): Promise<{ view: DocView; sentences: SentenceView[] } | undefined> {
    const d = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) return undefined;
    const sentences = await this.db.selectFrom('sentences').select(['idx', 'section', 'paragraph', 'start', 'end', 'text'])
      .where('document', '=', id).orderBy('idx').execute();
    const sections = await this.db.selectFrom('sections').selectAll().where('document', '=', id).orderBy('idx').execute();
    const perSection = new Map<number, number>();
    for (const s of sentences) if (s.section !== null) perSection.set(s.section, (perSection.get(s.section) ?? 0) + 1);
    const count = async (t: 'mentions' | 'timexes' | 'quantities' | 'events' | 'claims'): Promise<number> => {
      const r = await this.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).where('document', '=', id).executeTakeFirst();
      return Number(r?.n ?? 0);
    };
    const view: DocView = {
      document: d.id, file: d.file, title: d.title, date: d.date, publisher: d.publisher, authors: parse(d.authors),
      language: d.language, sentences: sentences.length, path: d.path, format: d.format, encoding: d.encoding, chars: d.chars,
      sections: sections.map((s): SectionView => ({
        index: s.idx, level: s.level, kind: s.kind, title: s.title, parent: s.parent, author: s.author, date: s.date,
        start: s.start, end: s.end, sentences: perSection.get(s.idx) ?? 0,
      })),
      counts: {
        mentions: await count('mentions'), timexes: await count('timexes'), quantities: await count('quantities'),
        events: await count('events'), claims: await count('claims'),
      },
    };
    return { view, sentences: sentences.map((s) => ({ index: s.idx, section: s.section, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text })) };
  }

  // ---- search ----

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const q = normalizeString(query).trim();
    if (!q) return [];
    const needles = q.split(/\s+/).filter(Boolean);
    const fts = gramQuery(q);
    type Row = { id: number; document: string; file: string; start: number; end: number; text: string; raw: string; section: string | null; score: number };
    const base = this.db.selectFrom('sentences')
      .innerJoin('documents', 'documents.id', 'sentences.document')
      .leftJoin('sections', (j) => j.onRef('sections.document', '=', 'sentences.document').onRef('sections.idx', '=', 'sentences.section'))
      .select(['sentences.id as id', 'sentences.document as document', 'documents.file as file', 'sentences.start as start',
        'sentences.end as end', 'sentences.text as text', 'sentences.raw as raw', 'sections.title as section']);
    let rows: Row[];
    if (fts) {
      // bm25 over at most RANKED matches: a term found in tens of thousands of sentences costs no more than that.
      rows = (await base.innerJoin(sql<{ rowid: number; score: number }>`(SELECT rowid, bm25(sentence_grams) AS score FROM sentence_grams WHERE sentence_grams MATCH ${fts} LIMIT ${RANKED})`.as('g'), 'g.rowid', 'sentences.id')
        .select(sql<number>`g.score`.as('score')).orderBy(sql`g.score`).limit(limit * 4 + 50).execute()) as Row[];
    } else {
      let b = base.select(sql<number>`0`.as('score'));
      for (const n of needles) b = b.where('sentences.text', 'like', `%${n.replace(/[%_]/g, '')}%`);
      rows = (await b.orderBy('sentences.id').limit(limit * 20 + 200).execute()) as Row[];
    }
    const folded = (s: string): string => s.toLowerCase();
    const hits: Array<SearchHit & { raw: string }> = [];
    for (const r of rows) {
      const text = folded(r.text);
      if (!needles.every((n) => text.includes(folded(n)))) continue;
      hits.push({
        document: r.document, file: r.file, section: r.section, text: r.text, start: r.start, end: r.end,
        score: Math.round(-r.score * 1000) / 1000, highlight: highlight(r.text, needles), matches: [], raw: r.raw,
      });
      if (hits.length >= limit) break;
    }
    this.locateMatches(hits, needles);
    return hits.map(({ raw: _raw, ...h }) => h);
  }

  /** Offsets of each match in the original text, found in the sentence's own span of it. */
  private locateMatches(hits: Array<SearchHit & { raw: string }>, needles: string[]): void {
    for (const h of hits) {
      for (const n of needles) {
        const m = findInOriginal(h.raw, n);
        if (m) h.matches.push({ start: h.start + m.start, end: h.start + m.end });
      }
    }
  }

  // ---- mentions ----

  async mentionCounts(): Promise<Map<string, number>> {
    const rows = await this.db.selectFrom('mention_entities').select(['entity']).select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('entity').execute();
    return new Map(rows.map((r) => [r.entity, Number(r.n)]));
  }

  async mentionsOf(entity: string, limit = 50): Promise<{ perDocument: Array<{ document: string; file: string; mentions: number }>; mentions: MentionView[] }> {
    const per = await this.db.selectFrom('mention_entities').innerJoin('documents', 'documents.id', 'mention_entities.document')
      .select(['documents.id as document', 'documents.file as file']).select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mention_entities.entity', '=', entity).groupBy(['documents.id', 'documents.file']).orderBy('documents.file').execute();
    const rows = await this.db.selectFrom('mention_entities')
      .innerJoin('mentions', 'mentions.id', 'mention_entities.mention')
      .innerJoin('sentences', 'sentences.id', 'mentions.sentence')
      .innerJoin('documents', 'documents.id', 'mentions.document')
      .select(['mentions.document as document', 'documents.file as file', 'sentences.text as text', 'mentions.start as start',
        'mentions.end as end', 'mentions.surface as surface'])
      .where('mention_entities.entity', '=', entity).orderBy('mentions.id').limit(limit).execute();
    return { perDocument: per.map((p) => ({ document: p.document, file: p.file, mentions: Number(p.n) })), mentions: rows };
  }

  async candidates(limit = 100): Promise<CandidateView[]> {
    const rows = await this.db.selectFrom('candidates').innerJoin('sentences', 'sentences.id', 'candidates.example')
      .select(['candidates.surface as surface', 'candidates.tag as tag', 'candidates.count as count', 'candidates.document as document', 'sentences.text as text'])
      .execute();
    const by = new Map<string, { surface: string; tag: string; count: number; documents: string[]; examples: string[] }>();
    for (const r of rows) {
      const c = by.get(r.surface) ?? { surface: r.surface, tag: r.tag, count: 0, documents: [], examples: [] };
      c.count += r.count;
      c.documents.push(r.document);
      if (c.examples.length < 3) c.examples.push(r.text);
      by.set(r.surface, c);
    }
    return [...by.values()].sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface)).slice(0, limit);
  }

  // ---- events ----

  async events(f: EventFilter): Promise<EventView[]> {
    let q = this.db.selectFrom('events')
      .innerJoin('sentences', 'sentences.id', 'events.sentence')
      .innerJoin('documents', 'documents.id', 'events.document')
      .select(['events.id as id', 'events.document as document', 'documents.file as file', 'sentences.text as text',
        'sentences.start as s_start', 'sentences.end as s_end', 'events.type as type', 'events.mode as mode', 'events.context as context',
        'events.flow as flow', 'events.source as source', 'events.target as target', 'events.date as date',
        'events.trigger_start as trigger_start', 'events.trigger_end as trigger_end', 'events.quantities as quantities']);
    for (const code of f.actors ?? []) {
      q = q.where('events.id', 'in', (eb) => eb.selectFrom('event_actors').select('event').where('code', '=', code));
    }
    if (f.type) q = q.where('events.type', '=', f.type);
    if (f.mode) q = q.where('events.mode', '=', f.mode);
    if (f.from) q = q.where('events.date', '>=', f.from);
    if (f.to) q = q.where('events.date', '<=', upper(f.to));
    if (f.document) q = q.where('events.document', '=', f.document);
    const rows = await q.orderBy('events.date').orderBy('events.id').limit(f.limit ?? 100000).execute();
    return rows.map((r) => {
      const e: EventView = {
        id: r.id, document: r.document, file: r.file, text: r.text, sentence: { start: r.s_start, end: r.s_end }, type: r.type,
        source: parse(r.source), target: parse(r.target), date: r.date, trigger: { start: r.trigger_start, end: r.trigger_end },
        quantities: JSON.parse(r.quantities) as EventView['quantities'],
      };
      if (r.mode) e.mode = r.mode;
      if (r.context) e.context = r.context;
      if (r.flow) e.flow = r.flow;
      return e;
    });
  }

  // ---- claims and outcomes ----

  async claims(f: ClaimFilter): Promise<ClaimView[]> {
    let q = this.db.selectFrom('claims')
      .innerJoin('sentences', 'sentences.id', 'claims.sentence')
      .innerJoin('documents', 'documents.id', 'claims.document')
      .leftJoin('sections', (j) => j.onRef('sections.document', '=', 'sentences.document').onRef('sections.idx', '=', 'sentences.section'))
      .select(['claims.id as id', 'claims.document as document', 'documents.file as file', 'sentences.text as text',
        'sentences.start as s_start', 'sentences.end as s_end', 'claims.kind as kind', 'claims.probability as probability',
        'claims.holder as holder', 'claims.addressee as addressee', 'claims.horizon as horizon', 'claims.topics as topics',
        'claims.author as author', 'documents.date as date', 'sections.title as section']);
    if (f.kind) q = q.where('claims.kind', '=', f.kind);
    for (const code of f.topics ?? []) {
      q = q.where('claims.id', 'in', (eb) => eb.selectFrom('claim_topics').select('claim').where('code', '=', code));
    }
    if (f.source) {
      const src = f.source;
      q = q.where((eb) => eb.or([eb('documents.id', '=', src), eb('documents.file', '=', src), eb('documents.path', '=', src)]));
    }
    if (f.author) q = q.where('claims.author', 'like', `%${f.author}%`);
    if (f.from) q = q.where('documents.date', '>=', f.from);
    if (f.to) q = q.where('documents.date', '<=', upper(f.to));
    const rows = await q.orderBy('documents.file').orderBy('sentences.idx').execute();
    const outcomes = await this.outcomesFor(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id, document: r.document, file: r.file, text: r.text, sentence: { start: r.s_start, end: r.s_end },
      kind: r.kind as ClaimView['kind'], probability: r.probability as ClaimView['probability'], holder: r.holder,
      addressee: r.addressee, horizon: r.horizon, topics: parse(r.topics), author: r.author, date: r.date, section: r.section,
      outcomes: outcomes.get(r.id) ?? [],
    }));
  }

  async claimExists(id: string): Promise<boolean> {
    return !!(await this.db.selectFrom('claims').select('id').where('id', '=', id).executeTakeFirst());
  }

  async addOutcome(claim: string, o: Omit<OutcomeView, 'recorded_at'>): Promise<OutcomeView> {
    const row = { claim, ...o, recorded_at: new Date().toISOString() };
    await this.db.insertInto('outcomes').values(row).execute();
    const { claim: _c, ...view } = row;
    return view;
  }

  private async outcomesFor(ids: string[]): Promise<Map<string, OutcomeView[]>> {
    const out = new Map<string, OutcomeView[]>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const rows = await this.db.selectFrom('outcomes').selectAll().where('claim', 'in', ids.slice(i, i + BATCH)).orderBy('id').execute();
      for (const r of rows) {
        const list = out.get(r.claim) ?? [];
        list.push({ outcome: r.outcome as OutcomeView['outcome'], date: r.date, note: r.note, evidence: r.evidence, recorded_at: r.recorded_at });
        out.set(r.claim, list);
      }
    }
    return out;
  }
}

/** The sentence with each needle marked 【…】 (needles are normalised, as the sentence text is). */
function highlight(text: string, needles: string[]): string {
  const lower = text.toLowerCase();
  const marks: Array<[number, number]> = [];
  for (const n of needles) {
    const ln = n.toLowerCase();
    for (let i = lower.indexOf(ln); i >= 0; i = lower.indexOf(ln, i + ln.length)) marks.push([i, i + ln.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue;
    out += `${text.slice(at, s)}【${text.slice(s, e)}】`;
    at = e;
  }
  return out + text.slice(at);
}

/** Finds a normalised needle in an original span, letting line breaks, spaces and superscripts fall between its characters. */
function findInOriginal(span: string, needle: string): { start: number; end: number } | null {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < span.length; i++) {
    const c = span[i];
    if (/[\s\u3000]/.test(c)) continue;
    const n = normalizeString(c).toLowerCase();
    for (const x of n) { chars.push(x); at.push(i); }
  }
  const flat = chars.join('');
  const k = flat.indexOf(needle.toLowerCase().replace(/\s+/g, ''));
  if (k < 0) return null;
  const len = needle.replace(/\s+/g, '').length;
  return { start: at[k], end: at[k + len - 1] + 1 };
}
