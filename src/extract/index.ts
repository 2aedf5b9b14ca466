// The extractor: each layer adds its annotations to the document in turn (spaCy's pipeline shape).
// Mentions come first (a dictionary scan), then time expressions and quantities, then the layers
// that need them: events and claims. Deeper analysis runs only on sentences that a trigger or cue selects.
import { findCandidates } from '../lexicon/candidates.js';
import type { Catalogue } from '../lexicon/catalogue.js';
import { findMentions } from '../lexicon/mentions.js';
import type { Annotations, DocumentMeta, TextDoc } from '../types.js';
import { extractClaims } from './claims.js';
import { extractEvents } from './events.js';
import { extractQuantities } from './quantity.js';
import { extractTimexes } from './timex.js';

export function extractAll(doc: TextDoc, meta: DocumentMeta, catalogue: Catalogue): Annotations {
  const mentions = findMentions(doc, catalogue);
  const timexes = extractTimexes(doc, meta.date);
  const quantities = extractQuantities(doc);
  const events = extractEvents(doc, { mentions, timexes, quantities }, catalogue, { documentDate: meta.date });
  const claims = extractClaims(doc, { mentions, timexes }, { language: meta.language, documentDate: meta.date });
  const candidates = findCandidates(doc, mentions);
  return { document: meta, doc, mentions, timexes, quantities, events, claims, candidates };
}
