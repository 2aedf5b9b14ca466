import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from './compare.js';
import { claim, ev } from './testing.js';

const A = { document: 'docA', file: 'A.txt' };
const B = { document: 'docB', file: 'B.txt' };
const C = { document: 'docC', file: 'C.txt' };

const events = [
  ev(1, { ...A, type: 'COOPERATE', source: ['RUS', 'PRK'], target: [], date: '2024-06' }),
  ev(2, { ...A, type: 'AID', flow: 'munitions', source: ['PRK'], target: ['RUS'], date: '2023-08' }),
  ev(3, { ...B, type: 'AGREE', source: ['RUS', 'PRK'], target: [], date: '2024-06-19' }),
  ev(4, { ...B, type: 'THREATEN', source: ['RUS'], target: ['PRK'], date: '2024-06' }),
  ev(5, { ...C, type: 'AID', flow: 'munitions', source: ['PRK'], target: ['RUS'], date: '2023-08-20' }),
  ev(6, { ...C, type: 'SANCTION', source: ['USA'], target: ['PRK'], date: '2024-06' }), // RUS absent
];

const claims = [
  claim('c1', { ...A, probability: 'likely', topics: ['RUS', 'PRK'], date: '2024-12' }),
  claim('c2', { ...B, probability: 'unlikely', topics: ['PRK', 'RUS'], date: '2025-01' }),
  claim('c3', { ...A, probability: 'very_likely', topics: ['RUS', 'PRK', 'CHN'], date: '2024-12' }),
  claim('c4', { ...C, probability: 'likely', topics: ['CHN', 'PRK', 'RUS'], date: '2025-03' }),
  claim('c5', { ...C, kind: 'recommendation', topics: ['RUS', 'PRK'], date: '2025-03' }),
  claim('c6', { ...B, probability: 'likely', topics: ['USA'], date: '2025-01' }), // not about them
];

test('compare: disagreements first, in order event sign, claim polarity, claim probability', () => {
  const r = compare(['RUS', 'PRK'], events, claims);
  assert.deepEqual(Object.keys(r).slice(0, 3), ['actors', 'period', 'disagreements']);
  assert.deepEqual(r.disagreements.map((d) => `${d.kind} ${d.key}`), [
    // PRK,RUS in 2024-06: A types it cooperation (1), B both cooperation (3) and conflict (4) -> A coop vs B conflict
    'event-sign PRK,RUS|2024-06',
    // likely (0.675 > 0.5) in A against unlikely (0.325 < 0.5) in B
    'claim-polarity PRK,RUS',
    // very_likely (A) against likely (C): both above 0.5, different terms
    'claim-probability CHN,PRK,RUS',
  ]);
  const sign = r.disagreements[0];
  assert.equal(sign.kind, 'event-sign');
  if (sign.kind === 'event-sign') {
    assert.deepEqual(sign.sides.map((s) => [s.document, s.signs]), [['docA', ['cooperation']], ['docB', ['conflict', 'cooperation']]]);
    assert.deepEqual(sign.sides[1].items.map((e) => [e.id, e.text, e.document, e.file]), [
      [3, 'sentence of event 3', 'docB', 'B.txt'],
      [4, 'sentence of event 4', 'docB', 'B.txt'],
    ]);
  }
  const pol = r.disagreements[1];
  if (pol.kind !== 'event-sign') {
    assert.deepEqual(pol.sides.map((s) => [s.document, s.probabilities, s.items.map((c) => c.p)]), [
      ['docA', ['likely'], [0.675]],
      ['docB', ['unlikely'], [0.325]],
    ]);
  }
});

test('compare: events aligned by type + participants + month, shared ones first', () => {
  const r = compare(['RUS', 'PRK'], events, claims);
  // AID|PRK,RUS|2023-08 is reported by A (2) and C (5)
  assert.equal(r.events[0].key, 'AID|PRK,RUS|2023-08');
  assert.deepEqual(r.events[0].documents, ['docA', 'docC']);
  assert.deepEqual(r.events[0].items.map((e) => e.id), [2, 5]);
  assert.deepEqual(r.events.map((a) => a.key).slice(1), ['AGREE|PRK,RUS|2024-06', 'COOPERATE|PRK,RUS|2024-06', 'THREATEN|PRK,RUS|2024-06']);
  assert.ok(r.events.flatMap((a) => a.items).every((e) => e.id !== 6));
});

test('compare: per source, what it reports and judges, with passages', () => {
  const r = compare(['RUS', 'PRK'], events, claims);
  assert.deepEqual(r.sources.map((s) => [s.document, s.file, s.reports.map((e) => e.id), s.judges.map((c) => c.id)]), [
    ['docA', 'A.txt', [1, 2], ['c1', 'c3']],
    ['docB', 'B.txt', [3, 4], ['c2']],
    ['docC', 'C.txt', [5], ['c4', 'c5']],
  ]);
  for (const s of r.sources) for (const x of [...s.reports, ...s.judges]) assert.ok(x.text && x.document && x.file);
  assert.deepEqual(r.claims.map((c) => [c.key, c.documents]), [
    ['PRK,RUS', ['docA', 'docB', 'docC']],
    ['CHN,PRK,RUS', ['docA', 'docC']],
  ]);
});

test('compare: one source alone does not disagree with itself; periods filter', () => {
  const one = compare(['RUS', 'PRK'], events.filter((e) => e.document === 'docB'), claims.filter((c) => c.document === 'docB'));
  assert.deepEqual(one.disagreements, []);
  const p = compare(['RUS', 'PRK'], events, claims, { from: '2023', to: '2023-12' });
  assert.deepEqual(p.events.map((a) => a.key), ['AID|PRK,RUS|2023-08']);
  assert.deepEqual(p.claims, []); // every claim is dated 2024-12 or later
  assert.deepEqual(p.disagreements, []);
});
