// A claim's stable id: the same when its document is re-ingested unchanged or with edits elsewhere,
// because it is keyed on the document's key (its file base name), the claim's own sentence text with
// all white space removed (so re-wrapped lines and spacing changes do not matter) and the claim's kind.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

const SPACE = /[\s\u3000]+/g;

/** The document key a claim id is built from: the base name of its file (a path may be given). */
export function documentKey(pathOrName: string): string {
  return basename(pathOrName);
}

/** A short stable id: the first 12 hex digits of sha1(document key, sentence text without spaces, kind). */
export function claimId(documentKey: string, sentenceText: string, kind: string): string {
  const text = sentenceText.normalize('NFKC').replace(SPACE, '');
  return createHash('sha1').update(`${basename(documentKey)}\u0000${text}\u0000${kind}`).digest('hex').slice(0, 12);
}
