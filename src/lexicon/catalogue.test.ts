import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildTextDoc } from '../text/index.js';
import { CatalogueError, loadCatalogue, readCatalogue } from './catalogue.js';
import { findMentions } from './mentions.js';

const cat = loadCatalogue();

// The 193 UN member states and the two observer states, by ISO 3166-1 alpha-3.
const UN_MEMBERS = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV
KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA
GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE VAT PSE`.split(/\s+/);

test('every UN member and observer state, Taiwan, Kosovo and the Soviet Union are in the catalogue', () => {
  assert.equal(UN_MEMBERS.length, 195);
  const missing = [...UN_MEMBERS, 'TWN', 'XKX', 'SUN'].filter((code) => cat.byCode(code)?.kind !== 'state');
  assert.deepEqual(missing, []);
});

test('every kind is broadly covered', () => {
  const count = (kind: string): number => cat.entries.filter((e) => e.kind === kind).length;
  assert.ok(count('organization') >= 400, `organizations ${count('organization')}`);
  assert.ok(count('person') >= 400, `persons ${count('person')}`);
  assert.ok(count('place') >= 300, `places ${count('place')}`);
  assert.ok(count('treaty') >= 150, `treaties ${count('treaty')}`);
  assert.ok(count('weapon') >= 150, `weapons ${count('weapon')}`);
  assert.ok(count('operation') >= 50, `operations ${count('operation')}`);
});

test('facts: a person\'s state and office, a treaty\'s parties and dates, a weapon\'s state', () => {
  const kim = cat.lookup('金正恩')!;
  assert.equal(kim.kind, 'person');
  assert.equal(kim.facts.state, 'PRK');
  assert.equal(cat.personOffice(kim.id, '2024-06-19')?.state, 'PRK');
  const putin = cat.lookup('プーチン')!;
  assert.match(cat.personOffice(putin.id, '2010-01-01')?.office ?? '', /首相|首席|総理/);
  assert.match(cat.personOffice(putin.id, '2024-01-01')?.office ?? '', /大統領/);
  const treaty = cat.lookup('露朝パートナーシップ条約')!;
  assert.equal(treaty.kind, 'treaty');
  assert.deepEqual([...(treaty.facts.parties ?? [])].sort(), ['PRK', 'RUS']);
  assert.equal(treaty.facts.signed, '2024-06-19');
  assert.equal(cat.lookup('新START')?.id, 'new-start');
  assert.equal(cat.lookup('KN-23')?.facts.state, 'PRK');
});

test('no Japanese alias is a single character, and no alias names two entities unless listed as ambiguous', () => {
  const listed = new Set(cat.ambiguous.map((a) => a.alias));
  const owners = new Map<string, Set<string>>();
  for (const e of cat.entries) {
    for (const a of e.aliases.ja) assert.ok([...a].length > 1, `${e.id}: one-character alias ${a}`);
    for (const name of new Set([e.ja, e.en, ...e.aliases.ja, ...e.aliases.en].filter((x): x is string => !!x))) {
      const set = owners.get(name) ?? new Set<string>();
      set.add(e.id);
      owners.set(name, set);
    }
  }
  const clashes = [...owners].filter(([name, ids]) => ids.size > 1 && !listed.has(name)).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
  assert.deepEqual(clashes, []);
});

test('a user catalogue adds and extends entries, and the matcher uses them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenbo-cat-'));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify([
    { id: 'tenbo-institute', kind: 'organization', ja: 'テンボ研究所', en: 'Tenbo Institute', aliases: { ja: [], en: [] }, codes: ['TENBO'] },
    { id: 'russia', aliases: { ja: ['おろしあ国'] } },
  ]));
  const mine = readCatalogue({ userFile: file });
  assert.equal(mine.lookup('テンボ研究所')?.codes[0], 'TENBO');
  assert.equal(mine.lookup('おろしあ国')?.id, 'russia');
  assert.equal(cat.lookup('テンボ研究所'), undefined, 'the project\'s catalogue is untouched');
  const doc = buildTextDoc('テンボ研究所はおろしあ国を分析した。');
  assert.deepEqual(findMentions(doc, mine).map((m) => m.codes[0]), ['TENBO', 'RUS']);
});

test('a bad user catalogue gives one error naming the file and the entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenbo-cat-'));
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify([{ id: 'x-org', kind: 'organization', en: 'X', aliases: { ja: [], en: [] }, codes: ['lower'] }]));
  assert.throws(() => readCatalogue({ userFile: file }), (e: unknown) => e instanceof CatalogueError && e.message.includes('bad.json') && e.message.includes('x-org'));
  writeFileSync(file, '{ not json');
  assert.throws(() => readCatalogue({ userFile: file }), (e: unknown) => e instanceof CatalogueError && e.message.includes('bad.json'));
});
