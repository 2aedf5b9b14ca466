import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTextDoc } from '../text/index.js';
import { toOriginal } from '../text/normalize.js';
import type { ClaimRecord, EntityKind, Mention, TextDoc, Timex } from '../types.js';
import { extractClaims } from './claims.js';

// --- helpers: a document from text, mentions and timexes made by hand ---------------------------

interface Spec {
  surface: string;
  kind?: EntityKind;
  codes?: string[];
  entity?: string;
  name?: string;
  /** Which occurrence of `surface` in the normalised text (0 = first). */
  nth?: number;
}

function locate(doc: TextDoc, surface: string, nth = 0): { normStart: number; normEnd: number; start: number; end: number; sentence: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.norm.indexOf(surface, at + 1);
  assert.ok(at >= 0, `"${surface}" not in the text`);
  const normStart = at, normEnd = at + surface.length;
  const s = doc.sentences.find((x) => x.normStart <= normStart && normStart < x.normEnd);
  assert.ok(s, `"${surface}" is in no sentence`);
  return { normStart, normEnd, ...toOriginal(doc.original, doc.normToOrig, normStart, normEnd), sentence: s.index };
}

function mention(doc: TextDoc, m: Spec): Mention {
  return {
    ...locate(doc, m.surface, m.nth), kind: m.kind ?? 'state', codes: m.codes ?? [],
    entity: m.entity ?? m.surface, name: m.name ?? m.surface,
  };
}

function timex(doc: TextDoc, surface: string, value: string, nth = 0): Timex {
  return { ...locate(doc, surface, nth), value };
}

interface Run {
  doc: TextDoc;
  claims: ClaimRecord[];
}

function run(text: string, mentions: Spec[] = [], timexes: Array<[string, string]> = [], date: string | null = '2024-12'): Run {
  const doc = buildTextDoc(text);
  const claims = extractClaims(doc, {
    mentions: mentions.map((m) => mention(doc, m)),
    timexes: timexes.map(([s, v]) => timex(doc, s, v)),
  }, { documentDate: date });
  return { doc, claims };
}

function only(text: string, mentions: Spec[] = [], timexes: Array<[string, string]> = []): ClaimRecord {
  const { claims } = run(text, mentions, timexes);
  assert.equal(claims.length, 1, `one claim expected in ${text}: ${JSON.stringify(claims.map((c) => c.kind))}`);
  return claims[0];
}

function forecast(text: string): string | null {
  const c = only(text);
  assert.equal(c.kind, 'forecast', text);
  return c.probability;
}

const JPN: Spec = { surface: '日本', codes: ['JPN'] };
const CHN: Spec = { surface: '中国', codes: ['CHN'] };

// --- forecasts: the probability scale -----------------------------------------------------------

test('forecast cues map to the estimative terms of the guidelines', () => {
  assert.equal(forecast('中国は今後も海洋進出を続けるだろう。'), 'likely');
  assert.equal(forecast('両国の首脳会談は来年前半に開かれる見込みだ。'), 'likely');
  assert.equal(forecast('原油価格は高止まりすることが予想される。'), 'likely');
  assert.equal(forecast('停戦交渉が再開される公算が大きい。'), 'likely');
  assert.equal(forecast('政権交代後も対外政策は継承される可能性が高い。'), 'likely');
  assert.equal(forecast('次の党大会で現指導部が留任する可能性が極めて高い。'), 'very_likely');
  assert.equal(forecast('条約の批准はほぼ確実だ。'), 'very_likely');
  assert.equal(forecast('制裁の強化による景気の減速は避けられない。'), 'almost_certain');
  assert.equal(forecast('関係の悪化は必至である。'), 'almost_certain');
  assert.equal(forecast('選挙の行方は予断を許さない。'), 'roughly_even');
  assert.equal(forecast('合意が年内にまとまるかは五分五分である。'), 'roughly_even');
  assert.equal(forecast('両国が軍事衝突に至る可能性は低い。'), 'unlikely');
  assert.equal(forecast('同盟国が支援を打ち切るとは考えにくい。'), 'unlikely');
  assert.equal(forecast('交渉の早期妥結を見通すことは難しい。'), 'unlikely');
  assert.equal(forecast('両国間の信頼醸成は困難であろう。'), 'unlikely');
  assert.equal(forecast('現政権が方針を転換する可能性は極めて低い。'), 'very_unlikely');
  assert.equal(forecast('同盟が解消されることはあり得ない。'), 'almost_no_chance');
  assert.equal(forecast('海上での偶発的な衝突が起きる可能性がある。'), 'possible');
  assert.equal(forecast('地域の緊張が一段と高まりかねない。'), 'possible');
  assert.equal(forecast('対立は国際秩序を揺るがすかもしれない。'), 'possible');
  assert.equal(forecast('核実験が再開される恐れがある。'), 'possible');
  assert.equal(forecast('紛争が周辺国に拡大することも否定できない。'), 'possible');
  assert.equal(forecast('制裁の抜け穴は拡大しよう。'), 'likely');
  assert.equal(forecast('北朝鮮問題が引き続き焦点となろう。'), 'likely');
});

test('the cue is given as a span of the original text', () => {
  const { doc, claims } = run('両国が軍事衝突に至る可能性は低い。');
  assert.equal(claims.length, 1);
  const cue = claims[0].cue!;
  assert.equal(doc.original.slice(cue.start, cue.end), '可能性は低い');
});

// --- negation: the probability is of the outcome named ------------------------------------------

test('a negated outcome turns the term to its opposite', () => {
  assert.equal(forecast('米中間の軍備管理は当面は進展しないだろう。'), 'unlikely');
  assert.equal(forecast('北朝鮮が核を放棄する見込みはない。'), 'unlikely');
  assert.equal(forecast('中国が協議に応じない可能性が高い。'), 'unlikely');
  assert.equal(forecast('北朝鮮が挑発を控えないとは考えにくい。'), 'likely');
  // …ざるを得ない is not a negation: the outcome named is what will be done.
  assert.equal(forecast('反転攻勢は長期化せざるを得ないであろう。'), 'likely');
});

// --- past / present versus future ---------------------------------------------------------------

test('とみられる about the past is an assessment, about the future a forecast', () => {
  const past = only('ロシアは北朝鮮から大量の砲弾を調達したとみられる。');
  assert.equal(past.kind, 'assessment');
  assert.equal(past.probability, null);
  const present = only('両国は軍事協力の拡大を協議しているとみられる。');
  assert.equal(present.kind, 'assessment');
  const future = only('ロシアは今後も北朝鮮から砲弾を調達するとみられる。');
  assert.equal(future.kind, 'forecast');
  assert.equal(future.probability, 'likely');
  assert.equal(forecast('米国は対話路線を追求するのではないかとみられている。'), 'likely');
});

test('a likelihood about the past is an assessment', () => {
  assert.equal(only('北朝鮮の支援がなければ作戦の継続は不可能だった可能性が高い。').kind, 'assessment');
  assert.equal(only('これらの仕組みは一定の抑止力として機能したかもしれないが、逆の効果も生み出してきた。').kind, 'assessment');
});

test('assessment cues: inference, evaluation, suggestion', () => {
  for (const s of [
    'この動きは中国の影響力拡大を示唆している。',
    '今回の打ち上げ成功はロシアの技術協力によるものと評されている。',
    '核戦力の近代化は最終段階にあると言われている。',
    '地域の安全保障環境は厳しさを増している。',
    '米露間の戦略的安定性は一層複雑になりつつある。',
  ]) assert.equal(only(s).kind, 'assessment', s);
});

test('reported facts, events and plain narrative are not claims', () => {
  for (const s of [
    '2023年9月、両国の首脳はモスクワで会談した。',
    '韓国国防省は、北朝鮮が弾道ミサイルを発射したと発表した。',
    '同委員会は報告書を公表した。',
    '本章では、中国外交の特徴を考察する。',
  ]) assert.equal(run(s).claims.length, 0, s);
});

test('an unhedged future with a future marker is a likely forecast', () => {
  assert.equal(forecast('この傾向は今後も長く続く。'), 'likely');
  assert.equal(run('この傾向は長く続いてきた。').claims.length, 0);
});

// --- conditionals --------------------------------------------------------------------------------

test('conditional forecasts: 仮に〜すれば〜だろう, もし〜すれば〜する', () => {
  const c = only('仮に米国が関税を引き上げれば、中国も報復措置をとるだろう。');
  assert.equal(c.kind, 'forecast');
  assert.equal(c.probability, 'likely');
  assert.equal(forecast('もし停戦が成立すれば、ロシアは兵力を再編する。'), 'likely');
  assert.equal(forecast('仮に支援が途絶えた場合、前線の維持は困難となりかねない。'), 'possible');
  // A conditional about the present judges it: an assessment, not a forecast.
  const { claims } = run('もし支援が止まっていれば、戦況は大きく変わっていた。');
  assert.ok(claims.every((x) => x.kind !== 'forecast'));
});

// --- recommendations -----------------------------------------------------------------------------

test('recommendation cues', () => {
  for (const s of [
    '日本は同志国との連携を強化すべきだ。',
    '政府は防衛装備移転の原則を見直す必要がある。',
    '戦争は何としても避けられねばならない。',
    '抑止を機能させるには安心供与が不可欠である。',
    '安心供与には外交が欠かせない。',
    '関係国には一層の自制が求められる。',
    '多国間の対話を重視し、協力関係を維持し続けるべきである。',
  ]) assert.equal(only(s).kind, 'recommendation', s);
});

test('addressee: the actor subject, JPN for a Japanese 提言 with no subject, else null', () => {
  assert.equal(only('日本は同志国との連携を強化すべきだ。', [JPN]).addressee, 'JPN');
  assert.equal(only('韓国政府は北朝鮮との対話を続ける必要がある。', [{ surface: '韓国', codes: ['KOR'] }]).addressee, 'KOR');
  assert.equal(only('日韓は米国に対して政策調整を働き掛けるべきであろう。',
    [{ surface: '日韓', codes: ['JPN', 'KOR'] }, { surface: '米国', codes: ['USA'] }]).addressee, 'JPN');
  assert.equal(only('戦争は何としても避けられねばならない。').addressee, null);
  // A recommendation continuing one addressed to Japan keeps the addressee.
  const { claims } = run('日本は中国との対話ルートを構築すべきである。また、多国間外交を重視する必要がある。', [JPN, CHN]);
  assert.deepEqual(claims.map((c) => c.addressee), ['JPN', 'JPN']);
});

test('a sentence can hold a forecast and a recommendation', () => {
  const embedded = run('合意可能な枠組みを見出すことは難しいことに留意する必要がある。').claims;
  assert.deepEqual(embedded.map((c) => `${c.kind}:${c.probability}`).sort(), ['forecast:unlikely', 'recommendation:null']);
  const clauses = run('日本は防衛力を強化する必要があるが、財源の確保は容易ではないだろう。', [JPN]).claims;
  assert.deepEqual(clauses.map((c) => c.kind).sort(), ['forecast', 'recommendation']);
  const certain = run('間違いなく、この結束強化は地域の緊張をさらに悪化させるものであり、注視されねばならない。').claims;
  const f = certain.find((c) => c.kind === 'forecast');
  assert.equal(f?.probability, 'almost_certain');
  assert.ok(certain.some((c) => c.kind === 'recommendation'));
});

// --- the outline: 提言 ------------------------------------------------------------------------------

test('bullets under 提言 are recommendations addressed to Japan, unless a bullet is a forecast', () => {
  const text = [
    '◆概観',
    '米中対立は長期化している。',
    '',
    '◆提言',
    '・日米同盟の抑止力と対処力を一層強化する。',
    '・いずれにしても、同盟の強靱さを追求していくことに変わりはない。',
    '・中国は今後も周辺海域での活動を拡大するだろう。',
    '・日本は同志国との協力を深める必要がある。',
  ].join('\n');
  const { doc, claims } = run(text, [{ surface: '日米', codes: ['JPN', 'USA'] }, CHN, { surface: '日本', codes: ['JPN'], nth: 0 }]);
  assert.ok(doc.sections.some((s) => s.kind === 'recommendations'));
  const bullets = doc.sentences.filter((s) => s.bullet).map((s) => s.index);
  assert.equal(bullets.length, 4);
  const kinds = bullets.map((i) => claims.filter((c) => c.sentenceIndex === i).map((c) => c.kind).join('+'));
  assert.deepEqual(kinds, ['recommendation', 'recommendation', 'forecast', 'recommendation']);
  const recs = claims.filter((c) => c.kind === 'recommendation');
  assert.ok(recs.every((c) => c.addressee === 'JPN'), JSON.stringify(recs.map((c) => c.addressee)));
  assert.deepEqual(recs[0].topics, ['JPN', 'USA']);
});

// --- holders: reported speech --------------------------------------------------------------------

test('holder: the state or organisation quoted, else null', () => {
  const lavrov = only('ロシアのラヴロフ外相は、米国の追加制裁は効果を上げないだろうと述べた。', [
    { surface: 'ロシア', codes: ['RUS'] }, { surface: 'ラヴロフ', kind: 'person' }, { surface: '米国', codes: ['USA'] },
  ]);
  assert.equal(lavrov.kind, 'forecast');
  assert.equal(lavrov.probability, 'unlikely');
  assert.equal(lavrov.holder, 'RUS');
  assert.deepEqual(lavrov.topics, ['USA']);

  const ministry = only('米国務省は、北朝鮮が年内に核実験を行う可能性が高いと発表した。', [
    { surface: '米国務省', kind: 'organization', codes: ['USA'] }, { surface: '北朝鮮', codes: ['PRK'] },
  ]);
  assert.equal(ministry.kind, 'forecast');
  assert.equal(ministry.holder, 'USA');
  assert.deepEqual(ministry.topics, ['PRK']);

  const thinkTank = only('戦略国際問題研究所の研究チームは、衛星画像から貨物の増加を示唆する設備の増設を指摘した。', [
    { surface: '戦略国際問題研究所', kind: 'organization', name: 'Center for Strategic and International Studies' },
  ]);
  assert.equal(thinkTank.kind, 'assessment');
  // An organisation outside the code table gives no code: the holder stays null (never invented).
  assert.equal(thinkTank.holder, null);

  const claimed = only('中国は、経済制裁は問題を解決しないと主張して棄権した。', [CHN]);
  assert.equal(claimed.kind, 'assessment');
  assert.equal(claimed.holder, 'CHN');

  // The author's own judgement has no holder, even when the sentence quotes someone in passing.
  const author = only('トランプ氏は戦争を直ちに終わらせると述べているが、早期の終結を見通すことは難しい。');
  assert.equal(author.holder, null);
  assert.equal(author.probability, 'unlikely');
});

test('a source frame names the holder of a reported estimate', () => {
  const c = only('韓国国家情報院の報告書によれば、北朝鮮の兵士の派遣は今後も続くと見込まれている。', [
    { surface: '韓国国家情報院', kind: 'organization', codes: ['KOR'] }, { surface: '北朝鮮', codes: ['PRK'] },
  ]);
  assert.equal(c.kind, 'forecast');
  assert.equal(c.holder, 'KOR');
  assert.deepEqual(c.topics, ['PRK']);
  const rusi = only('RUSIのレポートが参照した数値では、ロシアの生産は最大で210万発と見込まれていた。', [
    { surface: 'RUSI', kind: 'organization', name: 'RUSI' }, { surface: 'ロシア', codes: ['RUS'] },
  ]);
  assert.equal(rusi.kind, 'forecast');
  assert.equal(rusi.holder, null);
  // The author's own modal is the author's, whoever the frame names.
  assert.equal(only('韓国国家情報院によれば、北朝鮮は派兵を続けるだろう。', [
    { surface: '韓国国家情報院', kind: 'organization', codes: ['KOR'] },
  ]).holder, null);
});

// --- topics and horizon --------------------------------------------------------------------------

test('topics: codes of states and organisations, compounds give their members, deduplicated', () => {
  const c = only('日米韓の連携に対抗して、中国とロシアが協力を深める可能性がある。', [
    { surface: '日米韓', codes: ['JPN', 'USA', 'KOR'] }, CHN, { surface: 'ロシア', codes: ['RUS'] },
  ]);
  assert.deepEqual(c.topics, ['JPN', 'USA', 'KOR', 'CHN', 'RUS']);
  const dup = only('米国は中国との対話を続け、米国の関与は限定的なものにとどまるだろう。', [
    { surface: '米国', codes: ['USA'] }, CHN, { surface: '米国', codes: ['USA'], nth: 1 },
  ]);
  assert.deepEqual(dup.topics, ['USA', 'CHN']);
  // Two hedged parts joined by が are two forecasts, each with the topics of its own part.
  const two = run('米国は中国との対話を続けるだろうが、米国の関与は限定的だろう。', [
    { surface: '米国', codes: ['USA'] }, CHN, { surface: '米国', codes: ['USA'], nth: 1 },
  ]).claims;
  assert.deepEqual(two.map((c) => [c.kind, c.topics]), [['forecast', ['USA', 'CHN']], ['forecast', ['USA']]]);
});

test('horizon: a future time in the sentence, a deadline stated before, or one named after そうなれば', () => {
  const own = only('2026年の運用検討会議で最終文書が採択される可能性は低い。', [], [['2026年', '2026']]);
  assert.equal(own.horizon, '2026');
  const past = only('2023年の首脳会談以降、両国の協力は拡大するとみられる。', [], [['2023年', '2023']]);
  assert.equal(past.kind, 'forecast');
  assert.equal(past.horizon, null);

  const text = '新START条約は2026年2月に失効する。同条約の後継条約をめぐる交渉が始まる可能性は低い。';
  const { claims } = run(text, [
    { surface: '新START条約', kind: 'treaty', entity: 'new-start' },
  ], [['2026年2月', '2026-02']]);
  const f = claims.find((c) => c.kind === 'forecast');
  assert.equal(f?.horizon, '2026-02');

  const treaty = run('新START条約は2026年2月に期限を迎える。米露の対立は深まっている。新START条約の延長は困難であろう。', [
    { surface: '新START条約', kind: 'treaty', entity: 'new-start' },
    { surface: '新START条約', kind: 'treaty', entity: 'new-start', nth: 1 },
  ], [['2026年2月', '2026-02']]).claims.find((c) => c.kind === 'forecast');
  assert.equal(treaty?.horizon, '2026-02');
});

// --- English -------------------------------------------------------------------------------------

test('English cues', () => {
  const en = (s: string, mentions: Spec[] = []): ClaimRecord[] => {
    const doc = buildTextDoc(s, { language: 'en' });
    return extractClaims(doc, { mentions: mentions.map((m) => mention(doc, m)), timexes: [] }, { language: 'en' });
  };
  const one = (s: string, mentions: Spec[] = []): ClaimRecord => {
    const c = en(s, mentions);
    assert.equal(c.length, 1, `${s}: ${JSON.stringify(c)}`);
    return c[0];
  };
  assert.equal(one('China will likely expand its nuclear arsenal.').probability, 'likely');
  assert.equal(one('The talks are expected to resume next year.').probability, 'likely');
  assert.equal(one('It is likely that sanctions will be tightened.').probability, 'likely');
  assert.equal(one('Russia is unlikely to return to the treaty.').probability, 'unlikely');
  assert.equal(one('North Korea may conduct another nuclear test.').probability, 'possible');
  assert.equal(one('The bill is not expected to pass.').probability, 'unlikely');
  assert.equal(one('A ceasefire will almost certainly collapse.').probability, 'almost_certain');
  const rec = one('Japan should strengthen its deterrence posture.', [{ surface: 'Japan', codes: ['JPN'] }]);
  assert.equal(rec.kind, 'recommendation');
  assert.equal(rec.addressee, 'JPN');
  assert.equal(one('We recommend closer coordination with allies.').kind, 'recommendation');
  assert.equal(one('Allies must coordinate their export controls.').kind, 'recommendation');
  assert.equal(one('The attack appears to have been planned for months.').kind, 'assessment');
  assert.equal(en('In May the two leaders met in Tokyo.').length, 0);
});

test('reported judgements keep their holder; reported proposals and praise are not assessments', () => {
  const view = only('中国外交部は、米国の関与が地域を不安定化させるとの見方を示した。', [
    { surface: '中国外交部', kind: 'organization', codes: ['CHN'] }, { surface: '米国', codes: ['USA'] },
  ]);
  assert.equal(view.kind, 'assessment');
  assert.equal(view.holder, 'CHN');
  assert.equal(run('中国は、演習を同時に停止することを主張した。', [CHN]).claims.length, 0);
  assert.equal(run('米国は日本の取り組みを評価した。').claims.length, 0);
});

test("the text's own plan and evaluations are neither forecasts nor recommendations", () => {
  assert.ok(run('本節では、露朝関係の今後を展望しよう。').claims.every((c) => c.kind !== 'forecast'));
  assert.ok(run('限定的な同盟論を提起した議論をみてみよう。').claims.every((c) => c.kind !== 'forecast'));
  // …が重要である urges an action; …は…として重要である evaluates.
  assert.equal(only('何よりも充実した外交が重要である。').kind, 'recommendation');
  assert.equal(only('国連は中国にとって自らの主張を展開する舞台として重要である。').kind, 'assessment');
  assert.equal(run('各章の担当は巻末を参照されたい。').claims.length, 0);
});

// --- more than one forecast in a sentence ------------------------------------------------------------

test('clauses joined by a contrast each give their own hedged forecast', () => {
  const terms = (s: string): string[] => run(s).claims.map((c) => `${c.kind}:${c.probability}`);
  assert.deepEqual(terms('北朝鮮が核を放棄する蓋然性は低いが、凍結に応じることは十分にありうる。'),
    ['forecast:unlikely', 'forecast:possible']);
  assert.deepEqual(terms('停戦協議は続く可能性が高いけれども、再び決裂するかもしれない。'), ['forecast:likely', 'forecast:possible']);
  assert.deepEqual(terms('制裁は維持されるだろうものの、その効果は薄れていくだろう。'), ['forecast:likely', 'forecast:likely']);
  assert.deepEqual(terms('中国は関与を深めるだろう一方、ロシアの影響力は低下する可能性がある。'), ['forecast:likely', 'forecast:possible']);
  // A single hedge, or hedges in clauses that are not contrasted, stay one claim.
  assert.deepEqual(terms('交渉は難航しているが、年内に妥結する見込みだ。'), ['forecast:likely']);
  assert.deepEqual(terms('緊張は高まるだろうし、軍拡も続くだろう。'), ['forecast:likely']);
});

test('English clauses joined by but/and each give their own hedged forecast', () => {
  const terms = (s: string): string[] => {
    const doc = buildTextDoc(s, { language: 'en' });
    return extractClaims(doc, { mentions: [], timexes: [] }, { language: 'en' }).map((c) => `${c.kind}:${c.probability}`);
  };
  assert.deepEqual(terms('Shelling is likely to intensify, and a breach of the front remains possible.'), ['forecast:likely', 'forecast:possible']);
  assert.deepEqual(terms('The coalition is unlikely to collapse, but its cohesion may weaken.'), ['forecast:unlikely', 'forecast:possible']);
  // A bare will in another clause adds no second forecast.
  assert.deepEqual(terms('Officials said the drills will end on Friday, and the ships will return to port.'), ['forecast:likely']);
});

// --- negated prospects ------------------------------------------------------------------------------

test('negated prospects: no outlook, no end in sight, not necessarily', () => {
  assert.equal(forecast('和平交渉の再開の見通しは立っていない。'), 'unlikely');
  assert.equal(forecast('原発の運転再開の見込みは立たない。'), 'unlikely');
  assert.equal(forecast('戦闘の終息は見通せない。'), 'unlikely');
  assert.equal(forecast('港湾施設の復旧の目処が立っていない。'), 'unlikely');
  assert.equal(forecast('送電網の修復はめどがついていない。'), 'unlikely');
  assert.equal(forecast('経済制裁が体制の変化をもたらすとは限らない。'), 'possible');
  assert.equal(forecast('同盟国が一枚岩で行動するとは必ずしも限らない。'), 'possible');
  assert.equal(forecast('中国が台湾への圧力を弱めることはないだろう。'), 'unlikely');
});

// --- estimates about the present are assessments ------------------------------------------------------

test('an estimate about the present, reported as a view, is an assessment; about the future, a forecast', () => {
  const kind = (s: string): string => only(s).kind;
  assert.equal(kind('国防当局は、前線の兵力は約12万人との見方を示した。'), 'assessment');
  assert.equal(kind('同研究所は、戦費は年間1000億ドルに上ると見積もった。'), 'assessment');
  assert.equal(kind('調査団は、避難民は200万人を超えると推計した。'), 'assessment');
  assert.equal(kind('専門家は、今回の演習は抑止力の誇示だと分析した。'), 'assessment');
  assert.equal(kind('韓国政府は、北朝鮮が弾薬の大半を国内で生産しているとみている。'), 'assessment');
  assert.equal(kind('損失は3兆円に上るとみられる。'), 'assessment');
  assert.equal(kind('死傷者は5万人に達すると推定されている。'), 'assessment');
  // A future reference makes the same frames forecasts.
  assert.equal(forecast('韓国政府は、北朝鮮が今後も弾薬の生産を拡大するとみている。'), 'likely');
  assert.equal(forecast('調査団は、避難民は来年には300万人を超えると推計した。'), 'likely');
  assert.equal(forecast('専門家は、制裁の効果は将来的に薄れると分析した。'), 'likely');
});

// --- assessments: judgements without a hedge ---------------------------------------------------------

test('judgements about the present are assessments', () => {
  for (const s of [
    '今回の共同訓練は日米韓の結束を象徴している。',
    '相次ぐ発射は北朝鮮の技術の成熟を示している。',
    '供与の停止は前線の弾薬不足を意味する。',
    'この措置は経済的威圧に他ならない。',
    '両国の関係は新たな段階に入ったといえる。',
    '今回の合意が地域に与える影響は大きい。',
    '制裁が抜け穴だらけであることは否めない。',
    '政府の説明が不十分であることは明らかだ。',
    '新体制の実効性には疑問が残る。',
    '周辺国の間では懸念が強まっている。',
    '両軍は情報を共有しているとみられる。',
    '今回の訪問は関係修復への布石と考えられる。',
    '合意は外交上の成果と評価される。',
    '対応の遅れを指摘する声も相次ぐ。',
    '制度は形骸化しているとの指摘も相次ぐ。',
  ]) assert.equal(only(s).kind, 'assessment', s);
});

test('English judgements about the present are assessments', () => {
  const one = (s: string): ClaimRecord[] => {
    const doc = buildTextDoc(s, { language: 'en' });
    return extractClaims(doc, { mentions: [], timexes: [] }, { language: 'en' });
  };
  for (const s of [
    'The new launch suggests rapid progress in solid-fuel engines.',
    'Satellite imagery indicates a build-up near the border.',
    'The navy appears to have moved its flagship.',
    'The visit is seen as a signal to Beijing.',
    'The budget reflects a shift toward long-range strike.',
    'Analysts estimate that the army has lost half its tanks.',
  ]) assert.deepEqual(one(s).map((c) => c.kind), ['assessment'], s);
  // Denials and boilerplate are not judgements.
  assert.deepEqual(one('The views expressed here do not necessarily reflect those of the institute.').map((c) => c.kind), []);
});

test('plain reported facts are not assessments', () => {
  for (const s of [
    '外務省は新たな制裁措置を発表した。',
    '外相は会談で懸念を伝えたと述べた。',
    '首相は防衛協力を強化すると述べた。',
    '同国は強い不満を示していた。',
    '政府は新たな方針を示している。',
  ]) assert.equal(run(s).claims.length, 0, s);
  const en = (s: string): ClaimRecord[] => {
    const doc = buildTextDoc(s, { language: 'en' });
    return extractClaims(doc, { mentions: [], timexes: [] }, { language: 'en' });
  };
  assert.equal(en('The ministry announced new export controls on Tuesday.').length, 0);
  assert.equal(en('The minister said the meeting had been productive.').length, 0);
});

test('a hedge closing an inner clause counts as well as the one closing the sentence', () => {
  const terms = (s: string): string[] => run(s).claims.map((c) => `${c.kind}:${c.probability}`);
  assert.deepEqual(terms('選挙の行方は予断を許さないが、与党が過半数を失うことはないだろう。'), ['forecast:roughly_even', 'forecast:unlikely']);
  assert.deepEqual(terms('輸出の回復が見込まれる一方、雇用の改善は望めない。'), ['forecast:likely', 'forecast:unlikely']);
  // An inner とみられる about the present is an assessment; an expectation stated in the past is no forecast.
  assert.deepEqual(terms('今回の発射は演習への対抗措置とみられるが、詳細は分かっていない。'), ['assessment:null']);
  assert.deepEqual(terms('交渉は決裂すると思われたが、最終日に合意が成立した。'), ['assessment:null']);
});

test('a view others hold is a forecast when its content is hedged, an assessment when it is about the present', () => {
  assert.equal(forecast('専門家の間では、同国が核実験に踏み切る可能性があるとの見方が出ている。'), 'possible');
  assert.equal(only('市場では、景気はすでに底を打ったとの見方が強い。').kind, 'assessment');
  const en = (s: string): ClaimRecord[] => {
    const doc = buildTextDoc(s, { language: 'en' });
    return extractClaims(doc, { mentions: [], timexes: [] }, { language: 'en' });
  };
  assert.deepEqual(en('It remains unclear whether the ceasefire will hold.').map((c) => c.probability), ['roughly_even']);
  // A figure described is no judgement.
  assert.equal(run('図2は主要国の国防費の推移を示している。').claims.length, 0);
});
