// The actors of a span of text at state/organisation level: states and organisations by their codes,
// persons by the state of the office they held at the date, places by their state, weapons by their
// state (for their own tests), treaties and operations for their parties, and 両国/同国 resolved to
// the pair or the state named last.
import { readFileSync } from 'node:fs';
import type { Catalogue, CatalogueEntry } from '../lexicon/catalogue.js';
import type { Mention, Quantity, Sentence, TextDoc, TimeValue, Timex } from '../types.js';
import type { ActorSpan } from './attach.js';
import { CueTrie } from './cue-trie.js';
import type { DateAnchor } from './event-dates.js';

/** What one span (a sentence, or a table cell) is read with. */
export interface SpanInput {
  lo: number;
  hi: number;
  sentence: Sentence;
  mentions: Mention[];
  timexes: Timex[];
  quantities: Quantity[];
  /** A date fixed by the context (a table cell's own date): used when the span names none. */
  fixedDate?: TimeValue | null;
  /** Actors the context supplies when the span names no subject (a chronology column's heading). */
  defaultSource?: string[];
}

/** What the reader carries from one sentence to the next. */
export interface DocState {
  documentDate: TimeValue | null;
  anchor: DateAnchor;
  /** Codes of the topic of the last sentence that named one, and how many sentences ago. */
  topic: string[];
  topicAge: number;
  /** Recent state codes, most recent last (for 両国, 同国). */
  recent: string[];
  lastTreaty: Mention | null;
  /** The last international body named (a vote's or a draft's venue when a sentence names none). */
  lastBody: string | null;
  /** States of the persons named recently, most recent last (for 3人は, 両首脳は). */
  persons?: string[];
  /** Codes of the last organisation named (for 同省は, 同機関は). */
  lastOrg?: string[];
  /** Events read so far (codes joined by commas), for coreference and re-reports. */
  history: Array<{ type: string; source: string; target: string; date: TimeValue | null; sentence: number; mode?: string; flow?: string; context?: string }>;
}

export const ACTOR_KINDS = new Set(['state', 'organization', 'person']);

/** The state or organisation codes a mention acts for at a date. */
export function actorCodes(cat: Catalogue, m: Mention, date: TimeValue | null): string[] {
  if ((m.kind === 'state' || m.kind === 'organization') && m.codes.length) return m.codes;
  if (m.kind === 'organization') {
    const org = cat.byId(m.entity);
    return org?.facts.state ? [org.facts.state] : [];
  }
  if (m.kind !== 'person') return [];
  const office = safeOffice(cat, m.entity, date);
  if (office) return [office];
  const e = cat.byId(m.entity);
  return e?.facts.state ? [e.facts.state] : [];
}

function safeOffice(cat: Catalogue, id: string, date: TimeValue | null): string | null {
  try {
    return cat.personOffice(id, date ?? undefined)?.state ?? null;
  } catch {
    return null;
  }
}

/** The state a place lies in (facts.state, or a located_in chain to a state). */
export function placeState(cat: Catalogue, e: CatalogueEntry | undefined): string | null {
  for (let hop = 0; e && hop < 4; hop++) {
    if (e.kind === 'state') return e.codes[0] ?? null;
    if (e.facts.state) return e.facts.state;
    const rel = e.relations.find((r) => r.type === 'located_in');
    e = rel ? cat.byId(rel.entity) : undefined;
  }
  return null;
}

export function treatyParties(cat: Catalogue, m: Mention): string[] {
  const e = cat.byId(m.entity);
  return e?.facts.parties ?? [];
}

export const REFERENCES: Array<[string, 'pair' | 'one']> = [
  ['両国', 'pair'], ['両軍', 'pair'], ['両首脳', 'pair'], ['両外相', 'pair'], ['両国防相', 'pair'], ['両政府', 'pair'], ['両国間', 'pair'], ['双方', 'pair'],
  ['同国', 'one'], ['同政府', 'one'], ['同政権', 'one'],
];

const PERSON_PAIRS = new Set(['両首脳', '両外相', '両国防相']);

/** 同省は, 同機関は: the organisation named last. */
export const ORG_REFERENCES = ['同省', '同庁', '同局', '同部', '同軍', '同機関', '同委員会', '同パネル', '同理事会', '同事務局', '同社', '同紙', '同通信', '同研究所', '同報告書'];
/** A counted reference (3人は, 両外相は, the two leaders): how many, and whether persons or states are counted. */
interface Counted {
  n: number;
  states: boolean;
}

/** 3人は, 両外相は, 3カ国は: as many persons or states as were just named; keys are number + counter. */
const COUNTED = (() => {
  const t = new CueTrie<Counted>();
  const numbers: Array<[string, number]> = [['2', 2], ['3', 3], ['4', 4], ['5', 5], ['２', 2], ['３', 3], ['４', 4], ['５', 5], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['両', 2]];
  for (const [d, n] of numbers) {
    for (const c of ['人', '者', '氏', '首脳', '外相', '国防相', '閣僚']) t.add(d + c, { n, states: false });
    for (const c of ['カ国', 'か国', 'ヵ国', 'ヶ国']) t.add(d + c, { n, states: true });
  }
  return t;
})();
/** What may follow a counted reference that stands as an actor (3人は, 3カ国の外相は). */
const AFTER_COUNTED = /^(?:は|が|も|とも|で|の(?:外相|首脳|国防相|代表|政府))/;
/** the two leaders, both sides, the three ministers (lower case). */
const EN_COUNTED = (() => {
  const t = new CueTrie<Counted>();
  const nouns: Array<[string, boolean]> = [['leaders', false], ['ministers', false], ['foreign ministers', false], ['defense ministers', false], ['defence ministers', false],
    ['presidents', false], ['secretaries', false], ['officials', false], ['countries', true], ['nations', true], ['sides', true], ['governments', true], ['allies', true],
    ['militaries', true], ['navies', true], ['armies', true]];
  for (const [w, n] of [['two', 2], ['both', 2], ['three', 3], ['four', 4]] as Array<[string, number]>) for (const [noun, states] of nouns) t.add(`${w} ${noun}`, { n, states });
  return t;
})();

const isDigitLike = (c: string | undefined): boolean => c !== undefined && /[\d０-９〇一二三四五六七八九十]/.test(c);

/** Counted references in `s` (a trie scan): [start, end, count]. */
function countedIn(s: string, en: boolean): Array<[number, number, Counted]> {
  const out: Array<[number, number, Counted]> = [];
  const text = en ? s.toLowerCase() : s;
  const trie = en ? EN_COUNTED : COUNTED;
  for (let p = 0; p < text.length; p++) {
    if (!trie.first.has(text.charCodeAt(p))) continue;
    const m = trie.longest(text, p);
    if (!m) continue;
    if (en ? /[a-z]/.test(text[p - 1] ?? '') || /[a-z]/.test(text[m.end] ?? '') : isDigitLike(s[p - 1]) || !AFTER_COUNTED.test(s.slice(m.end, m.end + 5))) continue;
    out.push([p, m.end, m.value]);
    p = m.end - 1;
  }
  return out;
}

export const hasReference = (s: string): boolean => REFERENCES.some(([w]) => s.includes(w)) || ORG_REFERENCES.some((w) => s.includes(w)) ||
  countedIn(s, false).length > 0 || countedIn(s, true).length > 0;

/** The actor spans of a span of text: mentions that can act, places, treaties, and 両国/同国. */
export function actorSpans(cat: Catalogue, doc: TextDoc, input: SpanInput, state: DocState): { actors: ActorSpan[]; mentions: Array<Mention | null> } {
  const actors: ActorSpan[] = [];
  const ms: Array<Mention | null> = [];
  for (const m of input.mentions) {
    if (m.normStart < input.lo || m.normEnd > input.hi) continue;
    if (ACTOR_KINDS.has(m.kind)) {
      const codes = actorCodes(cat, m, state.documentDate);
      if (!codes.length) continue;
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes, kind: 'actor', entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else if (m.kind === 'place') {
      const st = placeState(cat, cat.byId(m.entity));
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes: st ? [st] : [], kind: 'place', entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else if (m.kind === 'weapon') {
      const st = cat.byId(m.entity)?.facts.state;
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes: st ? [st] : [], kind: 'weapon', entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else if (m.kind === 'treaty' || m.kind === 'operation') {
      actors.push({ normStart: m.normStart, normEnd: m.normEnd, codes: [], kind: m.kind, entityKind: m.kind, troops: false, modifier: false, ref: ms.length });
    } else continue;
    ms.push(m);
  }
  // 両国 / 同国: the pair or the state named last.
  const text = doc.norm;
  const slice = text.slice(input.lo, input.hi);
  for (const [word, kind] of REFERENCES) {
    if (!slice.includes(word)) continue;
    let at = text.indexOf(word, input.lo);
    while (at >= 0 && at + word.length <= input.hi) {
      if (!actors.some((a) => a.normStart <= at && a.normEnd > at)) {
        // 両首脳, 両外相: the states of the two persons just named, when persons were named.
        const persons = PERSON_PAIRS.has(word) && (state.persons?.length ?? 0) >= 2;
        const before = actors.filter((a) => a.kind === 'actor' && a.normEnd <= at && (!persons || a.entityKind === 'person')).flatMap((a) => a.codes);
        const pool = [...(persons ? state.persons ?? [] : state.recent), ...before];
        const distinct: string[] = [];
        for (let k = pool.length - 1; k >= 0 && distinct.length < (kind === 'pair' ? 2 : 1); k--) if (!distinct.includes(pool[k])) distinct.push(pool[k]);
        if (distinct.length === (kind === 'pair' ? 2 : 1)) {
          actors.push({ normStart: at, normEnd: at + word.length, codes: distinct.reverse(), kind: 'actor', entityKind: 'ref', troops: false, modifier: false, ref: -1 });
          ms.push(null);
        }
      }
      at = text.indexOf(word, at + word.length);
    }
  }
  if (doc.language === 'en') {
    for (const d of demonymSpans(text, input.lo, input.hi, actors)) {
      actors.push(d);
      ms.push(null);
    }
    // North Korea's troops, Russian forces: the state's forces.
    const troopNouns = demonymTable().troopNouns;
    for (const a of actors) {
      if (a.kind !== 'actor') continue;
      const next = /^(?:'s)?\s+(?:[A-Za-z-]+\s+)?([a-z]+)/.exec(text.slice(a.normEnd, Math.min(input.hi, a.normEnd + 30)));
      if (next && troopNouns.has(next[1])) a.troops = true;
    }
  }
  // 政府は, 政府が: in a Japanese text the government named without a state is Japan's.
  if (doc.language === 'ja' && slice.includes('政府')) {
    let at = slice.indexOf('政府');
    while (at >= 0) {
      const abs = input.lo + at;
      const prev = at > 0 ? slice.charCodeAt(at - 1) : 0;
      const bare = at === 0 || !(isNameLike(prev) || slice[at - 1] === 'の' || slice[at - 1] === '同' || slice[at - 1] === '両' || slice[at - 1] === '各');
      if (bare && /^(?:は|が|も|として)/.test(slice.slice(at + 2, at + 5)) && !actors.some((a) => a.normStart <= abs && a.normEnd > abs)) {
        actors.push({ normStart: abs, normEnd: abs + 2, codes: ['JPN'], kind: 'actor', entityKind: 'organization', troops: false, modifier: false, ref: -1 });
        ms.push(null);
      }
      at = slice.indexOf('政府', at + 2);
    }
  }
  // 同省は: the organisation named last.
  if (state.lastOrg?.length) {
    for (const word of ORG_REFERENCES) {
      let at = slice.indexOf(word);
      while (at >= 0) {
        const abs = input.lo + at;
        if (!actors.some((a) => a.normStart <= abs && a.normEnd > abs)) {
          actors.push({ normStart: abs, normEnd: abs + word.length, codes: [...state.lastOrg], kind: 'actor', entityKind: 'ref', troops: false, modifier: false, ref: -1 });
          ms.push(null);
        }
        at = slice.indexOf(word, at + word.length);
      }
    }
  }
  // 3人は, 両外相は, 3カ国の外相は, the two leaders: the states of as many persons (or states) as were just named.
  for (const [from, to, c] of countedIn(slice, doc.language === 'en')) {
    const abs = input.lo + from;
    if (actors.some((a) => a.normStart <= abs && a.normEnd > abs)) continue;
    const before = actors.filter((a) => a.kind === 'actor' && a.normEnd <= abs && (doc.language === 'en' || (c.states ? a.entityKind === 'state' : a.entityKind === 'person'))).flatMap((a) => a.codes);
    const pool = [...(c.states || !state.persons?.length ? state.recent : state.persons), ...before];
    const distinct: string[] = [];
    for (let k = pool.length - 1; k >= 0 && distinct.length < c.n; k--) if (!distinct.includes(pool[k])) distinct.push(pool[k]);
    if (distinct.length >= 2) {
      actors.push({ normStart: abs, normEnd: input.lo + to, codes: distinct.reverse(), kind: 'actor', entityKind: 'ref', troops: false, modifier: false, ref: -1 });
      ms.push(null);
    }
  }
  const order = actors.map((_, i) => i).sort((a, b) => actors[a].normStart - actors[b].normStart || actors[b].normEnd - actors[a].normEnd);
  return { actors: order.map((i, k) => ({ ...actors[i], ref: k })), mentions: order.map((i) => ms[i]) };
}


interface DemonymTable {
  byKey: Map<string, string>;
  /** First words of the keys, for the scan. */
  first: Set<string>;
  held: Set<string>;
  proxy: Set<string>;
  notBefore: Set<string>;
  troopNouns: Set<string>;
}

let demonyms: DemonymTable | null = null;

/** data/rules/event-demonyms.json, read once. */
export function demonymTable(): DemonymTable {
  if (demonyms) return demonyms;
  const raw = JSON.parse(readFileSync(new URL('../../data/rules/event-demonyms.json', import.meta.url), 'utf8')) as {
    demonyms: Record<string, string>; heldSuffixes: string[]; proxySuffixes: string[]; notBefore: string[]; troopNouns: string[];
  };
  const byKey = new Map<string, string>();
  const first = new Set<string>();
  for (const [k, code] of Object.entries(raw.demonyms)) {
    byKey.set(k, code);
    first.add(k.split(' ')[0]);
  }
  demonyms = {
    byKey, first, held: new Set(raw.heldSuffixes), proxy: new Set(raw.proxySuffixes), notBefore: new Set(raw.notBefore), troopNouns: new Set(raw.troopNouns),
  };
  return demonyms;
}

/** Kanji, katakana or Latin: a name or noun runs on before the character. */
const isNameLike = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a0 && c <= 0x30ff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * English demonyms in [lo, hi) where no mention stands (Russian forces, Chinese coast guard, North Korean
 * troops, the Russians): one actor span per demonym, for its state. X-held marks the holder of a place;
 * X-backed, X-made name no actor. A word scan over capitalised words only.
 */
export function demonymSpans(text: string, lo: number, hi: number, taken: ActorSpan[]): ActorSpan[] {
  const t = demonymTable();
  const out: ActorSpan[] = [];
  const covered = (s: number, e: number): boolean => taken.some((a) => a.normStart < e && s < a.normEnd);
  let i = lo;
  while (i < hi) {
    const c = text.charCodeAt(i);
    if (!isUpper(c) || (i > lo && (isLetter(text.charCodeAt(i - 1)) || text[i - 1] === '.'))) {
      i++;
      continue;
    }
    let j = i;
    while (j < hi && (isLetter(text.charCodeAt(j)) || (text[j] === '.' && isUpper(text.charCodeAt(j - 1))))) j++;
    let word = text.slice(i, j);
    if (!t.first.has(word) && !(word.endsWith('s') && t.byKey.has(word.slice(0, -1)))) {
      i = j;
      continue;
    }
    // The longest key starting here: one word or two (North Korean, Sri Lankan).
    let end = j;
    let code = t.byKey.get(word) ?? (word.endsWith('s') && !word.endsWith('.') ? t.byKey.get(word.slice(0, -1)) : undefined);
    const two = /^ ([A-Z][a-z]+)/.exec(text.slice(j, Math.min(hi, j + 20)));
    if (two && t.byKey.has(`${word} ${two[1]}`)) {
      word = `${word} ${two[1]}`;
      code = t.byKey.get(word);
      end = j + 1 + two[1].length;
    }
    if (!code && word.endsWith('.') && t.byKey.has(word)) code = t.byKey.get(word);
    if (!code || covered(i, end)) {
      i = end;
      continue;
    }
    const after = text.slice(end, Math.min(hi, end + 24));
    const hyphen = /^-([A-Za-z]+)/.exec(after);
    let held = false;
    if (hyphen) {
      if (t.held.has(hyphen[1].toLowerCase())) held = true;
      else if (t.proxy.has(hyphen[1].toLowerCase()) || t.proxy.has(hyphen[1])) {
        i = end + hyphen[0].length;
        continue;
      }
    }
    const next = /^\s+([A-Za-z]+)/.exec(after);
    if (next && t.notBefore.has(next[1])) {
      i = end;
      continue;
    }
    out.push({ normStart: i, normEnd: end, codes: [code], kind: 'actor', entityKind: 'state', troops: false, modifier: false, ref: -1, held });
    i = end;
  }
  return out;
}
