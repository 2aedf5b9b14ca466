// Development aid: mention layer against the dev gold (node ../shared/tools/score.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { buildTextDoc } from '../src/text/index.js';
import { loadCatalogue } from '../src/lexicon/catalogue.js';
import { findMentions } from '../src/lexicon/mentions.js';
const cat = loadCatalogue();
mkdirSync('/tmp/tenbo-mentions', { recursive: true });
for (const n of ['001_cca122dbbd997d32', '003_e33c5dcaacf570d7', '004_05e7af2fe15561fa']) {
  const doc = buildTextDoc(readFileSync(`../shared/corpus/${n}.txt`, 'utf8'));
  const t0 = performance.now();
  const mentions = findMentions(doc, cat);
  console.error(n, mentions.length, 'mentions', (performance.now() - t0).toFixed(0), 'ms');
  writeFileSync(`/tmp/tenbo-mentions/${n}.json`, JSON.stringify({ sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })), mentions: mentions.map(({ sentence: _s, ...m }) => m) }));
}
process.stdout.write(execFileSync('node', ['../shared/tools/score.mjs', '--gold', '../shared/gold/dev', '--system', '/tmp/tenbo-mentions', ...process.argv.slice(2)], { encoding: 'utf8' }));
