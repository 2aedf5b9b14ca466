// Scores the claims layer on the dev gold: builds the TextDoc of each gold document from the corpus,
// runs extractClaims with the gold's mentions and timexes (mapped to the Mention/Timex shape; the real
// layers come later), writes {document, sentences, claims} to /tmp/tenbo-claims/NAME.json and runs
// the shared scorer. Also prints how often holder, addressee, horizon and topics agree on matched claims.
//   npx tsx scripts/score-claims.ts [--gold DIR] [--out DIR] [--misses] [--real]
// --real: use the project's own mention and time layers (findMentions, extractTimexes) instead of the gold's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildTextDoc } from '../src/text/index.js';
import { extractClaims } from '../src/extract/claims.js';
import type { ClaimRecord, EntityKind, Mention, TextDoc, Timex } from '../src/types.js';

interface GoldSpan { start: number; end: number; text?: string }
interface GoldMention extends GoldSpan { kind: EntityKind; codes?: string[]; entity?: string; name?: string; members?: string[] }
interface GoldTimex extends GoldSpan { value: string; part?: Timex['part']; until?: string; fiscal?: boolean }
interface GoldClaim { sentence: GoldSpan; kind: string; probability?: string | null; holder: string | null; addressee: string | null; horizon: string | null; topics: string[] }
interface GoldDoc { document: { date: string | null; language: 'ja' | 'en' }; sentences: GoldSpan[]; mentions: GoldMention[]; timexes: GoldTimex[]; claims: GoldClaim[] }

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const goldDir = opt('--gold', '/work/shared/gold/dev');
const outDir = opt('--out', '/tmp/tenbo-claims');
const corpus = opt('--corpus', '/work/shared/corpus');
type Layers = { mentions: (doc: TextDoc) => Mention[]; timexes: (doc: TextDoc, date: string | null) => Timex[] };
/** The project's own mention and time layers, loaded only for --real (they are other modules' work). */
async function realLayers(): Promise<Layers> {
  const { loadCatalogue } = await import('../src/lexicon/catalogue.js');
  const { findMentions } = await import('../src/lexicon/mentions.js');
  const { extractTimexes } = await import('../src/extract/timex.js');
  const catalogue = loadCatalogue();
  return { mentions: (doc) => findMentions(doc, catalogue), timexes: (doc, date) => extractTimexes(doc, date) };
}
const real = args.includes('--real') ? await realLayers() : null;

/** The first norm index whose original offset is at or after `orig`. */
function toNorm(doc: TextDoc, orig: number): number {
  let lo = 0, hi = doc.norm.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.normToOrig[mid] < orig) lo = mid + 1; else hi = mid; }
  return lo;
}
function sentenceAt(doc: TextDoc, ns: number): number {
  const s = doc.sentences.find((x) => x.normStart <= ns && ns < x.normEnd);
  return s ? s.index : -1;
}
function mapSpan(doc: TextDoc, g: GoldSpan): { start: number; end: number; normStart: number; normEnd: number; sentence: number } {
  const normStart = toNorm(doc, g.start), normEnd = toNorm(doc, g.end);
  return { start: g.start, end: g.end, normStart, normEnd, sentence: sentenceAt(doc, normStart) };
}
const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

mkdirSync(outDir, { recursive: true });
const agree = { holder: [0, 0], addressee: [0, 0], horizon: [0, 0], topics: [0, 0] };
let ms = 0;
for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
  const name = basename(f, '.json');
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDoc;
  const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
  const doc = buildTextDoc(text);
  const goldMentions: Mention[] = gold.mentions.map((m) => ({
    ...mapSpan(doc, m), kind: m.kind, codes: m.codes ?? [], entity: m.entity ?? '', name: m.name ?? '', ...(m.members ? { members: m.members } : {}),
  }));
  const goldTimexes: Timex[] = gold.timexes.map((t) => ({
    ...mapSpan(doc, t), value: t.value, ...(t.part ? { part: t.part } : {}), ...(t.until ? { until: t.until } : {}), ...(t.fiscal ? { fiscal: true } : {}),
  }));
  const mentions = real ? real.mentions(doc) : goldMentions;
  const timexes = real ? real.timexes(doc, gold.document.date) : goldTimexes;
  const t0 = performance.now();
  const claims: ClaimRecord[] = extractClaims(doc, { mentions, timexes }, { documentDate: gold.document.date });
  ms += performance.now() - t0;
  const out = {
    document: { title: doc.meta.title ?? null, date: doc.meta.date ?? gold.document.date, language: doc.language, publisher: doc.meta.publisher ?? null, authors: doc.meta.authors ?? [] },
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    claims: claims.map((c) => ({
      sentence: c.sentence, kind: c.kind, probability: c.probability, holder: c.holder, addressee: c.addressee, horizon: c.horizon, topics: c.topics,
    })),
  };
  writeFileSync(join(outDir, f), JSON.stringify(out, null, 1));
  // Agreement of the other fields over claims matched by sentence and kind.
  const used = new Set<number>();
  for (const g of gold.claims) {
    const j = claims.findIndex((c, k) => !used.has(k) && overlaps(c.sentence, g.sentence) && c.kind === g.kind);
    if (j < 0) continue;
    used.add(j);
    const c = claims[j];
    agree.holder[1]++; if (c.holder === g.holder) agree.holder[0]++;
    agree.topics[1]++; if (sameSet(c.topics, g.topics)) agree.topics[0]++;
    if (g.kind === 'recommendation') { agree.addressee[1]++; if (c.addressee === g.addressee) agree.addressee[0]++; }
    if (g.kind === 'forecast') { agree.horizon[1]++; if (c.horizon === g.horizon) agree.horizon[0]++; }
  }
}
const scoreArgs = ['/work/shared/tools/score.mjs', '--gold', goldDir, '--system', outDir];
if (args.includes('--misses')) scoreArgs.push('--misses');
const report = execFileSync('node', scoreArgs, { encoding: 'utf8' });
// Only the claim layers are this script's: other layers' lines (and their misses) are left out.
const keep = (l: string): boolean => (l.startsWith('{') ? /"layer":"(?:claims|assessments)"/.test(l) : !/^(?:mentions|timexes|quantities|events|event date)/.test(l));
console.log(report.split('\n').filter(keep).join('\n'));
const pct = ([a, b]: number[]): string => (b ? `${a}/${b} = ${(a / b).toFixed(3)}` : '—');
console.log(`agreement on matched claims — holder ${pct(agree.holder)}, addressee ${pct(agree.addressee)}, horizon ${pct(agree.horizon)}, topics ${pct(agree.topics)}`);
console.log(`extractClaims: ${ms.toFixed(1)} ms over the dev documents`);
