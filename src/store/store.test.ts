import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { snapshot } from '../testing/snapshot.js';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../lexicon/catalogue.js';
import { ingestFile } from '../pipeline.js';
import { openStore, type Store } from './store.js';
import { needsSeeds, SEED_DIR } from '../testing/seeds.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const catalogue = loadCatalogue();

async function freshStore(): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tenbo-store-'));
  return { store: await openStore(join(dir, 'kb.db')), dir };
}

test('search finds two-character Japanese queries, English words and phrases across line breaks', async () => {
  const { store, dir } = await freshStore();
  const file = join(dir, 'a.txt');
  writeFileSync(file, '露朝の軍事協力は急速に進んだ。中露\n朝の三か国は連携を強めた。NATO summit in Vilnius was held.\n');
  const o = await ingestFile(store, catalogue, file);
  assert.equal(o.status, 'ingested');
  const rocho = await store.search('露朝');
  assert.equal(rocho.length, 2, JSON.stringify(rocho));
  assert.ok(rocho[0].highlight.includes('【露朝】'));
  const m = rocho.find((h) => h.text.startsWith('中露朝'))!;
  assert.ok(m.matches.length === 1, 'the match is located in the original');
  assert.equal((await store.search('nato')).length, 1);
  assert.equal((await store.search('summit in vilnius')).length, 1);
  assert.equal((await store.search('露')).length, 2, 'one-character queries are scanned');
  assert.equal((await store.search('存在しない語句')).length, 0);
  await store.close();
});

test('re-ingesting an unchanged file is a no-op; a changed file replaces its earlier version', async () => {
  const { store, dir } = await freshStore();
  const file = join(dir, 'b.txt');
  writeFileSync(file, '北朝鮮はロシアに砲弾を提供した。\n');
  const first = await ingestFile(store, catalogue, file);
  assert.equal(first.status, 'ingested');
  const before = await snapshot(store);
  assert.equal((await ingestFile(store, catalogue, file)).status, 'unchanged');
  assert.equal(await snapshot(store), before);
  writeFileSync(file, '北朝鮮はロシアに砲弾を提供した。中国は棄権した。\n');
  const again = await ingestFile(store, catalogue, file);
  assert.equal(again.status, 'ingested');
  const docs = await store.listDocuments();
  assert.equal(docs.length, 1);
  assert.equal(docs[0].sentences, 2);
  await store.close();
});

test('claim outcomes survive re-ingesting the document', async () => {
  const { store, dir } = await freshStore();
  const file = join(dir, 'c.txt');
  writeFileSync(file, 'ロシアと北朝鮮の協力は今後も拡大するだろう。\n');
  await ingestFile(store, catalogue, file);
  const [claim] = await store.claims({ kind: 'forecast' });
  assert.ok(claim, 'a forecast was found');
  await store.addOutcome(claim.id, { outcome: 'yes', date: '2025-06', note: null, evidence: null });
  writeFileSync(file, 'ロシアと北朝鮮の協力は今後も拡大するだろう。\n\n別の段落を加えた。\n');
  assert.equal((await ingestFile(store, catalogue, file)).status, 'ingested');
  const [after] = await store.claims({ kind: 'forecast' });
  assert.equal(after.id, claim.id);
  assert.equal(after.outcomes.length, 1);
  assert.equal(after.outcomes[0].outcome, 'yes');
  await store.close();
});

test('the bundled samples ingest with their sidecar metadata', async () => {
  const { store } = await freshStore();
  for (const f of readdirSync(SAMPLES).filter((x) => !x.endsWith('.meta.json'))) {
    const o = await ingestFile(store, catalogue, join(SAMPLES, f));
    assert.equal(o.status, 'ingested', JSON.stringify(o));
  }
  const docs = await store.listDocuments();
  const rus = docs.find((d) => d.file === 'ja-rus-prk-2024.txt')!;
  assert.equal(rus.date, '2025-01');
  assert.equal(rus.publisher, 'Tenbo サンプル');
  const arms = docs.find((d) => d.file === 'ja-arms-control.txt')!;
  assert.equal(arms.date, '2024-12-01', 'the closing 脱稿日 line dates the document');
  assert.deepEqual(arms.authors, ['テンボ太郎']);
  const news = docs.find((d) => d.file === 'ja-news-2025.md')!;
  assert.equal(news.title, '北朝鮮、弾道ミサイルを発射');
  await store.close();
});

test('the seed reports ingest; 露朝 is found in 003 and 004; a phrase across 000\'s column break is found', needsSeeds, async () => {
  const { store, dir } = await freshStore();
  for (const f of readdirSync(SEED_DIR).filter((x) => x.endsWith('.txt'))) {
    copyFileSync(join(SEED_DIR, f), join(dir, f));
    const o = await ingestFile(store, catalogue, join(dir, f));
    assert.equal(o.status, 'ingested', JSON.stringify(o));
  }
  const files = new Set((await store.search('露朝', 200)).map((h) => h.file));
  assert.ok(files.has('003_e33c5dcaacf570d7.txt') && files.has('004_05e7af2fe15561fa.txt'), [...files].join(','));
  const hits = await store.search('精密誘導ミサイルの在庫不足');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].file, '000_457cf70685a7d072.txt');
  assert.ok(hits[0].text.endsWith('攻撃の頻度を高めた。'));
  await store.close();
});

test('two forecasts in one sentence are both on the ledger, each with its own stable id', async () => {
  const { store, dir } = await freshStore();
  const file = join(dir, 'd.txt');
  writeFileSync(file, '交渉が年内に妥結する蓋然性は低いが、対話が再開される可能性は十分にありうる。\n');
  await ingestFile(store, catalogue, file);
  const forecasts = await store.claims({ kind: 'forecast' });
  assert.equal(forecasts.length, 2);
  assert.notEqual(forecasts[0].id, forecasts[1].id);
  assert.deepEqual(forecasts.map((f) => f.probability).sort(), ['possible', 'unlikely']);
  await store.close();
});
