// tenbo events [--actor C]... [--type T] [--mode M] [--from D] [--to D]; tenbo export-events (PLOVER JSONL).
import { PLOVER_TYPES } from '../../types.js';
import type { EventView } from '../../store/shapes.js';
import { int, list, str, UsageError, type Context } from '../context.js';
import { actorCode } from './actors.js';
import { quadOf } from '../../analysis/quad.js';

async function query(ctx: Context): Promise<EventView[]> {
  const type = str(ctx, 'type')?.toUpperCase();
  if (type && !(PLOVER_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`--type takes a PLOVER type (${PLOVER_TYPES.join(', ')}), not "${type}"`);
  }
  const cat = ctx.catalogue();
  const store = await ctx.store();
  const source = str(ctx, 'source');
  const document = source ? await store.resolveDocument(source) : undefined;
  if (source && !document) throw new UsageError(`no document "${source}" in the knowledge base`);
  return store.events({
    actors: list(ctx, 'actor').map((a) => actorCode(cat, a)), type, mode: str(ctx, 'mode'), from: str(ctx, 'from'), to: str(ctx, 'to'),
    document, limit: str(ctx, 'limit') ? int(ctx, 'limit', 100) : undefined,
  });
}

export async function eventsCommand(ctx: Context): Promise<number> {
  const events = await query(ctx);
  if (ctx.json) ctx.out(JSON.stringify(events, null, 1));
  else {
    for (const e of events) {
      ctx.out(`${(e.date ?? '—').padEnd(10)} ${e.type.padEnd(9)} ${e.source.join(',') || '—'} → ${e.target.join(',') || '—'}` +
        `${e.flow ? ` (${e.flow})` : ''}  ${e.file}\n    ${e.text.length > 100 ? `${e.text.slice(0, 100)}…` : e.text}`);
    }
    ctx.out(`${events.length} event${events.length === 1 ? '' : 's'}`);
  }
  return 0;
}

/** Events as PLOVER JSON records, one a line, to merge with other PLOVER-coded data. */
export async function exportEventsCommand(ctx: Context): Promise<number> {
  const events = await query(ctx);
  const codedDate = new Date().toISOString().slice(0, 10);
  for (const e of events) {
    const record = {
      id: `TENBO-${e.document}-${e.id}`,
      date: e.date,
      source: e.source.map((code) => ({ code })),
      recipient: e.target.map((code) => ({ code })),
      event: [e.type],
      quad_code: quadOf(e.type as (typeof PLOVER_TYPES)[number]),
      ...(e.mode ? { mode: [e.mode] } : {}),
      ...(e.context ? { context: [e.context] } : {}),
      ...(e.flow ? { flow: e.flow } : {}),
      event_text: [e.text],
      cite_info: { document: e.document, file: e.file, start: e.sentence.start, end: e.sentence.end },
      coder: 'tenbo',
      coded_date: codedDate,
    };
    ctx.out(JSON.stringify(record));
  }
  return 0;
}
