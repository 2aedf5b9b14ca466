// Time expressions (guidelines §3): each normalisation rule on sentences written for the tests, run
// through buildTextDoc so that spaced and full-width input is covered; relative resolution; tables;
// and what must not be found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTextDoc } from '../text/index.js';
import type { Timex } from '../types.js';
import { tableColumns, tableTimexes } from './tables.js';
import { extractTimexes } from './timex.js';

interface Got {
  text: string;
  value: string;
  part?: string;
  until?: string;
  fiscal?: boolean;
}

function timexes(text: string, date: string | null = null): Got[] {
  const doc = buildTextDoc(text);
  return extractTimexes(doc, date).map((t: Timex) => {
    const g: Got = { text: text.slice(t.start, t.end), value: t.value };
    if (t.part) g.part = t.part;
    if (t.until) g.until = t.until;
    if (t.fiscal) g.fiscal = true;
    return g;
  });
}

const values = (text: string, date: string | null = null): string[] => timexes(text, date).map((t) => t.value);

describe('absolute dates', () => {
  it('reads Y年M月D日, Y年M月 and Y年 in every width and spacing', () => {
    assert.deepEqual(timexes('両首脳は2023年9月13日に会談した。'), [{ text: '2023年9月13日', value: '2023-09-13' }]);
    assert.deepEqual(timexes('両首脳は 2023 年 9 月 13 日に会談した。'), [{ text: '2023 年 9 月 13 日', value: '2023-09-13' }]);
    assert.deepEqual(timexes('両首脳は２０２３年９月１３日に会談した。'), [{ text: '２０２３年９月１３日', value: '2023-09-13' }]);
    assert.deepEqual(values('協議は2023年9月に始まった。'), ['2023-09']);
    assert.deepEqual(values('協議は 2023 年に始まった。'), ['2023']);
  });
  it('keeps a date broken over a line as one expression', () => {
    assert.deepEqual(timexes('ロシアは 2023 年 2 月に同条\n約の履行を停止した。'), [{ text: '2023 年 2 月', value: '2023-02' }]);
  });
  it('reads numeric dates', () => {
    assert.deepEqual(values('報道(2023/9/13)によれば会談が行われた。'), ['2023-09-13']);
    assert.deepEqual(values('更新日 2024-03-07 の資料。'), ['2024-03-07']);
  });
  it('reads kanji numerals', () => {
    assert.deepEqual(values('協定は二〇二三年八月十一日に署名された。'), ['2023-08-11']);
    assert.deepEqual(values('同国は二〇一九年十二月に発表した。'), ['2019-12']);
  });
  it('reads English dates', () => {
    assert.deepEqual(values('Kim met Putin on September 13, 2023, in Vostochny.'), ['2023-09-13']);
    assert.deepEqual(values('The treaty was signed on 19 June 2024 in Pyongyang.'), ['2024-06-19']);
    assert.deepEqual(values('Shipments began in September 2023, the report said.'), ['2023-09']);
    assert.deepEqual(timexes('Deliveries may resume by mid-2024 or early 2025.'), [
      { text: 'mid-2024', value: '2024', part: 'mid' }, { text: 'early 2025', value: '2025', part: 'early' },
    ]);
    assert.deepEqual(values('Russia suspended the treaty in 2023.'), ['2023']);
  });
});

describe('Japanese eras', () => {
  it('converts 令和, 平成 and 昭和 years, with 元年', () => {
    assert.deepEqual(values('令和5年3月に閣議決定された。'), ['2023-03']);
    assert.deepEqual(values('平成元年に始まった。'), ['1989']);
    assert.deepEqual(values('昭和50年の合意。'), ['1975']);
    assert.deepEqual(values('令和七年に改定された。'), ['2025']);
  });
  it('reads 令和7年（2025年）11月 as one expression', () => {
    assert.deepEqual(timexes('白書は令和7年（2025年）11月に公表された。'), [{ text: '令和7年（2025年）11月', value: '2025-11' }]);
  });
});

describe('parts of a month or year', () => {
  const cases: Array<[string, string]> = [
    ['上旬', 'early'], ['初頭', 'early'], ['初め', 'early'], ['前半', 'early'], ['春', 'early'],
    ['中旬', 'mid'], ['半ば', 'mid'], ['夏', 'mid'],
    ['下旬', 'late'], ['末', 'late'], ['後半', 'late'], ['秋', 'late'], ['冬', 'late'],
  ];
  for (const [word, part] of cases) {
    it(`${word} → ${part}`, () => {
      assert.deepEqual(timexes(`演習は2024年${word}に行われた。`), [{ text: `2024年${word}`, value: '2024', part }]);
    });
  }
  it('applies to months, resolved against the last year named', () => {
    assert.deepEqual(timexes('2023年に緊張が高まり、6月中旬に演習が始まった。').at(-1), { text: '6月中旬', value: '2023-06', part: 'mid' });
    assert.deepEqual(timexes('2024年2月に発表し、9月末に撤退した。').at(-1), { text: '9月末', value: '2024-09', part: 'late' });
  });
  it('does not take 初めて for 初め', () => {
    assert.deepEqual(timexes('2024年初めて参加した。'), [{ text: '2024年', value: '2024' }]);
  });
});

describe('ranges', () => {
  it('gives the start as value and the end as until', () => {
    assert.deepEqual(timexes('2016年の演習は9月12～19日に行われた。').at(-1),
      { text: '9月12～19日', value: '2016-09-12', until: '2016-09-19' });
    assert.deepEqual(timexes('演習は 2015 年 5 月 11 ～ 21 日に行われた。'),
      [{ text: '2015 年 5 月 11 ～ 21 日', value: '2015-05-11', until: '2015-05-21' }]);
    assert.deepEqual(timexes('演習は2019年4月29日～5月4日に行われた。'),
      [{ text: '2019年4月29日～5月4日', value: '2019-04-29', until: '2019-05-04' }]);
    assert.deepEqual(timexes('計画は2021年から2025年までの5年間である。'),
      [{ text: '2021年から2025年', value: '2021', until: '2025' }]);
    assert.deepEqual(timexes('画像は2023年9月から2025年3月までのものである。'),
      [{ text: '2023年9月から2025年3月', value: '2023-09', until: '2025-03' }]);
    assert.deepEqual(timexes('2018～19年の米朝会談。'), [{ text: '2018～19年', value: '2018', until: '2019' }]);
    assert.deepEqual(timexes('Talks were held from 2021 to 2025.'), [{ text: '2021 to 2025', value: '2021', until: '2025' }]);
  });
  it('does not make a range of a から that starts something else', () => {
    assert.deepEqual(timexes('2003年から中国が主催した会合。'), [{ text: '2003年', value: '2003' }]);
  });
  it('runs a year-less end into the next year', () => {
    assert.deepEqual(timexes('2023年11月から2月まで続いた。'), [{ text: '2023年11月から2月', value: '2023-11', until: '2024-02' }]);
  });
});

describe('fiscal years', () => {
  it('marks 年度', () => {
    assert.deepEqual(timexes('2025年度の予算。'), [{ text: '2025年度', value: '2025', fiscal: true }]);
    assert.deepEqual(timexes('平成30年度の予算。'), [{ text: '平成30年度', value: '2018', fiscal: true }]);
    assert.deepEqual(timexes('The FY2025 budget was approved.'), [{ text: 'FY2025', value: '2025', fiscal: true }]);
  });
});

describe('relative expressions', () => {
  it('counts 昨年, 今年, 本年, 来年 from the document date', () => {
    assert.deepEqual(timexes('昨年八月、日米韓は首脳会談を行った。', '2024-01-18'), [{ text: '昨年八月', value: '2023-08' }]);
    assert.deepEqual(values('今年は選挙の年である。', '2024-01-18'), ['2024']);
    assert.deepEqual(values('本年の白書。', '2024-05'), ['2024']);
    assert.deepEqual(values('来年に延期された。', '2024-05'), ['2025']);
    assert.deepEqual(timexes('関係強化は昨年後半から加速した。', '2024-01-18'), [{ text: '昨年後半', value: '2023', part: 'late' }]);
    assert.deepEqual(timexes('昨年末に合意した。', '2024-01-18'), [{ text: '昨年末', value: '2023', part: 'late' }]);
  });
  it('counts 同年, 同月, 同日, 翌年, 前年, 翌月, 前月 from the last time named', () => {
    assert.deepEqual(values('2023年9月13日に会談した。同日、ミサイルが発射された。'), ['2023-09-13', '2023-09-13']);
    assert.deepEqual(values('2016年9月に演習を行った。同年7月には判断が出された。'), ['2016-09', '2016-07']);
    assert.deepEqual(values('2023年11月に合意した。同月には会談も行われた。'), ['2023-11', '2023-11']);
    assert.deepEqual(values('2012年に就任した。翌年に訪問した。'), ['2012', '2013']);
    assert.deepEqual(values('2023年の貿易額は前年比で増えた。'), ['2023', '2022']);
    assert.deepEqual(values('2024年12月に発表した。翌月に発効した。'), ['2024-12', '2025-01']);
    assert.deepEqual(values('2018年4月初め、前月に就任した部長が訪問した。'), ['2018-04', '2018-03']);
  });
  it('counts offsets from the last time named, keeping their precision', () => {
    assert.deepEqual(values('2023年9月13日に会談し、4日後に帰国した。'), ['2023-09-13', '2023-09-17']);
    assert.deepEqual(timexes('2023年7月、70年前の休戦を記念する式典が開かれた。', '2025-11').at(-1), { text: '70年前', value: '1953' });
    assert.deepEqual(values('2024年6月に署名した。一カ月前にも会談していた。'), ['2024-06', '2024-05']);
    assert.deepEqual(values('2016年7月に判断が出され、わずか2カ月後に演習が行われた。'), ['2016-07', '2016-09']);
  });
  it('gives an offset in apposition the value of the time it stands for', () => {
    assert.deepEqual(timexes('露朝首脳会談の一カ月前である昨年八月、日米韓は会談した。', '2024-01-18'),
      [{ text: '一カ月前', value: '2023-08' }, { text: '昨年八月', value: '2023-08' }]);
    assert.deepEqual(values('2023年3月21日の声明。しかし4日後の3月25日に表明した。', '2025-11'), ['2023-03-21', '2023-03-25', '2023-03-25']);
  });
  it('resolves a bare month or day against the last time named, else the document date', () => {
    assert.deepEqual(values('2022年2月28日に声明を発表し、3月2日の総会で反対した。'), ['2022-02-28', '2022-03-02']);
    assert.deepEqual(values('12月23日に大統領は述べ、27日に補佐官が述べた。', '2024-12-30'), ['2024-12-23', '2024-12-27']);
    assert.deepEqual(values('9日、首相は記者会見を開いた。', '2024-03-11'), ['2024-03-09']);
    assert.deepEqual(values('8月に工事が始まった。', '2023-12'), ['2023-08']);
    assert.deepEqual(values('8月に工事が始まった。'), []);
  });
  it('does not anchor bare dates on background times (modifying clauses, plans after the document date)', () => {
    assert.deepEqual(values('2023年1月に会談した。2014年に締結された協定に基づき、2月に拠点が追加された。', '2023-12'),
      ['2023-01', '2014', '2023-02']);
    assert.deepEqual(values('2023年5月に表明した。2024年3月の選挙を前に、9月には地方選挙が行われた。', '2023-12'),
      ['2023-05', '2024-03', '2023-09']);
    // Within its own clause a background time still gives its year.
    assert.deepEqual(values('2024年1月に拡大した。2022年に議長国を務めた中国が主催した6月の会合。', '2025-11'),
      ['2024-01', '2022', '2022-06']);
  });
  it('counts English relative phrases', () => {
    assert.deepEqual(values('Exports rose last year.', '2024-05-01'), ['2023']);
    assert.deepEqual(values('The summit was held on 13 September 2023. On the same day a missile was launched.'), ['2023-09-13', '2023-09-13']);
    assert.deepEqual(values('The deal was signed in 2019. Two years later it collapsed.'), ['2019', '2021']);
    // 2024-03-13 is a Wednesday.
    assert.deepEqual(values('North Korea fired a missile on Monday.', '2024-03-13'), ['2024-03-11']);
    assert.deepEqual(values('Talks resume next Friday.', '2024-03-13'), ['2024-03-15']);
    assert.deepEqual(timexes('They met on Tuesday, March 5, 2024.', '2024-03-13'), [{ text: 'Tuesday, March 5, 2024', value: '2024-03-05' }]);
  });
});

describe('demonstratives, offsets and English relative times', () => {
  it('resolves この日/その日/当日 like 同日 and この年/その年 like 同年', () => {
    assert.deepEqual(timexes('外相は2022年5月20日にソウルを訪れた。この日、両国は共同声明を出した。'),
      [{ text: '2022年5月20日', value: '2022-05-20' }, { text: 'この日', value: '2022-05-20' }]);
    assert.deepEqual(values('2021年3月2日に演習が始まった。その日のうちに艦艇が出港した。'), ['2021-03-02', '2021-03-02']);
    assert.deepEqual(values('調印式は2020年11月9日に行われ、当日は首脳も出席した。'), ['2020-11-09', '2020-11-09']);
    assert.deepEqual(values('2018年に協定が結ばれた。この年、両国の貿易は倍増した。'), ['2018', '2018']);
    assert.deepEqual(values('2015年に交渉が始まった。その年の秋には合意が成立した。'), ['2015', '2015']);
  });
  it('keeps この日本, この日程, その年月 and similar words out', () => {
    assert.deepEqual(values('2022年5月20日の会談で、この日本の立場は変わらなかった。'), ['2022-05-20']);
    assert.deepEqual(values('2022年5月20日に発表されたが、この日程は延期された。'), ['2022-05-20']);
    assert.deepEqual(values('2015年に始まった交渉は、その年月を経て実を結んだ。'), ['2015']);
    assert.deepEqual(values('この日米合意は2019年に結ばれた。'), ['2019']);
  });
  it('counts 翌日, 前日 and N日後/N週間後/Nカ月後 from the last time named', () => {
    assert.deepEqual(values('大統領は2021年6月16日に会談し、翌日に帰国した。'), ['2021-06-16', '2021-06-17']);
    assert.deepEqual(values('会議は2019年2月28日に決裂した。その前日には夕食会が開かれた。'), ['2019-02-28', '2019-02-27']);
    assert.deepEqual(values('艦隊は2020年7月1日に出港し、10日後に帰港した。'), ['2020-07-01', '2020-07-11']);
    assert.deepEqual(values('声明は2020年7月1日に出され、その3日前に草案が回覧された。'), ['2020-07-01', '2020-06-28']);
    assert.deepEqual(values('協議は2022年3月8日に始まり、2週間後に中断した。'), ['2022-03-08', '2022-03-22']);
    assert.deepEqual(values('制裁は2022年3月に発動され、6カ月後に緩和された。'), ['2022-03', '2022-09']);
    // A day or week count from a month keeps the month's precision (counted from its middle).
    assert.deepEqual(values('制裁は2022年3月に発動され、3週間後に緩和された。'), ['2022-03', '2022-04']);
    // In a dated item a bare day and the day after it.
    assert.deepEqual(values('外相は15日に訪米し、翌日に会談した。', '2023-08-20'), ['2023-08-15', '2023-08-16']);
  });
  it('gives an English bare month the year of the last time named, else of the document date', () => {
    assert.deepEqual(values('Talks began in March.', '2024-05-10'), ['2024-03']);
    assert.deepEqual(timexes('The pact was signed in 2018. In July, the first exercise took place.', '2024-05-10'),
      [{ text: '2018', value: '2018' }, { text: 'July', value: '2018-07' }]);
    assert.deepEqual(values('Output fell in 2021 and, by June, had halved.', '2024-05-10'), ['2021', '2021-06']);
    assert.deepEqual(timexes('Exports may recover in May.', '2024-02-01'), [{ text: 'May', value: '2024-05' }]);
    // Month names as words are not times.
    assert.deepEqual(values('Thousands march in the capital. May they succeed.', '2024-05-10'), []);
  });
  it('resolves English relative phrases against the document date or the last anchor', () => {
    assert.deepEqual(timexes('Imports collapsed last year and will recover next month.', '2023-10-04'),
      [{ text: 'last year', value: '2022' }, { text: 'next month', value: '2023-11' }]);
    assert.deepEqual(values('The base opened in 2016. The following year, it was expanded.', '2023-10-04'), ['2016', '2017']);
    assert.deepEqual(values('Talks were held on 4 June 2022. That day, a drone was shot down.'), ['2022-06-04', '2022-06-04']);
    assert.deepEqual(timexes('Earlier this month, the envoys met in Geneva.', '2023-10-20'), [{ text: 'Earlier this month', value: '2023-10' }]);
    assert.deepEqual(timexes('A summit is planned for early next year.', '2023-10-20'), [{ text: 'early next year', value: '2024', part: 'early' }]);
    assert.deepEqual(timexes('The fleet left late last year.', '2023-10-20'), [{ text: 'late last year', value: '2022', part: 'late' }]);
  });
  it('dates a weekday in a news item within the week up to the document date', () => {
    // 2023-10-20 is a Friday.
    assert.deepEqual(values('The ministry said on Wednesday that the drills had ended.', '2023-10-20'), ['2023-10-18']);
    assert.deepEqual(values('Officials met on Friday.', '2023-10-20'), ['2023-10-20']);
    assert.deepEqual(values('Officials met on Saturday.', '2023-10-20'), ['2023-10-14']);
  });
});

describe('what is not a time expression', () => {
  it('leaves years inside names alone', () => {
    assert.deepEqual(values('中露は「海上聯合2016」を実施した。'), []);
    assert.deepEqual(values('中国安全保障レポート2026の分析。'), []);
    assert.deepEqual(values('国家防衛戦略(NDS2022)では中国を挑戦と位置付けた。'), []);
    assert.deepEqual(values('演習「ヴォストーク 2018」には中国も参加した。'), []);
    assert.deepEqual(values('Vostok 2018 involved Chinese troops.'), []);
  });
  it('leaves durations and counts to the quantity layer', () => {
    assert.deepEqual(values('5年間の延長期間と2年間の猶予。'), []);
    assert.deepEqual(values('プーチン大統領は24年ぶりに訪問した。'), []);
    assert.deepEqual(values('この1, 2年で状況は変わった。'), []);
    assert.deepEqual(values('協議は2日間にわたった。'), []);
    assert.deepEqual(values('約8か月を要した。'), []);
  });
  it('leaves vague and recurring times alone', () => {
    assert.deepEqual(values('冷戦期から近年まで、当面は変わらない。', '2024-01'), []);
    assert.deepEqual(values('例年3月に全人代が開かれる。', '2024-01'), []);
    assert.deepEqual(values('2010年代半ば以降の競争。'), []);
    assert.deepEqual(values('一日も早い停戦を求めた。', '2024-01'), []);
    assert.deepEqual(values('日本年鑑によれば', '2024-01'), []);
  });
});

describe('tables', () => {
  const text = [
    '両国の関係は深まった。', '',
    'ロシア\t\t中国\t\t北朝鮮\t',
    '2022 年\t\t\t\t\t',
    '2.24\t●作戦開始\t1.3\t●共同声明\t2.28\t●米国を非難',
    '\t\t8.5\t●会議に出席\t\t',
    '2023 年\t\t\t\t\t',
    '9.13\t●首脳会談\t\t\t10.18\t●外相会談',
    '', '(出所) 筆者作成', '',
    '演習名称\t実施期間\t実施地点',
    '海上聯合 2015 (前段)\t2015 年 5 月 11 ～ 21 日\t地中海',
    '海上聯合 2019\t2019 年 4 月 29 日 ～ 5 月 4 日\t黄海', '',
    '2021年、9月には会談が行われた。',
  ].join('\n');
  const doc = buildTextDoc(text);
  it('finds both tables', () => {
    assert.equal(doc.tables.length, 2);
  });
  it('reads a chronology column by column under its year rows', () => {
    const cols = tableColumns(doc, doc.tables[0]);
    assert.deepEqual(cols.map((c) => c.header), ['ロシア', '中国', '北朝鮮']);
    const read = cols.map((c) => c.entries.map((e) => [e.date, text.slice(e.cell.start, e.cell.end)]));
    assert.deepEqual(read, [
      [['2022-02-24', '●作戦開始'], ['2023-09-13', '●首脳会談']],
      [['2022-01-03', '●共同声明'], ['2022-08-05', '●会議に出席']],
      [['2022-02-28', '●米国を非難'], ['2023-10-18', '●外相会談']],
    ]);
    const ts = tableTimexes(doc, doc.tables[0]);
    assert.deepEqual(ts.map((t) => [text.slice(t.start, t.end), t.value]),
      [['2022 年', '2022'], ['2.24', '2022-02-24'], ['1.3', '2022-01-03'], ['2.28', '2022-02-28'], ['8.5', '2022-08-05'],
        ['2023 年', '2023'], ['9.13', '2023-09-13'], ['10.18', '2023-10-18']]);
    // Each timex belongs to the row (sentence) its cell stands in.
    for (const t of ts) assert.equal(doc.sentences[t.sentence].table, 0);
  });
  it('reads any other table row by row, and keeps names out', () => {
    const cols = tableColumns(doc, doc.tables[1]);
    assert.equal(cols.length, 1);
    assert.deepEqual(cols[0].entries.map((e) => [e.date, e.until]), [['2015-05-11', '2015-05-21'], ['2019-04-29', '2019-05-04']]);
  });
  it('takes a year row standing just above the table', () => {
    const t = ['本文です。', '', '2022 年\t\t\t', '2.24\t●作戦開始\t1.3\t●共同声明', '9.21\t●部分動員\t\t', '2023 年\t\t\t',
      '9.13\t●首脳会談\t10.18\t●外相会談', '', '本文の続き。'].join('\n');
    const d = buildTextDoc(t);
    assert.deepEqual(tableColumns(d, d.tables[0]).map((c) => c.entries.map((e) => e.date)),
      [['2022-02-24', '2022-09-21', '2023-09-13'], ['2022-01-03', '2023-10-18']]);
  });
  it('is what extractTimexes uses for table rows, without moving the running anchor', () => {
    const all = extractTimexes(doc, '2025-11').map((t) => [text.slice(t.start, t.end), t.value, t.until ?? null]);
    assert.deepEqual(all, [
      ['2022 年', '2022', null], ['2.24', '2022-02-24', null], ['1.3', '2022-01-03', null], ['2.28', '2022-02-28', null], ['8.5', '2022-08-05', null],
      ['2023 年', '2023', null], ['9.13', '2023-09-13', null], ['10.18', '2023-10-18', null],
      ['2015 年 5 月 11 ～ 21 日', '2015-05-11', '2015-05-21'], ['2019 年 4 月 29 日 ～ 5 月 4 日', '2019-04-29', '2019-05-04'],
      ['2021年', '2021', null], ['9月', '2021-09', null],
    ]);
  });
});
