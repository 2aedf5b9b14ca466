import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyad } from './dyad.js';
import { ev } from './testing.js';

// Weights (data/analysis/plover-weights.json): AID +7, COOPERATE +6, AGREE +4, CONSULT +1, REJECT −4.
const events = [
  ev(1, { type: 'AID', flow: 'munitions', source: ['PRK'], target: ['RUS'], date: '2023-08', quantities: [{ value: 1000000, unit: '発', approx: 'at_least' }] }),
  ev(2, { type: 'AID', flow: 'munitions', source: ['PRK'], target: ['RUS'], date: '2023-11-02', quantities: [{ value: 3000000, unit: '発' }], document: 'doc2', file: '002_test.txt' }),
  ev(3, { type: 'AID', flow: 'troops', source: ['PRK'], target: ['RUS'], date: '2024-10', quantities: [{ value: 10000, unit: '人', approx: 'about' }] }),
  ev(4, { type: 'AID', flow: 'technology', source: ['RUS'], target: ['PRK'], date: '2024' }),
  ev(5, { type: 'CONSULT', mode: 'visit', source: ['PRK'], target: ['RUS'], date: '2023-09-13' }),
  ev(6, { type: 'AGREE', source: ['RUS', 'PRK'], target: [], date: '2024-06-19' }),
  ev(7, { type: 'COOPERATE', source: ['RUS', 'PRK'], target: [], date: '2024-10' }),
  ev(8, { type: 'SANCTION', source: ['USA'], target: ['PRK'], date: '2024-03' }), // not between them
  ev(9, { type: 'REJECT', source: ['PRK'], target: ['RUS'], date: '2023-08' }),
  ev(10, { type: 'AID', flow: 'energy', source: ['RUS'], target: ['PRK'], date: null }),
  ev(11, { type: 'CONSULT', source: ['CHN'], target: ['RUS'], date: '2023-08' }), // not between them
  ev(12, { type: 'AGREE', source: ['RUS'], target: [], date: '2024-06' }), // PRK absent
  ev(13, { type: 'SANCTION', source: ['RUS', 'PRK'], target: ['UKR'], date: '2024-01' }), // co-actors, not a dyad event
];

test('dyad events: directed pairs and symmetric participants only', () => {
  const r = dyad('PRK', 'RUS', events);
  assert.deepEqual(r.actors, ['PRK', 'RUS']);
  // Sorted by date, undated last: 1 & 9 (2023-08), 5, 2, 4 (2024), 6, 3 & 7 (2024-10), 10.
  assert.deepEqual(r.events.map((e) => e.id), [1, 9, 5, 2, 4, 6, 3, 7, 10]);
  const dir = Object.fromEntries(r.events.map((e) => [e.id, e.direction]));
  assert.equal(dir[1], 'ab'); // PRK -> RUS
  assert.equal(dir[4], 'ba'); // RUS -> PRK
  assert.equal(dir[5], 'ab'); // the visitor is source
  assert.equal(dir[6], 'joint');
});

test('dyad months: quad counts and score per month; year-only dates in a YYYY bucket', () => {
  const r = dyad('PRK', 'RUS', events);
  const m = Object.fromEntries(r.months.map((b) => [b.month, b]));
  assert.deepEqual(r.months.map((b) => b.month), ['2023-08', '2023-09', '2023-11', '2024', '2024-06', '2024-10']);
  // 2023-08: AID (q2, +7) + REJECT (q3, −4) = 3
  assert.deepEqual(m['2023-08'].quad, { '1': 0, '2': 1, '3': 1, '4': 0 });
  assert.equal(m['2023-08'].score, 3);
  assert.deepEqual(m['2023-08'].quadEvents, { '1': [], '2': [1], '3': [9], '4': [] });
  // 2023-09: CONSULT +1
  assert.equal(m['2023-09'].score, 1);
  assert.deepEqual(m['2023-09'].quad, { '1': 1, '2': 0, '3': 0, '4': 0 });
  // 2024 (year precision): AID +7, not spread over months
  assert.equal(m['2024'].precision, 'year');
  assert.equal(m['2024'].score, 7);
  assert.deepEqual(m['2024'].events, [4]);
  // 2024-10: AID +7 + COOPERATE +6 = 13, both quad 2
  assert.equal(m['2024-10'].score, 13);
  assert.deepEqual(m['2024-10'].quad, { '1': 0, '2': 2, '3': 0, '4': 0 });
  assert.deepEqual(m['2024-10'].quadEvents['2'], [3, 7]);
  // the undated AID (+7) is kept apart
  assert.deepEqual(r.undated.events, [10]);
  assert.equal(r.undated.score, 7);
});

test('dyad years: per-year quad counts and types', () => {
  const r = dyad('PRK', 'RUS', events);
  assert.deepEqual(r.years.map((y) => y.year), ['2023', '2024']);
  // 2023: events 1, 9, 5, 2 -> q1 1 (5), q2 2 (1, 2), q3 1 (9); score 7 − 4 + 1 + 7 = 11
  assert.deepEqual(r.years[0].quad, { '1': 1, '2': 2, '3': 1, '4': 0 });
  assert.equal(r.years[0].score, 11);
  // 2024: events 4, 6, 3, 7 -> q1 1 (6), q2 3 (4, 3, 7); score 7 + 4 + 7 + 6 = 24
  assert.deepEqual(r.years[1].quad, { '1': 1, '2': 3, '3': 0, '4': 0 });
  assert.equal(r.years[1].score, 24);
  assert.deepEqual(r.years[1].types.AID, { n: 2, events: [4, 3] });
});

test('dyad flows: per direction and kind, quantities summed per unit, with passages', () => {
  const r = dyad('PRK', 'RUS', events);
  assert.deepEqual(
    r.flows.map((f) => `${f.from}>${f.to}:${f.flow}:${f.n}`),
    // a->b first (most events first), then b->a (alphabetical among equals)
    ['PRK>RUS:munitions:2', 'PRK>RUS:troops:1', 'RUS>PRK:energy:1', 'RUS>PRK:technology:1'],
  );
  const mun = r.flows[0];
  // 1,000,000 (以上) + 3,000,000 = 4,000,000 発; largest single figure 3,000,000
  assert.deepEqual(mun.quantities, [{ unit: '発', sum: 4000000, max: 3000000, n: 2, approx: ['at_least'], events: [1, 2] }]);
  assert.deepEqual(mun.events.map((e) => [e.id, e.document, e.file, e.text]), [
    [1, 'doc1', '001_test.txt', 'sentence of event 1'],
    [2, 'doc2', '002_test.txt', 'sentence of event 2'],
  ]);
  assert.deepEqual(r.flows[1].quantities, [{ unit: '人', sum: 10000, max: 10000, n: 1, approx: ['about'], events: [3] }]);
});

test('dyad asymmetry: flow ratio overall and per kind, one-way kinds, material-cooperation share', () => {
  const r = dyad('PRK', 'RUS', events);
  const a = r.asymmetry;
  // flow events PRK->RUS: 1, 2, 3 (3); RUS->PRK: 4, 10 (2); ratio (3 − 2) / (3 + 2) = 0.2
  assert.deepEqual(a.overall, { ab: 3, ba: 2, ratio: 0.2, events: { ab: [1, 2, 3], ba: [4, 10] } });
  const by = Object.fromEntries(a.byFlow.map((f) => [f.flow, f.ratio]));
  // munitions 2/0 -> (2 − 0)/2 = 1; troops 1; technology (0 − 1)/1 = −1; energy −1
  assert.deepEqual(by, { energy: -1, munitions: 1, technology: -1, troops: 1 });
  assert.deepEqual(a.oneWay.map((o) => `${o.from}>${o.to}:${o.flow}`).sort(), [
    'PRK>RUS:munitions', 'PRK>RUS:troops', 'RUS>PRK:energy', 'RUS>PRK:technology',
  ]);
  // directed quad-2 events: PRK->RUS 1, 2, 3; RUS->PRK 4, 10; the joint COOPERATE 7 has no initiator.
  // share = 3 / (3 + 2) = 0.6
  assert.equal(a.materialCooperation.share, 0.6);
  assert.deepEqual(a.materialCooperation.events, { ab: [1, 2, 3], ba: [4, 10] });
  // span: earliest start (2023-08) and latest end: "2024" runs to 2024-12-31, after 2024-10
  assert.deepEqual(a.span, { from: '2023-08', to: '2024' });
});

test('dyad period filter: year-precision events overlap, undated ones drop out; labels overlap the period', () => {
  const labels = [
    { label: '包括的戦略的パートナーシップ条約', from: '2024-06-19', until: null, source: 'treaty:rus-prk-2024' },
    { label: 'an old label', from: '2000', until: '2010', source: 'catalogue' },
  ];
  const r = dyad('PRK', 'RUS', events, { from: '2024', to: '2024-06' }, labels);
  assert.deepEqual(r.events.map((e) => e.id), [4, 6]);
  assert.deepEqual(r.months.map((b) => b.month), ['2024', '2024-06']);
  assert.deepEqual(r.undated.events, []);
  assert.deepEqual(r.labels.map((l) => l.label), ['包括的戦略的パートナーシップ条約']);
  assert.deepEqual(r.agreements.map((e) => e.id), [6]);
  assert.deepEqual(r.asymmetry.period, { from: '2024', to: '2024-06' });
  // only RUS->PRK technology in the period: ratio (0 − 1)/1 = −1
  assert.equal(r.asymmetry.overall.ratio, -1);
});

test('dyad with nothing between them has null ratios', () => {
  const r = dyad('JPN', 'KOR', events);
  assert.equal(r.events.length, 0);
  assert.equal(r.asymmetry.overall.ratio, null);
  assert.equal(r.asymmetry.materialCooperation.share, null);
});

test('CHN–RUS joint exercises by year', () => {
  const ex = [
    ev(1, { type: 'COOPERATE', context: 'military', source: ['CHN', 'RUS'], target: [], date: '2021-10' }),
    ev(2, { type: 'COOPERATE', context: 'military', source: ['CHN', 'RUS'], target: [], date: '2022-05' }),
    ev(3, { type: 'COOPERATE', context: 'military', source: ['RUS', 'CHN'], target: [], date: '2022' }),
    ev(4, { type: 'CONSULT', source: ['CHN'], target: ['RUS'], date: '2022-09' }),
  ];
  const r = dyad('CHN', 'RUS', ex);
  // 2021: one COOPERATE (q2). 2022: two COOPERATE (q2) + one CONSULT (q1); score 6 + 6 + 1 = 13
  assert.deepEqual(r.years.map((y) => [y.year, y.quad['2'], y.types.COOPERATE?.n ?? 0]), [['2021', 1, 1], ['2022', 2, 2]]);
  assert.equal(r.years[1].score, 13);
  assert.deepEqual(r.years[1].types.COOPERATE?.events, [3, 2]);
  assert.deepEqual(r.years[1].contexts, { military: { n: 2, events: [3, 2] } });
});

test('dyad refuses one actor twice', () => {
  assert.throws(() => dyad('RUS', 'RUS', events));
});
