// The actors of a claim: its holder (the party quoted), the addressee of a recommendation and the
// topics (the states and organisations it is about), read from the mentions of its sentence.
import type { Language, Mention } from '../types.js';
import { claimRules } from './claim-cues.js';

const ACTOR_KINDS = new Set(['state', 'organization']);
const EN_SUBJECT = /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,60},\s*)?(?:should|must|needs? to|has to|have to|ought to|will|would|may|might|could|is|are|said|says|stated|announced|warned|argued|claimed)\b/i;

/** The mentions of one sentence in text order, with the normalised text they index. */
export interface SentenceMentions {
  norm: string;
  mentions: Mention[];
}

function stateBefore(m: Mention, all: SentenceMentions): Mention | null {
  for (const p of all.mentions) {
    if (p.normEnd > m.normStart || p.codes.length === 0 || p.kind !== 'state') continue;
    const gap = all.norm.slice(p.normEnd, m.normStart);
    if (gap === '' || gap === 'の') return p;
  }
  return null;
}

/**
 * The one code a holder or addressee gets from a mention, with the mentions that name it: the mention's
 * own code, or for a person the code of the state named just before (ロシアのラヴロフ外相). An
 * organisation outside the code table (a think tank) has none: the field stays null, never invented.
 */
export function actorOf(m: Mention, all: SentenceMentions): { code: string; mentions: Mention[] } | null {
  if (m.codes.length) return { code: m.codes[0], mentions: [m] };
  if (m.kind === 'person') {
    const s = stateBefore(m, all);
    return s ? { code: s.codes[0], mentions: [s, m] } : null;
  }
  return null;
}

/** The first state, organisation or person that is the subject (…は, …が) in `span`, with a code. */
export function subjectOf(
  all: SentenceMentions, span: { start: number; end: number }, language: Language, opts: { phrase: boolean; persons: boolean },
): { code: string; codes: string[]; mentions: Mention[] } | null {
  const r = claimRules().ja;
  for (const m of all.mentions) {
    if (m.normStart < span.start || m.normEnd > span.end) continue;
    if (!ACTOR_KINDS.has(m.kind) && !(opts.persons && m.kind === 'person')) continue;
    const after = all.norm.slice(m.normEnd, m.normEnd + 40);
    let subject: boolean;
    if (language === 'en') subject = EN_SUBJECT.test(after);
    else {
      subject = r.subjectParticles.test(after) ||
        (m.kind === 'person' && r.subjectTitle.test(after)) ||
        (opts.phrase && r.subjectOfPhrase.test(after));
    }
    if (!subject) continue;
    const actor = actorOf(m, all);
    if (actor) return { ...actor, codes: m.codes.length ? m.codes : [actor.code] };
    // A named organisation without a code is the subject: no code to give, and no later mention is.
    if (m.kind === 'organization') return null;
  }
  return null;
}

/** The first actor named inside a span (a source frame: 戦略国際問題研究所の…は, …によれば). */
export function firstActorIn(all: SentenceMentions, span: { start: number; end: number }): { code: string; mentions: Mention[] } | null {
  for (const m of all.mentions) {
    if (m.normStart < span.start || m.normEnd > span.end) continue;
    if (!ACTOR_KINDS.has(m.kind) && m.kind !== 'person') continue;
    const actor = actorOf(m, all);
    if (actor) return actor;
    if (m.kind === 'organization') return null;
  }
  return null;
}

/** The codes of the states and organisations named in `span` (compounds give their members), in order. */
export function topicsIn(all: SentenceMentions, span: { start: number; end: number }, exclude: readonly Mention[] = []): string[] {
  const pick = (skip: boolean): string[] => {
    const out: string[] = [];
    for (const m of all.mentions) {
      if (m.normStart < span.start || m.normEnd > span.end || !ACTOR_KINDS.has(m.kind)) continue;
      if (skip && exclude.includes(m)) continue;
      for (const c of m.codes) if (!out.includes(c)) out.push(c);
    }
    return out;
  };
  const topics = pick(true);
  return topics.length || !exclude.length ? topics : pick(false);
}
