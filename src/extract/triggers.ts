// The event trigger dictionary (data/rules/event-triggers.json), its object nouns (event-objects.json)
// and non-event cues (event-blockers.json), compiled once into tries for the scan over TextDoc.norm.
import { readFileSync } from 'node:fs';
import type { Flow, PloverType } from '../types.js';
import { PLOVER_TYPES } from '../types.js';
import { CueTrie } from './cue-trie.js';

/** A role an actor can take in an event, or a slot that carries no actor. */
export type Role = 'source' | 'target' | 'partner' | 'object' | 'about' | 'location';
export type RoleMap = Record<string, Role>;
export interface RoleSet {
  active: RoleMap;
  passive: RoleMap;
}

interface RawTrigger {
  trigger: string;
  type: string;
  lang?: 'ja' | 'en';
  roles?: string | RoleSet;
  mode?: string;
  context?: string;
  flow?: string;
  flowFrom?: boolean;
  symmetric?: boolean;
  quote?: boolean;
  mutual?: boolean;
  splitSources?: boolean;
  requires?: string[];
  requiresObject?: string[];
  requiresContent?: string[];
  requiresContentWords?: string[];
  requiresSourceCode?: boolean;
  minParticipants?: number;
  defaultTarget?: string;
  jointSubject?: boolean;
  venueTarget?: boolean;
  ignore?: boolean;
  denial?: boolean;
  contentBefore?: boolean;
}

interface RawTriggers {
  roleSets: Record<string, RoleSet>;
  typeDefaults: Record<string, Omit<RawTrigger, 'trigger' | 'type'>>;
  triggers: RawTrigger[];
}

/** One dictionary entry with its type's defaults filled in. */
export interface TriggerEntry {
  trigger: string;
  type: PloverType;
  lang: 'ja' | 'en';
  roleSet: string;
  roles: RoleSet;
  mode?: string;
  context?: string;
  flow?: Flow;
  flowFrom: boolean;
  symmetric: boolean;
  quote: boolean;
  mutual: boolean;
  splitSources: boolean;
  requires: Array<'source' | 'target'>;
  requiresObject: string[];
  requiresContent: string[];
  /** Words one of which the quoted or object clause must hold (指摘: 違反, 授受 …). */
  requiresContentWords: string[];
  requiresSourceCode: boolean;
  minParticipants: number;
  /** The body acted upon when the text names none (拒否権 → UNSC). */
  defaultTarget?: string;
  /** Joint only when two or more subjects are named together (日米韓は…決定した). */
  jointSubject: boolean;
  /** A vote or a draft: the body where it happens is the target (安保理で賛成, 決議案を提出). */
  venueTarget: boolean;
  /** A phrase that looks like a trigger but reports no act of its own (賛成多数で採択): matched, then dropped. */
  ignore: boolean;
  /** A denial (関与を否定): the act denied is the subject's own; the names in it are not the ones rejected. */
  denial: boolean;
  /** An offer whose content stands right before it (交渉に応じる用意があると表明): its names are the addressees. */
  contentBefore: boolean;
}

export interface Refinement {
  triggers: string[];
  object?: string | string[];
  /** Applies only when none of these classes stands in the clause. */
  unless?: string[];
  /** The object shows the trigger reports no event between actors (情報を提供). */
  drop?: boolean;
  set?: Partial<Pick<TriggerEntry, 'type' | 'mode' | 'context' | 'flow'>>;
  withTarget?: Partial<Pick<TriggerEntry, 'type' | 'mode' | 'context' | 'flow'>>;
  withoutTarget?: Partial<Pick<TriggerEntry, 'type' | 'mode' | 'context' | 'flow'>>;
  withPartners?: Partial<Pick<TriggerEntry, 'type' | 'mode' | 'context' | 'flow'>>;
  subjectTroops?: Partial<Pick<TriggerEntry, 'type' | 'mode' | 'context' | 'flow'>>;
}

interface RawObjects {
  flowClasses: string[];
  classes: Record<string, string[]>;
  refinements: Refinement[];
}

export interface Blockers {
  tail: string[];
  negation: string[];
  negationSkip: string[];
  before: string[];
  nounSuffixes: string[];
  continuations: string[];
  genitiveAllowed: string[];
  prefixes: string[];
  chainTail: string[];
  determiners: string[];
  lightVerbs: string[];
  abstractNouns: string[];
  decisionVerbs: string[];
  /** Concrete acts that, named again (今回の発射, the launch), are reported again. */
  reReported: string[];
  en: { tail: string[]; before: string[]; nounSuffixes: string[] };
}

export interface ObjectNoun {
  noun: string;
  cls: string;
}

/** Everything the event layer reads from data/rules, compiled. */
export interface EventRules {
  ja: CueTrie<TriggerEntry>;
  /** English entries by first word (lower case). */
  en: Map<string, TriggerEntry[]>;
  /** Characters that can start a Japanese trigger: the cheap sentence filter. */
  jaFirst: Set<string>;
  objects: CueTrie<ObjectNoun>;
  objectsEn: Map<string, ObjectNoun>;
  flowClasses: Set<string>;
  refinements: Refinement[];
  blockers: Blockers;
  tail: CueTrie<string>;
  before: CueTrie<string>;
  nounSuffixes: CueTrie<string>;
  continuations: CueTrie<string>;
  genitiveAllowed: CueTrie<string>;
  chainTail: CueTrie<string>;
  determiners: CueTrie<string>;
  prefixes: Set<string>;
  /** Every entry, for tests and listings. */
  entries: TriggerEntry[];
  /** The entry for a named operation or exercise told as held (`@operation`), if the dictionary has one. */
  operation: TriggerEntry | null;
}

const RULES_DIR = new URL('../../data/rules/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, RULES_DIR), 'utf8')) as T;

const FLOWS = new Set<string>(['munitions', 'weapons', 'troops', 'technology', 'energy', 'money', 'goods', 'political']);
const isType = (t: string): t is PloverType => (PLOVER_TYPES as readonly string[]).includes(t);
const asFlow = (f: string | undefined): Flow | undefined => (f && FLOWS.has(f) ? (f as Flow) : undefined);

function complete(raw: RawTrigger, data: RawTriggers): TriggerEntry {
  if (!isType(raw.type)) throw new Error(`event-triggers.json: unknown PLOVER type ${raw.type} (${raw.trigger})`);
  const d = data.typeDefaults[raw.type] ?? {};
  const pick = <K extends keyof RawTrigger>(k: K): RawTrigger[K] => (raw[k] !== undefined ? raw[k] : (d as RawTrigger)[k]);
  const rolesRef = pick('roles') ?? 'actOn';
  const roles = typeof rolesRef === 'string' ? data.roleSets[rolesRef] : rolesRef;
  if (!roles) throw new Error(`event-triggers.json: unknown role set ${String(rolesRef)} (${raw.trigger})`);
  const requires = (pick('requires') ?? []).filter((r): r is 'source' | 'target' => r === 'source' || r === 'target');
  return {
    trigger: raw.trigger,
    type: raw.type,
    lang: raw.lang ?? 'ja',
    roleSet: typeof rolesRef === 'string' ? rolesRef : 'inline',
    roles,
    mode: pick('mode'),
    context: pick('context'),
    flow: asFlow(pick('flow')),
    flowFrom: pick('flowFrom') ?? false,
    symmetric: pick('symmetric') ?? false,
    quote: pick('quote') ?? false,
    mutual: pick('mutual') ?? false,
    splitSources: pick('splitSources') ?? false,
    requires,
    requiresObject: pick('requiresObject') ?? [],
    requiresContent: pick('requiresContent') ?? [],
    requiresContentWords: pick('requiresContentWords') ?? [],
    requiresSourceCode: pick('requiresSourceCode') ?? false,
    minParticipants: pick('minParticipants') ?? (pick('symmetric') ? 2 : 0),
    defaultTarget: pick('defaultTarget'),
    jointSubject: pick('jointSubject') ?? false,
    venueTarget: pick('venueTarget') ?? false,
    ignore: pick('ignore') ?? false,
    denial: pick('denial') ?? false,
    contentBefore: pick('contentBefore') ?? false,
  };
}

function wordTrie(words: string[]): CueTrie<string> {
  const t = new CueTrie<string>();
  for (const w of words) t.add(w, w);
  return t;
}

let cached: EventRules | null = null;

/** The compiled rules, read once per process. */
export function eventRules(): EventRules {
  if (cached) return cached;
  const data = readJson<RawTriggers>('event-triggers.json');
  const objects = readJson<RawObjects>('event-objects.json');
  const blockers = readJson<Blockers>('event-blockers.json');
  const ja = new CueTrie<TriggerEntry>();
  const en = new Map<string, TriggerEntry[]>();
  const jaFirst = new Set<string>();
  const entries: TriggerEntry[] = [];
  let operation: TriggerEntry | null = null;
  for (const raw of data.triggers) {
    const e = complete(raw, data);
    entries.push(e);
    if (e.trigger === '@operation') {
      operation = e;
      continue;
    }
    if (e.lang === 'en') {
      const first = e.trigger.toLowerCase().split(' ')[0];
      en.set(first, [...(en.get(first) ?? []), e]);
    } else {
      ja.add(e.trigger, e);
      jaFirst.add(e.trigger[0]);
    }
  }
  const objTrie = new CueTrie<ObjectNoun>();
  const objectsEn = new Map<string, ObjectNoun>();
  for (const [cls, nouns] of Object.entries(objects.classes)) {
    for (const noun of nouns) {
      if (/^[a-z][a-z -]*$/.test(noun)) objectsEn.set(noun, { noun, cls });
      else objTrie.add(noun, { noun, cls });
    }
  }
  cached = {
    ja, en, jaFirst, objects: objTrie, objectsEn, flowClasses: new Set(objects.flowClasses), refinements: objects.refinements,
    blockers, tail: wordTrie(blockers.tail), before: wordTrie(blockers.before), nounSuffixes: wordTrie(blockers.nounSuffixes),
    continuations: wordTrie(blockers.continuations), genitiveAllowed: wordTrie(blockers.genitiveAllowed),
    chainTail: wordTrie(blockers.chainTail), determiners: wordTrie(blockers.determiners),
    prefixes: new Set(blockers.prefixes), entries, operation,
  };
  return cached;
}

/** Object-noun classes of an English phrase: its words (plural or singular) and two-word names. */
export function objectClassesEn(rules: EventRules, lower: string): string[] {
  const words = lower.split(/[^a-z-]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const w = words[i];
    const hit = (two && (rules.objectsEn.get(two) ?? rules.objectsEn.get(`${two}s`))) || rules.objectsEn.get(w) || rules.objectsEn.get(`${w}s`) ||
      rules.objectsEn.get(w.replace(/(?:es|s)$/, ''));
    if (hit && !out.includes(hit.cls)) out.push(hit.cls);
  }
  return out;
}

/** A trigger found in the text: its span in TextDoc.norm and the entries it may stand for. */
export interface TriggerHit {
  normStart: number;
  normEnd: number;
  entries: TriggerEntry[];
}

const isAsciiWord = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** True when [lo, hi) may hold a trigger: a cheap first-character test before the full scan. */
export function mayHoldTrigger(rules: EventRules, text: string, lo: number, hi: number, lang: 'ja' | 'en'): boolean {
  if (lang === 'en') return true;
  for (let i = lo; i < hi; i++) if (rules.jaFirst.has(text[i])) return true;
  return false;
}

/** Longest-match scan of one sentence of norm text for Japanese triggers (no overlaps). */
export function findJaTriggers(rules: EventRules, text: string, lo: number, hi: number, skip?: (at: number) => number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  let i = lo;
  while (i < hi) {
    const jump = skip ? skip(i) : i;
    if (jump > i) {
      i = jump;
      continue;
    }
    if (!rules.jaFirst.has(text[i])) {
      i++;
      continue;
    }
    // The longest key gives the span; shorter keys at the same start stay as fallbacks (主張し → 主張).
    const m = rules.ja.all(text, i, hi);
    if (m) {
      // 賛成多数で採択: a phrase that only looks like a trigger is consumed and dropped.
      if (!m.values[0].ignore) hits.push({ normStart: i, normEnd: m.end, entries: m.values.filter((e) => !e.ignore) });
      i = m.end;
      continue;
    }
    i++;
  }
  return hits;
}

/** Whole-word scan for English triggers (case-insensitive; simple inflections of the last word allowed). */
export function findEnTriggers(rules: EventRules, text: string, lo: number, hi: number): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const lower = text.slice(lo, hi).toLowerCase();
  let i = 0;
  while (i < lower.length) {
    if (!isAsciiWord(lower.charCodeAt(i)) || (i > 0 && isAsciiWord(lower.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i;
    while (j < lower.length && isAsciiWord(lower.charCodeAt(j))) j++;
    const word = lower.slice(i, j);
    const cands = rules.en.get(word);
    let best: { end: number; entries: TriggerEntry[] } | null = null;
    if (cands) {
      for (const e of cands) {
        const t = e.trigger.toLowerCase();
        if (!lower.startsWith(t, i)) continue;
        const end = i + t.length;
        if (end < lower.length && isAsciiWord(lower.charCodeAt(end))) continue;
        if (!best || end > best.end) best = { end, entries: [e] };
        else if (end === best.end) best.entries.push(e);
      }
    }
    if (best) {
      if (!best.entries[0].ignore) hits.push({ normStart: lo + i, normEnd: lo + best.end, entries: best.entries });
      i = best.end;
    } else i = j;
  }
  return hits;
}
