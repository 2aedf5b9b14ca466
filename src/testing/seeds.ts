// The seed reports live beside the project in ../shared/corpus; tests that read them say so when absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL('../../../shared/gold/dev/', import.meta.url));
export const seedsPresent = existsSync(SEED_DIR);
/** For test options: `{ skip }` with a clear reason when the seed corpus is not there. */
export const needsSeeds = seedsPresent ? {} : { skip: `seed corpus not found at ${SEED_DIR} (tests that read the seed reports are skipped)` };

export function seed(name: string): string {
  return readFileSync(`${SEED_DIR}${name}`, 'utf8');
}
export const SEEDS = ['000_457cf70685a7d072.txt', '001_cca122dbbd997d32.txt', '002_a550e14dc8a73f30.txt', '003_e33c5dcaacf570d7.txt', '004_05e7af2fe15561fa.txt'];
