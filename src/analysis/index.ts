// The analysis stage: pure functions over stored events and claims.
export * from './records.js';
export { ploverWeights, parsePloverWeights, quadOf, weightOf, isCooperation, SYMMETRIC_TYPES, QUADS } from './quad.js';
export type { Quad, QuadKey, PloverWeight, PloverWeights } from './quad.js';
export { probabilityScale, parseProbabilityScale, probabilityOf, PROBABILITY_TERMS } from './scale.js';
export type { ProbabilityScale, ScaleEntry } from './scale.js';
export * from './dyad.js';
export * from './network.js';
export * from './export-graph.js';
export * from './compare.js';
export * from './ledger.js';
