// CJK radical code points → ideographs (pdf.js emits ⼤ U+2F24 for 大 and ⻄ U+2EC4 for 西).
// The table is data/text/cjk-radicals.json: the CJK Radicals Supplement from Unicode's
// Equivalent_Unified_Ideograph property, the Kangxi Radicals by NFKC.

import { readFileSync } from 'node:fs';

interface RadicalTable {
  supplement: Record<string, string>;
  kangxi: Record<string, string>;
}

let table: Map<string, string> | null = null;

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
}

function load(): Map<string, string> {
  if (table !== null) return table;
  // src/ingest/ and dist/ingest/ are both two levels below the project root.
  const url = new URL('../../data/text/cjk-radicals.json', import.meta.url);
  const raw: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const t = raw as Partial<RadicalTable>;
  if (!isStringRecord(t.supplement) || !isStringRecord(t.kangxi)) {
    throw new Error(`${url.pathname}: expected "supplement" and "kangxi" maps`);
  }
  table = new Map([...Object.entries(t.supplement), ...Object.entries(t.kangxi)]);
  return table;
}

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** Replace CJK radicals by their ideographs. Radicals without an equivalent stay as they are. */
export function mapRadicals(text: string): string {
  RADICAL.lastIndex = 0;
  if (!RADICAL.test(text)) return text;
  const map = load();
  return text.replace(RADICAL, (ch) => map.get(ch) ?? ch);
}
