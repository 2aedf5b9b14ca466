import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventPairs, network } from './network.js';
import { ev } from './testing.js';

// Two blocs: CHN–RUS–PRK and USA–JPN–KOR cooperating inside, in conflict across, one weak
// cooperation tie across (13: a CHN–USA meeting).
const blocs = [
  ev(1, { type: 'COOPERATE', source: ['CHN', 'RUS'], target: [], date: '2023-07' }),
  ev(2, { type: 'COOPERATE', source: ['CHN', 'RUS'], target: [], date: '2024-07' }),
  ev(3, { type: 'AID', flow: 'munitions', source: ['PRK'], target: ['RUS'], date: '2023-08' }),
  ev(4, { type: 'CONSULT', source: ['CHN'], target: ['PRK'], date: '2023-04' }),
  ev(5, { type: 'AGREE', source: ['RUS', 'PRK'], target: [], date: '2024-06-19' }),
  ev(6, { type: 'COOPERATE', source: ['USA', 'JPN', 'KOR'], target: [], date: '2023-08' }),
  ev(7, { type: 'CONSULT', source: ['JPN'], target: ['USA'], date: '2023-01' }),
  ev(8, { type: 'AID', source: ['USA'], target: ['KOR'], date: '2024-02' }),
  ev(9, { type: 'SANCTION', source: ['USA'], target: ['RUS'], date: '2023-02' }),
  ev(10, { type: 'ACCUSE', source: ['JPN'], target: ['CHN'], date: '2023-05' }),
  ev(11, { type: 'THREATEN', source: ['PRK'], target: ['USA'], date: '2024-01' }),
  ev(12, { type: 'ACCUSE', source: ['CHN'], target: ['USA'], date: '2024-03' }),
  ev(13, { type: 'CONSULT', source: ['CHN'], target: ['USA'], date: '2024-11' }),
];

test('eventPairs: all participant pairs for symmetric types, source × target otherwise', () => {
  assert.deepEqual(eventPairs(blocs[5]), [['JPN', 'USA'], ['KOR', 'USA'], ['JPN', 'KOR']]);
  assert.deepEqual(eventPairs(ev(99, { type: 'SANCTION', source: ['USA', 'JPN'], target: ['PRK'] })), [['PRK', 'USA'], ['JPN', 'PRK']]);
  assert.deepEqual(eventPairs(ev(98, { type: 'MOBILIZE', source: ['PRK'], target: [] })), []);
});

test('network edges: event counts per pair, cooperation and conflict apart', () => {
  const r = network(blocs);
  const edges = r.edges.map((e) => `${e.source}-${e.target}:${e.kind}:${e.weight}`);
  assert.deepEqual(edges, [
    'CHN-JPN:conflict:1', // 10
    'CHN-PRK:cooperation:1', // 4
    'CHN-RUS:cooperation:2', // 1, 2
    'CHN-USA:conflict:1', // 12
    'CHN-USA:cooperation:1', // 13
    'JPN-KOR:cooperation:1', // 6
    'JPN-USA:cooperation:2', // 6, 7
    'KOR-USA:cooperation:2', // 6, 8
    'PRK-RUS:cooperation:2', // 3, 5
    'PRK-USA:conflict:1', // 11
    'RUS-USA:conflict:1', // 9
  ]);
  assert.deepEqual(r.edges.find((e) => e.source === 'KOR' && e.target === 'USA')?.events, [6, 8]);
});

test('network communities: two blocs from Louvain on the cooperation graph, deterministic', () => {
  const r = network(blocs);
  const byId = Object.fromEntries(r.nodes.map((n) => [n.id, n.community]));
  assert.equal(byId.CHN, byId.RUS);
  assert.equal(byId.CHN, byId.PRK);
  assert.equal(byId.USA, byId.JPN);
  assert.equal(byId.USA, byId.KOR);
  assert.notEqual(byId.CHN, byId.USA);
  // equal sizes: the community whose first member sorts first (CHN < JPN) is 0
  assert.deepEqual(r.communities, [{ id: 0, members: ['CHN', 'PRK', 'RUS'] }, { id: 1, members: ['JPN', 'KOR', 'USA'] }]);
  assert.ok(r.modularity !== null && r.modularity > 0.3);
  for (let seed = 1; seed <= 5; seed++) assert.deepEqual(network(blocs, { seed }).communities, r.communities);
  assert.deepEqual(network(blocs), r);
});

test('network centrality: share of all edge weight, s(v) / Σ s(u)', () => {
  const r = network(blocs);
  // Total edge weight 11 cooperation + 4 conflict = 15, so Σ s(u) = 30.
  // CHN: coop 1 + 2 + 1, conflict 1 + 1 -> 6/30 = 0.2       USA: coop 1 + 2 + 2, conflict 1 + 1 + 1 -> 8/30
  // RUS: 2 + 2 + 1 -> 5/30     PRK: 1 + 2 + 1 -> 4/30     JPN: 1 + 2 + 1 -> 4/30     KOR: 1 + 2 -> 3/30 = 0.1
  const c = Object.fromEntries(r.nodes.map((n) => [n.id, n.centrality]));
  assert.deepEqual(c, { CHN: 0.2, JPN: 0.133333, KOR: 0.1, PRK: 0.133333, RUS: 0.166667, USA: 0.266667 });
  const chn = r.nodes.find((n) => n.id === 'CHN');
  assert.deepEqual(chn?.strength, { cooperation: 4, conflict: 2 });
  assert.deepEqual(chn?.codes, ['CHN']);
  assert.deepEqual(chn?.events, [1, 2, 4, 10, 12, 13]);
});

test('network betweenness: the middle of a path lies on the only shortest path', () => {
  // A–B–C: the pair (A, C) passes through B; normalised by (n − 1)(n − 2)/2 = 1 -> B = 1, A = C = 0
  const path = [
    ev(1, { type: 'CONSULT', source: ['AAA'], target: ['BBB'] }),
    ev(2, { type: 'CONSULT', source: ['BBB'], target: ['CCC'] }),
  ];
  const b = Object.fromEntries(network(path).nodes.map((n) => [n.id, n.betweenness]));
  assert.deepEqual(b, { AAA: 0, BBB: 1, CCC: 0 });
});

test('network periods: per-year snapshots and pairs that moved closer or apart', () => {
  const r = network(blocs, { from: '2023', to: '2024' });
  assert.deepEqual(r.periods.map((p) => p.period), ['2023', '2024']);
  assert.deepEqual(r.periods[0].events, [1, 3, 4, 6, 7, 9, 10]);
  assert.deepEqual(r.periods[0].closer, []);
  // Net tie = cooperation − conflict.
  // 2023: CHN-RUS +1, PRK-RUS +1, CHN-PRK +1, JPN-KOR +1, JPN-USA +2, KOR-USA +1, RUS-USA −1, CHN-JPN −1
  // 2024: CHN-RUS +1, PRK-RUS +1, KOR-USA +1, PRK-USA −1, CHN-USA 1 − 1 = 0
  // delta: CHN-JPN +1, RUS-USA +1 (conflict gone); JPN-USA −2; CHN-PRK, JPN-KOR, PRK-USA −1; others 0
  const y = r.periods[1];
  assert.deepEqual(y.closer.map((c) => `${c.source}-${c.target}:${c.delta}`), ['CHN-JPN:1', 'RUS-USA:1']);
  assert.deepEqual(y.apart.map((c) => `${c.source}-${c.target}:${c.delta}`), ['JPN-USA:-2', 'CHN-PRK:-1', 'JPN-KOR:-1', 'PRK-USA:-1']);
  assert.deepEqual(y.apart[0], { source: 'JPN', target: 'USA', before: 2, after: 0, delta: -2, events: { before: [6, 7], after: [] } });
  // 2024 centrality: edges CHN-RUS 1, PRK-RUS 1, KOR-USA 1, PRK-USA 1, CHN-USA 1 + 1 -> Σ s = 12; USA 1 + 1 + 2 = 4 -> 1/3
  assert.equal(y.nodes.find((n) => n.id === 'USA')?.centrality, 0.333333);
});

test('network filters: period and type', () => {
  const only = network(blocs, { type: 'COOPERATE' });
  assert.deepEqual(only.nodes.map((n) => n.id), ['CHN', 'JPN', 'KOR', 'RUS', 'USA']);
  assert.ok(only.edges.every((e) => e.kind === 'cooperation'));
  const y24 = network(blocs, { from: '2024-01', to: '2024-06' });
  assert.deepEqual(y24.periods, []);
  // 5, 8, 11, 12 fall in the period
  assert.deepEqual([...new Set(y24.edges.flatMap((e) => e.events))].sort((a, b) => a - b), [5, 8, 11, 12]);
});

test('network of no events is empty, not an error', () => {
  const r = network([], { from: '2023', to: '2024' });
  assert.deepEqual([r.nodes, r.edges, r.communities, r.modularity], [[], [], [], null]);
  assert.deepEqual(r.periods.map((p) => [p.period, p.nodes.length, p.closer.length]), [['2023', 0, 0], ['2024', 0, 0]]);
  // a lone actor with no tie: its own community, centrality 0
  const lone = network([ev(1, { type: 'MOBILIZE', mode: 'weapons', source: ['PRK'], target: [] })]);
  assert.deepEqual(lone.nodes.map((n) => [n.id, n.community, n.centrality, n.betweenness]), [['PRK', 0, 0, 0]]);
});
