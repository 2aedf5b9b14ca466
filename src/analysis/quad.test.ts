import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLOVER_TYPES } from '../types.js';
import { parsePloverWeights, ploverWeights, quadOf } from './quad.js';
import { probabilityScale, PROBABILITY_TERMS } from './scale.js';

test('every PLOVER type has the quad class of guidelines section 4 and a weight of the right sign', () => {
  const expected: Record<string, number> = {
    AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
    REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, SANCTION: 4, PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
  };
  const w = ploverWeights();
  for (const t of PLOVER_TYPES) {
    assert.equal(quadOf(t), expected[t], t);
    assert.ok(w[t].quad <= 2 ? w[t].weight > 0 : w[t].weight < 0, `${t} sign`);
  }
});

test('the weights loader rejects a conflict type with a positive weight', () => {
  const types: Record<string, { quad: number; weight: number }> = {};
  for (const t of PLOVER_TYPES) types[t] = { quad: 1, weight: 1 };
  types.ASSAULT = { quad: 4, weight: 3 };
  assert.throws(() => parsePloverWeights({ types }), /wrong sign/);
});

test('probability midpoints are the middle of each range; possible has none', () => {
  const s = probabilityScale();
  const want: Record<string, number | null> = {
    almost_no_chance: 0.03, very_unlikely: 0.125, unlikely: 0.325, possible: null,
    roughly_even: 0.5, likely: 0.675, very_likely: 0.875, almost_certain: 0.97,
  };
  for (const t of PROBABILITY_TERMS) {
    assert.equal(s[t].p, want[t], t);
    const r = s[t].range;
    if (r) assert.ok(Math.abs((r[0] + r[1]) / 2 - (s[t].p as number)) < 1e-9, t);
  }
});
