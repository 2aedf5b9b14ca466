// Everything a knowledge base holds, as one comparable value: for tests that check nothing was written.
import type { Store } from '../store/store.js';

const TABLES = ['documents', 'sections', 'sentences', 'mentions', 'timexes', 'quantities', 'events', 'claims', 'candidates'] as const;

export async function snapshot(store: Store): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of TABLES) out[t] = await store.db.selectFrom(t).selectAll().execute();
  return JSON.stringify(out);
}
