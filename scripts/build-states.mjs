#!/usr/bin/env node
// Writes data/catalogue/states.json: the UN members, the two observers, Taiwan and Kosovo with their
// Japanese and English names from i18n-iso-countries, plus the hand additions and historical states of
// data/catalogue/state-overrides.json. The output is reviewed data kept in the repository; rerun this
// after changing the overrides or upgrading the package.
//   node scripts/build-states.mjs [--check]   (--check: fail if states.json is not up to date)

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/ja.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const dataDir = new URL('../data/catalogue/', import.meta.url);
const overrides = JSON.parse(readFileSync(new URL('state-overrides.json', dataDir), 'utf8'));

const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const uniq = (list) => [...new Set(list)];
const slug = (s) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Japanese names are also written without the middle dot: ボスニア・ヘルツェゴビナ / ボスニアヘルツェゴビナ. */
const withDotVariants = (names) => names.flatMap((n) => (n.includes('・') ? [n, n.replaceAll('・', '')] : [n]));

const alpha2 = {};
for (const [a3, a2] of Object.entries(countries.getAlpha3Codes())) alpha2[a3] = a2;
alpha2.XKK ??= 'XK';

// Memberships: { orgId: [[ISO3, from?, until?], ...] } become member_of relations on the states.
const memberships = new Map();
for (const [org, members] of Object.entries(overrides.memberships)) {
  for (const [code, from, until] of members) {
    const rel = { type: 'member_of', entity: org };
    if (from) rel.from = from;
    if (until) rel.until = until;
    memberships.set(code, [...(memberships.get(code) ?? []), rel]);
  }
}
const unMembers = new Set(overrides.members);

function stateEntry(pkgCode) {
  const a2 = alpha2[pkgCode];
  if (!a2) throw new Error(`i18n-iso-countries has no alpha-2 for ${pkgCode}`);
  const o = overrides.states[pkgCode] ?? {};
  const drop = new Set(o.drop ?? []);
  const jaNames = asList(countries.getName(a2, 'ja', { select: 'all' })).filter((n) => !drop.has(n));
  const enNames = asList(countries.getName(a2, 'en', { select: 'all' })).filter((n) => !drop.has(n));
  if (jaNames.length === 0 || enNames.length === 0) throw new Error(`no names for ${pkgCode}`);
  const ja = o.ja ?? jaNames[0];
  const en = o.en ?? enNames[0];
  const code = o.codes?.[0] ?? pkgCode;
  const entry = {
    id: o.id ?? slug(en),
    kind: 'state',
    ja,
    en,
    aliases: {
      ja: uniq(withDotVariants([...jaNames, ...(o.aliases?.ja ?? [])])).filter((n) => n !== ja),
      en: uniq([...enNames, ...(o.aliases?.en ?? [])]).filter((n) => n !== en),
    },
  };
  if (o.abbrev) entry.abbrev = o.abbrev;
  entry.codes = o.codes ?? [pkgCode];
  entry.facts = { iso3: o.iso3 ?? code };
  const relations = [
    ...(unMembers.has(pkgCode) ? [{ type: 'member_of', entity: 'un' }] : []),
    ...(memberships.get(code) ?? []),
    ...(o.relations ?? []),
  ];
  if (relations.length) entry.relations = relations;
  return entry;
}

const codes = [...overrides.members, ...overrides.observers, ...overrides.others];
if (overrides.members.length !== 193) throw new Error(`members lists ${overrides.members.length} states, not 193`);
if (new Set(codes).size !== codes.length) throw new Error('a code is listed twice');
const entries = [
  ...codes.map(stateEntry),
  ...overrides.historical.map((h) => ({
    ...h,
    aliases: { ja: withDotVariants(h.aliases?.ja ?? []), en: h.aliases?.en ?? [] },
  })),
].sort((a, b) => a.id.localeCompare(b.id));
for (const e of entries) {
  e.aliases.ja = uniq(e.aliases.ja).filter((n) => n !== e.ja);
  const rels = memberships.get(e.codes[0]);
  if (rels && !e.relations) e.relations = rels;
}
const ids = new Set();
for (const e of entries) {
  if (ids.has(e.id)) throw new Error(`duplicate id ${e.id}`);
  ids.add(e.id);
}

/** JSON with one entry per block and arrays and objects inside an entry on one line, for reviewing diffs. */
function inline(v) {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (v && typeof v === 'object') {
    const fields = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`);
    return fields.length ? `{ ${fields.join(', ')} }` : '{}';
  }
  return JSON.stringify(v);
}

function formatEntries(list) {
  const field = ([k, v]) =>
    Array.isArray(v) && v.length && typeof v[0] === 'object'
      ? `    "${k}": [\n${v.map((x) => `      ${inline(x)}`).join(',\n')}\n    ]`
      : `    "${k}": ${inline(v)}`;
  return `[\n${list.map((e) => `  {\n${Object.entries(e).map(field).join(',\n')}\n  }`).join(',\n')}\n]\n`;
}

const out = formatEntries(entries);
const target = new URL('states.json', dataDir);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== out) {
    console.error('data/catalogue/states.json is not up to date: run node scripts/build-states.mjs');
    process.exit(1);
  }
  console.log(`states.json is up to date (${entries.length} states)`);
} else {
  writeFileSync(target, out);
  console.log(`wrote data/catalogue/states.json: ${entries.length} states`);
}
