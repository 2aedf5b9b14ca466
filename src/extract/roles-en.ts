// Role assignment for English sentences: subject before the trigger, object after it, prepositions
// for the rest (with → partner; to/on/against/into → target; by → agent of a passive; from → source),
// possessives (Russia's invasion of Ukraine) and the passive voice (was attacked by).
import type { ActorSpan } from './attach.js';

export interface EnAssigned {
  source: number[];
  target: number[];
  partner: number[];
  passive: boolean;
}

const BOUNDARY = /;|:|,\s(?:which|who|while|but|after|before|when|as|although|though|whereas)\b|\bbut\b|\.\s|\b(?:said|says|stated|added|noted)(?:\s+(?:on\s+\w+\s+)?that)?\s|\b(?:announced|reported|confirmed|claimed)\s+(?:on\s+\w+\s+)?that\s/g;
const PREP = /(?:^|\s)(with|to|on|against|into|toward|towards|at|from|by|of|in|for|over|and|,)\s*$/;

function boundaries(text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  const slice = text.slice(lo, hi);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) out.push(lo + m.index, lo + m.index + m[0].length);
  return out;
}

export function assignRolesEn(text: string, lo: number, hi: number, actors: ActorSpan[], at: number, end: number, joint = true): EnAssigned {
  const res: EnAssigned = { source: [], target: [], partner: [], passive: false };
  const bs = boundaries(text, lo, hi);
  let left = lo;
  let right = hi;
  for (const b of bs) {
    if (b <= at && b > left) left = b;
    if (b >= end && b < right) right = b;
  }
  // The object follows the verb before the next comma (…, South Korea's military said).
  const comma = text.indexOf(',', end);
  if (comma >= 0 && comma < right) right = comma;
  const lower = text.toLowerCase();
  res.passive = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/.test(lower.slice(Math.max(lo, at - 24), at));
  const prepBefore = (a: ActorSpan, from: number): string => {
    const m = PREP.exec(lower.slice(Math.max(from, a.normStart - 14), a.normStart).replace(/\bthe\s*$/, ''));
    return m ? m[1] : '';
  };
  let objectTaken = false;
  const coordinatedWithPrev = (i: number): boolean => {
    if (i === 0) return false;
    const between = lower.slice(actors[i - 1].normEnd, actors[i].normStart);
    return /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|'s\s+and\s+)$/.test(between);
  };
  let lastAfterRole: 'target' | 'partner' | 'source' | null = null;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.kind !== 'actor' && a.kind !== 'place') continue;
    if (a.normEnd <= at && a.normStart >= left) {
      const prep = prepBefore(a, left);
      if (prep === 'with') res.partner.push(i);
      else if (prep === 'by' && res.passive) res.source.push(i);
      else if (prep === '' || prep === 'and' || prep === ',') {
        // A capital named as subject stands for its government (Pyongyang denied, Moscow said).
        if (a.kind !== 'actor' && !(a.kind === 'place' && a.codes.length && !res.passive)) continue;
        (res.passive ? res.target : res.source).push(i);
      } else if (lower.startsWith("'s", a.normEnd) && a.normEnd + 3 >= at) res.source.push(i);
    } else if (a.normStart >= end && a.normEnd <= right) {
      if (a.normStart - end > 60 && objectTaken) break;
      const prep = prepBefore(a, end);
      let role: 'target' | 'partner' | 'source' | null = null;
      // with: a partner of a joint act, the one acted upon otherwise (a protest with Beijing).
      if (prep === 'with') role = joint ? 'partner' : 'target';
      else if (prep === 'by') role = 'source';
      else if (prep === 'from') role = 'source';
      else if (/^(?:to|on|against|into|toward|towards|of|at|over|for)$/.test(prep)) role = 'target';
      // A direct object stands right after the verb (met Chinese leader Xi, attacked Kharkiv).
      else if (prep === '' && !objectTaken && lower.slice(end, a.normStart).trim().split(/\s+/).filter(Boolean).length <= 3) role = res.passive ? 'source' : 'target';
      else if ((prep === 'and' || prep === ',') && coordinatedWithPrev(i)) role = lastAfterRole;
      if (!role) continue;
      if (a.kind === 'place' && role !== 'target') continue;
      objectTaken = true;
      lastAfterRole = role;
      res[role].push(i);
    }
  }
  // North Korea's missile launches: a possessive right before a noun trigger is its agent.
  const poss = actors.findIndex((a) => a.kind === 'actor' && lower.startsWith("'s", a.normEnd) && at - a.normEnd <= 3 + lower.slice(a.normEnd, at).length && !/[,;]/.test(lower.slice(a.normEnd, at)) && lower.slice(a.normEnd + 2, at).trim().split(/\s+/).filter(Boolean).length <= 1);
  if (poss >= 0) {
    res.source = [poss];
    res.target = res.target.filter((i) => i !== poss);
    res.partner = res.partner.filter((i) => i !== poss);
  }
  return res;
}
