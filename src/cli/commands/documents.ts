// tenbo docs, tenbo show DOC, tenbo search QUERY.
import { int, UsageError, type Context } from '../context.js';

export async function docsCommand(ctx: Context): Promise<number> {
  const docs = await (await ctx.store()).listDocuments();
  if (ctx.json) ctx.out(JSON.stringify(docs, null, 1));
  else {
    for (const d of docs) {
      ctx.out(`${d.document}  ${d.date ?? '—'}  ${d.language}  ${d.sentences} sentences  ${d.title ?? '(no title)'}${d.publisher ? ` — ${d.publisher}` : ''}`);
    }
    ctx.out(`${docs.length} document${docs.length === 1 ? '' : 's'}`);
  }
  return 0;
}

export async function showCommand(ctx: Context): Promise<number> {
  const ref = ctx.positionals[0];
  if (!ref) throw new UsageError('show needs a document id or file name');
  const store = await ctx.store();
  const id = await store.resolveDocument(ref);
  const found = id ? await store.getDocument(id) : undefined;
  if (!found) throw new UsageError(`no document "${ref}" in the knowledge base (tenbo docs lists them)`);
  const { view, sentences } = found;
  const withText = ctx.values.outline !== true;
  if (ctx.json) {
    ctx.out(JSON.stringify({ ...view, ...(withText ? { text: sentences } : {}) }, null, 1));
    return 0;
  }
  ctx.out(`${view.title ?? view.file}`);
  ctx.out(`  document ${view.document}  file ${view.file}  date ${view.date ?? '—'}  language ${view.language}`);
  if (view.publisher) ctx.out(`  publisher ${view.publisher}`);
  if (view.authors.length) ctx.out(`  authors ${view.authors.join('、')}`);
  const c = view.counts;
  ctx.out(`  ${view.sentences} sentences, ${c.mentions} mentions, ${c.timexes} time expressions, ${c.quantities} quantities, ${c.events} events, ${c.claims} claims`);
  ctx.out('outline:');
  for (const s of view.sections) {
    ctx.out(`${'  '.repeat(s.level)}${s.title}${s.kind !== 'heading' && s.kind !== 'section' ? ` [${s.kind}]` : ''}${s.author ? ` — ${s.author}` : ''} (${s.sentences})`);
  }
  if (withText) {
    let section: number | null | undefined;
    for (const s of sentences) {
      if (s.section !== section) {
        section = s.section;
        const sec = view.sections.find((x) => x.index === section);
        if (sec) ctx.out(`\n## ${sec.title}`);
      }
      ctx.out(`[${s.index}] ${s.text}`);
    }
  }
  return 0;
}

export async function searchCommand(ctx: Context): Promise<number> {
  const query = ctx.positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const hits = await (await ctx.store()).search(query, int(ctx, 'limit', 20));
  if (ctx.json) ctx.out(JSON.stringify(hits, null, 1));
  else {
    for (const h of hits) ctx.out(`${h.file}${h.section ? ` › ${h.section}` : ''} [${h.start}-${h.end}]\n  ${h.highlight}`);
    ctx.out(`${hits.length} passage${hits.length === 1 ? '' : 's'}`);
  }
  return 0;
}
