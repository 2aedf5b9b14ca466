// Scores the event layer on the dev gold and checks the seed events.
// For each ../shared/gold/dev/NAME.json: builds the TextDoc of ../shared/corpus/NAME.txt, runs the
// mention, time and quantity layers and the event extractor with the gold's document date, writes
// {document, sentences, events} to /tmp/tenbo-events/NAME.json and runs ../shared/tools/score.mjs.
// Then reads all five seeds (dates from the corpus manifest) and checks the events the issue names.
//   npx tsx scripts/score-events.ts [--misses] [--gold DIR] [--out DIR] [--no-seeds] [--dump]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCatalogue } from '../src/lexicon/catalogue.js';
import { findMentions } from '../src/lexicon/mentions.js';
import { buildTextDoc } from '../src/text/index.js';
import type { EventRecord, Quantity, TextDoc, TimeValue, Timex } from '../src/types.js';
import { extractEvents } from '../src/extract/events.js';
import { extractTimexes } from '../src/extract/timex.js';
import { extractQuantities } from '../src/extract/quantity.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const root = resolve(import.meta.dirname, '..');
const goldDir = resolve(opt('--gold', join(root, '../shared/gold/dev')));
const corpusDir = resolve(opt('--corpus', join(root, '../shared/corpus')));
const outDir = resolve(opt('--out', '/tmp/tenbo-events'));
mkdirSync(outDir, { recursive: true });
const catalogue = loadCatalogue();

interface Timing {
  chars: number;
  ms: number;
}
const timing: Timing = { chars: 0, ms: 0 };

function run(text: string, date: TimeValue | null, language?: 'ja' | 'en'): { doc: TextDoc; events: EventRecord[]; timexes: Timex[]; quantities: Quantity[] } {
  const doc = buildTextDoc(text, language ? { language } : {});
  const mentions = findMentions(doc, catalogue);
  const timexes = extractTimexes(doc, date);
  const quantities = extractQuantities(doc);
  const t0 = performance.now();
  const events = extractEvents(doc, { mentions, timexes, quantities }, catalogue, { documentDate: date });
  timing.ms += performance.now() - t0;
  timing.chars += text.length;
  return { doc, events, timexes, quantities };
}

const eventJson = (text: string, e: EventRecord): Record<string, unknown> => ({
  sentence: e.sentence, type: e.type, ...(e.mode ? { mode: e.mode } : {}), ...(e.context ? { context: e.context } : {}),
  ...(e.flow ? { flow: e.flow } : {}), source: e.source, target: e.target, date: e.date, trigger: e.trigger,
  ...(e.quantities?.length ? { quantities: e.quantities } : {}), triggerText: text.slice(e.trigger.start, e.trigger.end),
});

interface Gold {
  document: { date: string | null; language?: 'ja' | 'en' };
}

for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
  const name = basename(f, '.json');
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  const text = readFileSync(join(corpusDir, `${name}.txt`), 'utf8');
  const { doc, events } = run(text, gold.document.date, gold.document.language);
  const out = {
    document: gold.document,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    events: events.map((e) => eventJson(text, e)),
  };
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(out, null, 1));
}
const scoreArgs = [join(root, '../shared/tools/score.mjs'), '--gold', goldDir, '--system', outDir];
if (args.includes('--misses')) scoreArgs.push('--misses');
const report = execFileSync(process.execPath, scoreArgs, { encoding: 'utf8' });
process.stdout.write(report.split('\n').filter((l) => !/^(?:sentences|mentions|timexes|quantities|claims|assessments)\s/.test(l) && !/"layer":"(?!events)/.test(l)).join('\n'));
console.log(`\nevent extractor: ${timing.chars} characters in ${timing.ms.toFixed(1)} ms (${Math.round(timing.chars / (timing.ms / 1000)).toLocaleString('en')} chars/s)`);

if (!args.includes('--no-seeds')) {
  interface Manifest {
    documents: Array<{ file: string; date: string | null; language?: 'ja' | 'en' }>;
  }
  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as Manifest;
  const all: Array<EventRecord & { file: string; text: string }> = [];
  for (const d of manifest.documents) {
    const text = readFileSync(join(corpusDir, d.file), 'utf8');
    const { events } = run(text, d.date, d.language);
    for (const e of events) all.push({ ...e, file: d.file, text: text.slice(e.sentence.start, e.sentence.end) });
    if (args.includes('--dump')) writeFileSync(join(outDir, `seed-${basename(d.file, '.txt')}.json`), JSON.stringify(events.map((e) => eventJson(text, e)), null, 1));
  }
  const has = (e: EventRecord, c: string): boolean => e.source.includes(c) || e.target.includes(c);
  const checks: Array<[string, (e: EventRecord) => boolean, number]> = [
    ['AID PRK→RUS dated 2023 (shells)', (e) => e.type === 'AID' && e.source.includes('PRK') && e.target.includes('RUS') && (e.date ?? '').startsWith('2023'), 1],
    ['CONSULT PRK/RUS 2023-09-13 (summit)', (e) => e.type === 'CONSULT' && has(e, 'PRK') && has(e, 'RUS') && e.date === '2023-09-13', 1],
    ['AGREE PRK/RUS 2024-06-19 (treaty)', (e) => e.type === 'AGREE' && has(e, 'PRK') && has(e, 'RUS') && e.date === '2024-06-19', 1],
    ['AID troops PRK→RUS 2024', (e) => e.type === 'AID' && e.flow === 'troops' && e.source.includes('PRK') && e.target.includes('RUS') && (e.date ?? '').startsWith('2024'), 1],
    ['COOPERATE CHN/RUS dated 2012–2025 (≥ 8)', (e) => e.type === 'COOPERATE' && has(e, 'CHN') && has(e, 'RUS') && /^20(1[2-9]|2[0-5])/.test(e.date ?? ''), 8],
  ];
  console.log(`\nseed checks over ${manifest.documents.length} seeds (${all.length} events):`);
  for (const [label, test, min] of checks) {
    const found = all.filter(test);
    console.log(`${found.length >= min ? 'ok  ' : 'FAIL'} ${label}: ${found.length}`);
    if (args.includes('--verbose')) for (const e of found.slice(0, 12)) console.log(`       ${e.file.slice(0, 3)} ${e.date} ${e.type} ${e.source}→${e.target} ${e.flow ?? ''} | ${e.text.replace(/\s+/g, ' ').slice(0, 70)}`);
  }
}
