// --actor values: an actor code or any name of an entity, resolved to the code it acts under.
import type { Catalogue } from '../../lexicon/catalogue.js';
import { UsageError } from '../context.js';

export function actorCode(cat: Catalogue, ref: string): string {
  if (/^[A-Z][A-Z0-9]*$/.test(ref) && (cat.byCode(ref) || ref.length <= 12)) return ref;
  const e = cat.lookup(ref);
  if (!e) throw new UsageError(`no actor "${ref}": give an actor code (RUS, PRK) or a name the catalogue knows`);
  if (e.codes.length) return e.codes[0];
  if (e.facts.state) return e.facts.state;
  throw new UsageError(`"${ref}" (${e.en}) is a ${e.kind} with no actor code`);
}
