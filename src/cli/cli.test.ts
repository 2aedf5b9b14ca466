import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const db = join(mkdtempSync(join(tmpdir(), 'tenbo-cli-')), 'kb.db');

const BIN = fileURLToPath(new URL('../../bin/tenbo.js', import.meta.url));

/** Runs the CLI as a user would, `tenbo ARGS --db DB`, returning its exit code and what it printed. */
async function tenbo(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--db', db], { maxBuffer: 1 << 26 }, (error, out, err) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out, err });
    });
  });
}
const json = async (...args: string[]): Promise<unknown> => {
  const r = await tenbo(...args, '--json');
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
};
const keys = (x: unknown): string[] => Object.keys(x as object);

before(async () => {
  const r = await tenbo('ingest', SAMPLES, '--json');
  assert.equal(r.code, 0, r.err);
});

test('ingest --json: ingested, unchanged and failed; a second run changes nothing', async () => {
  const again = (await json('ingest', SAMPLES)) as { ingested: unknown[]; unchanged: unknown[]; failed: unknown[] };
  assert.deepEqual(keys(again), ['ingested', 'unchanged', 'failed']);
  assert.equal(again.ingested.length, 0);
  assert.equal(again.unchanged.length, 5);
});

test('docs, show and search print the shapes of the query specification', async () => {
  const docs = (await json('docs')) as Array<Record<string, unknown>>;
  assert.deepEqual(keys(docs[0]), ['document', 'file', 'title', 'date', 'publisher', 'authors', 'language', 'sentences']);
  const shown = (await json('show', 'ja-rus-prk-2024.txt')) as { sections: Array<{ title: string }> };
  assert.ok(shown.sections.some((s) => s.title === '首脳会談と条約'));
  const hits = (await json('search', '露朝')) as Array<Record<string, unknown>>;
  assert.ok(hits.length >= 2);
  for (const k of ['document', 'section', 'text', 'start', 'end', 'score']) assert.ok(k in hits[0], k);
});

test('entities and entity: names, codes, facts, relations, mentions in context', async () => {
  const list = (await json('entities', '--kind', 'state')) as Array<Record<string, unknown>>;
  assert.deepEqual(keys(list[0]), ['id', 'kind', 'name', 'names', 'codes', 'mentions']);
  const kim = (await json('entity', '金正恩')) as { kind: string; facts: { state: string }; mentions: Array<Record<string, unknown>> };
  assert.equal(kim.kind, 'person');
  assert.equal(kim.facts.state, 'PRK');
  assert.ok(kim.mentions.length >= 1);
  for (const k of ['document', 'text', 'start', 'end']) assert.ok(k in kim.mentions[0], k);
  const missing = await tenbo('entity', '存在しない名前');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no entity named/);
});

test('events: two --actor flags give the events involving both; names work as actors', async () => {
  const byCode = (await json('events', '--actor', 'PRK', '--actor', 'RUS')) as Array<{ source: string[]; target: string[]; document: string; text: string }>;
  assert.ok(byCode.length >= 2);
  for (const e of byCode) assert.ok([...e.source, ...e.target].includes('PRK') && [...e.source, ...e.target].includes('RUS'));
  const byName = (await json('events', '--actor', '北朝鮮', '--actor', 'ロシア')) as unknown[];
  assert.equal(byName.length, byCode.length);
  const consult = (await json('events', '--actor', 'PRK', '--type', 'CONSULT')) as Array<{ date: string }>;
  assert.ok(consult.some((e) => e.date === '2023-09-13'));
  const bad = await tenbo('events', '--type', 'HUG');
  assert.equal(bad.code, 2);
});

test('export-events prints one PLOVER JSON record a line', async () => {
  const r = await tenbo('export-events', '--actor', 'PRK');
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(lines.length >= 1);
  for (const k of ['id', 'date', 'source', 'recipient', 'event']) assert.ok(k in lines[0], k);
});

test('claims, resolve and scores: an outcome is recorded and scored', async () => {
  const forecasts = (await json('claims', '--kind', 'forecast')) as Array<{ id: string; probability: string; outcomes: unknown[]; author: unknown }>;
  assert.ok(forecasts.length >= 1);
  const f = forecasts.find((c) => c.probability === 'likely')!;
  assert.ok(f, 'a likely forecast');
  assert.equal((await tenbo('resolve', f.id, '--outcome', 'yes', '--date', '2025-06')).code, 0);
  assert.equal((await tenbo('resolve', 'nonexistent', '--outcome', 'yes')).code, 2);
  const after = (await json('claims', '--kind', 'forecast')) as Array<{ id: string; outcomes: Array<{ outcome: string }> }>;
  assert.equal(after.find((c) => c.id === f.id)!.outcomes[0].outcome, 'yes');
  const scores = (await json('scores')) as Record<string, unknown>;
  assert.ok(JSON.stringify(scores).includes('0.105625'), 'Brier of one likely forecast (p = 0.675) that came true: (1 − 0.675)² = 0.105625');
});

test('dyad and network print their shapes; network exports GraphML and GEXF', async () => {
  const d = (await json('dyad', 'PRK', 'RUS')) as Record<string, unknown>;
  assert.deepEqual(keys(d).slice(0, 5), ['actors', 'events', 'months', 'flows', 'asymmetry']);
  const n = (await json('network')) as { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> };
  assert.deepEqual(keys(n.nodes[0]).slice(0, 4), ['id', 'codes', 'community', 'centrality']);
  assert.deepEqual(keys(n.edges[0]).slice(0, 4), ['source', 'target', 'weight', 'kind']);
  assert.match((await tenbo('network', '--graphml')).out, /^<\?xml[^>]*\?>\s*<graphml/);
  assert.match((await tenbo('network', '--gexf')).out, /<gexf[^>]*version="1\.3"/);
});

test('extract --json prints the extractor\'s output for one file without a knowledge base', async () => {
  const out = (await json('extract', join(SAMPLES, 'ja-news-2025.md'))) as Record<string, unknown>;
  assert.deepEqual(keys(out), ['document', 'sentences', 'mentions', 'timexes', 'quantities', 'events', 'claims']);
  assert.equal((out.document as { date: string }).date, '2025-05-08');
});
