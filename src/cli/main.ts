// The tenbo command line: one command a job, each with --db and --json.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { makeContext, UsageError, type Context } from './context.js';
import { analysisCommands } from './commands/analysis.js';
import { claimsCommand, resolveCommand, scoresCommand } from './commands/claims.js';
import { demoCommand } from './commands/demo.js';
import { docsCommand, searchCommand, showCommand } from './commands/documents.js';
import { candidatesCommand, entitiesCommand, entityCommand } from './commands/entities.js';
import { eventsCommand, exportEventsCommand } from './commands/events.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const OPTIONS: Options = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  catalogue: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  // ingest / extract
  title: { type: 'string' },
  date: { type: 'string' },
  publisher: { type: 'string' },
  author: { type: 'string', multiple: true },
  lang: { type: 'string' },
  'max-size': { type: 'string' },
  // queries
  limit: { type: 'string' },
  kind: { type: 'string' },
  all: { type: 'boolean' },
  outline: { type: 'boolean' },
  actor: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  type: { type: 'string' },
  mode: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  source: { type: 'string' },
  // ledger
  outcome: { type: 'string' },
  note: { type: 'string' },
  evidence: { type: 'string' },
  by: { type: 'string' },
  // network exports
  graphml: { type: 'boolean' },
  gexf: { type: 'boolean' },
};

interface Command {
  run: (ctx: Context) => Promise<number>;
  usage: string;
}

const COMMANDS: Record<string, Command> = {
  demo: { run: demoCommand, usage: 'demo                          build a knowledge base from the bundled samples and show what it holds' },
  ingest: { run: ingestCommand, usage: 'ingest PATH... [--date D] [--title T] [--publisher P] [--author A]... [--lang ja|en] [--max-size 50MB]' },
  docs: { run: docsCommand, usage: 'docs                          list the documents' },
  show: { run: showCommand, usage: 'show DOC [--outline]          a document: its outline, then its text sentence by sentence' },
  search: { run: searchCommand, usage: 'search QUERY [--limit N]      ranked passages, Japanese and English' },
  extract: { run: extractCommand, usage: 'extract FILE [--date D] [--lang ja|en]   one file\'s annotations (no knowledge base)' },
  entities: { run: entitiesCommand, usage: 'entities [--kind K] [--all]   entities with their mention counts' },
  entity: { run: entityCommand, usage: 'entity NAME|ALIAS|CODE        an entity: names, codes, facts, relations, mentions' },
  candidates: { run: candidatesCommand, usage: 'candidates                    names the catalogue does not know yet' },
  events: { run: eventsCommand, usage: 'events [--actor C]... [--type T] [--mode M] [--from D] [--to D] [--source DOC]' },
  'export-events': { run: exportEventsCommand, usage: 'export-events [filters as events]   PLOVER JSON records, one a line' },
  claims: { run: claimsCommand, usage: 'claims [--kind K] [--topic C]... [--source DOC] [--author NAME] [--from D] [--to D]' },
  resolve: { run: resolveCommand, usage: 'resolve CLAIM --outcome yes|no|partial [--date D] [--note T] [--evidence URL]' },
  scores: { run: scoresCommand, usage: 'scores [--by source|author|topic]   Brier scores and calibration of resolved forecasts' },
  ...analysisCommands,
};

function help(): string {
  return ['usage: tenbo COMMAND [options]   (every command takes --db PATH and --json)', '',
    ...Object.values(COMMANDS).map((c) => `  tenbo ${c.usage}`), '',
    'The knowledge base is --db PATH, else $TENBO_DB, else ./tenbo.db.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`tenbo: ${(e as Error).message}\n${help()}\n`);
    return 2;
  }
  const [name, ...positionals] = parsed.positionals;
  if (!name || parsed.values.help) {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : parsed.values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`tenbo: unknown command "${name}"\n${help()}\n`);
    return 2;
  }
  const ctx = makeContext(parsed.values as Context['values'], positionals);
  try {
    return await command.run(ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tenbo ${name}: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`tenbo ${name}: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
}
