// tenbo demo: the embedded default. Ingests the bundled samples into the knowledge base (--db, else
// $TENBO_DB, else ./tenbo.db) and shows what it holds.
import { fileURLToPath } from 'node:url';
import { listInputs } from '../../ingest/read.js';
import { ingestFile } from '../../pipeline.js';
import type { Context } from '../context.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

export async function demoCommand(ctx: Context): Promise<number> {
  const store = await ctx.store();
  const catalogue = ctx.catalogue();
  let failed = 0;
  for (const file of listInputs([SAMPLES])) {
    const o = await ingestFile(store, catalogue, file);
    if (o.status === 'failed') {
      failed++;
      ctx.err(`error: ${o.error}`);
    }
  }
  const docs = await store.listDocuments();
  const counts = await store.mentionCounts();
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8)
    .map(([id, n]) => `${catalogue.byId(id)?.ja ?? catalogue.byId(id)?.en ?? id} ${n}`);
  const events = await store.events({});
  const claims = await store.claims({});
  const hits = await store.search('露朝', 3);
  if (ctx.json) {
    ctx.out(JSON.stringify({ documents: docs, entities: Object.fromEntries([...counts].slice(0, 20)), events: events.length, claims: claims.length }, null, 1));
    return failed ? 1 : 0;
  }
  ctx.out(`Tenbo knowledge base with ${docs.length} sample documents:`);
  for (const d of docs) ctx.out(`  ${d.document}  ${d.date ?? '—'}  ${d.language}  ${d.sentences} sentences  ${d.title ?? ''}`);
  ctx.out(`most mentioned: ${top.join(', ')}`);
  ctx.out(`${events.length} events, ${claims.length} claims (forecasts, recommendations, assessments)`);
  for (const e of events.slice(0, 6)) ctx.out(`  ${e.date ?? '—'} ${e.type} ${e.source.join(',')} → ${e.target.join(',') || '—'}  ${e.text.slice(0, 50)}`);
  ctx.out('search 露朝:');
  for (const h of hits) ctx.out(`  ${h.file}: ${h.highlight.slice(0, 70)}`);
  ctx.out('Next: npx tenbo ingest YOUR-REPORTS/ && npx tenbo search QUERY (see README.md)');
  return failed ? 1 : 0;
}
