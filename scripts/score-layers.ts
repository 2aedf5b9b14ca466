// Scores the time-expression and quantity layers on the dev gold: runs the extractors on each gold
// document's corpus text with the gold's document date, writes the system output the scorer reads to
// /tmp/tenbo-score/NAME.json, then runs ../shared/tools/score.mjs (pass --misses to list the misses).
//   npx tsx scripts/score-layers.ts [--misses] [--gold DIR] [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extractQuantities } from '../src/extract/quantity.js';
import { extractTimexes } from '../src/extract/timex.js';
import { buildTextDoc } from '../src/text/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const root = resolve(import.meta.dirname, '..');
const goldDir = resolve(opt('--gold', join(root, '../shared/gold/dev')));
const corpusDir = resolve(opt('--corpus', join(root, '../shared/corpus')));
const outDir = resolve(opt('--out', '/tmp/tenbo-score'));
mkdirSync(outDir, { recursive: true });

interface Gold {
  document: { date: string | null; language?: 'ja' | 'en' };
}

let chars = 0;
let ms = 0;
for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
  const name = basename(f, '.json');
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  const text = readFileSync(join(corpusDir, `${name}.txt`), 'utf8');
  const doc = buildTextDoc(text, gold.document.language ? { language: gold.document.language } : {});
  const t0 = performance.now();
  const timexes = extractTimexes(doc, gold.document.date);
  const quantities = extractQuantities(doc);
  ms += performance.now() - t0;
  chars += text.length;
  const out = {
    document: gold.document,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    timexes: timexes.map(({ start, end, value, part, until, fiscal }) => ({ start, end, value, part, until, fiscal, text: text.slice(start, end) })),
    quantities: quantities.map(({ start, end, value, unit, approx }) => ({ start, end, value, unit, approx, text: text.slice(start, end) })),
  };
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(out, null, 1));
}
console.log(`extractors: ${chars} characters in ${ms.toFixed(1)} ms (${Math.round(chars / (ms / 1000)).toLocaleString('en')} chars/s)`);
const scoreArgs = [join(root, '../shared/tools/score.mjs'), '--gold', goldDir, '--system', outDir];
if (args.includes('--misses')) scoreArgs.push('--misses');
const report = execFileSync(process.execPath, scoreArgs, { encoding: 'utf8' });
const wanted = /^(layer|timexes|quantities)\b|"layer":"(timexes|quantities)"/;
console.log(report.split('\n').filter((l) => wanted.test(l)).join('\n'));
