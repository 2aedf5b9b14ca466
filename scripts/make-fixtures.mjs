#!/usr/bin/env node
// Generates the ingest test fixtures in test/fixtures/ingest/. The output is checked in; run this
// again after changing it:  node scripts/make-fixtures.mjs
//
// No dependencies. Node's TextDecoder cannot encode, so the Shift_JIS, EUC-JP and ISO-2022-JP
// encoders below are lookup tables built by decoding every two-byte sequence once. The PDFs are
// written by hand (uncompressed, standard Helvetica for English; a non-embedded CID font with a
// ToUnicode map for Japanese, whose glyphs therefore do not render but whose text layer is exact).

import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const OUT = fileURLToPath(new URL('../test/fixtures/ingest/', import.meta.url));

// ---------------------------------------------------------------- texts (facts of public record)

const JA_TEXT = [
  '国際連合の概要',
  '',
  '国際連合（国連）は、第二次世界大戦の後、1945年10月24日に51か国を原加盟国として発足した。本部はニューヨークに置かれている。',
  '安全保障理事会は15か国で構成され、そのうち米国、英国、フランス、ロシア、中国の5か国が常任理事国である。',
  '',
  '北大西洋条約機構（NATO）は1949年に12か国で設立された。フィンランドは2023年4月に、スウェーデンは2024年3月に加盟した。',
  '',
  'The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) entered into force in 1970.',
  '',
].join('\n');

// ---------------------------------------------------------------- encoders

function tableFor(encoding, leads, trails) {
  const dec = new TextDecoder(encoding, { fatal: true });
  const map = new Map();
  for (const l of leads) {
    for (const t of trails) {
      let s;
      try {
        s = dec.decode(Uint8Array.of(l, t));
      } catch {
        continue;
      }
      if (s.length === 1 && !map.has(s)) map.set(s, [l, t]);
    }
  }
  return map;
}

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const SJIS = tableFor('shift_jis', [...range(0x81, 0x9f), ...range(0xe0, 0xfc)], range(0x40, 0xfc));
const EUC = tableFor('euc-jp', range(0xa1, 0xfe), range(0xa1, 0xfe));

function encodeTable(text, table, name) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`${name}: cannot encode ${ch} U+${c.toString(16)}`);
      out.push(...b);
    }
  }
  return Uint8Array.from(out);
}

function encodeIso2022jp(text) {
  const out = [];
  let kanji = false;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) {
      if (kanji) out.push(0x1b, 0x28, 0x42); // ESC ( B
      kanji = false;
      out.push(c);
    } else {
      const b = EUC.get(ch);
      if (!b) throw new Error(`iso-2022-jp: cannot encode ${ch}`);
      if (!kanji) out.push(0x1b, 0x24, 0x42); // ESC $ B
      kanji = true;
      out.push(b[0] - 0x80, b[1] - 0x80);
    }
  }
  if (kanji) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}

function encodeUtf16(text, bigEndian, bom) {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
  }
  return out;
}

const utf8 = (s) => new TextEncoder().encode(s);
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

// ---------------------------------------------------------------- PDF writer

const latin1 = (s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);

/** Minimal RC4, for the Standard security handler (revision 2, 40-bit). */
function rc4(key, data) {
  const s = range(0, 255);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
const md5 = (...parts) => new Uint8Array(createHash('md5').update(concat(...parts)).digest());
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const padPassword = (pw) => concat(latin1(pw), PAD).slice(0, 32);
const hex = (b) => Buffer.from(b).toString('hex');

/**
 * objects: array of { dict: string, stream?: Uint8Array }; object n is objects[n - 1].
 * Literal strings in dicts are not encrypted (keep them out of encrypted files).
 */
function buildPdf(objects, { root, info, userPassword } = {}) {
  const id = md5(latin1(`tenbo-fixture-${objects.length}-${root}`));
  let encrypt = null;
  let key = null;
  if (userPassword) {
    const P = -4;
    const oKey = md5(padPassword('tenbo-owner')).slice(0, 5);
    const O = rc4(oKey, padPassword(userPassword));
    const p = new Uint8Array(4);
    new DataView(p.buffer).setInt32(0, P, true);
    key = md5(padPassword(userPassword), O, p, id).slice(0, 5);
    const U = rc4(key, PAD);
    encrypt = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${P} /O <${hex(O)}> /U <${hex(U)}> >>`;
    objects = [...objects, { dict: encrypt }];
  }
  const chunks = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((obj, i) => {
    const num = i + 1;
    offsets.push(offset);
    let stream = obj.stream;
    if (stream && key && !(encrypt && i === objects.length - 1)) {
      const objKey = md5(key, Uint8Array.of(num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0)).slice(0, 10);
      stream = rc4(objKey, stream);
    }
    const head = stream
      ? `${num} 0 obj\n${obj.dict.replace(/>>\s*$/, '')} /Length ${stream.length} >>\nstream\n`
      : `${num} 0 obj\n${obj.dict}\n`;
    const parts = [latin1(head)];
    if (stream) parts.push(stream, latin1('\nendstream\n'));
    parts.push(latin1('endobj\n'));
    const bytes = concat(...parts);
    chunks.push(bytes);
    offset += bytes.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer =
    `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R` +
    (info ? ` /Info ${info} 0 R` : '') +
    (encrypt ? ` /Encrypt ${objects.length} 0 R` : '') +
    ` /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(latin1(xref + trailer));
  return concat(...chunks);
}

/** PDF text string for the Info dictionary: UTF-16BE with BOM, as hex. */
function pdfTextString(s) {
  return `<${hex(encodeUtf16(s, true, true))}>`;
}

const escapePdf = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** Greedy word wrap by an average Helvetica advance of 0.5 em. */
function wrap(text, width, size) {
  const max = Math.floor(width / (size * 0.5));
  const lines = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && (line + ' ' + w).length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text-showing operation for one line with font F1 (Helvetica). */
const textOp = (font, size, x, y, s) => `BT /${font} ${size} Tf 1 0 0 1 ${x} ${y} Tm (${escapePdf(s)}) Tj ET\n`;

const FONT_OBJECTS = [
  { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
  { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>' },
];

/**
 * A document of pages (each a content string) with fonts F1/F2 (and F3, Japanese, if cjk is given).
 * Objects: 1 catalog, 2 pages, 3 F1, 4 F2, [5..8 F3 + descendant + descriptor + ToUnicode], then pages.
 */
function simpleDocument(pageContents, { info, userPassword, cjk } = {}) {
  const objects = [{ dict: '<< /Type /Catalog /Pages 2 0 R >>' }, null, ...FONT_OBJECTS];
  let fonts = '/F1 3 0 R /F2 4 0 R';
  if (cjk) {
    const base = objects.length + 1; // Type0 font object number
    objects.push(
      { dict: `<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /Identity-H /DescendantFonts [${base + 1} 0 R] /ToUnicode ${base + 3} 0 R >>` },
      { dict: `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor ${base + 2} 0 R /DW 1000 >>` },
      { dict: '<< /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 709 /StemV 69 >>' },
      { dict: '<< >>', stream: latin1(cjk.toUnicode) },
    );
    fonts += ` /F3 ${base} 0 R`;
  }
  const kids = [];
  for (const content of pageContents) {
    const contentNum = objects.length + 1;
    objects.push({ dict: '<< >>', stream: latin1(content) });
    kids.push(objects.length + 1);
    objects.push({
      dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fonts} >> >> /Contents ${contentNum} 0 R >>`,
    });
  }
  objects[1] = { dict: `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>` };
  let infoNum;
  if (info) {
    objects.push({ dict: info });
    infoNum = objects.length;
  }
  return buildPdf(objects, { root: 1, info: infoNum, userPassword });
}

/** Japanese text for font F3: every distinct character gets a CID; `asRadical` maps chars to the code points the ToUnicode CMap claims. */
function cjkFont(texts, asRadical) {
  const cids = new Map();
  for (const t of texts) for (const ch of t) if (!cids.has(ch)) cids.set(ch, cids.size + 1);
  const hex4 = (n) => n.toString(16).padStart(4, '0');
  const utf16hex = (ch) => hex(encodeUtf16(ch, true, false));
  const entries = [...cids].map(([ch, cid]) => `<${hex4(cid)}> <${utf16hex(asRadical[ch] ?? ch)}>`);
  const chunks = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Tenbo-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange',
    ...chunks,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
  const show = (s) => `<${[...s].map((ch) => hex4(cids.get(ch))).join('')}>`;
  return { toUnicode, show };
}

// ---------------------------------------------------------------- PDF fixtures

const ONE_COLUMN_PARAS = [
  'The Chemical Weapons Convention opened for signature in Paris in January 1993 and entered into force in April 1997. It is administered by the Organisation for the Prohibition of Chemical Weapons, which has its seat in The Hague.',
  'The Comprehensive Nuclear-Test-Ban Treaty was opened for signature in September 1996. It has not entered into force, because several states whose ratification is required have not ratified it.',
];

function oneColumnContent() {
  let y = 770;
  let s = textOp('F2', 16, 72, y, 'Disarmament Treaties: A Short Note');
  y -= 34;
  for (const para of ONE_COLUMN_PARAS) {
    for (const line of wrap(para, 450, 11)) {
      s += textOp('F1', 11, 72, y, line);
      y -= 14;
    }
    y -= 12; // paragraph gap
  }
  s += textOp('F1', 9, 294, 40, '1');
  return s;
}

const LEFT = [
  'The New START treaty between the United States and Russia was signed in Prague in April 2010 and entered into force in February 2011.',
  'It limited each side to 1,550 deployed strategic warheads. The parties extended it in 2021 for five years, and in February 2023 Russia said it was suspending its participation.',
];
const RIGHT = [
  'The Intermediate-Range Nuclear Forces Treaty was signed in December 1987 by Ronald Reagan and Mikhail Gorbachev.',
  'It banned ground-launched missiles with ranges between 500 and 5,500 kilometres. The United States withdrew from the treaty in August 2019.',
];

/** Lines of a column: [{ text, y }], with a paragraph gap between paragraphs. */
function columnLines(paras, top, width, size, leading) {
  const out = [];
  let y = top;
  for (const para of paras) {
    for (const text of wrap(para, width, size)) {
      out.push({ text, y });
      y -= leading;
    }
    y -= leading; // blank line between paragraphs
  }
  return out;
}

/** Two columns at x = 72 and x = 312 (gutter 288..312). order: 'rows' interleaves L/R per row; 'right-first' writes the right column first. */
function twoColumnContent(order, pageNo) {
  let s = textOp('F2', 16, 72, 780, 'Arms Control Notes');
  s += textOp('F1', 11, 72, 760, 'Two treaties between Washington and Moscow, summarised in two columns across the page');
  const left = columnLines(LEFT, 730, 210, 10, 13);
  const right = columnLines(RIGHT, 730, 210, 10, 13);
  const l = left.map((ln) => textOp('F1', 10, 72, ln.y, ln.text));
  const r = right.map((ln) => textOp('F1', 10, 312, ln.y, ln.text));
  if (order === 'rows') {
    for (let i = 0; i < Math.max(l.length, r.length); i++) s += (l[i] ?? '') + (r[i] ?? '');
  } else s += r.join('') + l.join('');
  s += textOp('F1', 9, 295, 40, String(pageNo));
  return s;
}

const JA_LINES = [
  '西側諸国は民主主義と法の支配を重視する。',
  '長期的な安全保障環境は大きく変化している。',
];
/** What pdf.js-style extraction would emit for some of these characters (radical code points). */
const AS_RADICAL = { 西: '\u2ec4', 民: '\u2ea0', 長: '\u2ed1', 大: '\u2f24' };

function japaneseContent(font) {
  let s = '';
  let y = 770;
  for (const line of JA_LINES) {
    s += `BT /F3 12 Tf 1 0 0 1 72 ${y} Tm ${font.show(line)} Tj ET\n`;
    y -= 18;
  }
  s += textOp('F1', 11, 72, y - 10, 'Radical test page (Japanese text through a ToUnicode map).');
  return s;
}

function scannedContent() {
  // An 8 × 8 grey image and a frame: marks on the page, no text.
  const img = 'BI /W 8 /H 8 /CS /G /BPC 8 ID\n' + 'x'.repeat(64) + '\nEI\n';
  return `q 200 0 0 200 100 500 cm ${img}Q\n0 0 0 RG 2 w 90 490 220 220 re S\n`;
}

// ---------------------------------------------------------------- write everything

function write(rel, bytes) {
  const file = join(OUT, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof bytes === 'string' ? utf8(bytes) : bytes);
}

function main() {
  rmSync(OUT, { recursive: true, force: true });

  // Encodings: the same Japanese text in every encoding.
  write('text/ja.utf8.txt', utf8(JA_TEXT));
  write('text/ja.utf8-bom.txt', concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(JA_TEXT)));
  write('text/ja.utf16le-bom.txt', encodeUtf16(JA_TEXT, false, true));
  write('text/ja.utf16be-bom.txt', encodeUtf16(JA_TEXT, true, true));
  write('text/ja.utf16le.txt', encodeUtf16(JA_TEXT, false, false));
  write('text/ja.utf16be.txt', encodeUtf16(JA_TEXT, true, false));
  write('text/ja.shift_jis.txt', encodeTable(JA_TEXT, SJIS, 'shift_jis'));
  write('text/ja.euc-jp.txt', encodeTable(JA_TEXT, EUC, 'euc-jp'));
  write('text/ja.iso-2022-jp.txt', encodeIso2022jp(JA_TEXT));
  write('text/en.txt', 'The Outer Space Treaty of 1967 bars states from placing nuclear weapons in orbit.\r\nIt entered into force in October 1967.\r\n');

  // Bad inputs.
  write('bad/empty.txt', new Uint8Array(0));
  write('bad/blank.txt', ' \n\t\r\n\u3000\n');
  write('bad/image.txt', concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), latin1('IHDR'), new Uint8Array(32)));
  write('bad/nul.txt', concat(latin1('data'), Uint8Array.of(0, 1, 2, 3, 0, 0, 0xff, 0x10, 0, 7, 0, 0, 0x80, 0x81, 0, 9, 0, 0, 0)));
  write('bad/undecodable.txt', concat(latin1('report '), Uint8Array.of(0xff, 0xfd, 0xff, 0xfc, 0xfe, 0xfe, 0xfd), latin1(' end\n')));
  write('bad/notes.xyz', 'plain words in a file with an unknown extension\n');
  write('bad/fake.pdf', '<html><body>Not found</body></html>\n');
  write('bad/real-pdf.bin', simpleDocument([oneColumnContent()]));

  // PDFs.
  const info =
    `<< /Title ${pdfTextString('Disarmament Treaties: A Short Note')} /Author (Tenbo Fixtures; A. Writer)` +
    ` /CreationDate (D:20240401093000+09'00') /Producer (make-fixtures.mjs) >>`;
  const one = simpleDocument([oneColumnContent()], { info });
  write('pdf/one-column.pdf', one);
  write('pdf/two-column.pdf', simpleDocument([twoColumnContent('rows', 1), twoColumnContent('right-first', 2)]));
  const font = cjkFont([...JA_LINES], AS_RADICAL);
  const jaInfo = `<< /Title ${pdfTextString('安全保障環境の展望')} /Author ${pdfTextString('展望 太郎')} /CreationDate (D:20231215) >>`;
  write('pdf/ja-radicals.pdf', simpleDocument([japaneseContent(font)], { info: jaInfo, cjk: font }));
  write('pdf/encrypted.pdf', simpleDocument([oneColumnContent()], { userPassword: 'tenbo' }));
  write('pdf/truncated.pdf', one.slice(0, 60));
  write('pdf/scanned.pdf', simpleDocument([scannedContent()]));

  // HTML and Markdown.
  write('html/report.html', HTML);
  write('html/report-sjis.html', encodeTable(HTML_SJIS, SJIS, 'shift_jis'));
  write('md/front-matter.md', MARKDOWN);
  write('md/plain.md', '# Plain heading\n\nNo front matter here: **bold** stays.\n');

  // Sidecars.
  write('sidecar/report.txt', 'The Antarctic Treaty was signed in Washington in December 1959.\n');
  write('sidecar/report.txt.meta.json', JSON.stringify({ title: 'Antarctic Treaty note', publisher: 'Tenbo Test Institute', date: '2024-05', language: 'en', authors: ['A. Writer', 'B. Editor'] }, null, 2) + '\n');
  write('sidecar/broken.txt', 'A file whose sidecar is not valid JSON.\n');
  write('sidecar/broken.txt.meta.json', '{ "title": "unterminated\n');
  write('sidecar/wrong.txt', 'A file whose sidecar has a bad field.\n');
  write('sidecar/wrong.txt.meta.json', '{ "date": "last spring" }\n');

  // A folder to list.
  write('tree/b.txt', 'b\n');
  write('tree/a.md', 'a\n');
  write('tree/a.md.meta.json', '{}\n');
  write('tree/.hidden.txt', 'hidden\n');
  write('tree/sub/c.html', '<p>c</p>\n');
  write('tree/sub/.git/config', 'x\n');
  write('tree/sub/deeper/d.txt', 'd\n');
}

const HTML = `<!DOCTYPE html>
<html lang="ja-JP">
<head>
<meta charset="utf-8">
<title>国連安保理の構成 | テスト研究所</title>
<meta name="author" content="展望 花子, 山田 一郎">
<meta property="og:title" content="国連安全保障理事会の構成">
<meta property="og:site_name" content="テスト研究所">
<meta property="article:published_time" content="2024-02-20T09:00:00+09:00">
<style>body { color: #333 } p::after { content: "x" }</style>
<script>var s = "<p>not text</p>"; if (a < b) { alert(1) }</script>
</head>
<body>
<header><div class="logo">テスト研究所</div><nav><a href="/">ホーム</a> | <a href="/about">概要</a></nav></header>
<article>
<h1>国連安全保障理事会の構成</h1>
<p>安全保障理事会は15か国で構成される。
常任理事国は5か国である。</p>
<ul>
  <li>米国</li>
  <li>英国</li>
  <li>フランス、ロシア、中国</li>
</ul>
<h2>非常任理事国</h2>
<p>非常任理事国は10か国で、任期は2年である。&nbsp;総会で選ばれる&#12290;</p>
<p>Entities: &amp; &lt;tag&gt; &quot;quoted&quot; &#x2014; &copy; caf&eacute;<br>second line</p>
<table><tr><th>年</th><td>出来事</td></tr><tr><td>1945</td><td>国連発足</td></tr></table>
<aside>関連記事の一覧</aside>
<noscript>スクリプトを有効にしてください</noscript>
</article>
<footer>Copyright テスト研究所</footer>
</body>
</html>
`;

const HTML_SJIS = `<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>シフトJISの文書</title></head>
<body><p>この文書はシフトJISで書かれている。</p></body></html>
`;

const MARKDOWN = `---
title: "ミサイル防衛の概要"
date: 2024-03-01
authors:
  - 展望 太郎
  - Jane Roe
publisher: テスト研究所
language: ja
---
# ミサイル防衛の概要

日本は2000年代からミサイル防衛システムの整備を進めてきた。
`;

main();
