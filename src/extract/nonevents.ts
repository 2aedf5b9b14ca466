// What keeps a trigger from reporting an event (annotation-guidelines §4): it modifies a longer noun
// (攻撃能力, 発射場, 協力関係, 会談の一カ月前), it is only the object of another trigger (協力を要請),
// or its clause is forecast, recommended, hypothetical, planned, denied or negated. The cues are data
// (data/rules/event-blockers.json).
import { isKanji, isKatakana } from '../text/chars.js';
import type { EventRules, TriggerHit } from './triggers.js';

const isNounLike = (c: number): boolean => isKanji(c) || isKatakana(c) || c === 0x30fc;

/** The trigger is part of a longer noun or a modifier of one: not an event of its own. */
export function modifierOnly(rules: EventRules, text: string, hit: TriggerHit, lo: number, hi: number): boolean {
  const { normStart: s, normEnd: e } = hit;
  if (s > lo && rules.prefixes.has(text[s - 1]) && !(s - 2 >= lo && isNounLike(text.charCodeAt(s - 2)) && text[s - 1] === '反')) return true;
  if (e >= hi) return false;
  const last = text.charCodeAt(e - 1);
  if (!isNounLike(last)) return false; // a verb form (求め, 送り, 結んだ) ends in kana
  if (rules.continuations.matchesAt(text, e, hi).length) return false;
  if (rules.nounSuffixes.matchesAt(text, e, hi).length) return true;
  if (text[e] === 'の') {
    if (rules.genitiveAllowed.matchesAt(text, e + 1, hi).length) return false;
    return true; // 会談の一カ月前, 合同演習の定例化, 協力の問題
  }
  return false;
}

/** The particles that make one trigger the object of the next one (協力を要請, 派兵に反対, 制裁の解除). */
const OBJECT_LINKS = ['を', 'に', 'へ', 'の', 'への', 'に対する', 'について', 'に関する'];

/** Index pairs [object, head]: hit i is only the object (or first half of a compound) of hit i+1. */
export function objectOfNext(text: string, hits: TriggerHit[], i: number): boolean {
  const a = hits[i];
  const b = hits[i + 1];
  if (!b) return false;
  if (b.normStart === a.normEnd) return isNounLike(text.charCodeAt(a.normEnd - 1)); // 停戦合意, ミサイル発射実験
  for (const link of OBJECT_LINKS) {
    if (!text.startsWith(link, a.normEnd)) continue;
    let p = a.normEnd + link.length;
    // Allow a short adverb or quoting bracket between (協力を強く要請).
    const gap = b.normStart - p;
    if (gap < 0) continue;
    if (gap === 0) return true;
    if (gap <= 3 && /^(?:強く|再び|改めて|公に|」|』)$/.test(text.slice(p, b.normStart))) return true;
    p = b.normStart;
  }
  return false;
}

/** The cue that marks the trigger's clause as no report of an event, or null. */
export function nonEventCue(rules: EventRules, text: string, hit: TriggerHit, clauseStart: number, clauseEnd: number): string | null {
  const b = rules.blockers;
  // The predicate that follows the trigger: up to a comma or the clause end, at most 40 characters.
  let tailEnd = Math.min(clauseEnd, hit.normEnd + 40);
  for (let p = hit.normEnd; p < tailEnd; p++) {
    const ch = text[p];
    if (ch === '、' || ch === '。' || ch === ',' || ch === ';') {
      tailEnd = p + 1;
      break;
    }
  }
  for (let p = hit.normEnd; p < tailEnd; p++) {
    const m = rules.tail.matchesAt(text, p, tailEnd);
    if (m.length) return m[0][1][0];
  }
  // Negation right after the predicate: 訪問しなかった, 行わず, 送らない.
  let negEnd = Math.min(tailEnd, hit.normEnd + 10);
  for (let p = hit.normEnd + 1; p < negEnd; p++) {
    if (text[p] === 'が' && text[p - 1] !== 'を') {
      negEnd = p;
      break;
    }
  }
  for (let p = hit.normEnd; p < negEnd; p++) {
    if (b.negationSkip.some((w) => text.startsWith(w, p))) {
      p += 1;
      continue;
    }
    for (const n of b.negation) {
      if (!text.startsWith(n, p)) continue;
      if (n === 'ず' && (text[p + 1] === 'つ' || text[p - 1] === 'は' || text[p - 1] === 'わ' || text[p - 1] === 'ま')) continue;
      if (n === 'ない' && p > 0 && /[少危幼]/.test(text[p - 1])) continue;
      return n;
    }
  }
  for (let p = clauseStart; p < hit.normStart; p++) {
    const m = rules.before.matchesAt(text, p, hit.normStart);
    if (m.length) return m[0][1][0];
  }
  return null;
}

/** English: a modal, negation or plan right before the trigger, or a conditional clause. */
export function nonEventCueEn(rules: EventRules, lower: string, at: number, end: number): string | null {
  const before = lower.slice(Math.max(0, at - 24), at);
  const words = before.split(/[^a-z']+/).filter(Boolean).slice(-3);
  for (const cue of rules.blockers.en.before) {
    const cw = cue.split(' ');
    const tail = words.slice(-cw.length).join(' ');
    if (tail === cue && !(cue === 'to' && words.length >= 2 && /^(?:agreed|decided|began|started|continued|went|came|moved|used)$/.test(words[words.length - 2]))) return cue;
  }
  const after = lower.slice(end, end + 20);
  for (const s of rules.blockers.en.nounSuffixes) if (after.startsWith(` ${s}`) && /^[ ]\w+\b/.test(after)) {
    const w = after.slice(1).split(/[^a-z]/)[0];
    if (w === s) return s;
  }
  if (/\b(?:if|unless)\b/.test(lower.slice(Math.max(0, at - 60), at))) return 'if';
  return null;
}
