// The graph library, typed. graphology ships ESM; its louvain and metrics packages are CommonJS whose
// declaration files say `export default`, which NodeNext reads as a `default` property that is not
// there at run time. Loading them with require gives the function itself under the declared type.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';

const require = createRequire(import.meta.url);

export type Louvain = typeof import('graphology-communities-louvain').default;
export type Betweenness = typeof import('graphology-metrics/centrality/betweenness.js').default;

export const louvain = require('graphology-communities-louvain') as Louvain;
export const betweennessCentrality = require('graphology-metrics/centrality/betweenness.js') as Betweenness;

export interface WeightAttributes {
  weight: number;
  [key: string]: unknown;
}
export type WeightedGraph = UndirectedGraph<Record<string, unknown>, WeightAttributes>;

export function newWeightedGraph(): WeightedGraph {
  return new UndirectedGraph<Record<string, unknown>, WeightAttributes>();
}

/** A small seeded generator (mulberry32) so that Louvain's random walk gives the same answer every run. */
export function seededRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
