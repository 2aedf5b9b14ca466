// The pipeline, stage after stage: a file is read and decoded (ingest), modelled (text), annotated
// (extract) and written to the knowledge base (store) in one transaction.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { claimId } from './extract/claim-id.js';
import { extractAll } from './extract/index.js';
import { IngestError } from './ingest/errors.js';
import { readSidecar, readSource } from './ingest/read.js';
import type { Catalogue } from './lexicon/catalogue.js';
import type { Store } from './store/store.js';
import { buildTextDoc } from './text/index.js';
import type { Annotations, DocumentMeta, Language, SourceText } from './types.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface MetaOverrides {
  title?: string;
  publisher?: string;
  date?: string;
  language?: Language;
  authors?: string[];
}

/** Metadata by precedence: flags, then the sidecar file, then what the container and the text state. */
export function resolveMeta(layers: Array<Partial<DocumentMeta> | null | undefined>, language: Language): DocumentMeta {
  const pick = <K extends keyof DocumentMeta>(k: K): DocumentMeta[K] | undefined => {
    for (const l of layers) {
      const v = l?.[k];
      if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0 && k !== 'authors')) return v as DocumentMeta[K];
    }
    return undefined;
  };
  return {
    title: pick('title') ?? null,
    date: pick('date') ?? null,
    language: pick('language') ?? language,
    publisher: pick('publisher') ?? null,
    authors: pick('authors') ?? [],
  };
}

/** Reads, models and annotates one file. */
export async function analyseFile(
  path: string, catalogue: Catalogue, opts: { overrides?: MetaOverrides; maxBytes?: number } = {},
): Promise<{ source: SourceText; meta: DocumentMeta; annotations: Annotations }> {
  const source = await readSource(path, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  const sidecar = readSidecar(path);
  const doc = buildTextDoc(source.text, { format: source.format, language: opts.overrides?.language ?? sidecar?.language ?? undefined });
  const meta = resolveMeta([opts.overrides, sidecar, source.meta, doc.meta], doc.language);
  if (doc.sentences.length === 0) throw new IngestError(path, 'empty', 'no sentences in the text');
  return { source, meta, annotations: extractAll(doc, meta, catalogue) };
}

export function contentHash(path: string, overrides?: MetaOverrides): string {
  const h = createHash('sha256').update(readFileSync(path));
  let sidecar = '';
  try {
    sidecar = readFileSync(`${path}.meta.json`, 'utf8');
  } catch {
    // no sidecar
  }
  return h.update('\0').update(sidecar).update('\0').update(JSON.stringify(overrides ?? {})).digest('hex');
}

export type IngestOutcome =
  | { status: 'ingested'; path: string; document: string; counts: { sentences: number; mentions: number; events: number; claims: number } }
  | { status: 'unchanged'; path: string; document: string }
  | { status: 'failed'; path: string; error: string };

/** Ingests one file: a no-op when unchanged, a replacement in one transaction when changed. */
export async function ingestFile(
  store: Store, catalogue: Catalogue, rawPath: string, opts: { overrides?: MetaOverrides; maxBytes?: number } = {},
): Promise<IngestOutcome> {
  const path = resolve(rawPath);
  try {
    statSync(path);
    const hash = contentHash(path, opts.overrides);
    const known = await store.documentByPath(path);
    if (known && known.hash === hash) return { status: 'unchanged', path: rawPath, document: known.id };
    const { source, meta, annotations } = await analyseFile(path, catalogue, opts);
    const file = basename(path);
    const { claimIds, claimAuthors } = claimKeys(file, annotations, meta);
    const document = await store.replaceDocument({
      path, file, hash, format: source.format, encoding: source.encoding, meta, annotations, claimIds, claimAuthors,
      candidates: annotations.candidates,
    });
    return {
      status: 'ingested', path: rawPath, document,
      counts: { sentences: annotations.doc.sentences.length, mentions: annotations.mentions.length, events: annotations.events.length, claims: annotations.claims.length },
    };
  } catch (e) {
    if (e instanceof IngestError) return { status: 'failed', path: rawPath, error: e.message };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'failed', path: rawPath, error: `${rawPath}: no such file` };
    if (code === 'EACCES') return { status: 'failed', path: rawPath, error: `${rawPath}: permission denied` };
    return { status: 'failed', path: rawPath, error: `${rawPath}: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Each claim's stable id and its author: the author of its chapter, else of the document. */
function claimKeys(file: string, a: Annotations, meta: DocumentMeta): { claimIds: string[]; claimAuthors: Array<string | null> } {
  const sections = a.doc.sections;
  const authorOf = (sectionIndex: number | null): string | null => {
    for (let s = sectionIndex === null ? undefined : sections[sectionIndex]; s; s = s.parent === null ? undefined : sections[s.parent]) {
      if (s.author) return s.author;
    }
    return meta.authors.length ? meta.authors.join('、') : null;
  };
  const claimIds: string[] = [];
  const claimAuthors: Array<string | null> = [];
  const seen = new Map<string, number>();
  for (const c of a.claims) {
    const s = a.doc.sentences[c.sentenceIndex];
    // A second claim of the same kind in one sentence (…は低いが、…はありうる) gets its ordinal in the key.
    const key = `${c.sentenceIndex}:${c.kind}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const text = a.doc.norm.slice(s.normStart, s.normEnd);
    claimIds.push(claimId(file, n === 0 ? text : `${text}#${n + 1}`, c.kind));
    claimAuthors.push(authorOf(s.section));
  }
  return { claimIds, claimAuthors };
}
