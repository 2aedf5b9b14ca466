// tenbo ingest PATH... : files and folders into the knowledge base, one transaction per document.
import { IngestError } from '../../ingest/errors.js';
import { listInputs } from '../../ingest/read.js';
import { DEFAULT_MAX_BYTES, ingestFile, type IngestOutcome, type MetaOverrides } from '../../pipeline.js';
import type { Language } from '../../types.js';
import { list, str, timeValue, UsageError, type Context } from '../context.js';
import { Progress } from '../progress.js';

export function overridesOf(ctx: Context): MetaOverrides {
  const o: MetaOverrides = {};
  const title = str(ctx, 'title');
  const date = timeValue(ctx, 'date');
  const publisher = str(ctx, 'publisher');
  const lang = str(ctx, 'lang');
  const authors = list(ctx, 'author');
  if (title) o.title = title;
  if (date) o.date = date;
  if (publisher) o.publisher = publisher;
  if (lang) {
    if (lang !== 'ja' && lang !== 'en') throw new UsageError(`--lang takes ja or en, not "${lang}"`);
    o.language = lang as Language;
  }
  if (authors.length) o.authors = authors;
  return o;
}

export function maxBytesOf(ctx: Context): number {
  const v = str(ctx, 'max-size');
  if (v === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?b?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--max-size takes a size such as 50MB or 800k, not "${v}"`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Math.round(Number(m[1]) * mult);
}

export async function ingestCommand(ctx: Context): Promise<number> {
  if (!ctx.positionals.length) throw new UsageError('ingest needs at least one file or folder');
  const overrides = overridesOf(ctx);
  const maxBytes = maxBytesOf(ctx);
  const outcomes: IngestOutcome[] = [];
  const files: string[] = [];
  for (const p of ctx.positionals) {
    try {
      files.push(...listInputs([p]));
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      ctx.err(`error: ${e.message}`);
      outcomes.push({ status: 'failed', path: p, error: e.message });
    }
  }
  const store = await ctx.store();
  const catalogue = ctx.catalogue();
  const progress = new Progress(files.length);
  for (const f of files) {
    const o = await ingestFile(store, catalogue, f, { overrides, maxBytes });
    progress.tick(f);
    if (o.status === 'failed') {
      progress.end();
      ctx.err(`error: ${o.error}`);
    }
    outcomes.push(o);
  }
  progress.end();
  const ingested = outcomes.flatMap((o) => (o.status === 'ingested' ? [{ document: o.document, path: o.path, ...o.counts }] : []));
  const unchanged = outcomes.flatMap((o) => (o.status === 'unchanged' ? [{ document: o.document, path: o.path }] : []));
  const failed = outcomes.flatMap((o) => (o.status === 'failed' ? [{ path: o.path, error: o.error }] : []));
  if (ctx.json) ctx.out(JSON.stringify({ ingested, unchanged, failed }, null, 1));
  else {
    for (const i of ingested) ctx.out(`ingested ${i.document}: ${i.sentences} sentences, ${i.mentions} mentions, ${i.events} events, ${i.claims} claims`);
    for (const u of unchanged) ctx.out(`unchanged ${u.document}`);
    ctx.out(`${ingested.length} ingested, ${unchanged.length} unchanged, ${failed.length} failed`);
  }
  return failed.length ? 1 : 0;
}
