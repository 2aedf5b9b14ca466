// tenbo extract FILE --json: one document's annotations, without a knowledge base.
import { extractOutput } from '../../extract/output.js';
import { IngestError } from '../../ingest/errors.js';
import { analyseFile } from '../../pipeline.js';
import { UsageError, type Context } from '../context.js';
import { maxBytesOf, overridesOf } from './ingest.js';

export async function extractCommand(ctx: Context): Promise<number> {
  const file = ctx.positionals[0];
  if (!file) throw new UsageError('extract needs a file');
  try {
    const { annotations } = await analyseFile(file, ctx.catalogue(), { overrides: overridesOf(ctx), maxBytes: maxBytesOf(ctx) });
    const out = extractOutput(annotations);
    if (ctx.json) ctx.out(JSON.stringify(out));
    else {
      const a = annotations;
      ctx.out(`${file}: ${a.doc.sentences.length} sentences, ${a.mentions.length} mentions, ${a.timexes.length} time expressions, ` +
        `${a.quantities.length} quantities, ${a.events.length} events, ${a.claims.length} claims (--json for all of it)`);
    }
    return 0;
  } catch (e) {
    if (e instanceof IngestError) {
      ctx.err(`error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
