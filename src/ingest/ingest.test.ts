// Tests of the ingest stage: npx tsx --test src/ingest/ingest.test.ts
// Fixtures: test/fixtures/ingest/, made by scripts/make-fixtures.mjs.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeText, plausibility } from './decode.js';
import { IngestError, tooLargeDetail, type IngestReason } from './errors.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { extractPdfText, pdfDate } from './pdf.js';
import { pageText, type Piece } from './pdf-layout.js';
import { mapRadicals } from './radicals.js';
import { listInputs, readSidecar, readSource } from './read.js';

const FIX = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const fx = (rel: string): string => join(FIX, rel);
const bytesOf = (rel: string): Uint8Array => new Uint8Array(readFileSync(fx(rel)));
const MAX = 50 * 1024 * 1024;

const EXPECTED_JA = readFileSync(fx('text/ja.utf8.txt'), 'utf8');

/** The promise rejects with an IngestError of this reason whose message is one line naming the file. */
async function rejectsWith(p: Promise<unknown>, reason: IngestReason, file: string): Promise<IngestError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof IngestError, `expected IngestError, got ${String(err)}`);
    assert.equal(err.reason, reason, err.message);
    assert.equal(err.path, file);
    assert.ok(err.message.startsWith(`${file}: `), err.message);
    assert.ok(!err.message.includes('\n'), 'message is one line');
    return err;
  }
  assert.fail(`expected ${reason} for ${file}`);
}

describe('decodeText: encodings', () => {
  it('the reference text is what we think it is', () => {
    assert.ok(EXPECTED_JA.startsWith('国際連合の概要\n'));
    assert.ok(EXPECTED_JA.includes('The Treaty on the Non-Proliferation of Nuclear Weapons (NPT)'));
  });

  const cases: Array<[string, string]> = [
    ['ja.utf8.txt', 'utf-8'],
    ['ja.utf8-bom.txt', 'utf-8'],
    ['ja.utf16le-bom.txt', 'utf-16le'],
    ['ja.utf16be-bom.txt', 'utf-16be'],
    ['ja.utf16le.txt', 'utf-16le'],
    ['ja.utf16be.txt', 'utf-16be'],
    ['ja.shift_jis.txt', 'shift_jis'],
    ['ja.euc-jp.txt', 'euc-jp'],
    ['ja.iso-2022-jp.txt', 'iso-2022-jp'],
  ];
  for (const [file, encoding] of cases) {
    it(`${file} decodes as ${encoding} to the same text`, async () => {
      const d = decodeText(bytesOf(`text/${file}`), file);
      assert.equal(d.encoding, encoding);
      assert.equal(d.text, EXPECTED_JA);
      const src = await readSource(fx(`text/${file}`), { maxBytes: MAX });
      assert.equal(src.format, 'txt');
      assert.equal(src.encoding, encoding);
      assert.equal(src.text, EXPECTED_JA);
    });
  }

  it('keeps the text exactly as decoded: CRLF stays, only the BOM goes', () => {
    const d = decodeText(bytesOf('text/en.txt'), 'en.txt');
    assert.ok(d.text.includes('orbit.\r\nIt entered'));
    const bom = decodeText(bytesOf('text/ja.utf8-bom.txt'), 'x');
    assert.notEqual(bom.text.charCodeAt(0), 0xfeff);
    assert.equal(bom.text.length, EXPECTED_JA.length);
  });

  it('prefers EUC-JP when the bytes also pass as Shift_JIS (half-width katakana)', () => {
    // ひらがなのみ in EUC-JP: valid Shift_JIS too, but as ､ﾒ… nonsense.
    const euc = Uint8Array.of(0xa4, 0xd2, 0xa4, 0xe9, 0xa4, 0xac, 0xa4, 0xca, 0xa4, 0xce, 0xa4, 0xdf);
    assert.doesNotThrow(() => new TextDecoder('shift_jis', { fatal: true }).decode(euc));
    const d = decodeText(euc, 'short.txt');
    assert.equal(d.encoding, 'euc-jp');
    assert.equal(d.text, 'ひらがなのみ');
  });

  it('keeps UTF-8 cut inside its last character, with U+FFFD, but not garbage', () => {
    const cut = new Uint8Array([...new TextEncoder().encode('国際連合は発足した。'), 0xe3, 0x81]);
    assert.deepEqual(decodeText(cut, 'cut.txt'), { text: '国際連合は発足した。\ufffd', encoding: 'utf-8' });
    assert.throws(() => decodeText(bytesOf('bad/undecodable.txt'), 'u.txt'), (e: unknown) => e instanceof IngestError && e.reason === 'undecodable');
  });

  it('UTF-16 without BOM and without any ASCII (so no NUL bytes)', () => {
    const s = '国際連合は発足した。安全保障理事会。';
    const le = new Uint8Array(s.length * 2);
    for (let k = 0; k < s.length; k++) {
      le[2 * k] = s.charCodeAt(k) & 0xff;
      le[2 * k + 1] = s.charCodeAt(k) >> 8;
    }
    assert.deepEqual(decodeText(le, 'x.txt'), { text: s, encoding: 'utf-16le' });
  });

  it('scores Japanese and English prose high, control characters and PUA low', () => {
    assert.ok(plausibility(EXPECTED_JA) > 0.95);
    assert.ok(plausibility('\u0001\u0002\ue000\ufffd') < 0.1);
  });

  it('uses a declared charset when the bytes are valid in it', () => {
    const d = decodeText(bytesOf('text/ja.shift_jis.txt'), 'x.html', 'Shift_JIS');
    assert.equal(d.encoding, 'shift_jis');
    assert.equal(d.text, EXPECTED_JA);
  });
});

describe('errors', () => {
  it('messages are one line of plain words', () => {
    assert.equal(new IngestError('report.pdf', 'pdf-encrypted').message, 'report.pdf: the PDF is encrypted');
    assert.equal(new IngestError('x.bin', 'binary').message, 'x.bin: not a text or PDF file (binary data)');
    const big = new IngestError('big.txt', 'too-large', tooLargeDetail(Math.round(60.2 * 1024 * 1024), 50 * 1024 * 1024));
    assert.equal(big.message, 'big.txt: file is 60.2 MB, over the 50 MB limit (--max-size)');
    assert.equal(new IngestError('a.txt', 'unreadable', 'line one\nline two').message, 'a.txt: cannot read the file (line one line two)');
    assert.ok(big instanceof Error);
    assert.equal(big.name, 'IngestError');
  });
});

describe('readSource: bad inputs', () => {
  const cases: Array<[string, IngestReason]> = [
    ['bad/empty.txt', 'empty'],
    ['bad/blank.txt', 'empty'],
    ['bad/image.txt', 'binary'],
    ['bad/nul.txt', 'binary'],
    ['bad/undecodable.txt', 'undecodable'],
    ['bad/notes.xyz', 'unsupported'],
    ['bad/fake.pdf', 'pdf-corrupt'],
    ['pdf/truncated.pdf', 'pdf-corrupt'],
    ['pdf/encrypted.pdf', 'pdf-encrypted'],
    ['pdf/scanned.pdf', 'pdf-no-text'],
    ['does-not-exist.txt', 'unreadable'],
    ['tree', 'unreadable'],
  ];
  for (const [file, reason] of cases) {
    it(`${file} → ${reason}`, async () => {
      await rejectsWith(readSource(fx(file), { maxBytes: MAX }), reason, fx(file));
    });
  }

  it('a binary file names its format', async () => {
    const err = await rejectsWith(readSource(fx('bad/image.txt'), { maxBytes: MAX }), 'binary', fx('bad/image.txt'));
    assert.match(err.message, /binary data: PNG image/);
  });

  it('the encrypted PDF says so in plain words', async () => {
    const err = await rejectsWith(readSource(fx('pdf/encrypted.pdf'), { maxBytes: MAX }), 'pdf-encrypted', fx('pdf/encrypted.pdf'));
    assert.equal(err.message, `${fx('pdf/encrypted.pdf')}: the PDF is encrypted`);
  });

  it('checks the size limit before reading', async () => {
    const file = fx('text/ja.utf8.txt');
    const err = await rejectsWith(readSource(file, { maxBytes: 100 }), 'too-large', file);
    assert.match(err.message, /: file is \d+ bytes, over the 100 bytes limit \(--max-size\)$/);
  });

  it('reads a PDF under another extension by its %PDF magic', async () => {
    const src = await readSource(fx('bad/real-pdf.bin'), { maxBytes: MAX });
    assert.equal(src.format, 'pdf');
    assert.match(src.text, /Chemical Weapons Convention/);
  });
});

describe('PDF', () => {
  it('one column: text, paragraphs and info metadata', async () => {
    const src = await readSource(fx('pdf/one-column.pdf'), { maxBytes: MAX });
    assert.equal(src.format, 'pdf');
    const paras = src.text.split('\n\n');
    assert.equal(paras[0], 'Disarmament Treaties: A Short Note');
    assert.match(paras[1], /^The Chemical Weapons Convention .* The Hague\.$/s);
    assert.match(paras[2], /^The Comprehensive Nuclear-Test-Ban Treaty .* ratified it\.$/s);
    assert.ok(!src.text.includes('\f'));
    assert.deepEqual(src.meta, {
      title: 'Disarmament Treaties: A Short Note',
      authors: ['Tenbo Fixtures', 'A. Writer'],
      date: '2024-04-01',
    });
  });

  it('two columns: the left column is read before the right, on both pages', async () => {
    const { text, pages } = await extractPdfText(bytesOf('pdf/two-column.pdf'), 'two-column.pdf');
    assert.equal(pages, 2);
    assert.ok(!text.includes('\f'));
    const pageTexts = text.split(/\n\n(?=Arms Control Notes)/);
    assert.equal(pageTexts.length, 2);
    // Page 1 interleaves left and right lines in the content stream; page 2 writes the right column first.
    for (const [i, page] of pageTexts.entries()) {
      const order = [
        'Arms Control Notes',
        'summarised in two columns across the page',
        'The New START treaty', // left, paragraph 1
        'February 2011.',
        'It limited each side', // left, paragraph 2
        'suspending its\nparticipation.',
        'The Intermediate-Range Nuclear Forces', // right
        'Ronald Reagan and Mikhail Gorbachev.',
        'It banned ground-launched missiles',
        'in August 2019.',
      ];
      let at = -1;
      for (const s of order) {
        const k = page.indexOf(s);
        assert.ok(k > at, `page ${i + 1}: "${s}" should come after the previous probe\n${page}`);
        at = k;
      }
      assert.ok(page.trimEnd().endsWith(String(i + 1)), 'page number last');
      assert.match(page, /February 2011\.\n\nIt limited/, 'blank line between paragraphs');
      assert.match(page, /participation\.\nThe Intermediate-Range/, 'the right column follows the left');
    }
  });

  it('maps CJK radicals to ideographs, and reads Japanese info metadata', async () => {
    const src = await readSource(fx('pdf/ja-radicals.pdf'), { maxBytes: MAX });
    // The text layer of this fixture really holds ⻄ ⺠ ⻑ ⼤ (as pdf.js produces for many fonts).
    assert.ok(readFileSync(fx('pdf/ja-radicals.pdf'), 'latin1').includes('<2ec4>'));
    assert.ok(src.text.startsWith('西側諸国は民主主義と法の支配を重視する。\n長期的な安全保障環境は大きく変化している。'));
    assert.doesNotMatch(src.text, /[\u2e80-\u2fdf]/);
    assert.deepEqual(src.meta, { title: '安全保障環境の展望', authors: ['展望 太郎'], date: '2023-12-15' });
  });

  it('pdf.js prints nothing to stdout', async () => {
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    const origLog = console.log;
    process.stdout.write = ((chunk: string | Uint8Array): boolean => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    console.log = (...args: unknown[]): void => {
      writes.push(args.map(String).join(' '));
    };
    try {
      await extractPdfText(bytesOf('pdf/ja-radicals.pdf'), 'a.pdf');
      await extractPdfText(bytesOf('pdf/truncated.pdf'), 'b.pdf').catch(() => undefined);
      await extractPdfText(bytesOf('pdf/scanned.pdf'), 'c.pdf').catch(() => undefined);
    } finally {
      process.stdout.write = orig;
      console.log = origLog;
    }
    assert.deepEqual(writes, []);
  });

  it('reads PDF dates', () => {
    assert.equal(pdfDate("D:20240401093000+09'00'"), '2024-04-01');
    assert.equal(pdfDate('D:202311'), '2023-11');
    assert.equal(pdfDate('D:00000101'), null);
    assert.equal(pdfDate(undefined), null);
  });
});

describe('reading order from coordinates', () => {
  const line = (str: string, x: number, y: number, h = 10): Piece => ({ str, x, y, w: str.length * h * 0.5, h });

  it('splits columns at a gutter only 1 em wide, with a heading across both', () => {
    const pieces: Piece[] = [line('A heading that runs across both of the columns below', 50, 800, 12)];
    for (let k = 0; k < 8; k++) {
      pieces.push(line(`right ${k} xxxxxxxxxxxxxxxx`, 185, 760 - 13 * k)); // written first
    }
    for (let k = 0; k < 8; k++) pieces.push(line(`left ${k} xxxxxxxxxxxxxxxxxx`, 50, 760 - 13 * k)); // ends at x = 175
    const text = pageText(pieces);
    const lines = text.split('\n').filter((l) => l !== '');
    assert.equal(lines[0], 'A heading that runs across both of the columns below');
    assert.deepEqual(lines.slice(1, 9).map((l) => l.split(' ')[0]), Array(8).fill('left'));
    assert.deepEqual(lines.slice(9).map((l) => l.split(' ')[0]), Array(8).fill('right'));
  });

  it('splits columns of a page drawn glyph by glyph (Japanese)', () => {
    const pieces: Piece[] = [];
    const glyphs = (s: string, x: number, y: number): void => {
      [...s].forEach((ch, k) => pieces.push({ str: ch, x: x + 10 * k, y, w: 10, h: 10 }));
    };
    for (let k = 0; k < 10; k++) {
      glyphs(`右段の第${'一二三四五六七八九十'[k]}行目のテキストです`, 212, 700 - 14 * k);
      glyphs(`左段の第${'一二三四五六七八九十'[k]}行目のテキストです`, 50, 700 - 14 * k);
    }
    const lines = pageText(pieces).split('\n');
    assert.equal(lines.length, 20);
    assert.ok(lines.slice(0, 10).every((l) => l.startsWith('左段の')), lines.join('\n'));
    assert.ok(lines.slice(10).every((l) => l.startsWith('右段の')));
    assert.equal(lines[0], '左段の第一行目のテキストです');
  });

  it('does not split a ragged single column', () => {
    const words = ['short', 'a somewhat longer line of text here', 'medium length line', 'x'];
    const pieces = Array.from({ length: 12 }, (_, k) => line(words[k % 4] + ' and more words to fill', 50, 700 - 14 * k));
    const text = pageText(pieces);
    assert.equal(text.split('\n').length, 12);
    assert.ok(text.startsWith('short and more'));
  });

  it('joins pieces of a line: spaces between words, none between CJK, superscripts kept in the line', () => {
    const pieces: Piece[] = [
      { str: '日本の', x: 50, y: 700, w: 30, h: 10 },
      { str: '防衛', x: 80, y: 700, w: 20, h: 10 },
      { str: '18', x: 100.5, y: 704, w: 6, h: 6 },
      { str: 'Defense', x: 50, y: 686, w: 35, h: 10 },
      { str: 'policy', x: 88, y: 686, w: 30, h: 10 },
    ];
    assert.equal(pageText(pieces), '日本の防衛18\nDefense policy');
  });

  it('puts a blank line at a paragraph gap', () => {
    const pieces = [line('one', 50, 700), line('two', 50, 687), line('three', 50, 674), line('four', 50, 640), line('five', 50, 627)];
    assert.equal(pageText(pieces), 'one\ntwo\nthree\n\nfour\nfive');
  });
});

describe('radicals', () => {
  it('maps the Supplement examples and the whole Kangxi block', () => {
    assert.equal(mapRadicals('⻄⻑⺠⻘⻝⺟⻤'), '西長民青食母鬼');
    for (let c = 0x2f00; c <= 0x2fd5; c++) {
      const ch = String.fromCodePoint(c);
      assert.equal(mapRadicals(ch), ch.normalize('NFKC'));
    }
    assert.equal(mapRadicals('⼤統領と⼒'), '大統領と力');
    assert.equal(mapRadicals('plain text 日本'), 'plain text 日本');
    const table = JSON.parse(readFileSync(new URL('../../data/text/cjk-radicals.json', import.meta.url), 'utf8')) as {
      supplement: Record<string, string>;
    };
    assert.equal(Object.keys(table.supplement).length, 114);
  });
});

describe('HTML', () => {
  it('text: boilerplate dropped, blocks on lines, list items marked, entities decoded', async () => {
    const src = await readSource(fx('html/report.html'), { maxBytes: MAX });
    assert.equal(src.format, 'html');
    assert.equal(src.encoding, 'utf-8');
    const t = src.text;
    assert.ok(t.startsWith('国連安全保障理事会の構成\n\n'), 'heading on its own line');
    assert.ok(t.includes('安全保障理事会は15か国で構成される。常任理事国は5か国である。'), 'no space at a Japanese line wrap');
    assert.ok(t.includes('・米国\n・英国\n・フランス、ロシア、中国'));
    assert.ok(t.includes('\n\n非常任理事国\n\n'));
    assert.ok(t.includes('Entities: & <tag> "quoted" — © café\nsecond line'));
    assert.ok(t.includes('総会で選ばれる。'));
    assert.ok(t.includes('年 出来事\n1945 国連発足'));
    for (const gone of ['alert', 'color', 'ホーム', '関連記事', 'スクリプト', 'Copyright', 'not text']) {
      assert.ok(!t.includes(gone), `"${gone}" should be dropped`);
    }
  });

  it('metadata from the head', async () => {
    const src = await readSource(fx('html/report.html'), { maxBytes: MAX });
    assert.deepEqual(src.meta, {
      publisher: 'テスト研究所',
      title: '国連安全保障理事会の構成',
      authors: ['展望 花子', '山田 一郎'],
      date: '2024-02-20',
      language: 'ja',
    });
  });

  it('citation_* tags, <title> without the site name, lang="en"', () => {
    const { text, meta } = htmlToText(
      '<html lang="en-GB"><head><title>Deterrence Today - Example Institute</title>' +
        '<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Doe, John">' +
        '<meta name="citation_publication_date" content="2023/07/15"><meta name="dc.publisher" content="Example Institute">' +
        '</head><body><h2>Summary</h2><p>Deterrence&nbsp;is&#x20;old.</p><pre>  a\n  b</pre></body></html>',
    );
    assert.equal(text, 'Summary\n\nDeterrence is old.\n\n  a\n  b');
    assert.deepEqual(meta, {
      publisher: 'Example Institute',
      title: 'Deterrence Today',
      authors: ['Roe, Jane', 'Doe, John'],
      date: '2023-07-15',
      language: 'en',
    });
  });

  it('nested lists, comments, unclosed paragraphs and scripts that look like markup', () => {
    assert.equal(htmlToText('<ul><li>外<ul><li>内</li></ul></li><li>次</li></ul>').text, '・外\n・内\n・次');
    assert.equal(htmlToText('<P>one<P>two<br/>three<DIV title="a > b">four</DIV>').text, 'one\n\ntwo\nthree\nfour');
    assert.equal(htmlToText('<p>a <!-- <p>hidden</p> --> b</p><script>document.write("</div>")</script><p>ok</p>').text, 'a b\n\nok');
    assert.equal(htmlToText('<svg><title>icon</title></svg><p>x &copy 2024 &#150; &bogus;</p>').text, 'x © 2024 – &bogus;');
  });

  it('a Shift_JIS page with a declared charset', async () => {
    const src = await readSource(fx('html/report-sjis.html'), { maxBytes: MAX });
    assert.equal(src.encoding, 'shift_jis');
    assert.equal(src.text, 'この文書はシフトJISで書かれている。');
    assert.equal(src.meta.title, 'シフトJISの文書');
  });
});

describe('Markdown', () => {
  it('front matter is read and blanked without moving offsets', async () => {
    const raw = readFileSync(fx('md/front-matter.md'), 'utf8');
    const src = await readSource(fx('md/front-matter.md'), { maxBytes: MAX });
    assert.equal(src.text.length, raw.length);
    assert.equal(src.text.indexOf('# ミサイル防衛の概要'), raw.indexOf('# ミサイル防衛の概要'));
    assert.equal(src.text.split('\n').length, raw.split('\n').length);
    assert.ok(!src.text.includes('title:'));
    assert.deepEqual(src.meta, {
      title: 'ミサイル防衛の概要',
      date: '2024-03-01',
      publisher: 'テスト研究所',
      language: 'ja',
      authors: ['展望 太郎', 'Jane Roe'],
    });
  });

  it('text without front matter stays as it is, markup included', () => {
    const md = '# Heading\n\n**bold** and `code`\n';
    assert.deepEqual(markdownToText(md), { text: md, meta: {} });
    const rule = '---\nJust a paragraph between rules.\n---\nMore.\n';
    assert.equal(markdownToText(rule).text, rule);
  });
});

describe('sidecars', () => {
  it('reads <file>.meta.json', () => {
    assert.deepEqual(readSidecar(fx('sidecar/report.txt')), {
      title: 'Antarctic Treaty note',
      publisher: 'Tenbo Test Institute',
      date: '2024-05',
      language: 'en',
      authors: ['A. Writer', 'B. Editor'],
    });
    assert.equal(readSidecar(fx('text/en.txt')), null);
  });

  it('a malformed sidecar is an error naming the sidecar', async () => {
    const file = fx('sidecar/broken.txt.meta.json');
    const err = await rejectsWith(Promise.resolve().then(() => readSidecar(fx('sidecar/broken.txt'))), 'unreadable', file);
    assert.match(err.message, /invalid JSON/);
    const wrong = fx('sidecar/wrong.txt.meta.json');
    const err2 = await rejectsWith(Promise.resolve().then(() => readSidecar(fx('sidecar/wrong.txt'))), 'unreadable', wrong);
    assert.match(err2.message, /"date" must be YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});

describe('listInputs', () => {
  it('expands folders recursively, sorted, without dotfiles or sidecars', () => {
    assert.deepEqual(listInputs([fx('tree')]), [fx('tree/a.md'), fx('tree/b.txt'), fx('tree/sub/c.html'), fx('tree/sub/deeper/d.txt')]);
  });

  it('keeps files as given, drops duplicates and named sidecars', () => {
    const got = listInputs([fx('tree/b.txt'), fx('tree/sub'), fx('tree/sub/c.html'), fx('tree/a.md.meta.json')]);
    assert.deepEqual(got, [fx('tree/b.txt'), fx('tree/sub/c.html'), fx('tree/sub/deeper/d.txt')]);
  });

  it('a path that does not exist is an error', () => {
    assert.throws(() => listInputs([fx('nope')]), (e: unknown) => e instanceof IngestError && e.reason === 'unreadable');
  });
});
