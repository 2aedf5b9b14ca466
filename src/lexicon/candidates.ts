// Discovery of names the catalogue lacks: katakana words, kanji runs ending in an organisation or place
// suffix and Latin acronyms that no mention covers, kept when a name-like context supports them.
import { readFileSync } from 'node:fs';
import type { Candidate, Mention, TextDoc } from '../types.js';

interface CandidateRules {
  nameFollowers: string[];
  placeFollowers: string[];
  organizationSuffixes: string[];
  loanwords: string[];
  minKatakanaLength: number;
  minCount: number;
}
const rules = JSON.parse(readFileSync(new URL('../../data/lexicon/candidates.json', import.meta.url), 'utf8')) as CandidateRules;
const loanwords = new Set(rules.loanwords);
const alt = (xs: string[]): string => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
const KATAKANA = new RegExp(`([ァ-ヺー]+(?:・[ァ-ヺー]+)*)(${alt(rules.nameFollowers)}|${alt(rules.placeFollowers)})?`, 'g');
const ORG = new RegExp(`([一-龯々]{2,12}(?:${alt(rules.organizationSuffixes)}))`, 'g');
const ACRONYM = /(?<![A-Za-z0-9])([A-Z][A-Z0-9&]{1,7})(?![A-Za-z0-9])/g;
const NAME_TAGS = new Set(rules.nameFollowers);

export function findCandidates(doc: TextDoc, mentions: Mention[]): Candidate[] {
  const covered = new Uint8Array(doc.norm.length);
  for (const m of mentions) covered.fill(1, m.normStart, m.normEnd);
  const found = new Map<string, Candidate & { strong: boolean }>();
  const add = (surface: string, tag: string, sentence: number, strong: boolean): void => {
    const c = found.get(surface) ?? { surface, tag, count: 0, example: sentence, strong: false };
    c.count++;
    c.strong ||= strong;
    found.set(surface, c);
  };
  const isCovered = (s: number, e: number): boolean => covered.subarray(s, e).some((x) => x === 1);
  for (const s of doc.sentences) {
    const text = doc.norm.slice(s.normStart, s.normEnd);
    for (const re of [KATAKANA, ORG, ACRONYM]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const surface = m[1];
        const at = s.normStart + m.index;
        if (isCovered(at, at + surface.length)) continue;
        if (re === KATAKANA) {
          if (surface.replace(/・/g, '').length < rules.minKatakanaLength || loanwords.has(surface)) continue;
          const follower = m[2];
          const tag = follower ? (NAME_TAGS.has(follower) ? '人名' : '地域') : '固有名詞';
          add(surface, tag, s.index, Boolean(follower) || surface.includes('・'));
        } else if (re === ORG) add(surface, '組織', s.index, true);
        else add(surface, '略語', s.index, false);
      }
    }
  }
  return [...found.values()].filter((c) => c.strong || c.count >= rules.minCount)
    .map(({ strong: _s, ...c }) => c).sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface));
}
