import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTextDoc } from '../text/index.js';
import { loadCatalogue } from './catalogue.js';
import { findMentions } from './mentions.js';

const catalogue = loadCatalogue();
/** The mentions of a text as [surface, codes or kind]. */
function found(text: string): Array<[string, string]> {
  const doc = buildTextDoc(text);
  return findMentions(doc, catalogue).map((m) => [text.slice(m.start, m.end), m.codes.length ? m.codes.join('+') : m.kind]);
}

test('false-positive traps: one-character abbreviations inside ordinary words are not mentions', () => {
  assert.deepEqual(found('朝日新聞が報じた。'), [['朝日新聞', 'ASAHI']], 'the newspaper, not North Korea and Japan');
  for (const text of ['朝日が昇った。', '早朝に会議が開かれた。', '米作の農家が多い。', '問題が露呈した。', '期間中に交渉が続いた。', '集中的に議論した。', '日本人の多くが懸念した。', 'ロシア語で演説した。']) {
    assert.deepEqual(found(text), [], text);
  }
});

test('compound abbreviations are one span carrying each member\'s code, in the order written', () => {
  const cases: Array<[string, string, string]> = [
    ['日米は協議した。', '日米', 'JPN+USA'],
    ['日米韓の首脳が会った。', '日米韓', 'JPN+USA+KOR'],
    ['中露は演習を行った。', '中露', 'CHN+RUS'],
    ['露朝の協力が進んだ。', '露朝', 'RUS+PRK'],
    ['中露朝の連携。', '中露朝', 'CHN+RUS+PRK'],
    ['日米豪印の枠組み。', '日米豪印', 'JPN+USA+AUS+IND'],
    ['米英豪の安全保障枠組み。', '米英豪', 'USA+GBR+AUS'],
    ['中ロの接近が続く。', '中ロ', 'CHN+RUS'],
    ['米ロの対話が途絶えた。', '米ロ', 'USA+RUS'],
  ];
  for (const [text, surface, codes] of cases) assert.deepEqual(found(text)[0], [surface, codes], text);
});

test('a single abbreviation counts when an affix licenses it', () => {
  assert.deepEqual(found('首相が訪朝した。'), [['朝', 'PRK']]);
  assert.deepEqual(found('対露制裁を強化した。'), [['露', 'RUS']]);
  assert.deepEqual(found('駐日大使が着任した。'), [['日', 'JPN']]);
  assert.deepEqual(found('露側は反発した。'), [['露', 'RUS']]);
  assert.deepEqual(found('対ロ制裁が続く。'), [['ロ', 'RUS']]);
});

test('state organs are one organisation mention with the state\'s code', () => {
  assert.deepEqual(found('ロシア軍が前進した。'), [['ロシア軍', 'RUS']]);
  assert.deepEqual(found('中国外交部は反発した。'), [['中国外交部', 'CHN']]);
  assert.deepEqual(found('米国務省が発表した。'), [['米国務省', 'USA']]);
  assert.deepEqual(found('ロシア軍事作戦の継続。')[0], ['ロシア', 'RUS'], '軍事 is not an organ suffix');
});

test('the longest name wins, and a numbered resolution is one treaty mention', () => {
  assert.deepEqual(found('国連安全保障理事会が開かれた。'), [['国連安全保障理事会', 'UNSC']]);
  assert.deepEqual(found('国連安保理決議1718号に基づく制裁。'), [['国連安保理決議1718号', 'treaty']]);
});

test('alias forms of major actors, Japanese and English', () => {
  const forms: Record<string, string[]> = {
    USA: ['米国', 'アメリカ', 'アメリカ合衆国', 'United States', 'USA', 'U.S.'],
    CHN: ['中国', '中華人民共和国', 'China', 'PRC'],
    RUS: ['ロシア', 'ロシア連邦', 'Russia', 'Russian Federation'],
    PRK: ['北朝鮮', '朝鮮民主主義人民共和国', 'North Korea', 'DPRK'],
    KOR: ['韓国', '大韓民国', 'South Korea', 'ROK'],
    JPN: ['日本', 'Japan'],
    UKR: ['ウクライナ', 'Ukraine'],
    TWN: ['台湾', 'Taiwan'],
    GBR: ['英国', 'イギリス', 'United Kingdom', 'UK'],
    UN: ['国連', '国際連合', 'United Nations'],
    UNSC: ['安保理', '国連安保理', 'UN Security Council', 'UNSC'],
    NATO: ['NATO', '北大西洋条約機構'],
  };
  for (const [code, names] of Object.entries(forms)) {
    for (const name of names) {
      const text = /^[A-Za-z]/.test(name) ? `Officials said ${name} would act.` : `${name}は対応した。`;
      assert.deepEqual(found(text), [[name, code]], `${name} in: ${text}`);
    }
  }
});

test('English names respect word boundaries and case', () => {
  assert.deepEqual(found('Russians and Chinese tourists came.'), []);
  assert.deepEqual(found('The USSR collapsed in 1991.').filter(([, c]) => c === 'USA'), []);
  assert.deepEqual(found('Let us talk about it.'), []);
});

test('a name with its alternative in brackets is two mentions; a demonym blocks the state but 人員 does not', () => {
  assert.deepEqual(found('核兵器不拡散条約（NPT）の体制。'), [['核兵器不拡散条約', 'treaty'], ['NPT', 'treaty']]);
  assert.deepEqual(found('北朝鮮人員が確認された。'), [['北朝鮮', 'PRK']]);
  assert.deepEqual(found('米バイデン大統領は述べた。'), [['米', 'USA'], ['バイデン', 'person']]);
});

test('a title after a person\'s name names nothing of its own', () => {
  assert.deepEqual(found('王毅外交部長が訪問した。'), [['王毅', 'person']]);
  assert.deepEqual(found('習近平国家主席とプーチン大統領が会談した。'), [['習近平', 'person'], ['プーチン', 'person']]);
  assert.deepEqual(found('金総書記は視察した。'), [['金', 'person']]);
});

test('generic groups, designations without hyphens, a leader with the state before 政権', () => {
  assert.deepEqual(found('欧州諸国とアジア各国が懸念した。'), []);
  assert.deepEqual(found('H6爆撃機とSu35が飛行した。'), [['H6', 'weapon'], ['Su35', 'weapon']]);
  assert.deepEqual(found('トランプ米政権は関税を課した。'), [['トランプ米政権', 'USA']]);
});
