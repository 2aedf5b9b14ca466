import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTextDoc } from '../text/index.js';
import { findCandidates } from './candidates.js';
import { loadCatalogue } from './catalogue.js';
import { findMentions } from './mentions.js';

const catalogue = loadCatalogue();
const candidates = (text: string): string[] => {
  const doc = buildTextDoc(text);
  return findCandidates(doc, findMentions(doc, catalogue)).map((c) => `${c.surface}:${c.tag}`);
};

test('names the catalogue lacks are collected when a name-like context supports them', () => {
  assert.deepEqual(candidates('ヴァシリエフ氏は北方海洋研究所の報告を紹介した。'), ['ヴァシリエフ:人名', '北方海洋研究所:組織']);
  assert.deepEqual(candidates('テンボ・アナリティカは報告書を出した。'), ['テンボ・アナリティカ:固有名詞']);
  assert.deepEqual(candidates('海洋安全保障監視団（MSWG）が発足した。'), ['海洋安全保障監視団(MSWG):組織']);
});

test('loanwords, descriptions and catalogued names are not candidates', () => {
  assert.deepEqual(candidates('ミサイルとドローンのシステムが国際社会に示された。'), []);
  assert.deepEqual(candidates('両国海軍と外交当局が協議した。'), []);
  assert.deepEqual(candidates('戦略国際問題研究所はプーチン氏の発言を分析した。'), []);
});
