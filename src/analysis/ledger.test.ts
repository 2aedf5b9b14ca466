import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brierScore, latestOutcome, ledger } from './ledger.js';
import type { ForecastRecord } from './records.js';
import { claim } from './testing.js';

function fc(id: string, fields: Partial<ForecastRecord>): ForecastRecord {
  return { ...claim(id, {}), outcomes: [], ...fields };
}

const records: ForecastRecord[] = [
  // likely 0.675, yes (1): (0.675 − 1)² = 0.105625
  fc('f1', { probability: 'likely', document: 'd1', file: '1.txt', author: 'A', topics: ['USA', 'RUS'], outcomes: [{ outcome: 'yes', date: '2025-02' }] }),
  // unlikely 0.325, no (0): 0.325² = 0.105625
  fc('f2', { probability: 'unlikely', document: 'd1', file: '1.txt', author: 'A', topics: ['RUS'], outcomes: [{ outcome: 'no', date: '2025-02' }] }),
  // likely 0.675; yes in 2024-01, then no in 2025-03: the latest (no) counts -> 0.675² = 0.455625
  fc('f3', { probability: 'likely', document: 'd2', file: '2.txt', author: 'B', topics: ['CHN'], outcomes: [{ outcome: 'no', date: '2025-03' }, { outcome: 'yes', date: '2024-01' }] }),
  // almost_certain 0.97, partial (0.5): 0.47² = 0.2209
  fc('f4', { probability: 'almost_certain', document: 'd2', file: '2.txt', author: null, topics: ['USA'], outcomes: [{ outcome: 'partial', date: null }] }),
  fc('f5', { probability: 'possible', document: 'd2', file: '2.txt', topics: ['USA'], outcomes: [{ outcome: 'yes', date: '2025-01' }] }),
  fc('f6', { probability: 'likely', outcomes: [] }),
  fc('f7', { kind: 'recommendation', outcomes: [{ outcome: 'yes', date: null }] }),
  fc('f8', { probability: null, outcomes: [{ outcome: 'no', date: null }] }),
];

test('Brier score over the resolved forecasts', () => {
  const r = ledger(records);
  // (0.105625 + 0.105625 + 0.455625 + 0.2209) / 4 = 0.887775 / 4 = 0.22194375
  assert.deepEqual(r.overall, { n: 4, brier: 0.221944, forecasts: ['f1', 'f2', 'f3', 'f4'] });
  assert.deepEqual(r.forecasts.map((f) => [f.id, f.p, f.o, f.error]), [
    ['f1', 0.675, 1, 0.105625],
    ['f2', 0.325, 0, 0.105625],
    ['f3', 0.675, 0, 0.455625],
    ['f4', 0.97, 0.5, 0.2209],
  ]);
  assert.deepEqual(r.excluded, { unresolved: ['f6'], noProbability: ['f8'], notForecast: ['f7'] });
});

test('Brier by source, author and topic', () => {
  const r = ledger(records);
  const g = (by: string): Array<[string | null, number, number | null]> => r.groups.filter((x) => x.by === by).map((x) => [x.key, x.n, x.brier]);
  // d1: (0.105625 + 0.105625)/2 = 0.105625;  d2: (0.455625 + 0.2209)/2 = 0.3382625
  assert.deepEqual(g('source'), [['d1', 2, 0.105625], ['d2', 2, 0.338263]]);
  // A: f1, f2 -> 0.105625;  B: f3 -> 0.455625;  no author: f4 -> 0.2209 (listed last)
  assert.deepEqual(g('author'), [['A', 2, 0.105625], ['B', 1, 0.455625], [null, 1, 0.2209]]);
  // CHN: f3 0.455625;  RUS: f1, f2 0.105625;  USA: f1, f4 (0.105625 + 0.2209)/2 = 0.1632625
  assert.deepEqual(g('topic'), [['CHN', 1, 0.455625], ['RUS', 2, 0.105625], ['USA', 2, 0.163263]]);
  assert.equal(r.groups.find((x) => x.by === 'source' && x.key === 'd1')?.file, '1.txt');
  assert.deepEqual(ledger(records, { groupBy: 'author' }).groups.map((x) => x.by), ['author', 'author', 'author']);
});

test('calibration per term and `possible` apart', () => {
  const r = ledger(records);
  const row = (t: string) => r.calibration.find((c) => c.term === t);
  // likely: f1 yes, f3 no -> observed (1 + 0)/2 = 0.5; gap 0.5 − 0.675 = −0.175
  assert.deepEqual(row('likely'), { term: 'likely', p: 0.675, n: 2, yes: 1, partial: 0, no: 1, observed: 0.5, gap: -0.175, forecasts: ['f1', 'f3'] });
  // almost_certain: one partial -> observed 0.5; gap 0.5 − 0.97 = −0.47
  assert.equal(row('almost_certain')?.observed, 0.5);
  assert.equal(row('almost_certain')?.gap, -0.47);
  assert.deepEqual(row('very_likely'), { term: 'very_likely', p: 0.875, n: 0, yes: 0, partial: 0, no: 0, observed: null, gap: null, forecasts: [] });
  assert.equal(row('possible'), undefined);
  assert.equal(r.calibration.length, 7);
  assert.deepEqual(r.possible, { n: 1, yes: 1, partial: 0, no: 0, observed: 1, forecasts: ['f5'] });
});

test('latest outcome and the Brier formula on edge cases', () => {
  assert.equal(latestOutcome([]), null);
  assert.equal(latestOutcome([{ outcome: 'yes', date: null }, { outcome: 'no', date: null }])?.outcome, 'no');
  assert.equal(latestOutcome([{ outcome: 'yes', date: '2025' }, { outcome: 'no', date: '2025-06' }])?.outcome, 'yes'); // 2025 runs to 12-31
  assert.equal(brierScore([]), null);
  // perfect and worst forecasts: (1 − 1)² = 0, (0 − 1)² = 1 -> mean 0.5
  assert.equal(brierScore([{ p: 1, o: 1 }, { p: 0, o: 1 }]), 0.5);
  assert.deepEqual(ledger([]).overall, { n: 0, brier: null, forecasts: [] });
});
