import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildTextDoc } from './index.js';
import { normalizeString, toOriginal } from './normalize.js';
import { GOLD_DIR, needsSeeds, seed } from '../testing/seeds.js';

const sentenceTexts = (text: string): string[] => {
  const doc = buildTextDoc(text);
  return doc.sentences.map((s) => doc.norm.slice(s.normStart, s.normEnd));
};

test('normalisation: width, NFKC and spaced digits, with offsets back to the original', () => {
  assert.equal(normalizeString('２０２３年９月１３日'), '2023年9月13日');
  assert.equal(normalizeString('2023 年 9 月 13 日'), '2023年9月13日');
  assert.equal(normalizeString('新 START 条約'), '新START条約');
  assert.equal(normalizeString('the New START treaty'), 'the New START treaty');
  assert.equal(normalizeString('610 億ドル'), '610億ドル');
  assert.equal(normalizeString('ｶﾞｽ'), 'ガス');
  const original = '北朝鮮は 2023 年\n9 月に砲弾を送った。';
  const doc = buildTextDoc(original);
  const k = doc.norm.indexOf('2023年9月');
  const span = toOriginal(doc.original, doc.normToOrig, k, k + '2023年9月'.length);
  assert.equal(original.slice(span.start, span.end), '2023 年\n9 月');
});

test('line wraps inside a sentence are joined; the sentence span runs over them', () => {
  const text = 'ロシアは、ドローンによる民間施設への攻撃を強め、ウ\nクライナもドローンを使った攻撃の頻度を高めた。次の文。';
  const doc = buildTextDoc(text);
  assert.equal(doc.sentences.length, 2);
  const first = doc.sentences[0];
  assert.equal(text.slice(first.start, first.end), 'ロシアは、ドローンによる民間施設への攻撃を強め、ウ\nクライナもドローンを使った攻撃の頻度を高めた。');
  assert.ok(doc.norm.includes('ウクライナも'));
});

test('a sentence cut by a page break and a photo caption stays one sentence', () => {
  const text = [
    '米欧諸国は支援を強化し、ウクライナは反転攻勢に出たが、戦況は膠着の傾向を強め、戦争の終結と復興を見据えた外交的な動きの停',
    '',
    'ウクライナ戦争：東部で攻防（2023 年 6月　写真：ロイター／アフロ）',
    '',
    ' な動きが活発となった。',
  ].join('\n');
  const s = sentenceTexts(text);
  assert.deepEqual(s, ['米欧諸国は支援を強化し、ウクライナは反転攻勢に出たが、戦況は膠着の傾向を強め、戦争の終結と復興を見据えた外交的な動きの停な動きが活発となった。']);
});

test('page furniture is not body text; footnote markers are recorded and left out of the normalised sentence', () => {
  const text = ['第1章 序論', '', '中国はロシアとの関係を強化した¹⁸。', '', '12', '', 'ロシアも同様である。'].join('\n');
  const doc = buildTextDoc(text);
  assert.deepEqual(doc.sentences.map((s) => doc.norm.slice(s.normStart, s.normEnd)), ['中国はロシアとの関係を強化した。', 'ロシアも同様である。']);
  assert.equal(doc.footnotes.length, 1);
  assert.equal(doc.footnotes[0].marker, '18');
  assert.equal(doc.footnotes[0].sentence, 0);
  assert.equal(doc.sections[0].title, '第1章 序論');
  assert.equal(doc.sections[0].kind, 'chapter');
});

test('outline: chapters, ◆ headings, 提言 sections, bullets and the closing 脱稿日 line', () => {
  const text = [
    '第2章 米国の外交', '', '◆ 米国第一主義', '', '米国は同盟国に負担を求めた。', '', '◆ 提言', '',
    '・日本は防衛費を増やすべきである。', '・日本は外交を強化すべきである。', '',
    '（脱稿日 2024年11月10日 山田太郎／研究所研究員）',
  ].join('\n');
  const doc = buildTextDoc(text);
  assert.deepEqual(doc.sections.map((s) => [s.level, s.kind, s.title]), [[1, 'chapter', '第2章 米国の外交'], [2, 'heading', '米国第一主義'], [2, 'recommendations', '提言']]);
  assert.equal(doc.sections[0].author, '山田太郎');
  assert.equal(doc.sections[0].date, '2024-11-10');
  const bullets = doc.sentences.filter((s) => s.bullet);
  assert.equal(bullets.length, 2);
  assert.equal(doc.norm.slice(bullets[0].normStart, bullets[0].normEnd), '日本は防衛費を増やすべきである。');
  assert.equal(bullets[0].section, 2);
  assert.equal(doc.meta.date, '2024-11-10');
  assert.deepEqual(doc.meta.authors, ['山田太郎']);
});

test('English sentences split at . ! ? but not after abbreviations', () => {
  assert.deepEqual(sentenceTexts('The U.S. and Japan met in Tokyo. They agreed on a plan! Was it enough?'), [
    'The U.S. and Japan met in Tokyo.', 'They agreed on a plan!', 'Was it enough?',
  ]);
});

test('brackets protect quoted sentence ends', () => {
  assert.deepEqual(sentenceTexts('彼は「協力する。支援も続ける。」と述べた。次に移る。'), ['彼は「協力する。支援も続ける。」と述べた。', '次に移る。']);
});

test('sentence boundaries agree with the dev gold for ≥ 95 % of gold sentences', needsSeeds, () => {
  let total = 0;
  let agree = 0;
  for (const name of ['001_cca122dbbd997d32', '003_e33c5dcaacf570d7', '004_05e7af2fe15561fa']) {
    const gold = JSON.parse(readFileSync(`${GOLD_DIR}${name}.json`, 'utf8')) as { sentences: Array<{ start: number; end: number }> };
    const doc = buildTextDoc(seed(`${name}.txt`));
    for (const g of gold.sentences) {
      total++;
      if (doc.sentences.some((s) => Math.abs(s.start - g.start) <= 3 && Math.abs(s.end - g.end) <= 3)) agree++;
    }
  }
  assert.ok(agree / total >= 0.95, `${agree}/${total} gold sentences matched`);
});

test('000: the sentence the narrow columns break is one sentence', needsSeeds, () => {
  const doc = buildTextDoc(seed('000_457cf70685a7d072.txt'));
  const s = doc.sentences.find((x) => doc.norm.slice(x.normStart, x.normEnd).includes('精密誘導ミサイルの在庫不足'));
  assert.ok(s, 'sentence found');
  const text = doc.norm.slice(s.normStart, s.normEnd);
  assert.ok(text.startsWith('その間、精密誘導ミサイル') && text.endsWith('攻撃の頻度を高めた。'), text);
});

test('cover metadata: title, authors with family and given names apart, publisher, an era date with its western year', () => {
  const text = ['', '安全保障レポート2030', '', '山田 太郎（編著）、佐藤 花子', '', 'テンボ研究所', '', '令和12年（2030年）3月', '', 'はしがき', '', '本書は研究所の研究者が執筆したものである。'].join('\n');
  const meta = buildTextDoc(text).meta;
  assert.equal(meta.title, '安全保障レポート2030');
  assert.deepEqual(meta.authors, ['山田 太郎', '佐藤 花子']);
  assert.equal(meta.publisher, 'テンボ研究所');
  assert.equal(meta.date, '2030-03');
});

test('a body line that begins with a date is not the document date', () => {
  const text = ['第1節 戦況', '', '2022 年 2 月の開戦以降続いてい', 'た東部での消耗戦は続いた。'].join('\n');
  assert.equal(buildTextDoc(text).meta.date, undefined);
});

test('a news headline on the first line is a heading, not part of the first sentence', () => {
  const doc = buildTextDoc('北朝鮮、弾道ミサイルを発射　日本海に落下\n\n韓国軍によると、北朝鮮は8日に弾道ミサイルを発射した。\n');
  assert.equal(doc.sections[0].title, '北朝鮮、弾道ミサイルを発射 日本海に落下');
  assert.deepEqual(doc.sentences.map((s) => doc.norm.slice(s.normStart, s.normEnd)), ['韓国軍によると、北朝鮮は8日に弾道ミサイルを発射した。']);
  const en = buildTextDoc('Biden signs aid package for Ukraine\n\nPresident Biden signed the bill on Wednesday. It includes aid.\n');
  assert.equal(en.sentences.length, 2);
  assert.equal(en.sections[0].title, 'Biden signs aid package for Ukraine');
});
