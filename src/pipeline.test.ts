import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { snapshot } from './testing/snapshot.js';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { buildTextDoc } from './text/index.js';
import { loadCatalogue } from './lexicon/catalogue.js';
import { extractAll } from './extract/index.js';
import { ingestFile } from './pipeline.js';
import { openStore, type Store } from './store/store.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/ingest/', import.meta.url));
const catalogue = loadCatalogue();

async function baseWithOneDocument(): Promise<{ store: Store; dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tenbo-bad-'));
  const db = join(dir, 'kb.db');
  const store = await openStore(db);
  const good = join(dir, 'good.txt');
  copyFileSync(join(FIXTURES, 'text/ja.utf8.txt'), good);
  assert.equal((await ingestFile(store, catalogue, good)).status, 'ingested');
  return { store, dir, db };
}

const BAD: Array<[string, RegExp]> = [
  ['bad/notes.xyz', /notes\.xyz: .*(not a text or PDF|unsupported)/i],
  ['bad/image.txt', /image\.txt: .*binary/i],
  ['bad/empty.txt', /empty\.txt: .*empty/i],
  ['bad/blank.txt', /blank\.txt: .*empty/i],
  ['bad/undecodable.txt', /undecodable\.txt: .*(decode|encoding)/i],
  ['pdf/truncated.pdf', /truncated\.pdf: .*(corrupt|damaged|cannot be read)/i],
  ['pdf/encrypted.pdf', /encrypted\.pdf: .*encrypted/i],
  ['bad/fake.pdf', /fake\.pdf: /],
];

for (const [fixture, message] of BAD) {
  test(`bad input ${fixture}: a one-line error naming the file, and the knowledge base unchanged`, async () => {
    const { store, dir } = await baseWithOneDocument();
    const before = await snapshot(store);
    const target = join(dir, fixture.split('/')[1]);
    copyFileSync(join(FIXTURES, fixture), target);
    const o = await ingestFile(store, catalogue, target);
    assert.equal(o.status, 'failed');
    if (o.status === 'failed') {
      assert.match(o.error, message);
      assert.ok(!o.error.includes('\n'), 'one line');
    }
    assert.equal(await snapshot(store), before);
    await store.close();
  });
}

test('a file over the size limit is refused before it is read', async () => {
  const { store, dir } = await baseWithOneDocument();
  const before = await snapshot(store);
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'ロシア。'.repeat(3000));
  const o = await ingestFile(store, catalogue, big, { maxBytes: 1024 });
  assert.equal(o.status, 'failed');
  if (o.status === 'failed') assert.match(o.error, /big\.txt: .*over the .* limit/);
  assert.equal(await snapshot(store), before);
  await store.close();
});

test('an ingest that fails inside its transaction leaves the base as it was', async () => {
  const { store, dir } = await baseWithOneDocument();
  const before = await snapshot(store);
  const doc = buildTextDoc('北朝鮮はロシアに砲弾を提供した。');
  const meta = { title: null, date: null, language: 'ja' as const, publisher: null, authors: [] };
  const annotations = extractAll(doc, meta, catalogue);
  // A mention pointing at a sentence that does not exist violates a foreign key half-way through the writes.
  annotations.mentions.push({ ...annotations.mentions[0], sentence: 999 });
  await assert.rejects(store.replaceDocument({
    path: join(dir, 'x.txt'), file: 'x.txt', hash: 'h', format: 'txt', encoding: 'utf-8', meta, annotations,
    claimIds: annotations.claims.map((_, k) => `c${k}`), claimAuthors: annotations.claims.map(() => null), candidates: [],
  }));
  assert.equal(await snapshot(store), before);
  await store.close();
});

test('tenbo ingest: the batch goes on past bad files and the exit code says some failed', async () => {
  const { store, dir, db } = await baseWithOneDocument();
  await store.close();
  const good = join(dir, 'second.txt');
  copyFileSync(join(FIXTURES, 'text/en.txt'), good);
  const bad = join(dir, 'image.txt');
  copyFileSync(join(FIXTURES, 'bad/image.txt'), bad);
  const bin = fileURLToPath(new URL('../bin/tenbo.js', import.meta.url));
  const r = spawnSync(process.execPath, [bin, 'ingest', bad, good, join(dir, 'missing.txt'), '--db', db, '--json'], { encoding: 'utf8' });
  const code = r.status;
  const lines = [...r.stdout.split('\n'), ...r.stderr.split('\n')];
  assert.equal(code, 1);
  const json = JSON.parse(r.stdout) as { ingested: unknown[]; failed: Array<{ path: string; error: string }> };
  assert.equal(json.ingested.length, 1);
  assert.equal(json.failed.length, 2);
  assert.ok(lines.some((l) => /^error: .*image\.txt: /.test(l)));
});
