// Discovery of names the catalogue lacks: katakana words, kanji runs ending in an organisation or place
// suffix and names defined with their acronym, that no mention covers and a name-like context supports.
import { readFileSync } from 'node:fs';
import type { Candidate, Mention, TextDoc } from '../types.js';

interface CandidateRules {
  nameFollowers: string[];
  placeFollowers: string[];
  organizationSuffixes: string[];
  loanwords: string[];
  minKatakanaLength: number;
  genericHeads: string[];
}
const rules = JSON.parse(readFileSync(new URL('../../data/lexicon/candidates.json', import.meta.url), 'utf8')) as CandidateRules;
const loanwords = new Set(rules.loanwords);
const alt = (xs: string[]): string => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
const NAME_TAGS = new Set(rules.nameFollowers);
const KATAKANA = new RegExp(`([ァ-ヺー]+(?:・[ァ-ヺー]+)*)(${alt(rules.nameFollowers)}|${alt(rules.placeFollowers)})?`, 'g');
/** A kanji run ending in an organisation suffix where the word ends (国際社会 is not 国際社). */
const ORG = new RegExp(`([一-龯々]{2,12}(?:${alt(rules.organizationSuffixes)}))(?![一-龯々])`, 'g');
/** A name followed by its acronym in brackets: 紛争兵器研究所(CAR). */
const DEFINED = /([一-龯々ァ-ヺー・]{3,20})\(([A-Z][A-Z0-9&]{1,9})\)/g;

interface Found extends Candidate {
  strong: boolean;
}

export function findCandidates(doc: TextDoc, mentions: Mention[]): Candidate[] {
  const covered = new Uint8Array(doc.norm.length);
  for (const m of mentions) covered.fill(1, m.normStart, m.normEnd);
  const isCovered = (s: number, e: number): boolean => covered.subarray(s, e).some((x) => x === 1);
  const found = new Map<string, Found>();
  const add = (surface: string, tag: string, sentence: number, strong: boolean): void => {
    const c = found.get(surface) ?? { surface, tag, count: 0, example: sentence, strong: false };
    c.count++;
    c.strong ||= strong;
    found.set(surface, c);
  };
  for (const s of doc.sentences) {
    const text = doc.norm.slice(s.normStart, s.normEnd);
    const scan = (re: RegExp, each: (m: RegExpExecArray, at: number) => void): void => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) each(m, s.normStart + m.index);
    };
    scan(KATAKANA, (m, at) => {
      const surface = m[1];
      if (isCovered(at, at + surface.length) || loanwords.has(surface) || surface.replace(/・/g, '').length < rules.minKatakanaLength) return;
      const follower = m[2];
      if (follower) add(surface, NAME_TAGS.has(follower) ? '人名' : '地域', s.index, true);
      else if (surface.includes('・')) add(surface, '固有名詞', s.index, true);
    });
    scan(ORG, (m, at) => {
      if (!isCovered(at, at + m[1].length) && !rules.genericHeads.some((g) => m[1].startsWith(g))) add(m[1], '組織', s.index, true);
    });
    scan(DEFINED, (m, at) => {
      if (!isCovered(at, at + m[0].length)) add(`${m[1]}(${m[2]})`, '組織', s.index, true);
    });
  }
  return [...found.values()].filter((c) => c.strong)
    .map(({ strong: _s, ...c }) => c).sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface));
}
