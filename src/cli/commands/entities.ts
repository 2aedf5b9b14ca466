// tenbo entities, tenbo entity NAME|ALIAS|CODE, tenbo candidates.
import type { CatalogueEntry } from '../../lexicon/catalogue.js';
import { properNounTag, tokenize } from '../../lexicon/tokenizer.js';
import { int, str, UsageError, type Context } from '../context.js';

const names = (e: CatalogueEntry): string[] => [...new Set([e.ja, e.en, ...e.aliases.ja, ...e.aliases.en].filter((x): x is string => !!x))];

export async function entitiesCommand(ctx: Context): Promise<number> {
  const kind = str(ctx, 'kind');
  const all = ctx.values.all === true;
  const counts = await (await ctx.store()).mentionCounts();
  const rows = ctx.catalogue().entries
    .filter((e) => (!kind || e.kind === kind) && (all || (counts.get(e.id) ?? 0) > 0))
    .map((e) => ({ id: e.id, kind: e.kind, name: e.en, names: names(e), codes: e.codes, mentions: counts.get(e.id) ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  if (ctx.json) ctx.out(JSON.stringify(rows, null, 1));
  else {
    for (const r of rows) ctx.out(`${String(r.mentions).padStart(6)}  ${r.kind.padEnd(12)} ${r.id}  ${r.names.slice(0, 4).join(' / ')}${r.codes.length ? `  [${r.codes.join(',')}]` : ''}`);
    ctx.out(`${rows.length} entities`);
  }
  return 0;
}

export async function entityCommand(ctx: Context): Promise<number> {
  const ref = ctx.positionals.join(' ').trim();
  if (!ref) throw new UsageError('entity needs a name, alias or code');
  const cat = ctx.catalogue();
  const e = cat.lookup(ref);
  if (!e) throw new UsageError(`no entity named "${ref}" in the catalogue (tenbo entities --all lists them)`);
  const store = await ctx.store();
  const { perDocument, mentions } = await store.mentionsOf(e.id, int(ctx, 'limit', 50));
  const facts: Record<string, unknown> = { ...e.facts };
  if (e.kind === 'person') {
    const now = cat.personOffice(e.id);
    if (now) {
      facts.state ??= now.state;
      facts.office ??= now.office;
    }
  }
  const view = {
    id: e.id, kind: e.kind, name: e.en, names: names(e), codes: e.codes,
    relations: e.relations.map((r) => ({ type: r.type, entity: r.entity, from: r.from ?? null, until: r.until ?? null, ...(r.label ? { label: r.label } : {}) })),
    facts, documents: perDocument, mentions,
  };
  if (ctx.json) {
    ctx.out(JSON.stringify(view, null, 1));
    return 0;
  }
  ctx.out(`${e.ja ?? e.en} (${e.en}) — ${e.kind}${e.codes.length ? ` [${e.codes.join(', ')}]` : ''}`);
  ctx.out(`  names: ${view.names.slice(0, 8).join(' / ')}${view.names.length > 8 ? ` (+${view.names.length - 8} more; --json lists all)` : ''}`);
  for (const [k, v] of Object.entries(facts)) if (k !== 'offices') ctx.out(`  ${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  for (const o of e.facts.offices ?? []) ctx.out(`  office: ${o.office} (${o.state}) ${o.from ?? ''}–${o.until ?? ''}`);
  for (const r of view.relations) ctx.out(`  ${r.type} ${r.entity}${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}${'label' in r ? ` (${r.label})` : ''}`);
  for (const d of perDocument) ctx.out(`  ${d.mentions} mentions in ${d.file}`);
  for (const m of mentions.slice(0, 10)) ctx.out(`    ${m.file} [${m.start}-${m.end}] ${m.text.length > 90 ? `${m.text.slice(0, 90)}…` : m.text}`);
  return 0;
}

/**
 * Candidates are collected at ingest by fast script rules; here the tokenizer reads their example
 * sentences and adds its proper-noun class (人名, 組織, 地域) where it has one.
 */
export async function candidatesCommand(ctx: Context): Promise<number> {
  const rows = await (await ctx.store()).candidates(int(ctx, 'limit', 100));
  for (const r of rows) {
    const example = r.examples[0];
    const at = example?.indexOf(r.surface) ?? -1;
    if (at < 0) continue;
    const tag = properNounTag(await tokenize(example), at, at + r.surface.length);
    if (tag) r.tag = tag;
  }
  if (ctx.json) ctx.out(JSON.stringify(rows, null, 1));
  else {
    for (const r of rows) ctx.out(`${String(r.count).padStart(5)}  ${r.surface}  (${r.tag})  e.g. ${r.examples[0]?.slice(0, 70) ?? ''}`);
    ctx.out(`${rows.length} candidates; add them to your catalogue file (--catalogue or $TENBO_CATALOGUE)`);
  }
  return 0;
}
