// Event layer: role rules, non-event rules, dates, flows and tables, on sentences written for the tests.
//   cd /work/main && npx tsx --test src/extract/events.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalogue } from '../lexicon/catalogue.js';
import { findMentions } from '../lexicon/mentions.js';
import { buildTextDoc } from '../text/index.js';
import type { EventRecord, TimeValue } from '../types.js';
import { PLOVER_TYPES } from '../types.js';
import { extractEvents } from './events.js';
import { extractQuantities } from './quantity.js';
import { extractTimexes } from './timex.js';
import { eventRules } from './triggers.js';

const catalogue = loadCatalogue();

function events(text: string, documentDate: TimeValue | null = '2025-01-15', language?: 'ja' | 'en'): EventRecord[] {
  const doc = buildTextDoc(text, language ? { language } : {});
  const mentions = findMentions(doc, catalogue);
  const timexes = extractTimexes(doc, documentDate);
  const quantities = extractQuantities(doc);
  return extractEvents(doc, { mentions, timexes, quantities }, catalogue, { documentDate });
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** The one event of `type` in the text, checked for its roles (as sets) and optional fields. */
function expectEvent(text: string, type: string, source: string[], target: string[], extra: Partial<EventRecord> = {}, documentDate?: TimeValue | null): EventRecord {
  const all = events(text, documentDate);
  const found = all.filter((e) => e.type === type && same(e.source, source) && same(e.target, target));
  assert.ok(found.length >= 1, `no ${type} ${source}→${target} in «${text}»; got ${JSON.stringify(all.map((e) => [e.type, e.source, e.target, e.date]))}`);
  const e = found[0];
  for (const [k, v] of Object.entries(extra)) assert.deepEqual((e as unknown as Record<string, unknown>)[k], v, `${k} of ${type} in «${text}»`);
  return e;
}

/** Some event of `type` whose source and target include the codes given. */
function expectSome(text: string, type: string, source: string[], target: string[], documentDate?: TimeValue | null): EventRecord {
  const all = events(text, documentDate);
  const e = all.find((x) => x.type === type && source.every((c) => x.source.includes(c)) && target.every((c) => x.target.includes(c)));
  assert.ok(e, `no ${type} with ${source}→${target} in «${text}»; got ${JSON.stringify(all.map((x) => [x.type, x.source, x.target, x.date]))}`);
  return e;
}

function expectNone(text: string, type?: string): void {
  const all = events(text).filter((e) => !type || e.type === type);
  assert.equal(all.length, 0, `expected no ${type ?? ''} event in «${text}»; got ${JSON.stringify(all.map((e) => [e.type, e.source, e.target]))}`);
}

// ---- the dictionary ----------------------------------------------------------------------------

test('the trigger dictionary covers all 16 PLOVER types with several hundred triggers', () => {
  const rules = eventRules();
  const types = new Set(rules.entries.map((e) => e.type));
  for (const t of PLOVER_TYPES) assert.ok(types.has(t), `no trigger for ${t}`);
  assert.ok(rules.entries.length >= 300, `${rules.entries.length} triggers`);
  assert.ok(rules.entries.some((e) => e.lang === 'en'), 'English triggers');
  for (const e of rules.entries) if (e.type === 'CONSULT') assert.ok(e.symmetric, `${e.trigger} symmetric`);
});

// ---- roles -------------------------------------------------------------------------------------

test('が marks the source, に the target', () => {
  expectEvent('北朝鮮が2023年8月にロシアに砲弾を提供した。', 'AID', ['PRK'], ['RUS'], { flow: 'munitions', date: '2023-08' });
});

test('は marks the source, を the target of an act on someone', () => {
  expectEvent('日本政府は中国を強く非難した。', 'ACCUSE', ['JPN'], ['CHN']);
});

test('に対し marks the target', () => {
  expectEvent('米国は北朝鮮に対し、新たな制裁を科した。', 'SANCTION', ['USA'], ['PRK']);
});

test('と joins a partner to the source of a joint action', () => {
  expectEvent('中国はロシアと合同演習を実施した。', 'COOPERATE', ['CHN', 'RUS'], []);
});

test('の-modifiers give the persons\' states: both leaders are sources of the meeting', () => {
  expectEvent('北朝鮮の金正恩総書記とロシアのプーチン大統領が2023年9月13日に会談した。', 'CONSULT', ['PRK', 'RUS'], [], { date: '2023-09-13' });
});

test('a person acts for the state of the office held at the event\'s date', () => {
  expectEvent('プーチン大統領は2024年6月に平壌を訪問した。', 'CONSULT', ['RUS'], ['PRK'], { mode: 'visit', date: '2024-06' });
});

test('passives reverse the roles: 〜を受けた and 〜された', () => {
  expectEvent('イスラエルは2024年4月にイランから攻撃を受けた。', 'ASSAULT', ['IRN'], ['ISR'], { date: '2024-04' });
  expectEvent('ウクライナの都市がロシアに攻撃された。', 'ASSAULT', ['RUS'], ['UKR']);
});

test('coordination gives several sources', () => {
  expectEvent('中国とロシアが日本海で合同パトロールを実施した。', 'COOPERATE', ['CHN', 'RUS'], []);
  expectEvent('米国と韓国と日本は北朝鮮を非難した。', 'ACCUSE', ['USA', 'KOR', 'JPN'], ['PRK']);
});

test('a clause without a subject inherits the sentence topic', () => {
  expectEvent('ロシアは2024年6月に北朝鮮を訪問し、包括的戦略パートナーシップ条約に署名した。', 'AGREE', ['RUS', 'PRK'], [], { date: '2024-06' });
});

test('a sentence without a subject inherits the previous sentence\'s topic', () => {
  const all = events('ロシアは2022年2月にウクライナに侵攻した。同年9月には部分動員を発表し、ウクライナ東部4州の併合も宣言した。');
  const m = all.find((e) => e.type === 'MOBILIZE');
  assert.ok(m, JSON.stringify(all));
  assert.deepEqual(m.source, ['RUS']);
  assert.equal(m.date, '2022-09');
});

test('a name compounded with the trigger: participants of a joint act, object of an attack', () => {
  expectEvent('中露合同演習が2024年7月に南シナ海で行われた。', 'COOPERATE', ['CHN', 'RUS'], [], { date: '2024-07' });
  expectEvent('ロシアによるウクライナ侵攻が続いている。', 'ASSAULT', ['RUS'], ['UKR']);
});

test('the subject of a relative clause is not the subject of the main clause', () => {
  const all = events('中国が主催した会議にロシアも参加した。');
  const c = all.find((e) => e.type === 'CONSULT');
  assert.ok(c, JSON.stringify(all));
  assert.ok(same(c.source, ['RUS', 'CHN']), JSON.stringify(c));
});

test('the accused stand in the quoted clause; the quoted act is an event of its own', () => {
  expectEvent('韓国は、北朝鮮がロシアに兵器を輸出したと非難した。', 'ACCUSE', ['KOR'], ['PRK', 'RUS']);
  expectEvent('韓国は、北朝鮮がロシアに兵器を輸出したと非難した。', 'AID', ['PRK'], ['RUS'], { flow: 'weapons' });
});

test('a mutual fight gives both directions', () => {
  const all = events('イスラエルとイランが2024年10月に交戦した。').filter((e) => e.type === 'ASSAULT');
  assert.equal(all.length, 2, JSON.stringify(all));
});

test('a visit has the visitor as source and the host as target', () => {
  expectEvent('金正恩総書記は2023年9月にロシアを訪問した。', 'CONSULT', ['PRK'], ['RUS'], { mode: 'visit' });
});

test('a subject in a relative clause is the head noun: 〜を破棄した米国', () => {
  const e = expectSome('イランでは、2018年に核合意を一方的に破棄した米国に対する不信が根強い。', 'RETREAT', ['USA'], ['IRN']);
  assert.deepEqual(e.source, ['USA']);
  assert.equal(e.date, '2018');
});

test('a group of states without a code leaves the source empty', () => {
  expectEvent('欧米諸国は2024年3月にロシアを非難した。', 'ACCUSE', [], ['RUS']);
});

test('a weapon stands for its state in its own test', () => {
  expectEvent('2024年9月にはICBM「サルマート」の試験が行われた。', 'MOBILIZE', ['RUS'], []);
});

test('a noun trigger takes the names between it and its own predicate', () => {
  expectEvent('ロシアから合同演習の提案が北朝鮮になされた。', 'AGREE', ['RUS'], ['PRK']);
});

test('a 両国 after a pair of states stands for both', () => {
  const all = events('ロシアと北朝鮮の関係は深まっている。両国は2024年6月に包括的戦略パートナーシップ条約に署名した。');
  const a = all.find((e) => e.type === 'AGREE');
  assert.ok(a && same(a.source, ['RUS', 'PRK']), JSON.stringify(all));
});

test('a reason clause (〜として) holds the one sanctioned; its own names do not act for the sentence topic', () => {
  const all = events('米国は、中国企業がロシアに軍民両用品を輸出しているとして制裁を科した。');
  assert.ok(all.some((e) => e.type === 'SANCTION' && same(e.source, ['USA']) && same(e.target, ['CHN'])), JSON.stringify(all));
  assert.ok(!all.some((e) => e.type === 'AID' && e.source.includes('USA')), JSON.stringify(all));
});

test('an act named again (今回の発射) is reported again with its actors and date, and its agent is the accused', () => {
  const all = events('北朝鮮は2024年10月31日、弾道ミサイルを発射した。米国は、今回の発射は国連安保理決議に違反すると非難した。');
  const again = all.filter((e) => e.type === 'MOBILIZE');
  assert.equal(again.length, 2, JSON.stringify(all));
  assert.ok(again.every((e) => e.date === '2024-10-31' && same(e.source, ['PRK'])));
  assert.ok(all.some((e) => e.type === 'ACCUSE' && same(e.source, ['USA']) && same(e.target, ['PRK'])), JSON.stringify(all));
});

test('a vote or a draft in a body named before: the body is the target', () => {
  const all = events('国連安全保障理事会は24日、決議案を採決した。決議案は米国と日本が共同で提出したもので、13カ国が賛成した。', '2024-04-24');
  assert.ok(all.some((e) => e.type === 'AGREE' && e.mode === 'offer' && same(e.source, ['USA', 'JPN']) && same(e.target, ['UNSC'])), JSON.stringify(all));
  assert.ok(all.some((e) => e.type === 'SUPPORT' && same(e.source, []) && same(e.target, ['UNSC'])), JSON.stringify(all));
});

test('a veto targets the Security Council', () => {
  expectEvent('ロシアは拒否権を行使した。', 'REJECT', ['RUS'], ['UNSC']);
});

// ---- not events --------------------------------------------------------------------------------

test('forecasts are not events', () => {
  expectNone('北朝鮮は近くミサイルを発射するだろう。');
  expectNone('ロシアが北朝鮮に技術を提供する可能性がある。');
});

test('recommendations are not events', () => {
  expectNone('日本は韓国と協力すべきである。');
  expectNone('日本は米国に対して協議を働き掛け、協調することを追求すべきであろう。');
});

test('negated acts are not events', () => {
  expectNone('ロシアは長い間北朝鮮を訪問しなかった。');
  expectNone('中国はロシアに兵器を供与せず、中立を保った。', 'AID');
});

test('planned acts are not events', () => {
  expectNone('米国は来月、韓国と合同演習を実施する予定だ。');
  expectNone('中国はロシアとの合同演習を計画している。');
});

test('hypothetical acts are not events', () => {
  expectNone('仮に中国が台湾を攻撃すれば、米国は介入する。', 'ASSAULT');
});

test('denied acts are not events', () => {
  expectNone('ロシアは北朝鮮から兵器を購入したことを否定した。', 'AID');
  expectNone('ロシアは北朝鮮から兵器を購入したことを否定した。', 'COOPERATE');
});

test('a trigger inside a longer noun is no event', () => {
  expectNone('北朝鮮の攻撃能力は高まっている。');
  expectNone('北朝鮮はミサイル発射場を拡張した。', 'MOBILIZE');
});

test('a demand\'s content is not an event of its own', () => {
  const all = events('中国はロシアと並んで、米国に軍事演習を停止するよう求めた。');
  assert.ok(!all.some((e) => e.type === 'MOBILIZE' || e.type === 'SANCTION'), JSON.stringify(all));
  assert.ok(all.some((e) => e.type === 'REQUEST' && e.source.includes('CHN') && e.source.includes('RUS') && e.target.includes('USA')), JSON.stringify(all));
});

test('a plain non-past predicate is habit or plan, not a report', () => {
  expectNone('米国は毎年韓国と合同演習を実施する。');
  expectNone('米国はウクライナに砲弾を供与すると発表した。', 'AID');
});

test('the modality of the last predicate covers the clauses chained to it, not a clause with its own subject', () => {
  expectNone('日本は韓国と協議し、協力を深めるべきだ。');
  expectSome('米国は2018年に核合意から離脱し、両国の信頼構築は困難であろう。', 'RETREAT', ['USA'], []);
});

test('a trigger that only frames another predicate is no event', () => {
  expectNone('中国はロシアとの協力について検討した。', 'COOPERATE');
});

// ---- dates -------------------------------------------------------------------------------------

test('an event takes the time of its clause', () => {
  const all = events('2022年2月24日、ロシアはウクライナに侵攻し、同年9月30日には4州の併合を宣言した。');
  assert.equal(all.find((e) => e.type === 'ASSAULT')?.date, '2022-02-24');
});

test('a sentence-initial time dates every clause', () => {
  const all = events('2023年9月、北朝鮮の金正恩総書記はロシアを訪問し、プーチン大統領と会談した。');
  const c = all.filter((e) => e.type === 'CONSULT');
  assert.ok(c.length >= 2, JSON.stringify(all));
  for (const e of c) assert.equal(e.date, '2023-09');
});

test('without a time of its own an event takes the last time named before', () => {
  const all = events('2024年6月19日、プーチン大統領は平壌を訪問した。両首脳は包括的戦略パートナーシップ条約に署名した。');
  const a = all.find((e) => e.type === 'AGREE');
  assert.ok(a, JSON.stringify(all));
  assert.equal(a.date, '2024-06-19');
});

test('a range event is dated at its start', () => {
  expectEvent('中国とロシアは2016年9月12～19日に南シナ海で合同演習を行った。', 'COOPERATE', ['CHN', 'RUS'], [], { date: '2016-09-12' });
});

test('coordinated times give one event each', () => {
  const all = events('ロシアは2016年と2017年に国連安保理の制裁決議に賛成した。').filter((e) => e.type === 'SUPPORT');
  assert.deepEqual(all.map((e) => e.date).sort(), ['2016', '2017']);
});

test('a time after the document date does not date a reported event', () => {
  const all = events('2023年5月には新START条約の期限が2026年2月に迫っていた。中国はロシアと合同演習を実施した。', '2024-01');
  const c = all.filter((e) => e.type === 'COOPERATE');
  assert.ok(c.length >= 1, JSON.stringify(all));
  for (const e of c) assert.equal(e.date, '2023-05');
});

test('quantities of the clause attach to the event', () => {
  const e = expectEvent('北朝鮮は2023年にロシアに100万発以上の砲弾を提供した。', 'AID', ['PRK'], ['RUS']);
  assert.deepEqual(e.quantities, [{ value: 1000000, unit: '発', approx: 'at_least' }]);
});

// ---- flows -------------------------------------------------------------------------------------

test('object nouns give the flow of aid', () => {
  expectEvent('ロシアは北朝鮮に石油を供給した。', 'AID', ['RUS'], ['PRK'], { flow: 'energy' });
  expectEvent('中国はロシアに軍事技術を供与した。', 'AID', ['CHN'], ['RUS'], { flow: 'technology' });
  expectEvent('米国はウクライナに資金を提供した。', 'AID', ['USA'], ['UKR'], { flow: 'money' });
  expectEvent('北朝鮮はロシアに弾薬を送った。', 'AID', ['PRK'], ['RUS'], { flow: 'munitions' });
});

test('troops sent to another state are aid; troops sent at home are mobilised', () => {
  expectEvent('北朝鮮は2024年10月にロシアに部隊を派遣した。', 'AID', ['PRK'], ['RUS'], { flow: 'troops', date: '2024-10' });
  expectEvent('ロシアは国境地帯に部隊を派遣した。', 'MOBILIZE', ['RUS'], [], { mode: 'troops' });
});

test('a launch without a target is mobilisation with weapons', () => {
  expectEvent('北朝鮮は2024年1月に弾道ミサイルを発射した。', 'MOBILIZE', ['PRK'], [], { mode: 'weapons', date: '2024-01' });
});

test('lifting sanctions is a concession', () => {
  expectEvent('米国はイランに対する制裁を解除した。', 'CONCEDE', ['USA'], ['IRN']);
});

// ---- tables ------------------------------------------------------------------------------------

test('a table of items under a caption that names the act and the actors: one dated event a row', () => {
  const text = [
    '中国とロシアは毎年海上で演習を重ねている。',
    '',
    '表 1-1 中露海軍の合同演習',
    '',
    '名称\t期間\t地点',
    '海上聯合 2016\t2016 年 9 月 12 ～ 19 日\t南シナ海',
    '海上聯合 2019\t2019 年 4 月 29 日 ～ 5 月 4 日\t黄海',
    '',
    '(出所) 筆者作成',
    '',
  ].join('\n');
  const all = events(text, '2025-11').filter((e) => e.type === 'COOPERATE' && same(e.source, ['CHN', 'RUS']));
  const dates = all.map((e) => e.date).sort();
  assert.ok(dates.includes('2016-09-12') && dates.includes('2019-04-29'), JSON.stringify(all));
});

test('a chronology is read column by column, each cell with its own date and its column\'s actor', () => {
  const text = [
    '主な出来事は表のとおりである。',
    '',
    '表 2-1 関連する主要な出来事',
    '',
    'ロシア\t\t北朝鮮\t',
    '2023 年\t\t\t\t',
    '2.21\t●新START条約履行停止を表明\t9.13\t●金正恩国務委員長がプーチン大統領と会談',
    '3.25\t●ベラルーシに核兵器配備を表明\t\t',
    '2024 年\t\t\t\t',
    '\t\t6.19\t●包括的戦略パートナーシップ条約に署名',
    '',
    '(出所) 筆者作成',
    '',
  ].join('\n');
  const all = events(text, '2025-11');
  const consult = all.find((e) => e.type === 'CONSULT');
  assert.ok(consult && consult.date === '2023-09-13' && same(consult.source, ['PRK', 'RUS']), JSON.stringify(all));
  const agree = all.find((e) => e.type === 'AGREE');
  assert.ok(agree && agree.date === '2024-06-19' && agree.source.includes('PRK'), JSON.stringify(all));
  const retreat = all.find((e) => e.type === 'RETREAT');
  assert.ok(retreat && retreat.date === '2023-02-21' && same(retreat.source, ['RUS']), JSON.stringify(all));
});

// ---- English -----------------------------------------------------------------------------------

test('English: subject, object and prepositions', () => {
  const en = (t: string): EventRecord[] => events(t, '2025-01-15', 'en');
  const a = en('North Korea supplied artillery shells to Russia in 2023.');
  assert.ok(a.some((e) => e.type === 'AID' && same(e.source, ['PRK']) && same(e.target, ['RUS']) && e.date === '2023'), JSON.stringify(a));
  const b = en('China and Russia held joint exercises in the Sea of Japan in July 2024.');
  assert.ok(b.some((e) => e.type === 'COOPERATE' && same(e.source, ['CHN', 'RUS'])), JSON.stringify(b));
  const c = en('Ukraine was attacked by Russia on 24 February 2022.');
  assert.ok(c.some((e) => e.type === 'ASSAULT' && same(e.source, ['RUS']) && same(e.target, ['UKR'])), JSON.stringify(c));
  const d = en('Russia will probably send more troops to Belarus.');
  assert.equal(d.length, 0, JSON.stringify(d));
});

test('English: a capital stands for its government; a definite noun refers to the last event of its kind', () => {
  const en = (t: string): EventRecord[] => events(t, '2025-01-15', 'en');
  const a = en('Manila lodged a diplomatic protest with Beijing.');
  assert.ok(a.some((e) => e.type === 'ACCUSE' && same(e.source, ['PHL']) && same(e.target, ['CHN'])), JSON.stringify(a));
  const b = en('North Korea fired a ballistic missile on Monday. South Korea condemned the launch.');
  assert.ok(b.some((e) => e.type === 'ACCUSE' && same(e.source, ['KOR']) && same(e.target, ['PRK'])), JSON.stringify(b));
  const c = en("South Korea's military said North Korea fired a ballistic missile on Thursday.");
  assert.ok(c.some((e) => e.type === 'MOBILIZE' && same(e.source, ['PRK'])), JSON.stringify(c));
});

// ---- generalisation: sentences written for the gaps a reader found on unseen texts ---------------

test('1. export controls and trade restrictions are sanctions; one with no country named has an empty target', () => {
  expectEvent('米商務省は2024年12月、中国企業140社をエンティティ・リストに追加した。', 'SANCTION', ['USA'], ['CHN'], { date: '2024-12' });
  expectEvent('中国は2023年8月、ガリウムとゲルマニウムの輸出規制を導入した。', 'SANCTION', ['CHN'], [], { date: '2023-08' });
  expectEvent('オランダは2023年9月、半導体製造装置の輸出を許可制とした。', 'SANCTION', ['NLD'], []);
  expectEvent('日本政府は先端半導体の製造装置23品目を輸出管理の対象に追加した。', 'SANCTION', ['JPN'], []);
  expectEvent('中国商務省は2024年12月、米国向けのガリウムの輸出を禁止すると発表した。', 'SANCTION', ['CHN'], ['USA']);
  expectEvent('米政府は中国向けの先端半導体の輸出を規制する措置を発表した。', 'SANCTION', ['USA'], ['CHN']);
  expectEvent('バイデン政権は中国の半導体企業を規制対象に追加した。', 'SANCTION', ['USA'], ['CHN']);
  expectEvent('英国はロシアの新興財閥の資産凍結を発表した。', 'SANCTION', ['GBR'], ['RUS']);
  expectEvent('ウクライナ政府はロシアの政府関係者の入国禁止を決めた。', 'SANCTION', ['UKR'], ['RUS']);
  expectEvent('トランプ政権は中国からの輸入品に25%の関税を課した。', 'SANCTION', ['USA'], ['CHN']);
  expectEvent('米国は中国製の電気自動車に対する関税を100%に引き上げた。', 'SANCTION', ['USA'], ['CHN']);
  expectEvent('日本とオランダも米国の規制に同調し、半導体製造装置の輸出を規制した。', 'SANCTION', ['JPN', 'NLD'], []);
});

test('1. English export controls, entity listings, bans and tariffs', () => {
  expectEvent('The Commerce Department added 140 Chinese companies to the entity list in December 2024.', 'SANCTION', ['USA'], ['CHN'], { mode: 'restrict' });
  expectEvent('China banned exports of gallium and germanium to the United States.', 'SANCTION', ['CHN'], ['USA']);
  expectEvent('Japan restricted exports of 23 types of chipmaking equipment.', 'SANCTION', ['JPN'], []);
  expectEvent('The Biden administration raised tariffs on Chinese electric vehicles to 100 percent.', 'SANCTION', ['USA'], ['CHN']);
  expectEvent('The European Union imposed sanctions on Russian oil exports.', 'SANCTION', ['EU'], ['RUS']);
  expectEvent('Britain expelled a Russian diplomat in May.', 'SANCTION', ['GBR'], ['RUS'], { mode: 'expel' });
});

test('2. inside a report the agent is the reported clause\'s own subject, not the reporter', () => {
  expectEvent('米政府は、北朝鮮が2023年9月以降、ロシアに1万個以上のコンテナ分の弾薬を引き渡したと発表した。', 'AID', ['PRK'], ['RUS']);
  expectEvent('ロイター通信は、中国がロシアに無人機の部品を輸出したと報じた。', 'AID', ['CHN'], ['RUS']);
  expectEvent('The White House announced that North Korea had shipped more than 1,000 containers of munitions to Russia.', 'AID', ['PRK'], ['RUS']);
  const all = events('South Korea\'s spy agency said that North Korea had sent about 10,000 troops to Russia.');
  assert.ok(all.every((e) => !e.source.includes('KOR') && !e.target.includes('KOR')), JSON.stringify(all));
  // A report's content stays an event when the reporting charges it (〜したことを非難).
  expectEvent('日米韓の外相は2024年9月に会談した。会談後に発表された共同声明は、北朝鮮がロシアに弾道ミサイルを供与したことを強く非難した。', 'AID', ['PRK'], ['RUS']);
});

test('2. held by X and X-held make X the one acted upon; a transfer with no agent takes the agent of the sentence before', () => {
  expectEvent('Ukrainian forces struck positions held by Russia in the Kursk region.', 'ASSAULT', ['UKR'], ['RUS']);
  expectEvent('Ukrainian drones attacked a Russian-held airfield in Crimea.', 'ASSAULT', ['UKR'], ['RUS']);
  expectEvent('Germany approved a new aid package. Two more Patriot systems were shipped to Ukraine in March.', 'AID', ['DEU'], ['UKR']);
  expectEvent('North Korean troops were deployed to the Kursk region, the Pentagon said.', 'AID', ['PRK'], ['RUS'], { flow: 'troops' });
});

test('3. forecasts, conditions and plans give no event, checked in the clause that holds the trigger', () => {
  expectNone('北朝鮮が年内に7回目の核実験を実施するのは確実だ。');
  expectNone('制裁が続く限り、北朝鮮はロシアとの協力を深めるとみられる。');
  expectNone('中国が台湾に侵攻したら、日本は米国を支援することになる。');
  expectNone('北朝鮮は来月にも偵察衛星を打ち上げる計画だ。');
  expectNone('このままでは北朝鮮は日本を攻撃しかねない。');
  expectNone('米国は中国に対し、軍備管理に関する対話に応じるよう繰り返し求めてきた。', 'CONSULT');
  // The report in one clause stands; the plan in the next does not make it one.
  expectEvent('中国はロシアへの支援を続けており、欧米の制裁は強化される見通しだ。', 'AID', ['CHN'], ['RUS']);
  expectNone('The United States will impose new sanctions on Iran next week.');
  expectNone('China could send troops to the border if tensions rise.');
  expectNone('North Korea is expected to launch a reconnaissance satellite soon.');
  const agreed = events('Japan and South Korea agreed to expand security cooperation.');
  assert.ok(agreed.some((e) => e.type === 'AGREE') && !agreed.some((e) => e.type === 'COOPERATE'), JSON.stringify(agreed));
});

test('4. stopping cooperation is a retreat; cooperation named without a verb of doing is no event; refusals are rejections', () => {
  expectEvent('ロシアは2022年、ウクライナとの協力を停止した。', 'RETREAT', ['RUS'], ['UKR']);
  expectEvent('中国は北朝鮮との経済協力を中断した。', 'RETREAT', ['CHN'], ['PRK']);
  expectEvent('日本はロシアとの科学技術協力を打ち切った。', 'RETREAT', ['JPN'], ['RUS']);
  expectEvent('米国はウクライナへの軍事支援を一時停止した。', 'SANCTION', ['USA'], ['UKR'], { mode: 'discontinue' });
  expectNone('もっとも、中露の協力には限界もある。');
  expectNone('中国とロシアの協力の可能性が取り沙汰されている。');
  expectNone('中国はロシアに武器を供与しなかった。');
  expectNone('中国はロシアへの殺傷兵器の供与を否定している。');
  expectEvent('中国は米国との軍備管理協議を拒んでいる。', 'REJECT', ['CHN'], ['USA']);
  expectEvent('米国は中国に対話を求めてきたが、中国はこれを拒否している。', 'REJECT', ['CHN'], ['USA']);
});

test('5. protests, joint patrols and flights, offers, praise, rebuttals, resolutions and concern', () => {
  expectEvent('北朝鮮は2024年10月31日にICBMを発射した。同日、日本政府は北京の大使館ルートを通じて厳重に抗議した。', 'ACCUSE', ['JPN'], ['PRK']);
  expectEvent('中露は2024年11月、日本海で合同パトロールを実施した。', 'COOPERATE', ['CHN', 'RUS'], []);
  expectEvent('防衛省によると、ロシアのTu95爆撃機2機が日本海を南下し、東シナ海で中国のH6爆撃機2機と合流した。', 'COOPERATE', ['RUS', 'CHN'], []);
  expectEvent('中国とロシアの爆撃機計4機が日本海上空で共同飛行した。', 'COOPERATE', ['CHN', 'RUS'], []);
  expectEvent('ロシアは2023年11月、包括的核実験禁止条約の批准を撤回した。', 'RETREAT', ['RUS'], [], { mode: 'withdraw' });
  expectEvent('プーチン大統領は、ウクライナとの停戦交渉に応じる用意があると表明した。', 'AGREE', ['RUS'], ['UKR'], { mode: 'offer' });
  expectEvent('韓国政府は日本の決定を前向きに評価した。', 'SUPPORT', ['KOR'], ['JPN']);
  expectEvent('米国務省は中国の軍事演習を批判した。中国外務省の報道官は「内政干渉だ」と強く反発した。', 'REJECT', ['CHN'], ['USA']);
  expectEvent('国連総会は2022年3月2日、ロシアに対する非難決議を賛成多数で採択した。', 'ACCUSE', ['UNGA'], ['RUS']);
  const adopted = events('国連総会は2022年3月2日、ロシアに対する非難決議を賛成多数で採択した。');
  assert.ok(!adopted.some((e) => e.type === 'SUPPORT' || e.type === 'AGREE'), JSON.stringify(adopted));
  expectEvent('日本政府は北朝鮮とロシアの軍事協力に深刻な懸念を表明した。', 'ACCUSE', ['JPN'], ['PRK', 'RUS']);
  expectEvent('ウクライナは米国に長距離ミサイルの使用許可を要請した。', 'REQUEST', ['UKR'], ['USA']);
  expectEvent('北朝鮮は2024年10月、ロシアに兵士を派遣した。', 'AID', ['PRK'], ['RUS'], { flow: 'troops' });
  expectEvent('中国は台湾周辺に艦艇を展開した。', 'MOBILIZE', ['CHN'], []);
});

test('6. actors from context: counted references, statements and reports, named exercises, 同省, a bare 政府', () => {
  const three = '上川陽子外相は2024年9月23日、ニューヨークでブリンケン米国務長官、趙兌烈韓国外相と会談した。3人は北朝鮮とロシアの軍事協力に深刻な懸念を表明した。';
  expectEvent(three, 'ACCUSE', ['JPN', 'USA', 'KOR'], ['PRK', 'RUS']);
  expectEvent('岸田文雄首相は2023年8月、尹錫悦大統領とキャンプ・デービッドで会談した。両首脳は北朝鮮の核・ミサイル開発を強く非難した。', 'ACCUSE', ['JPN', 'KOR'], ['PRK']);
  expectEvent('日米韓の首脳は2023年8月に共同声明を発表した。声明はウクライナへの揺るぎない支持を明記した。', 'SUPPORT', ['JPN', 'USA', 'KOR'], ['UKR']);
  expectSome('国連の専門家パネルは2024年3月に報告書を公表した。報告書は北朝鮮がロシアに弾道ミサイルを輸出したと指摘した。', 'ACCUSE', [], ['PRK']);
  const joint = events('中国とロシアは軍事面での連携を強めている。両国は2016年9月に南シナ海で「海上聯合2016」を実施した。');
  assert.ok(joint.some((e) => e.type === 'COOPERATE' && e.sentenceIndex === 1 && same(e.source, ['CHN', 'RUS']) && e.date === '2016-09'), JSON.stringify(joint));
  expectEvent('2016年9月には南シナ海で「海上聯合2016」が行われた。', 'COOPERATE', ['CHN', 'RUS'], []);
  expectEvent('ロシアは2018年9月に「ヴォストーク2018」を実施し、中国とモンゴルも参加した。', 'MOBILIZE', ['RUS'], []);
  expectSome('ロシアは2018年9月に「ヴォストーク2018」を実施し、中国とモンゴルも参加した。', 'COOPERATE', ['CHN', 'MNG', 'RUS'], []);
  expectEvent('ロシア国防省は北朝鮮との協力を強化すると発表した。同省は北朝鮮に防空システムを引き渡した。', 'AID', ['RUS'], ['PRK']);
  expectEvent('政府は外交ルートを通じて中国とロシアに重大な懸念を伝えた。', 'ACCUSE', ['JPN'], ['CHN', 'RUS']);
  // A quotation's topic is not the sentence's.
  expectEvent('林官房長官は記者会見で「北朝鮮の弾道ミサイル発射は断じて容認できない」と述べ、北朝鮮を非難した。', 'ACCUSE', ['JPN'], ['PRK']);
});

test('7. English demonyms name states; passives, coordination, accusations, vetoes, launches and strikes', () => {
  expectEvent('Chinese coast guard vessels fired water cannons at Philippine supply boats near Second Thomas Shoal.', 'COERCE', ['CHN'], ['PHL']);
  expectEvent('Manila condemned the Chinese action and summoned the Chinese ambassador.', 'ACCUSE', ['PHL'], ['CHN']);
  expectEvent('The Philippine resupply mission was blocked by Chinese ships.', 'COERCE', ['CHN'], ['PHL']);
  expectEvent('Ukraine was attacked by Russian missiles overnight.', 'ASSAULT', ['RUS'], ['UKR']);
  expectEvent('Israeli jets struck Iranian air defenses near Isfahan.', 'ASSAULT', ['ISR'], ['IRN']);
  expectEvent('Vietnam protested China\'s construction on a reef in the Paracel Islands.', 'ACCUSE', ['VNM'], ['CHN']);
  expectEvent('Japan and South Korea agreed to expand security cooperation.', 'AGREE', ['JPN', 'KOR'], []);
  expectEvent('Kyiv accused Moscow of targeting civilians.', 'ACCUSE', ['UKR'], ['RUS']);
  expectEvent('The European Union condemned Iran for supplying drones to Russia.', 'AID', ['IRN'], ['RUS']);
  expectEvent('Russia vetoed a draft resolution on Sudan at the Security Council.', 'REJECT', ['RUS'], ['UNSC']);
  expectEvent('North Korea launched two ballistic missiles into the sea on Monday.', 'MOBILIZE', ['PRK'], [], { mode: 'weapons' });
  expectEvent('Indian and Chinese troops clashed in the Galwan Valley in 2020.', 'ASSAULT', ['IND'], ['CHN']);
  expectEvent('Japanese and American officials met in Tokyo on Tuesday.', 'CONSULT', ['JPN', 'USA'], []);
  expectEvent('Ukraine has received more than $60 billion in military aid from the United States since 2022.', 'AID', ['USA'], ['UKR']);
  expectEvent('U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. The two ministers agreed to maintain military channels.', 'AGREE', ['USA', 'CHN'], []);
  // A demonym before a name of its own, or of a proxy, names no state.
  expectNone('Iranian-backed militias attacked a base in the Indian Ocean.');
});
