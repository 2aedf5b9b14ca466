// tenbo claims, tenbo resolve CLAIM --outcome yes|no|partial, tenbo scores [--by source|author|topic].
import { ledger, type LedgerGroupBy } from '../../analysis/ledger.js';
import type { ForecastRecord } from '../../analysis/records.js';
import type { ClaimView } from '../../store/shapes.js';
import { list, str, timeValue, UsageError, type Context } from '../context.js';
import { actorCode } from './actors.js';

const KINDS = ['forecast', 'recommendation', 'assessment'];

export async function claimsCommand(ctx: Context): Promise<number> {
  const kind = str(ctx, 'kind');
  if (kind && !KINDS.includes(kind)) throw new UsageError(`--kind takes ${KINDS.join(', ')}, not "${kind}"`);
  const cat = ctx.catalogue();
  const claims = await (await ctx.store()).claims({
    kind, topics: list(ctx, 'topic').map((t) => actorCode(cat, t)), source: str(ctx, 'source'), author: str(ctx, 'author'),
    from: str(ctx, 'from'), to: str(ctx, 'to'),
  });
  if (ctx.json) ctx.out(JSON.stringify(claims, null, 1));
  else {
    for (const c of claims) {
      const last = c.outcomes.at(-1);
      ctx.out(`${c.id}  ${c.kind}${c.probability ? ` (${c.probability})` : ''}${c.horizon ? ` by ${c.horizon}` : ''}` +
        `${c.author ? ` — ${c.author}` : ''}  ${c.file}${last ? `  [outcome: ${last.outcome}]` : ''}\n    ${c.text.length > 110 ? `${c.text.slice(0, 110)}…` : c.text}`);
    }
    ctx.out(`${claims.length} claim${claims.length === 1 ? '' : 's'}`);
  }
  return 0;
}

export async function resolveCommand(ctx: Context): Promise<number> {
  const id = ctx.positionals[0];
  const outcome = str(ctx, 'outcome');
  if (!id) throw new UsageError('resolve needs a claim id (tenbo claims lists them)');
  if (outcome !== 'yes' && outcome !== 'no' && outcome !== 'partial') throw new UsageError('--outcome takes yes, no or partial');
  const date = timeValue(ctx, 'date') ?? null;
  const store = await ctx.store();
  if (!(await store.claimExists(id))) throw new UsageError(`no claim "${id}" in the knowledge base`);
  const recorded = await store.addOutcome(id, { outcome, date, note: str(ctx, 'note') ?? null, evidence: str(ctx, 'evidence') ?? null });
  if (ctx.json) ctx.out(JSON.stringify({ claim: id, ...recorded }, null, 1));
  else ctx.out(`recorded outcome "${outcome}" for claim ${id}${date ? ` (${date})` : ''}`);
  return 0;
}

export function forecastRecords(claims: ClaimView[]): ForecastRecord[] {
  return claims.filter((c) => c.kind === 'forecast').map((c) => ({
    id: c.id, document: c.document, file: c.file, text: c.text, kind: c.kind, probability: c.probability, holder: c.holder,
    topics: c.topics, date: c.date, author: c.author, start: c.sentence.start, end: c.sentence.end,
    outcomes: c.outcomes.map((o) => ({ outcome: o.outcome, date: o.date ?? o.recorded_at.slice(0, 10), ...(o.note ? { note: o.note } : {}) })),
  }));
}

export async function scoresCommand(ctx: Context): Promise<number> {
  const by = str(ctx, 'by') as LedgerGroupBy | undefined;
  if (by && !['source', 'author', 'topic'].includes(by)) throw new UsageError('--by takes source, author or topic');
  const claims = await (await ctx.store()).claims({ kind: 'forecast' });
  const result = ledger(forecastRecords(claims), by ? { groupBy: by } : {});
  if (ctx.json) ctx.out(JSON.stringify(result, null, 1));
  else ctx.out(JSON.stringify(result, null, 2));
  return 0;
}
