// Quantities (guidelines §3b): each normalisation rule on sentences written for the tests, run
// through buildTextDoc so that spaced and full-width input is covered, and what must not be found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTextDoc } from '../text/index.js';
import { parseNumeral } from './numerals.js';
import { extractQuantities } from './quantity.js';

interface Got {
  text: string;
  value: number;
  unit: string;
  approx?: string;
}

function quantities(text: string): Got[] {
  const doc = buildTextDoc(text);
  return extractQuantities(doc).map((q) => {
    const g: Got = { text: text.slice(q.start, q.end), value: q.value, unit: q.unit };
    if (q.approx) g.approx = q.approx;
    return g;
  });
}

const vu = (text: string): Array<[number, string]> => quantities(text).map((q) => [q.value, q.unit]);

describe('numerals', () => {
  it('parses Arabic, kanji and mixed numerals with 万/億/兆 multiplied out', () => {
    assert.equal(parseNumeral('100万'), 1_000_000);
    assert.equal(parseNumeral('610億'), 61_000_000_000);
    assert.equal(parseNumeral('1億2,000万'), 120_000_000);
    assert.equal(parseNumeral('3,200'), 3200);
    assert.equal(parseNumeral('81.6'), 81.6);
    assert.equal(parseNumeral('三'), 3);
    assert.equal(parseNumeral('三十一'), 31);
    assert.equal(parseNumeral('二千二十三'), 2023);
    assert.equal(parseNumeral('二〇二三'), 2023);
    assert.equal(parseNumeral('五万'), 50_000);
    assert.equal(parseNumeral('3千'), 3000);
    assert.equal(parseNumeral('億'), null);
  });
});

describe('counters and units', () => {
  it('multiplies out 万, 億 and 兆', () => {
    assert.deepEqual(quantities('北朝鮮は100万発以上の砲弾を提供した。'), [{ text: '100万発以上', value: 1_000_000, unit: '発', approx: 'at_least' }]);
    assert.deepEqual(vu('総額は1.5兆円に上る。'), [[1.5e12, 'JPY']]);
    assert.deepEqual(vu('援助は 1 億 2,000 万ドルであった。'), [[120_000_000, 'USD']]);
  });
  it('puts money in ISO 4217', () => {
    assert.deepEqual(quantities('政権は 610 億ドルの支援を要求した。'), [{ text: '610 億ドル', value: 61_000_000_000, unit: 'USD' }]);
    assert.deepEqual(vu('約475億米ドルの基金。'), [[47_500_000_000, 'USD']]);
    assert.deepEqual(vu('約49億円の助成、200億ユーロの支援、300億ルーブルの予算。'), [[4.9e9, 'JPY'], [2e10, 'EUR'], [3e10, 'RUB']]);
    assert.deepEqual(vu('貿易額は100億元、50億人民元、1兆ウォンに達した。'), [[1e10, 'CNY'], [5e9, 'CNY'], [1e12, 'KRW']]);
    assert.deepEqual(vu('Congress approved $61 billion for Ukraine.'), [[61e9, 'USD']]);
  });
  it('reads percentages and 割', () => {
    assert.deepEqual(quantities('新型装備の割合は 81.6% に達した。'), [{ text: '81.6%', value: 81.6, unit: '%' }]);
    assert.deepEqual(quantities('割合は８１．６％に達した。'), [{ text: '８１．６％', value: 81.6, unit: '%' }]);
    assert.deepEqual(quantities('日本人の8割が懸念している。'), [{ text: '8割', value: 80, unit: '%' }]);
    assert.deepEqual(vu('反対は約 75%に上る。'), [[75, '%']]);
    assert.deepEqual(vu('Turnout reached 81.6 percent.'), [[81.6, '%']]);
  });
  it('reads durations as quantities', () => {
    assert.deepEqual(quantities('条約は 5 年\n間延長された。'), [{ text: '5 年\n間', value: 5, unit: '年' }]);
    assert.deepEqual(vu('訪問は24年ぶりであった。'), [[24, '年']]);
    assert.deepEqual(vu('最近の1週間で、約8か月を要し、3カ月間続き、2日間にわたった。'), [[1, '週'], [8, 'か月'], [3, 'カ月'], [2, '日']]);
  });
  it('unifies the spellings of カ国', () => {
    assert.deepEqual(vu('3カ国、3か国、3ヵ国、3ヶ国、三か国。'), [[3, 'カ国'], [3, 'カ国'], [3, 'カ国'], [3, 'カ国'], [3, 'カ国']]);
    assert.deepEqual(vu('有志 11 カ国が参加した。'), [[11, 'カ国']]);
  });
  it('reads the common counters', () => {
    assert.deepEqual(vu('兵士約3,200人、戦車約900両、航空機30機、艦艇4隻、ミサイル2基、64回、15,809個、5票、1つ、2門、3台、2件、4部隊。'), [
      [3200, '人'], [900, '両'], [30, '機'], [4, '隻'], [2, '基'], [64, '回'], [15809, '個'], [5, '票'], [1, 'つ'], [2, '門'], [3, '台'], [2, '件'], [4, '部隊'],
    ]);
    assert.deepEqual(vu('一つの主要戦争と二つの戦域。'), [[1, 'つ'], [2, 'つ']]);
    assert.deepEqual(vu('10万トンの穀物、400万バレルの原油。'), [[100_000, 'トン'], [4_000_000, 'バレル']]);
  });
  it('reads lengths and areas, keeping the ² the text stage dropped', () => {
    assert.deepEqual(vu('国境は 2600km となった。'), [[2600, 'km']]);
    assert.deepEqual(quantities('占領地域は約740km²から減少した。'), [{ text: '約740km²', value: 740, unit: 'km²', approx: 'about' }]);
    assert.deepEqual(vu('砲弾(122mmおよび152mm)。'), [[122, 'mm'], [152, 'mm']]);
  });
  it('reads English counts', () => {
    assert.deepEqual(vu('Some 3,200 troops and 900 tanks joined.'), [[3200, '人'], [900, '両']]);
    assert.deepEqual(quantities('About 10,000 North Korean troops were sent.'), [{ text: 'About 10,000 North Korean troops', value: 10000, unit: '人', approx: 'about' }]);
    assert.deepEqual(vu('It fired two ballistic missiles.'), [[2, '発']]);
    assert.deepEqual(vu('In 2024 Russian troops advanced five years ago.'), []);
  });
});

describe('approximations', () => {
  const cases: Array<[string, string, string]> = [
    ['約3,200人', '約3,200人', 'about'], ['およそ5万人', 'およそ5万人', 'about'], ['1万人ほど', '1万人ほど', 'about'],
    ['1万人以上', '1万人以上', 'at_least'], ['少なくとも30機', '少なくとも30機', 'at_least'],
    ['3,000人超', '3,000人超', 'over'], ['135隻余り', '135隻余り', 'over'],
    ['5人以下', '5人以下', 'at_most'], ['10%未満', '10%未満', 'at_most'], ['最大で210万発', '最大で210万発', 'at_most'],
  ];
  for (const [written, span, approx] of cases) {
    it(`${written} → ${approx}`, () => {
      assert.deepEqual(quantities(`兵力は${written}とされる。`).map((q) => [q.text, q.approx]), [[span, approx]]);
    });
  }
  it('lets the word after the number win over the one before (約1万人以上)', () => {
    assert.deepEqual(quantities('北朝鮮兵士約1万人以上が参加した。').map((q) => q.approx), ['at_least']);
  });
});

describe('durations and counters', () => {
  it('reads minutes, seconds, hours and weeks as durations', () => {
    assert.deepEqual(quantities('首脳会談は約40分間行われた。'), [{ text: '約40分間', value: 40, unit: '分', approx: 'about' }]);
    assert.deepEqual(vu('ミサイルは15分飛行し、上昇は90秒だった。'), [[15, '分'], [90, '秒']]);
    assert.deepEqual(vu('停電は6時間続き、復旧には3週間を要した。'), [[6, '時間'], [3, '週']]);
    assert.deepEqual(vu('映像は20秒間に及んだ。'), [[20, '秒']]);
  });
  it('does not read a clock time, a fraction or 十分 as minutes', () => {
    assert.deepEqual(vu('午後3時15分に発射された。'), []);
    assert.deepEqual(vu('輸出の3分の1が途絶えた。'), []);
    assert.deepEqual(vu('対策は十分ではない。'), []);
  });
  it('reads the counters of items, bodies, vessels, aircraft and places', () => {
    assert.deepEqual(vu('規制対象に新たに37品目を加え、14団体が反対した。'), [[37, '品目'], [14, '団体']]);
    assert.deepEqual(vu('外資4社と国内2社が参加し、駆逐艦3隻と哨戒機2機が展開した。'),
      [[4, '社'], [2, '社'], [3, '隻'], [2, '機']]);
    assert.deepEqual(vu('装甲車50両、榴弾砲12門、発射機4基、砲弾3000発を送った。'),
      [[50, '両'], [12, '門'], [4, '基'], [3000, '発']]);
    assert.deepEqual(vu('8人が負傷し、被害は21件に上り、協議は4回行われた。'), [[8, '人'], [21, '件'], [4, '回']]);
    assert.deepEqual(vu('要求は7項目、対象は3種類の兵器で、抗議は11都市に広がった。'), [[7, '項目'], [3, '種類'], [11, '都市']]);
    assert.deepEqual(vu('沿岸の6カ所と内陸の2か所、さらに3箇所に配備した。'), [[6, 'カ所'], [2, 'カ所'], [3, 'カ所']]);
  });
  it('reads 度 as a count, but 度目 and other counters with 目 as ordinals', () => {
    assert.deepEqual(vu('同国は3度にわたり警告し、二度の会談を経た。'), [[3, '度'], [2, '度']]);
    assert.deepEqual(vu('今回が4度目の発射で、2人目の犠牲者が出た。3隻目の空母が就役した。'), []);
  });
});

describe('English numbers', () => {
  it('records about, more than, at least and nearly', () => {
    assert.deepEqual(quantities('About 2,000 soldiers crossed the border.'), [{ text: 'About 2,000 soldiers', value: 2000, unit: '人', approx: 'about' }]);
    assert.deepEqual(quantities('More than 300 drones were launched.'), [{ text: 'More than 300 drones', value: 300, unit: '機', approx: 'over' }]);
    assert.deepEqual(quantities('At least 14 people were killed.'), [{ text: 'At least 14 people', value: 14, unit: '人', approx: 'at_least' }]);
    assert.deepEqual(quantities('Nearly 60 percent of the grain.'), [{ text: 'Nearly 60 percent', value: 60, unit: '%', approx: 'about' }]);
  });
  it('multiplies out scales and reads currency signs', () => {
    assert.deepEqual(vu('Congress approved $1 billion for air defence.'), [[1_000_000_000, 'USD']]);
    assert.deepEqual(vu('Some 1.5 million people have fled.'), [[1_500_000, '人']]);
    assert.deepEqual(vu('The fund holds $2.5bn, and $400m more is pledged.'), [[2_500_000_000, 'USD'], [400_000_000, 'USD']]);
  });
  it('does not count vague plurals', () => {
    assert.deepEqual(vu('Dozens of missiles and hundreds of drones were fired; tens of thousands of troops massed.'), []);
  });
});

describe('ranges', () => {
  it('gives two quantities, the first borrowing the counter and 万 of the second', () => {
    assert.deepEqual(vu('兵力は2～3万人とされる。'), [[20_000, '人'], [30_000, '人']]);
    assert.deepEqual(quantities('およそ270万から370万発にあたる。'), [
      { text: 'およそ270万', value: 2_700_000, unit: '発', approx: 'about' }, { text: '370万発', value: 3_700_000, unit: '発', approx: 'about' },
    ]);
    assert.deepEqual(vu('30,000～45,000人の部隊となった。'), [[30_000, '人'], [45_000, '人']]);
    assert.deepEqual(vu('この1, 2年で変わった。'), [[1, '年'], [2, '年']]);
    assert.deepEqual(vu('10-20%の関税。'), [[10, '%'], [20, '%']]);
  });
});

describe('what is not a quantity', () => {
  it('leaves ordinals, article and resolution numbers alone', () => {
    assert.deepEqual(vu('第4条に基づき、第2期政権の第 3 回会合で、安保理決議 1718 号を確認した。'), []);
    assert.deepEqual(vu('今回で6回目を迎え、1つ目の役割は抑止である。'), []);
  });
  it('leaves numbers inside names alone', () => {
    assert.deepEqual(vu('NDS2022、火星11、KN-23、海上聯合2016、H-6K、Su-35、S-400、G7 を挙げた。'), []);
    assert.deepEqual(vu('ミサイル KN-23（火星 11A）を特定した。'), []);
  });
  it('leaves years, dates and time offsets to the timex layer', () => {
    assert.deepEqual(vu('2023年9月13日に会談し、2024 年に署名した。70年前の休戦。一カ月前に会談した。3日後に帰国した。'), []);
  });
  it('leaves vague numbers and words that only contain numerals alone', () => {
    assert.deepEqual(vu('数百人が集まり、数万人が避難し、同一人物が統一した。'), []);
    assert.deepEqual(vu('一方、一部の国は一層強化した。'), []);
    assert.deepEqual(vu('2国間や多国間の演習。'), []);
  });
  it('never finds a quantity inside an idiom (the stop-list of quantity.json)', () => {
    assert.deepEqual(vu('選挙は三つどもえの争いとなり、候補者は一つ一つ課題を挙げた。'), []);
    assert.deepEqual(vu('両国は一体となり、一時的に停止したが、一度に再開することはなく、二度と戻らない。'), []);
    assert.deepEqual(vu('唯一の手段として、第一に対話を進め、一人ひとりが二人三脚で取り組む。'), []);
    assert.deepEqual(vu('「一つの中国」原則を掲げ、一件落着とはならなかった。'), []);
    // Outside an idiom the same numerals count: one of the items, one hour, one soldier.
    assert.deepEqual(vu('議題の一つとして浮上し、一時間の会談で一人の兵士の解放が決まった。'), [[1, 'つ'], [1, '時間'], [1, '人']]);
  });
});
