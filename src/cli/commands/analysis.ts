// tenbo dyad A B, tenbo network, tenbo compare: the relations between actors over time.
import { compare } from '../../analysis/compare.js';
import { dyad } from '../../analysis/dyad.js';
import { toGEXF, toGraphML } from '../../analysis/export-graph.js';
import { network } from '../../analysis/network.js';
import type { PartnershipLabel, StoredClaim, StoredEvent } from '../../analysis/records.js';
import type { Catalogue } from '../../lexicon/catalogue.js';
import type { ClaimView, EventView } from '../../store/shapes.js';
import { PLOVER_TYPES, type PloverType } from '../../types.js';
import { list, str, UsageError, type Context } from '../context.js';
import { actorCode } from './actors.js';

export function storedEvents(events: EventView[]): StoredEvent[] {
  return events.map((e) => ({
    id: e.id, document: e.document, file: e.file, text: e.text, type: e.type as PloverType,
    ...(e.mode ? { mode: e.mode } : {}), ...(e.context ? { context: e.context } : {}),
    ...(e.flow ? { flow: e.flow as StoredEvent['flow'] } : {}),
    source: e.source, target: e.target, date: e.date, quantities: e.quantities as StoredEvent['quantities'],
    start: e.sentence.start, end: e.sentence.end,
  }));
}

function storedClaims(claims: ClaimView[]): StoredClaim[] {
  return claims.map((c) => ({
    id: c.id, document: c.document, file: c.file, text: c.text, kind: c.kind, probability: c.probability, holder: c.holder,
    topics: c.topics, date: c.date, author: c.author, start: c.sentence.start, end: c.sentence.end,
  }));
}

/** Partnership labels and treaties between two actors, from the catalogue. */
function labelsBetween(cat: Catalogue, a: string, b: string): PartnershipLabel[] {
  const out: PartnershipLabel[] = [];
  const ea = cat.byCode(a);
  const eb = cat.byCode(b);
  for (const [x, y] of [[ea, eb], [eb, ea]]) {
    if (!x || !y) continue;
    for (const r of x.relations) {
      if ((r.type === 'partnership' || r.type === 'alliance') && r.entity === y.id) {
        out.push({ label: r.label ?? r.type, from: r.from ?? null, until: r.until ?? null, source: x.id });
      }
    }
  }
  for (const e of cat.entries) {
    // Bilateral treaties only: a multilateral one (the six-party statements) does not label the pair.
    const parties = e.kind === 'treaty' ? e.facts.parties ?? [] : [];
    if (parties.length === 2 && parties.includes(a) && parties.includes(b)) {
      out.push({ label: e.ja ?? e.en, from: e.facts.signed ?? e.facts.in_force ?? null, until: e.facts.expired ?? e.facts.suspended ?? null, source: e.id });
    }
  }
  const seen = new Set<string>();
  return out.filter((l) => !seen.has(`${l.label}|${l.from}`) && seen.add(`${l.label}|${l.from}`));
}

async function dyadCommand(ctx: Context): Promise<number> {
  const [ra, rb] = ctx.positionals;
  if (!ra || !rb) throw new UsageError('dyad needs two actors (codes or names)');
  const cat = ctx.catalogue();
  const a = actorCode(cat, ra);
  const b = actorCode(cat, rb);
  const events = await (await ctx.store()).events({ actors: [a, b] });
  const result = dyad(a, b, storedEvents(events), { from: str(ctx, 'from'), to: str(ctx, 'to') }, labelsBetween(cat, a, b));
  if (ctx.json) {
    ctx.out(JSON.stringify(result, null, 1));
    return 0;
  }
  ctx.out(`${a}–${b}: ${result.events.length} events`);
  for (const l of result.labels) ctx.out(`  ${l.label}${l.from ? ` (from ${l.from})` : ''}`);
  ctx.out('flows:');
  for (const f of result.flows) ctx.out(`  ${f.from} → ${f.to}  ${f.flow}: ${f.events.length} events`);
  const o = result.asymmetry.overall;
  ctx.out(`asymmetry of flows: ${o.ab} ${a}→${b} against ${o.ba} ${b}→${a}, ratio ${o.ratio ?? "—"}`);
  ctx.out('by month (quads 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict):');
  for (const m of result.months) ctx.out(`  ${m.month}  ${[1, 2, 3, 4].map((q) => m.quad[String(q) as '1']).join(' ')}  score ${m.score}`);
  return 0;
}

async function networkCommand(ctx: Context): Promise<number> {
  const type = str(ctx, 'type')?.toUpperCase();
  if (type && !(PLOVER_TYPES as readonly string[]).includes(type)) throw new UsageError(`--type takes a PLOVER type, not "${type}"`);
  const events = await (await ctx.store()).events({});
  const result = network(storedEvents(events), { from: str(ctx, 'from'), to: str(ctx, 'to'), ...(type ? { type: type as PloverType } : {}) });
  if (ctx.values.graphml === true) ctx.out(toGraphML(result));
  else if (ctx.values.gexf === true) ctx.out(toGEXF(result));
  else if (ctx.json) ctx.out(JSON.stringify(result, null, 1));
  else {
    for (const c of result.communities) ctx.out(`community ${c.id}: ${c.members.join(', ')}`);
    for (const n of result.nodes.slice(0, 20)) ctx.out(`  ${n.id}  community ${n.community}  centrality ${n.centrality}`);
    ctx.out(`${result.nodes.length} actors, ${result.edges.length} edges`);
  }
  return 0;
}

async function compareCommand(ctx: Context): Promise<number> {
  const cat = ctx.catalogue();
  const actors = list(ctx, 'actor').map((x) => actorCode(cat, x));
  if (!actors.length) throw new UsageError('compare needs --actor (one or two)');
  const store = await ctx.store();
  const events = await store.events({ actors });
  const claims = await store.claims({ topics: actors });
  const result = compare(actors, storedEvents(events), storedClaims(claims), { from: str(ctx, 'from'), to: str(ctx, 'to') });
  if (ctx.json) ctx.out(JSON.stringify(result, null, 1));
  else {
    ctx.out(`${actors.join('–')}: ${result.sources.length} sources, ${result.disagreements.length} disagreements`);
    for (const d of result.disagreements.slice(0, 20)) ctx.out(`  ${JSON.stringify(d).slice(0, 160)}`);
  }
  return 0;
}

export const analysisCommands = {
  dyad: { run: dyadCommand, usage: 'dyad A B [--from D] [--to D]   events, flows and asymmetry between two actors' },
  network: { run: networkCommand, usage: 'network [--from D] [--to D] [--type T] [--graphml|--gexf]   actors, ties, communities' },
  compare: { run: compareCommand, usage: 'compare --actor A [--actor B] [--from D] [--to D]   what each source reports and judges' },
};
