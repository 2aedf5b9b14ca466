// The entity catalogue: every state, organisation, person, place, treaty, weapon and operation the
// extractor can name, with its aliases, codes, facts and relations. The knowledge is data
// (data/catalogue/*.json); this module loads, merges, validates and indexes it.

import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityKind, TimeValue } from '../types.js';

export const ENTITY_KINDS: readonly EntityKind[] = [
  'state', 'organization', 'person', 'place', 'treaty', 'weapon', 'operation',
];

export const RELATION_TYPES = [
  'member_of', 'organ_of', 'party_to', 'leader_of', 'operated_by', 'located_in', 'partnership', 'alliance',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  type: RelationType;
  entity: string;
  from?: TimeValue;
  until?: TimeValue;
  label?: string;
}

/** One office a person held: `until` absent while still in office. */
export interface Office {
  state: string;
  office: string;
  from?: TimeValue;
  until?: TimeValue;
}

/** What queries report about an entity (queries.md); which keys apply depends on the kind. */
export interface Facts {
  iso3?: string;
  state?: string;
  office?: string;
  from?: TimeValue;
  until?: TimeValue;
  offices?: Office[];
  parties?: string[];
  signed?: TimeValue;
  in_force?: TimeValue;
  suspended?: TimeValue;
  expired?: TimeValue;
  adopted?: TimeValue;
  date?: TimeValue;
}

export interface CatalogueEntry {
  id: string;
  kind: EntityKind;
  /** Canonical English name (the `name` of a mention). */
  en: string;
  /** Canonical Japanese name. */
  ja?: string;
  aliases: { ja: string[]; en: string[] };
  /** One-character Japanese abbreviation of a state (露, 朝, 米 …), usable in runs such as 日米韓. */
  abbrev?: string;
  /** A person's bare surname, usable only before a title (金総書記). */
  surname?: string;
  codes: string[];
  facts: Facts;
  relations: Relation[];
  /** An exercise series whose instances are written NAME+YEAR (海上聯合2016). */
  series?: boolean;
  /** The file that defined the entry, and the last that changed it. */
  source: string;
}

export interface OrganSuffix {
  /** STATE + suffix names an organ of STATE: ロシア + 国防省. */
  suffix: string;
  en?: string;
  /** Id stem for the organ: `${stateId}-${id}`. */
  id?: string;
}

export interface PersonTitle {
  /** A title that follows a person's name and is not part of the span (大統領, 外相, 氏). */
  title: string;
  en?: string;
}

export interface AmbiguousAlias {
  alias: string;
  entities: string[];
  note?: string;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  byId(id: string): CatalogueEntry | undefined;
  /** The primary entity of a code: the state for a state code, the organisation for an organisation code. */
  byCode(code: string): CatalogueEntry | undefined;
  /** An entity by id, code, name or alias in either language (NFKC, case-folded). */
  lookup(name: string): CatalogueEntry | undefined;
  /** Every entity a name or alias can mean (more than one only for listed ambiguous aliases). */
  lookupAll(name: string): CatalogueEntry[];
  abbrevs: Map<string, CatalogueEntry>;
  organSuffixes: OrganSuffix[];
  personTitles: PersonTitle[];
  administrationSuffixes: OrganSuffix[];
  ambiguous: AmbiguousAlias[];
  /** The office a person held at a date (the current one without a date). */
  personOffice(personId: string, date?: TimeValue): { state: string; office: string } | undefined;
}

export class CatalogueError extends Error {
  constructor(file: string, entry: string | null, message: string) {
    super(`catalogue ${file}${entry ? ` entry "${entry}"` : ''}: ${message}`);
    this.name = 'CatalogueError';
  }
}

const DATA_DIR = fileURLToPath(new URL('../../data/catalogue/', import.meta.url));

/** The entry files and the kind each holds. */
export const ENTRY_FILES: ReadonlyArray<[string, EntityKind]> = [
  ['states.json', 'state'],
  ['organizations.json', 'organization'],
  ['persons.json', 'person'],
  ['places.json', 'place'],
  ['treaties.json', 'treaty'],
  ['weapons.json', 'weapon'],
  ['operations.json', 'operation'],
];

const CODE = /^[A-Z][A-Z0-9]*$/;
const TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME_FACTS = ['from', 'until', 'signed', 'in_force', 'suspended', 'expired', 'adopted', 'date'] as const;
const FACT_KEYS = new Set<string>(['iso3', 'state', 'office', 'offices', 'parties', ...TIME_FACTS]);
const ENTRY_KEYS = new Set<string>([
  'id', 'kind', 'en', 'ja', 'aliases', 'abbrev', 'surname', 'codes', 'facts', 'relations', 'series', 'note',
]);

export function isTimeValue(value: string): boolean {
  const m = TIME.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** The key a name is looked up by: NFKC, case-folded, spaces collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A looser key: also without spaces, ・, dots, hyphens and apostrophes (KN23 = KN-23, U.S. = US). */
export function looseKey(name: string): string {
  return nameKey(name).replace(/[\s・·.\-‐‑–—_'’]/g, '');
}

// ---- reading -----------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readJson(path: string, label: string): Json {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CatalogueError(label, null, `cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new CatalogueError(label, null, `invalid JSON: ${(e as Error).message}`);
  }
}

/** Checks one raw entry and returns it typed; `partial` entries only extend an existing id. */
function parseEntry(raw: Json, file: string, index: number, partial: boolean): Partial<CatalogueEntry> & { id: string } {
  if (!isObject(raw)) throw new CatalogueError(file, `#${index}`, 'an entry must be an object');
  const id = raw.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9+\-]*$/.test(id)) {
    throw new CatalogueError(file, typeof id === 'string' ? id : `#${index}`, 'id must be lower-case letters, digits and hyphens');
  }
  const fail = (message: string): never => {
    throw new CatalogueError(file, id, message);
  };
  const str = (key: string): string | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.trim() === '') fail(`${key} must be a non-empty string`);
    return v as string;
  };
  const strings = (v: Json | undefined, what: string): string[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(`${what} must be an array`);
    return v.map((s) => (typeof s === 'string' && s.trim() !== '' ? s : fail(`${what} has an empty or non-string item`)));
  };
  const time = (v: Json | undefined, what: string): TimeValue | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !isTimeValue(v)) return fail(`${what} must be a time value YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(v)}`);
    return v;
  };
  const code = (v: Json | undefined, what: string): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !CODE.test(v)) return fail(`${what} must be a code of upper-case letters and digits, not ${JSON.stringify(v)}`);
    return v;
  };

  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) fail(`unknown field "${key}"`);

  const out: Partial<CatalogueEntry> & { id: string } = { id };
  const kind = raw.kind;
  if (kind !== undefined) {
    if (typeof kind !== 'string' || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      fail(`kind must be one of ${ENTITY_KINDS.join(', ')}, not ${JSON.stringify(kind)}`);
    }
    out.kind = kind as EntityKind;
  } else if (!partial) fail('kind is missing');
  const en = str('en');
  if (en !== undefined) out.en = en;
  else if (!partial) fail('en (the English name) is missing');
  const ja = str('ja');
  if (ja !== undefined) out.ja = ja;

  if (raw.aliases !== undefined) {
    if (!isObject(raw.aliases)) fail('aliases must be an object { "ja": [...], "en": [...] }');
    const aliases = raw.aliases as JsonObject;
    for (const key of Object.keys(aliases)) if (key !== 'ja' && key !== 'en') fail(`aliases has unknown language "${key}"`);
    out.aliases = { ja: strings(aliases.ja, 'aliases.ja'), en: strings(aliases.en, 'aliases.en') };
  }
  const abbrev = str('abbrev');
  if (abbrev !== undefined) {
    if ([...abbrev].length !== 1) fail('abbrev must be one character');
    out.abbrev = abbrev;
  }
  const surname = str('surname');
  if (surname !== undefined) out.surname = surname;
  if (raw.codes !== undefined) out.codes = strings(raw.codes, 'codes').map((c) => code(c, 'codes') as string);
  if (raw.series !== undefined) {
    if (typeof raw.series !== 'boolean') fail('series must be true or false');
    out.series = raw.series as boolean;
  }

  if (raw.facts !== undefined) {
    if (!isObject(raw.facts)) fail('facts must be an object');
    const f = raw.facts as JsonObject;
    const facts: Facts = {};
    for (const key of Object.keys(f)) if (!FACT_KEYS.has(key)) fail(`facts has unknown key "${key}"`);
    if (f.iso3 !== undefined) facts.iso3 = code(f.iso3, 'facts.iso3');
    if (f.state !== undefined) facts.state = code(f.state, 'facts.state');
    if (f.office !== undefined) {
      if (typeof f.office !== 'string' || f.office === '') fail('facts.office must be a non-empty string');
      facts.office = f.office as string;
    }
    if (f.parties !== undefined) facts.parties = strings(f.parties, 'facts.parties').map((c) => code(c, 'facts.parties') as string);
    for (const key of TIME_FACTS) if (f[key] !== undefined) facts[key] = time(f[key], `facts.${key}`);
    if (f.offices !== undefined) {
      if (!Array.isArray(f.offices)) fail('facts.offices must be an array');
      facts.offices = (f.offices as Json[]).map((o, i) => {
        if (!isObject(o)) return fail(`facts.offices[${i}] must be an object`);
        for (const key of Object.keys(o)) if (!['state', 'office', 'from', 'until'].includes(key)) fail(`facts.offices[${i}] has unknown key "${key}"`);
        const state = code(o.state, `facts.offices[${i}].state`);
        if (state === undefined) fail(`facts.offices[${i}].state is missing`);
        if (typeof o.office !== 'string' || o.office === '') fail(`facts.offices[${i}].office must be a non-empty string`);
        const office: Office = { state: state as string, office: o.office as string };
        const from = time(o.from, `facts.offices[${i}].from`);
        const until = time(o.until, `facts.offices[${i}].until`);
        if (from !== undefined) office.from = from;
        if (until !== undefined) office.until = until;
        if (from !== undefined && until !== undefined && until < from) fail(`facts.offices[${i}] ends before it starts`);
        return office;
      });
    }
    out.facts = facts;
  }

  if (raw.relations !== undefined) {
    if (!Array.isArray(raw.relations)) fail('relations must be an array');
    out.relations = (raw.relations as Json[]).map((r, i) => {
      if (!isObject(r)) return fail(`relations[${i}] must be an object`);
      for (const key of Object.keys(r)) if (!['type', 'entity', 'from', 'until', 'label'].includes(key)) fail(`relations[${i}] has unknown key "${key}"`);
      if (typeof r.type !== 'string' || !(RELATION_TYPES as readonly string[]).includes(r.type)) {
        fail(`relations[${i}].type must be one of ${RELATION_TYPES.join(', ')}`);
      }
      if (typeof r.entity !== 'string' || r.entity === '') fail(`relations[${i}].entity must be an entity id`);
      const rel: Relation = { type: r.type as RelationType, entity: r.entity as string };
      const from = time(r.from, `relations[${i}].from`);
      const until = time(r.until, `relations[${i}].until`);
      if (from !== undefined) rel.from = from;
      if (until !== undefined) rel.until = until;
      if (r.label !== undefined) {
        if (typeof r.label !== 'string' || r.label === '') fail(`relations[${i}].label must be a non-empty string`);
        rel.label = r.label as string;
      }
      return rel;
    });
  }
  return out;
}

function readEntries(path: string, label: string, partial: boolean): Array<Partial<CatalogueEntry> & { id: string }> {
  const data = readJson(path, label);
  if (!Array.isArray(data)) throw new CatalogueError(label, null, 'must be a JSON array of entries');
  return data.map((raw, i) => parseEntry(raw, label, i, partial));
}

function readList<T>(file: string, key: string): T[] {
  const data = readJson(resolve(DATA_DIR, file), file);
  if (!Array.isArray(data)) throw new CatalogueError(file, null, 'must be a JSON array');
  for (const [i, item] of data.entries()) {
    if (!isObject(item) || typeof item[key] !== 'string' || item[key] === '') {
      throw new CatalogueError(file, `#${i}`, `each item needs a non-empty "${key}"`);
    }
  }
  return data as unknown as T[];
}

// ---- merging and checking ----------------------------------------------------------------------

function complete(e: Partial<CatalogueEntry> & { id: string }, source: string): CatalogueEntry {
  const entry: CatalogueEntry = {
    id: e.id,
    kind: e.kind as EntityKind,
    en: e.en as string,
    aliases: e.aliases ?? { ja: [], en: [] },
    codes: e.codes ?? [],
    facts: e.facts ?? {},
    relations: e.relations ?? [],
    source,
  };
  if (e.ja !== undefined) entry.ja = e.ja;
  if (e.abbrev !== undefined) entry.abbrev = e.abbrev;
  if (e.surname !== undefined) entry.surname = e.surname;
  if (e.series !== undefined) entry.series = e.series;
  return entry;
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/** A user entry with a known id: scalars and facts override, aliases and codes add, relations add. */
function extend(base: CatalogueEntry, e: Partial<CatalogueEntry>, source: string): void {
  if (e.kind !== undefined) base.kind = e.kind;
  if (e.en !== undefined && e.en !== base.en) {
    base.aliases.en = union(base.aliases.en, [base.en]);
    base.en = e.en;
  }
  if (e.ja !== undefined && e.ja !== base.ja) {
    if (base.ja !== undefined) base.aliases.ja = union(base.aliases.ja, [base.ja]);
    base.ja = e.ja;
  }
  if (e.aliases) base.aliases = { ja: union(base.aliases.ja, e.aliases.ja), en: union(base.aliases.en, e.aliases.en) };
  if (e.abbrev !== undefined) base.abbrev = e.abbrev;
  if (e.surname !== undefined) base.surname = e.surname;
  if (e.series !== undefined) base.series = e.series;
  if (e.codes) base.codes = union(base.codes, e.codes);
  if (e.facts) base.facts = { ...base.facts, ...e.facts };
  if (e.relations) base.relations = [...base.relations, ...e.relations];
  base.source = source;
}

/** Whether an entry is the one a code stands for (not an organ or person carrying a state's code). */
function isPrimary(e: CatalogueEntry): boolean {
  return e.kind === 'state' || (e.kind === 'organization' && e.facts.state === undefined);
}

function check(entries: CatalogueEntry[], codes: Map<string, CatalogueEntry>, ids: Map<string, CatalogueEntry>): void {
  const abbrevs = new Map<string, string>();
  for (const e of entries) {
    const fail = (message: string): never => {
      throw new CatalogueError(e.source, e.id, message);
    };
    for (const name of [e.en, e.ja ?? '', ...e.aliases.ja, ...e.aliases.en]) {
      if (name !== '' && nameKey(name) === '') fail('has an alias that is empty after normalisation');
    }
    if (e.abbrev !== undefined) {
      if (e.kind !== 'state') fail('only states have an abbrev');
      const other = abbrevs.get(e.abbrev);
      if (other) fail(`abbrev ${e.abbrev} is also the abbrev of "${other}"`);
      abbrevs.set(e.abbrev, e.id);
    }
    if (e.kind === 'state' && e.codes.length === 0) fail('a state needs its code');
    const known = (code: string | undefined, what: string): void => {
      if (code !== undefined && !codes.has(code)) fail(`${what} ${code} is not the code of any state or organisation`);
    };
    known(e.facts.state, 'facts.state');
    for (const p of e.facts.parties ?? []) known(p, 'facts.parties');
    for (const o of e.facts.offices ?? []) known(o.state, 'facts.offices state');
    for (const r of e.relations) if (!ids.has(r.entity)) fail(`relation ${r.type} names unknown entity "${r.entity}"`);
  }
}

// ---- the catalogue -----------------------------------------------------------------------------

function timeStart(t: TimeValue): string {
  return t.length === 4 ? `${t}-01-01` : t.length === 7 ? `${t}-01` : t;
}

function timeEnd(t: TimeValue): string {
  return t.length === 4 ? `${t}-12-31` : t.length === 7 ? `${t}-31` : t;
}

function build(entries: CatalogueEntry[]): Catalogue {
  const ids = new Map(entries.map((e) => [e.id, e]));
  const codes = new Map<string, CatalogueEntry>();
  for (const e of entries) {
    if (!isPrimary(e)) continue;
    for (const c of e.codes) {
      const other = codes.get(c);
      if (other) throw new CatalogueError(e.source, e.id, `code ${c} is already the code of "${other.id}"`);
      codes.set(c, e);
    }
  }
  check(entries, codes, ids);

  const exact = new Map<string, CatalogueEntry[]>();
  const loose = new Map<string, CatalogueEntry[]>();
  const add = (map: Map<string, CatalogueEntry[]>, key: string, e: CatalogueEntry): void => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of entries) {
    for (const name of [e.en, ...(e.ja ? [e.ja] : []), ...e.aliases.ja, ...e.aliases.en]) {
      add(exact, nameKey(name), e);
      add(loose, looseKey(name), e);
    }
  }
  const abbrevs = new Map<string, CatalogueEntry>();
  for (const e of entries) if (e.abbrev) abbrevs.set(e.abbrev, e);

  const lookupAll = (name: string): CatalogueEntry[] => {
    const byId = ids.get(name.trim());
    if (byId) return [byId];
    const byCode = codes.get(name.normalize('NFKC').trim().toUpperCase());
    const named = exact.get(nameKey(name)) ?? loose.get(looseKey(name)) ?? [];
    if (byCode) return [byCode, ...named.filter((e) => e !== byCode)];
    return named;
  };

  return {
    entries,
    byId: (id) => ids.get(id),
    byCode: (code) => codes.get(code),
    lookup: (name) => lookupAll(name)[0],
    lookupAll,
    abbrevs,
    organSuffixes: readList<OrganSuffix>('organ-suffixes.json', 'suffix'),
    personTitles: readList<PersonTitle>('person-titles.json', 'title'),
    administrationSuffixes: readList<OrganSuffix>('administration-suffixes.json', 'suffix'),
    ambiguous: readList<AmbiguousAlias>('ambiguous.json', 'alias'),
    personOffice(personId, date) {
      const e = ids.get(personId);
      if (!e || e.kind !== 'person') return undefined;
      const { facts } = e;
      if (date === undefined) {
        if (facts.state && facts.office) return { state: facts.state, office: facts.office };
        const first = facts.offices?.[0];
        return first ? { state: first.state, office: first.office } : undefined;
      }
      if (!isTimeValue(date)) throw new Error(`personOffice: not a time value: ${date}`);
      // The first listed office whose term overlaps the date (lists put the main office first).
      const held = (facts.offices ?? []).find(
        (o) => (o.from === undefined || timeStart(o.from) <= timeEnd(date)) && (o.until === undefined || timeEnd(o.until) >= timeStart(date)),
      );
      return held ? { state: held.state, office: held.office } : undefined;
    },
  };
}

/** Each kind's files: `persons.json` and any `persons-*.json` beside it (a large kind is kept in parts). */
function entryFiles(): Array<[string, EntityKind]> {
  const names = readdirSync(DATA_DIR).filter((n) => n.endsWith('.json')).sort();
  const out: Array<[string, EntityKind]> = [];
  for (const [file, kind] of ENTRY_FILES) {
    const stem = file.replace(/\.json$/, '');
    for (const n of names) if (n === file || (n.startsWith(`${stem}-`) && n !== 'state-overrides.json')) out.push([n, kind]);
  }
  return out;
}

/** Reads the catalogue files and an optional user file (same entry shape; a known id extends that entry). */
export function readCatalogue(options: { userFile?: string } = {}): Catalogue {
  const entries: CatalogueEntry[] = [];
  const ids = new Map<string, CatalogueEntry>();
  for (const [file, kind] of entryFiles()) {
    for (const raw of readEntries(resolve(DATA_DIR, file), file, false)) {
      if (raw.kind !== kind) throw new CatalogueError(file, raw.id, `kind ${raw.kind} does not belong in ${file} (${kind})`);
      const other = ids.get(raw.id);
      if (other) throw new CatalogueError(file, raw.id, `id already used in ${other.source}`);
      const entry = complete(raw, file);
      ids.set(entry.id, entry);
      entries.push(entry);
    }
  }
  if (options.userFile) {
    const path = resolve(options.userFile);
    const seen = new Set<string>();
    for (const raw of readEntries(path, path, true)) {
      if (seen.has(raw.id)) throw new CatalogueError(path, raw.id, 'id appears twice in the user file');
      seen.add(raw.id);
      const base = ids.get(raw.id);
      if (base) {
        extend(base, raw, path);
        continue;
      }
      if (raw.kind === undefined) throw new CatalogueError(path, raw.id, 'kind is missing (the id is not in the catalogue, so this is a new entry)');
      if (raw.en === undefined) throw new CatalogueError(path, raw.id, 'en (the English name) is missing');
      const entry = complete(raw, path);
      ids.set(entry.id, entry);
      entries.push(entry);
    }
  }
  return build(entries);
}

const cache = new Map<string, Catalogue>();

/** The catalogue, loaded once per user file. */
export function loadCatalogue(options: { userFile?: string } = {}): Catalogue {
  const key = options.userFile ? resolve(options.userFile) : '';
  let catalogue = cache.get(key);
  if (!catalogue) {
    catalogue = readCatalogue(options);
    cache.set(key, catalogue);
  }
  return catalogue;
}
