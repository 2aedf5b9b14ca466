// Role assignment for Japanese event clauses: which actor mention fills which role of a trigger, read
// from the case particle that follows it (が/は source; に/へ/に対し target; と partner; を object or
// target by trigger), の-modifiers (北朝鮮の金正恩総書記とロシアのプーチン大統領が → both), coordination
// (中国とロシアが), compounds (中露合同演習), passives (〜された, 〜を受けた reverse the roles), quoted
// clauses (〜したと非難した: the accused stand in the quote) and topic inheritance across clauses.
import { isHiragana } from '../text/chars.js';
import { isNounChar, particleAt, quoteMarkerBefore, type ClauseSpan } from './clauses.js';
import type { Role, RoleMap, TriggerEntry } from './triggers.js';

/** An actor-like span of the sentence: a mention, or a resolved reference such as 両国. */
export interface ActorSpan {
  normStart: number;
  normEnd: number;
  /** Codes at state/organisation level; for persons resolved by the caller (date-dependent). */
  codes: string[];
  kind: 'actor' | 'place' | 'treaty' | 'operation';
  /** A troop noun follows the name (北朝鮮兵, ロシア軍部隊): the actor's forces. */
  troops: boolean;
  /** Index into the caller's mention list, or -1. */
  ref: number;
}

/** How an actor hangs in its sentence: the particle its phrase ends with and what the phrase heads. */
export interface Attachment {
  particle: string;
  /** Index of the trigger whose noun phrase the actor modifies (北朝鮮の核実験), or -1. */
  head: number;
  /** The particle after the head trigger's phrase (北朝鮮の核実験を → を). */
  afterHead: string;
  /** The actor whose attachment this one shares (coordination, の + person), or -1. */
  next: number;
}

export interface TriggerSpan {
  normStart: number;
  normEnd: number;
}

const TROOP_WORDS = ['兵', '部隊', '兵士', '兵員', '兵力', '将兵', '軍人', '戦闘員', '人員', '要員'];
const hasTroopWord = (s: string): boolean => TROOP_WORDS.some((w) => s.includes(w));

/** Attachments of the sentence's actors (sorted by position), against its triggers (sorted). */
export function attachActors(text: string, hi: number, actors: ActorSpan[], triggers: TriggerSpan[]): Attachment[] {
  const actorAt = new Map<number, number>();
  actors.forEach((a, i) => { if (!actorAt.has(a.normStart)) actorAt.set(a.normStart, i); });
  const triggerAt = new Map<number, number>();
  triggers.forEach((t, i) => triggerAt.set(t.normStart, i));
  const skipNoun = (p: number, max: number): number => {
    let q = p;
    while (q < hi && q - p < max && isNounChar(text.charCodeAt(q)) && !triggerAt.has(q) && !(q > p && actorAt.has(q))) q++;
    return q;
  };
  const out: Attachment[] = [];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    const att: Attachment = { particle: '', head: -1, afterHead: '', next: -1 };
    out.push(att);
    let p = a.normEnd;
    // A name inside a trigger (訪朝) belongs to that trigger.
    let q = skipNoun(p, 12);
    if (hasTroopWord(text.slice(p, q))) a.troops = true;
    if (triggerAt.has(q)) {
      att.head = triggerAt.get(q)!;
      att.particle = 'compound';
      att.afterHead = particleAfter(text, skipNoun(triggers[att.head].normEnd, 12), hi);
      continue;
    }
    if (q !== p && actorAt.has(q)) {
      att.next = actorAt.get(q)!; // 米国防総省 written after a name, or two names run together
      continue;
    }
    p = q;
    for (let hop = 0; hop < 4; hop++) {
      const part = particleAt(text, p, hi);
      if (!part) break;
      const k = part.key;
      const after = part.end;
      if ((k === 'と' || k === 'や' || k === '、') && actorAt.has(after) && actorAt.get(after)! > i) {
        att.next = actorAt.get(after)!; // 中国とロシアが, 日本、米国、韓国は
        break;
      }
      if (k === 'の' || k === 'への' || k === 'からの' || k === 'との' || (k === 'に対し' && text.startsWith('に対する', p)) || (k === 'による' && text.startsWith('による', p))) {
        if (k === 'の' && actorAt.has(after) && actorAt.get(after)! > i) {
          att.next = actorAt.get(after)!; // ロシアのプーチン大統領
          break;
        }
        const r = skipNoun(after, 16);
        if (triggerAt.has(r)) {
          att.head = triggerAt.get(r)!;
          att.particle = k === 'の' ? 'genitive' : k === 'への' ? 'へ' : k === 'からの' ? 'から' : k === 'との' ? 'と' : k;
          att.afterHead = particleAfter(text, skipNoun(triggers[att.head].normEnd, 12), hi);
          break;
        }
        if (r < hi && actorAt.has(r) && actorAt.get(r)! > i) {
          att.next = actorAt.get(r)!;
          break;
        }
        // The phrase goes on (北朝鮮の生存権を): the actor takes the particle that ends it.
        if (k !== 'の') att.particle = k === 'への' ? 'へ' : k === 'からの' ? 'から' : k === 'との' ? 'と' : k;
        p = r;
        continue;
      }
      att.particle = att.particle || k;
      break;
    }
  }
  return out;
}

function particleAfter(text: string, at: number, hi: number): string {
  let p = at;
  while (p < hi && (text[p] === '」' || text[p] === '』' || text[p] === ')')) p++;
  const part = particleAt(text, p, hi);
  return part ? part.key : '';
}

/** The attachment an actor ends up with after following coordination and の-chains. */
export function finalAttachment(atts: Attachment[], i: number): Attachment {
  let k = i;
  for (let guard = 0; guard < 8 && atts[k].next >= 0; guard++) k = atts[k].next;
  return atts[k];
}

/** Passive morphology right after a trigger: 攻撃された, 攻撃を受けた, 被害に遭った. */
export function passiveAfter(text: string, at: number, hi: number): 'passive' | 'receive' | null {
  const s = text.slice(at, Math.min(hi, at + 6));
  if (/^(?:を受け|を受|を被|に遭|が加えられ|を加えられ)/.test(s)) return 'receive';
  if (/^(?:され|さ(?:せ)?られ|られ|を強いられ)/.test(s)) return 'passive';
  return null;
}

export interface Assigned {
  source: number[];
  target: number[];
  partner: number[];
  about: number[];
  location: number[];
  /** The subject came from an earlier clause or sentence. */
  inherited: boolean;
  /** Actors of the quoted clause (〜したと非難). */
  quoted: number[];
}

export interface RoleContext {
  text: string;
  lo: number;
  hi: number;
  actors: ActorSpan[];
  atts: Attachment[];
  clauses: ClauseSpan[];
  /** Actors standing as the sentence's topic (〜は) outside quotes, in order. */
  topic: number[];
  /** Subject actors of the previous sentence, to inherit when this one names none. */
  previousTopic: number[];
}

const SUBJECT_PARTICLES = new Set(['が', 'は', 'も', 'では']);

function roleFor(entry: TriggerEntry, map: RoleMap, particle: string, symmetric: boolean): Role | null {
  if (particle === 'compound') return symmetric ? 'source' : (map['の'] ?? 'source');
  if (particle === 'genitive') return map['の'] ?? 'source';
  if (particle === 'への') return map['へ'] ?? null;
  if (particle === 'からの') return map['から'] ?? null;
  if (particle === 'との') return map['と'] ?? null;
  return map[particle] ?? null;
}

/**
 * Roles of one trigger from the actors of its clause. `ti` is the trigger's index among the
 * sentence's triggers; `suppressed` tells whether another trigger is no event of its own (its
 * modifiers then pass to the trigger it is the object of).
 */
export function assignRoles(
  ctx: RoleContext, trigger: TriggerSpan, ti: number, entry: TriggerEntry, clause: number, voice: 'active' | 'passive' | 'receive',
  suppressed: (t: number) => boolean,
): Assigned {
  const { text, actors, atts, clauses } = ctx;
  const c = clauses[clause];
  const map = voice === 'active' ? entry.roles.active : entry.roles.passive;
  const res: Assigned = { source: [], target: [], partner: [], about: [], location: [], inherited: false, quoted: [] };
  const add = (role: Role, i: number): void => {
    if (role === 'source') res.source.push(i);
    else if (role === 'target') res.target.push(i);
    else if (role === 'partner') res.partner.push(i);
    else if (role === 'about') res.about.push(i);
    else if (role === 'location') res.location.push(i);
  };
  // A quoted clause right before the trigger: 〜したと非難した, 〜するよう求めた.
  let quoteStart = -1;
  let quoteEnd = -1;
  if (entry.quote || entry.requiresContent.length) {
    const q = quoteMarkerBefore(text, trigger.normStart, c.start);
    const qq = q === -1 ? quoteMarkerBefore(text, trigger.normStart, ctx.lo) : q;
    if (qq !== -1 && (!entry.requiresContent.length || entry.requiresContent.some((w) => qq.marker.startsWith(w)))) {
      quoteEnd = qq.at;
      // The quote runs back to the sentence topic (韓国は、…と非難) or the sentence start.
      quoteStart = ctx.lo;
      for (const t of ctx.topic) if (actors[t].normEnd <= quoteEnd) quoteStart = Math.max(quoteStart, topicEnd(text, actors[t].normEnd, ctx.hi));
    }
  }
  if (entry.requiresContent.length && quoteEnd < 0) return res;
  const clauseStart = quoteEnd >= 0 ? Math.min(c.start, quoteStart) : c.start;
  let hasCloseSubject = false;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    const inTrigger = a.normStart >= trigger.normStart && a.normEnd <= trigger.normEnd;
    const att = atts[i];
    const fin = finalAttachment(atts, i);
    const before = a.normStart >= clauseStart && a.normEnd <= trigger.normStart;
    const heads = fin.head === ti;
    if (!before && !heads && !inTrigger) continue;
    if (inTrigger) {
      add(entry.roleSet === 'visit' ? 'target' : entry.symmetric ? 'source' : 'target', i);
      continue;
    }
    if (quoteEnd >= 0 && a.normStart >= quoteStart && a.normEnd <= quoteEnd) {
      if (fin.particle !== 'は' || a.normStart > quoteStart) {
        res.quoted.push(i);
        continue;
      }
    }
    let particle = fin.particle;
    if (fin.head >= 0 && fin.head !== ti) {
      // The actor modifies another trigger's phrase: it belongs to that event, unless that trigger is
      // only this one's object (北朝鮮の核実験を非難 → the accused).
      if (!suppressed(fin.head)) continue;
      particle = fin.afterHead;
    }
    if (att.next < 0 && fin.head < 0 && particle === '') continue;
    const role = roleFor(entry, map, particle, entry.symmetric);
    if (!role) continue;
    if (SUBJECT_PARTICLES.has(particle) && particle !== 'は') hasCloseSubject = true;
    add(role, i);
  }
  // An outer topic (〜は) gives way to a closer subject (〜が) of the trigger's own clause.
  if (hasCloseSubject && voice === 'active') {
    const close = res.source.filter((i) => finalAttachment(atts, i).particle !== 'は');
    if (close.length) res.source = close;
  }
  if (quoteEnd >= 0) {
    // The accused or the addressee of a quoted clause: its subjects and objects, not its topic.
    for (const i of res.quoted) if (!res.target.includes(i) && !res.source.includes(i)) res.target.push(i);
  }
  // A clause without a subject of its own inherits one: the previous clause's, the sentence topic,
  // the previous sentence's topic.
  const subjRole = map['が'];
  const hasSubject = res.source.length > 0 || (voice !== 'active' && res.target.length > 0 && subjRole === 'target');
  if (!hasSubject && subjRole && (subjRole === 'source' || subjRole === 'target') && !nonActorSubject(text, clauseStart, trigger.normStart, quoteEnd, actors)) {
    const inherited = inheritSubject(ctx, clause, trigger.normStart, quoteStart >= 0 ? quoteStart : c.start);
    for (const i of inherited) {
      if (res.target.includes(i) || res.partner.includes(i)) continue;
      if (subjRole === 'source') res.source.push(i);
      else res.target.push(i);
      res.inherited = true;
    }
  }
  return res;
}

/** Where a topic phrase ends: after its は and a comma. */
function topicEnd(text: string, at: number, hi: number): number {
  let p = at;
  while (p < hi && p - at < 12 && text[p] !== 'は') p++;
  p++;
  if (text[p] === '、') p++;
  return p;
}

/** A subject that names no actor stands before the trigger (西側諸国が非難する): nothing to inherit. */
function nonActorSubject(text: string, from: number, to: number, quoteEnd: number, actors: ActorSpan[]): boolean {
  const start = Math.max(from, quoteEnd >= 0 ? quoteEnd : from);
  for (let p = to - 1; p > start; p--) {
    const ch = text[p];
    if (ch !== 'が' && ch !== 'は') continue;
    if (!isNounChar(text.charCodeAt(p - 1))) continue;
    if (isHiragana(text.charCodeAt(p + 1)) && (text[p + 1] === 'ら' || text[p + 1] === 'っ')) continue;
    const owner = actors.some((a) => a.normEnd <= p && a.normEnd >= p - 12 && !/[のをにへと、]/.test(text.slice(a.normEnd, p)));
    return !owner;
  }
  return false;
}

function inheritSubject(ctx: RoleContext, clause: number, at: number, clauseStart: number): number[] {
  const { actors, atts, clauses } = ctx;
  const subjectsIn = (s: number, e: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i];
      if (a.kind !== 'actor' || a.normStart < s || a.normEnd > e) continue;
      const fin = finalAttachment(atts, i);
      if (fin.head >= 0 && fin.particle !== 'compound') {
        // 北朝鮮の核実験が…: the actor leads a phrase that is itself a subject.
        if (!SUBJECT_PARTICLES.has(fin.afterHead)) continue;
      } else if (!SUBJECT_PARTICLES.has(fin.particle)) continue;
      out.push(i);
    }
    return out;
  };
  for (let k = clause - 1; k >= 0; k--) {
    const c = ctx.clauses[k];
    const subj = subjectsIn(c.start, Math.min(c.end, clauseStart));
    if (subj.length) return subj;
  }
  const topic = ctx.topic.filter((i) => actors[i].normEnd <= at);
  if (topic.length) return topic;
  if (clauses.length && clause === 0) {
    // The trigger's own clause may open with a subject-less run; the previous sentence's topic carries.
  }
  return ctx.previousTopic;
}

/** The actors standing as topic (〜は, and a sentence-initial 〜が) of the sentence. */
export function sentenceTopic(actors: ActorSpan[], atts: Attachment[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < actors.length; i++) {
    if (actors[i].kind !== 'actor') continue;
    const fin = finalAttachment(atts, i);
    if (fin.particle === 'は' || fin.particle === 'では' || (fin.head >= 0 && fin.afterHead === 'は' && fin.particle === 'genitive')) out.push(i);
  }
  return out;
}
