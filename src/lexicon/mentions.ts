// Mention detection: a longest-match scan of each sentence's normalised text against the catalogue's
// names, with boundary rules (Latin words, katakana words), state organs (ロシア軍, 米国務省),
// administrations (トランプ政権), numbered resolutions, exercise series (海上聯合2016), runs of
// one-character abbreviations (日米韓, 中露朝) and single abbreviations licensed by an affix (訪朝, 対露).
import { readFileSync } from 'node:fs';
import type { Mention, TextDoc } from '../types.js';
import { isKanji, isLatinLetter, isAsciiDigit } from '../text/chars.js';
import { normalizeString, toOriginal } from '../text/normalize.js';
import type { Catalogue, CatalogueEntry, OrganSuffix } from './catalogue.js';
import { Trie } from './trie.js';

interface Affixes {
  prefixes: string[];
  singleOnlyAfter: string[];
  suffixes: string[];
  notRuns: string[];
  stateBlockingSuffixes: string[];
  notAfterOrgan: Record<string, string[]>;
  abbreviationVariants: Record<string, string>;
  blockingExceptions: string[];
  genericAfter: string[];
}
const affixes = JSON.parse(readFileSync(new URL('../../data/lexicon/affixes.json', import.meta.url), 'utf8')) as Affixes;

type Found = Omit<Mention, 'start' | 'end' | 'sentence'>;

/** A numbered Security Council resolution: (国連)安保理決議(第)NNNN(号). */
const RESOLUTION = /^(?:国連)?(?:安全保障理事会|安保理)決議第?(\d{2,4})号?/;

interface Matcher {
  names: Trie<CatalogueEntry>;
  organs: Trie<OrganSuffix>;
  administrations: Trie<OrganSuffix>;
  titles: Trie<string>;
  licensing: Trie<string>;
  blocking: Trie<string>;
  notRuns: Trie<string>;
  surnames: Map<string, CatalogueEntry[]>;
  /** First characters of two-character surnames, so that most positions need no lookup. */
  surnameStarts: Set<string>;
  abbrevs: Map<string, CatalogueEntry>;
  prefixes: Set<string>;
  singleOnlyAfter: Set<string>;
  resolution: (n: string) => CatalogueEntry | undefined;
}

const matchers = new WeakMap<Catalogue, Matcher>();

function isKanaLetter(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
}
function isWordChar(c: number): boolean {
  return isLatinLetter(c) || isAsciiDigit(c);
}

function buildMatcher(cat: Catalogue): Matcher {
  const names = new Trie<CatalogueEntry>();
  for (const e of cat.entries) {
    const forms = new Set<string>([e.en, ...(e.ja ? [e.ja] : []), ...e.aliases.ja, ...e.aliases.en]);
    for (const f of forms) {
      // A name with its alternative in brackets (核兵器不拡散条約（NPT）) is two mentions, never one.
      if (/[()（）]/.test(f)) continue;
      const key = normalizeString(f);
      if (key.length < 2) continue;
      names.add(key, e);
      // Designations are written with and without their hyphen: H-6 / H6, Su-35 / Su35.
      if (/^[A-Za-z]{1,4}-\d/.test(key)) names.add(key.replace('-', ''), e);
    }
  }
  const suffixTrie = (list: OrganSuffix[]): Trie<OrganSuffix> => {
    const t = new Trie<OrganSuffix>();
    for (const s of list) t.add(normalizeString(s.suffix), s);
    return t;
  };
  const words = (list: string[]): Trie<string> => {
    const t = new Trie<string>();
    for (const w of list) t.add(normalizeString(w), w);
    return t;
  };
  const surnames = new Map<string, CatalogueEntry[]>();
  for (const e of cat.entries) {
    if (e.kind !== 'person' || !e.surname) continue;
    const key = normalizeString(e.surname);
    surnames.set(key, [...(surnames.get(key) ?? []), e]);
  }
  const resolutions = new Map<string, CatalogueEntry>();
  for (const e of cat.entries) {
    const m = /^unscr-(\d+)$/.exec(e.id);
    if (m) resolutions.set(m[1], e);
  }
  return {
    names,
    organs: suffixTrie(cat.organSuffixes),
    administrations: suffixTrie(cat.administrationSuffixes),
    titles: words(cat.personTitles.map((t) => t.title)),
    licensing: words([...affixes.suffixes, ...cat.personTitles.map((t) => t.title)]),
    blocking: words(affixes.stateBlockingSuffixes),
    notRuns: words(affixes.notRuns),
    surnames,
    surnameStarts: new Set([...surnames.keys()].filter((k) => k.length > 1).map((k) => k[0])),
    abbrevs: withVariants(cat.abbrevs),
    prefixes: new Set(affixes.prefixes),
    singleOnlyAfter: new Set(affixes.singleOnlyAfter),
    resolution: (n) => resolutions.get(n),
  };
}

/** The catalogue's one-character abbreviations plus the variants written for them (ロ for 露). */
function withVariants(abbrevs: Map<string, CatalogueEntry>): Map<string, CatalogueEntry> {
  const out = new Map(abbrevs);
  for (const [variant, base] of Object.entries(affixes.abbreviationVariants)) {
    const e = abbrevs.get(base);
    if (e) out.set(variant, e);
  }
  return out;
}

/** An abbreviation character at i: a kanji, or a katakana variant not followed by another katakana letter. */
function abbrevAt(m: Matcher, text: string, i: number, hi: number): boolean {
  if (!m.abbrevs.has(text[i])) return false;
  const c = text.charCodeAt(i);
  if (isKanji(c)) return true;
  return !(i + 1 < hi && isKanaLetter(text.charCodeAt(i + 1))) && !(i > 0 && isKanaLetter(text.charCodeAt(i - 1)));
}

function matcherFor(cat: Catalogue): Matcher {
  let m = matchers.get(cat);
  if (!m) {
    m = buildMatcher(cat);
    matchers.set(cat, m);
  }
  return m;
}

const codesOf = (e: CatalogueEntry): string[] => (e.kind === 'state' || e.kind === 'organization' ? e.codes : []);

function entityMention(e: CatalogueEntry, normStart: number, normEnd: number): Found {
  return { normStart, normEnd, kind: e.kind, codes: codesOf(e), entity: e.id, name: e.en };
}

/** The state an entity stands for: a state itself, an organ's state, a person's state. */
function stateOf(cat: Catalogue, e: CatalogueEntry): CatalogueEntry | undefined {
  if (e.kind === 'state') return e;
  const code = e.facts.state;
  return code ? cat.byCode(code) : undefined;
}

function organMention(cat: Catalogue, state: CatalogueEntry, organ: OrganSuffix, ns: number, ne: number): Found {
  const stem = organ.id ?? organ.en?.toLowerCase().replace(/[^a-z0-9]+/g, '-') ?? 'organ';
  return {
    normStart: ns, normEnd: ne, kind: 'organization', codes: state.codes.slice(0, 1), entity: `${state.id}-${stem}`,
    name: `${state.en} ${organ.en ?? organ.suffix}`.trim(),
  };
}

function longest<T>(trie: Trie<T>, text: string, at: number, end: number): [number, T] | null {
  const m = trie.matchesAt(text, at, end);
  return m.length ? [m[0][0], m[0][1][0]] : null;
}

/** Boundary rules: a Latin name is a whole word; a katakana name is not part of a longer katakana word. */
function boundariesOk(text: string, s: number, e: number, lo: number, hi: number): boolean {
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  const before = s > lo ? text.charCodeAt(s - 1) : -1;
  const after = e < hi ? text.charCodeAt(e) : -1;
  if (isWordChar(first) && before !== -1 && isWordChar(before)) return false;
  if (isWordChar(last) && after !== -1 && isWordChar(after)) return false;
  if (isKanaLetter(first) && before !== -1 && isKanaLetter(before)) return false;
  if (isKanaLetter(last) && after !== -1 && isKanaLetter(after)) return false;
  return true;
}

/** Finds the mentions of one sentence's normalised text [lo, hi). */
function scanSentence(cat: Catalogue, m: Matcher, text: string, lo: number, hi: number, persons: Map<string, CatalogueEntry>): Found[] {
  const out: Found[] = [];
  let i = lo;
  while (i < hi) {
    // Numbered resolutions: (国連)安保理決議(第)NNNN(号)
    const res = (text[i] === '国' || text[i] === '安') ? RESOLUTION.exec(text.slice(i, Math.min(hi, i + 24))) : null;
    if (res) {
      const entry = m.resolution(res[1]);
      out.push(entry ? entityMention(entry, i, i + res[0].length)
        : { normStart: i, normEnd: i + res[0].length, kind: 'treaty', codes: [], entity: `unscr-${res[1]}`, name: `UNSC Resolution ${res[1]}` });
      i += res[0].length;
      continue;
    }
    let taken = false;
    for (const [end, entries] of m.names.matchesAt(text, i, hi)) {
      if (!boundariesOk(text, i, end, lo, hi)) continue;
      const e = entries[0];
      if ((e.kind === 'state' && longest(m.blocking, text, end, hi) && !affixes.blockingExceptions.some((w) => text.startsWith(w, end))) ||
        affixes.genericAfter.some((w) => text.startsWith(w, end))) {
        i = end; // 日本人, ロシア語: not a mention of the state
        taken = true;
        break;
      }
      let found = extend(cat, m, text, i, end, hi, e);
      // 米国務省: the abbreviation 米 with the organ 国務省 reads longer than the name 米国.
      if (abbrevAt(m, text, i, hi)) {
        const organ = organAt(m, text, i + 1, hi);
        if (organ && organ[0] > found.normEnd) found = organMention(cat, m.abbrevs.get(text[i])!, organ[1], i, organ[0]);
      }
      out.push(found);
      i = found.normEnd;
      if (e.kind === 'person') {
        persons.set(e.surname ? normalizeString(e.surname) : e.id, e);
        // A title after a name is not a name of its own: 王毅外交部長 names no ministry.
        if (found.kind === 'person') i = longest(m.titles, text, i, hi)?.[0] ?? i;
      }
      taken = true;
      break;
    }
    if (taken) continue;
    // Ordinary words made of abbreviation characters (朝日, 中日新聞 unless the catalogue names it).
    const blocked = longest(m.notRuns, text, i, hi);
    if (blocked) {
      i = blocked[0];
      continue;
    }
    const ch = text[i];
    // A person's bare surname before a title: 金総書記 → 金.
    const people = m.surnames.get(ch) ?? (i + 1 < hi && m.surnameStarts.has(ch) ? m.surnames.get(text.slice(i, i + 2)) : undefined);
    if (people && !(i > lo && isKanji(text.charCodeAt(i - 1)))) {
      const key = m.surnames.has(ch) ? ch : text.slice(i, i + 2);
      const title = longest(m.titles, text, i + key.length, hi);
      if (title) {
        // The person the title fits (李国防部長 is the defence minister, not the premier), else the one
        // last named in full, else the catalogue's first.
        const t = text.slice(i + key.length, title[0]);
        const fits = people.filter((p) => [p.facts.office, ...(p.facts.offices ?? []).map((o) => o.office)].some((o) => o && (o.endsWith(t) || t.endsWith(o))));
        const last = persons.get(key);
        const who = (last && (fits.length === 0 || fits.includes(last)) ? last : fits[0]) ?? last ?? people[0];
        out.push(entityMention(who, i, i + key.length));
        i += key.length;
        continue;
      }
    }
    if (abbrevAt(m, text, i, hi)) {
      const found = abbreviation(cat, m, text, i, lo, hi);
      if (found) {
        out.push(found);
        i = found.normEnd;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** What follows a name may make it longer: an organ suffix, an administration, a series year. */
function extend(cat: Catalogue, m: Matcher, text: string, s: number, e: number, hi: number, entry: CatalogueEntry): Found {
  if (entry.kind === 'state') {
    const organ = organAt(m, text, e, hi);
    if (organ) return organMention(cat, entry, organ[1], s, organ[0]);
  }
  if (entry.kind === 'person') {
    const state = stateOf(cat, entry);
    // トランプ米政権: the state's abbreviation may stand between the leader and 政権.
    const abbrevOfState = state && text[e] !== undefined && m.abbrevs.get(text[e])?.id === state.id ? 1 : 0;
    const adm = longest(m.administrations, text, e + abbrevOfState, hi);
    if (adm && state) {
      return {
        normStart: s, normEnd: adm[0], kind: 'organization', codes: state.codes.slice(0, 1),
        entity: `${entry.id}-administration`, name: `${entry.en} administration`,
      };
    }
  }
  if (entry.series) {
    const y = /^-?(\d{2,4})/.exec(text.slice(e, Math.min(hi, e + 6)));
    if (y) return entityMention(entry, s, e + y[0].length);
  }
  return entityMention(entry, s, e);
}

function organAt(m: Matcher, text: string, at: number, hi: number): [number, OrganSuffix] | null {
  const organ = longest(m.organs, text, at, hi);
  if (!organ) return null;
  const suffix = text.slice(at, organ[0]);
  const guard = affixes.notAfterOrgan[suffix];
  if (guard && organ[0] < hi && guard.some((g) => text.startsWith(g, organ[0]))) return null;
  return organ;
}

/** Runs of one-character abbreviations and single abbreviations licensed by an affix. */
function abbreviation(cat: Catalogue, m: Matcher, text: string, i: number, lo: number, hi: number): Found | null {
  const prev = i > lo ? text[i - 1] : '';
  const singleOnly = m.singleOnlyAfter.has(prev);
  let j = i;
  while (j < hi && abbrevAt(m, text, j, hi)) j++;
  if (j - i >= 2 && !singleOnly) {
    const members = [...text.slice(i, j)].map((ch) => m.abbrevs.get(ch)!);
    if (new Set(members.map((x) => x.id)).size === members.length) {
      return {
        normStart: i, normEnd: j, kind: 'state', codes: members.map((x) => x.codes[0]),
        entity: members.map((x) => x.codes[0].toLowerCase()).join('+'), name: members.map((x) => x.en).join(', '), members: members.map((x) => x.id),
      };
    }
  }
  const entry = m.abbrevs.get(text[i])!;
  const prefixed = m.prefixes.has(prev);
  const startsWord = prefixed || !(i > lo && isKanji(text.charCodeAt(i - 1)));
  if (!startsWord) return null;
  const organ = organAt(m, text, i + 1, hi);
  if (organ) return organMention(cat, entry, organ[1], i, organ[0]);
  if (prefixed || longest(m.licensing, text, i + 1, hi)) return entityMention(entry, i, i + 1);
  // 米バイデン大統領, 米キャンプ・デイビッド: the abbreviation qualifies the name that follows it.
  const next = m.names.matchesAt(text, i + 1, hi)[0];
  if (next && next[0] - (i + 1) >= 2 && next[1][0].kind !== 'state') return entityMention(entry, i, i + 1);
  return null;
}

/** The mentions of a document, in original offsets. */
export function findMentions(doc: TextDoc, cat: Catalogue): Mention[] {
  const m = matcherFor(cat);
  const persons = new Map<string, CatalogueEntry>();
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    for (const f of scanSentence(cat, m, doc.norm, s.normStart, s.normEnd, persons)) {
      const span = toOriginal(doc.original, doc.normToOrig, f.normStart, f.normEnd);
      out.push(Object.assign(f, { start: span.start, end: span.end, sentence: s.index }));
    }
  }
  return out;
}
