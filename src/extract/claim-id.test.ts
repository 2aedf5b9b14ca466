import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimId, documentKey } from './claim-id.js';

const DOC = '001_cca122dbbd997d32.txt';
const S = '現状ではコンセンサスでの最終文書が採択される可能性は低い。';

test('a claim id is 12 hex digits and stable across calls', () => {
  const id = claimId(DOC, S, 'forecast');
  assert.match(id, /^[0-9a-f]{12}$/);
  assert.equal(claimId(DOC, S, 'forecast'), id);
});

test('re-wrapped or re-spaced sentence text keeps the id', () => {
  const id = claimId(DOC, S, 'forecast');
  assert.equal(claimId(DOC, '現状ではコンセンサスでの最終文書が\n採択される可能性は 低い。', 'forecast'), id);
  assert.equal(claimId(DOC, `  ${S}\u3000`, 'forecast'), id);
});

test('the document key is the file base name: a different directory keeps the id', () => {
  assert.equal(claimId(`/data/corpus/${DOC}`, S, 'forecast'), claimId(DOC, S, 'forecast'));
  assert.equal(documentKey(`/data/corpus/${DOC}`), DOC);
});

test('another document, another sentence or another kind gives another id', () => {
  const id = claimId(DOC, S, 'forecast');
  assert.notEqual(claimId('003_e33c5dcaacf570d7.txt', S, 'forecast'), id);
  assert.notEqual(claimId(DOC, '現状では最終文書が採択される可能性は低い。', 'forecast'), id);
  assert.notEqual(claimId(DOC, S, 'recommendation'), id);
});

test('an unrelated edit elsewhere in the document does not touch the id', () => {
  // The id depends on the claim's own sentence only, not on its offset or its neighbours.
  const before = ['前置き。', S].join('');
  const after = ['前置きを書き換えた段落。さらに一文。', S].join('');
  const sentenceOf = (text: string): string => text.slice(text.indexOf(S));
  assert.equal(claimId(DOC, sentenceOf(after), 'forecast'), claimId(DOC, sentenceOf(before), 'forecast'));
});
