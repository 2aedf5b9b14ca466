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

const BOUNDARY = /;|:|,\s(?:which|who|while|but|after|before|when|as|although|though|whereas)\b|\bbut\b|(?<=[a-z\d]{2})\.\s|\b(?:said|says|stated|added|noted)(?:\s+(?:on\s+\w+\s+)?that)?\s|\b(?:announced|reported|confirmed|claimed)\s+(?:on\s+\w+\s+)?that\s/g;
const REASON_NOUN = /\b(?:over|about|against|amid|despite|following|after)\s+(?:(?:the|its|their|his|her|a|an|new|continued|recent)\s+)?(?:[a-z-]+\s+)?$/;
const TOPIC_NOUN = /\b(?:resolution|draft|report|statement|talks|discussions?|debate|vote|meeting|conference|summit|declaration)\s+on\s+(?:the\s+)?$/;
const HELD_BY = /\b(?:held|controlled|occupied|annexed)\s+by\s*$/;
const PREP = /(?:^|\s)(with|to|on|against|into|toward|towards|at|from|by|of|in|for|over|and|,)\s*$/;

function boundaries(text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  const slice = text.slice(lo, hi);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) out.push(lo + m.index, lo + m.index + m[0].length);
  return out;
}

/**
 * Roles of the English trigger at [at, end). `nextAt` is where the sentence's next trigger starts: the
 * names after it belong to that act (imposed sanctions on American firms over arms sales to Taiwan).
 */
export function assignRolesEn(text: string, lo: number, hi: number, actors: ActorSpan[], at: number, end: number, joint = true, nextAt = hi): EnAssigned {
  const res: EnAssigned = { source: [], target: [], partner: [], passive: false };
  const bs = boundaries(text, lo, hi);
  let left = lo;
  let right = Math.max(end, Math.min(hi, nextAt));
  for (let k = 0; k + 1 < bs.length; k += 2) {
    if (bs[k] < end && bs[k + 1] > at) continue; // the trigger itself (added, noted)
    for (const b of [bs[k], bs[k + 1]]) {
      if (b <= at && b > left) left = b;
      if (b >= end && b < right) right = b;
    }
  }
  // The object follows the verb before the next comma (…, South Korea's military said); 10,000 is a number.
  let comma = text.indexOf(',', end);
  while (comma >= 0 && comma < right && /\d/.test(text[comma - 1] ?? '') && /\d/.test(text[comma + 1] ?? '')) comma = text.indexOf(',', comma + 1);
  if (comma >= 0 && comma < right) right = comma;
  const lower = text.toLowerCase();
  res.passive = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/.test(lower.slice(Math.max(lo, at - 24), at));
  const prepBefore = (a: ActorSpan, from: number): string => {
    const before = lower.slice(Math.max(from, a.normStart - 24), a.normStart).replace(/\bthe\s*$/, '');
    // positions held by Russia, territory occupied by Israel: the holder is the side acted upon.
    if (HELD_BY.test(before)) return 'held';
    const m = PREP.exec(before.slice(-14));
    return m ? m[1] : '';
  };
  let objectTaken = false;
  const coordinatedWithPrev = (i: number): boolean => {
    if (i === 0) return false;
    const between = lower.slice(actors[i - 1].normEnd, actors[i].normStart);
    return /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|'s\s+and\s+)$/.test(between);
  };
  let lastAfterRole: 'target' | 'partner' | 'source' | null = null;
  const earlierObjects: number[] = [];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.kind !== 'actor' && a.kind !== 'place') continue;
    if (a.held || (a.normStart >= end && prepBefore(a, end) === 'held')) {
      // Russian-held positions, positions held by Russia: the holder is acted upon.
      if (a.normStart >= left && a.normEnd <= right) res.target.push(i);
      continue;
    }
    if (a.normEnd <= at && a.normStart >= left) {
      const prep = prepBefore(a, left);
      if (prep === 'with') res.partner.push(i);
      else if (prep === 'by' && res.passive) res.source.push(i);
      else if (prep === '' || prep === 'and' || prep === ',') {
        // A capital named as subject stands for its government (Pyongyang denied, Moscow said).
        if (a.kind !== 'actor' && !(a.kind === 'place' && a.codes.length && !res.passive)) continue;
        // boarded Philippine boats, seized firearms: a name after the subject and an earlier verb is
        // that verb's object, the one this act is done to as well.
        const subjects = res.passive ? res.target : res.source;
        if (subjects.length && !coordinatedWithPrev(i) && !lower.startsWith("'s", a.normEnd)) {
          earlierObjects.push(i);
          continue;
        }
        subjects.push(i);
      } else if (lower.startsWith("'s", a.normEnd) && a.normEnd + 3 >= at) res.source.push(i);
    } else if (a.normStart >= end && a.normEnd <= right) {
      if (a.normStart - end > 60 && objectTaken) break;
      const prep = prepBefore(a, end);
      let role: 'target' | 'partner' | 'source' | null = null;
      // with: a partner of a joint act, the one acted upon otherwise (a protest with Beijing).
      if (prep === 'with') role = joint ? 'partner' : 'target';
      else if (prep === 'by') role = 'source';
      else if (prep === 'from') role = 'source';
      // a draft resolution on Sudan, talks on Ukraine: the subject matter is not acted upon.
      else if (prep === 'on' && TOPIC_NOUN.test(lower.slice(Math.max(end, a.normStart - 30), a.normStart))) role = null;
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
  if (!res.target.length && !res.passive && earlierObjects.length) res.target.push(...earlierObjects.filter((i) => actors[i].kind === 'actor' || actors[i].codes.length));
  // sanctions on American firms over arms sales to Taiwan: a noun after a preposition of reason is no act
  // of the sentence's subject.
  if (REASON_NOUN.test(lower.slice(Math.max(lo, at - 30), at)) && !/(?:ed|ing)$/.test(lower.slice(at, end).split(' ')[0])) res.source = res.source.filter((i) => lower.slice(actors[i].normEnd, at).includes(' by '));
  // condemned Iran for supplying drones, accused Moscow of targeting civilians: the gerund's agent is the
  // name before for/of, not the one who condemns.
  const lowerAt = lower.slice(Math.max(lo, at - 8), at);
  if (/\b(?:for|of)\s+$/.test(lowerAt) && /ing$/.test(lower.slice(at, end).split(' ')[0])) {
    const cut = at - (lowerAt.length - lowerAt.search(/\b(?:for|of)\s+$/));
    const agent = actors.map((_, i) => i).filter((i) => actors[i].kind === 'actor' && actors[i].normEnd <= cut && cut - actors[i].normEnd <= 30 &&
      !/[,;]/.test(lower.slice(actors[i].normEnd, cut))).pop();
    if (agent !== undefined) {
      res.source = [agent];
      res.partner = [];
      res.target = res.target.filter((i) => i !== agent);
    }
  }
  // North Korea's missile launches: a possessive right before a noun trigger is its agent.
  const poss = actors.findIndex((a) => a.kind === 'actor' && a.normEnd <= at && lower.startsWith("'s", a.normEnd) && at - a.normEnd <= 3 + lower.slice(a.normEnd, at).length && !/[,;]/.test(lower.slice(a.normEnd, at)) && lower.slice(a.normEnd + 2, at).trim().split(/\s+/).filter(Boolean).length <= 1);
  if (poss >= 0) {
    res.source = [poss];
    res.target = res.target.filter((i) => i !== poss);
    res.partner = res.partner.filter((i) => i !== poss);
  }
  return res;
}
