// Decode the bytes of a text file without being told its encoding.
//
// The text is returned exactly as decoded, except that a leading byte order mark is removed:
// line endings (CRLF, CR) are kept, because every offset later in the pipeline indexes this text.

import { IngestError } from './errors.js';

export interface Decoded {
  text: string;
  /** WHATWG encoding label: 'utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp' or 'iso-2022-jp'. */
  encoding: string;
}

/** Known binary file signatures: bytes at offset 0; null matches any byte. */
const _ = null;
const MAGIC: Array<{ name: string; bytes: Array<number | null> }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50] },
  { name: 'WAV audio', bytes: [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x41, 0x56, 0x45] },
  { name: 'AVI video', bytes: [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x41, 0x56, 0x49, 0x20] },
  { name: 'ZIP archive (also DOCX, XLSX, PPTX, EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'BZIP2 archive', bytes: [0x42, 0x5a, 0x68, _, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'OLE2 document (DOC, XLS, PPT)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74] },
  { name: 'Ogg media', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'FLAC audio', bytes: [0x66, 0x4c, 0x61, 0x43] },
  { name: 'MP4 or QuickTime media', bytes: [_, _, _, _, 0x66, 0x74, 0x79, 0x70] },
];

/** The name of the binary format whose signature the bytes start with, or null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  // ID3 (MP3) needs its version byte, or a text starting "ID3" would be binary.
  if (bytes.length >= 4 && bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33 && bytes[3] <= 4) return 'MP3 audio';
  for (const m of MAGIC) {
    if (bytes.length < m.bytes.length) continue;
    if (m.bytes.every((b, i) => b === null || bytes[i] === b)) return m.name;
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Decode strictly; null if the bytes are not valid in this encoding. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    // ignoreBOM: true keeps a BOM in the output, so that the caller decides what to strip.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How plausible a decoded text is as Japanese or English prose, 0..1: kana, kanji, CJK and
 * full-width punctuation and printable ASCII count fully; other letters and punctuation half;
 * half-width katakana a little (common when EUC-JP is misread as Shift_JIS); control characters,
 * private-use characters and U+FFFD nothing.
 */
export function plausibility(text: string): number {
  if (text.length === 0) return 0;
  let score = 0;
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n++;
    if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f)) score += 1;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) score += 0;
    else if (c >= 0x3040 && c <= 0x30ff) score += 1; // hiragana, katakana
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) score += 1; // kanji
    else if (c >= 0x3000 && c <= 0x303f) score += 1; // CJK punctuation
    else if (c >= 0xff01 && c <= 0xff60) score += 1; // full-width forms
    else if (c >= 0xff61 && c <= 0xff9f) score += 0.2; // half-width katakana
    else if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) score += 0;
    else if (c >= 0xf0000) score += 0; // supplementary private use
    else score += 0.5;
  }
  return score / n;
}

interface NulStats {
  even: number;
  odd: number;
  pairs: number;
}

function nulStats(bytes: Uint8Array, limit = 65536): NulStats {
  const n = Math.min(bytes.length, limit);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd, pairs: Math.floor(n / 2) };
}

/**
 * UTF-16 without a BOM, by the NUL pattern: ASCII characters (spaces, digits, line breaks) have a
 * NUL high byte, so one parity carries nearly all NULs. Returns the endianness or null.
 */
function utf16ByNulPattern(s: NulStats): 'utf-16le' | 'utf-16be' | null {
  const total = s.even + s.odd;
  if (total === 0 || s.pairs === 0) return null;
  if (s.odd >= 0.9 * total && s.odd >= 0.05 * s.pairs) return 'utf-16le';
  if (s.even >= 0.9 * total && s.even >= 0.05 * s.pairs) return 'utf-16be';
  return null;
}

/** ISO-2022-JP escape sequences: ESC $ @, ESC $ B, ESC $ ( D, ESC ( B, ESC ( J, ESC ( I. */
function hasIso2022Escapes(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== 0x1b) continue;
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if (a === 0x24 && (b === 0x40 || b === 0x42 || b === 0x28)) return true;
    if (a === 0x28 && (b === 0x42 || b === 0x4a || b === 0x49)) return true;
  }
  return false;
}

function allSevenBit(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Share of C0/C1 control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return text.length === 0 ? 0 : bad / text.length;
}

function finish(path: string, text: string, encoding: string): Decoded {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.trim() === '') throw new IngestError(path, 'empty', 'only white space');
  if (controlShare(t) > 0.05) throw new IngestError(path, 'binary', 'control characters');
  return { text: t, encoding };
}

/** A declared encoding (HTML meta charset, say) as one of ours, or null. */
export function canonicalEncoding(label: string): string | null {
  try {
    const enc = new TextDecoder(label.trim().toLowerCase()).encoding;
    return ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp', 'iso-2022-jp'].includes(enc) ? enc : null;
  } catch {
    return null;
  }
}

/**
 * Detect the encoding and decode. `declared` (for example from an HTML meta charset) is used when
 * the bytes are valid in it and no BOM says otherwise.
 * Throws IngestError: 'empty', 'binary' or 'undecodable'.
 */
export function decodeText(bytes: Uint8Array, path: string, declared?: string): Decoded {
  if (bytes.length === 0) throw new IngestError(path, 'empty');

  // Byte order marks.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new IngestError(path, 'undecodable', 'UTF-32 is not supported');
  }
  const boms: Array<[number[], string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, enc] of boms) {
    if (!startsWith(bytes, bom)) continue;
    const text = tryDecode(bytes, enc);
    if (text === null) throw new IngestError(path, 'undecodable', `invalid ${enc.toUpperCase()} after its byte order mark`);
    return finish(path, text, enc);
  }

  const magic = sniffBinary(bytes);
  if (magic !== null) throw new IngestError(path, 'binary', magic);

  const nul = nulStats(bytes);
  if (nul.even + nul.odd > 0) {
    const enc = utf16ByNulPattern(nul);
    const text = enc === null ? null : tryDecode(bytes, enc);
    if (enc !== null && text !== null && plausibility(text) >= 0.8) return finish(path, text, enc);
    throw new IngestError(path, 'binary', 'NUL bytes');
  }

  if (declared !== undefined) {
    const enc = canonicalEncoding(declared);
    const text = enc === null || enc.startsWith('utf-16') ? null : tryDecode(bytes, enc);
    if (enc !== null && text !== null && plausibility(text) >= 0.8) return finish(path, text, enc);
  }

  if (allSevenBit(bytes)) {
    if (hasIso2022Escapes(bytes)) {
      const text = tryDecode(bytes, 'iso-2022-jp');
      if (text !== null) return finish(path, text, 'iso-2022-jp');
    }
    const ascii = tryDecode(bytes, 'utf-8');
    if (ascii !== null) return finish(path, ascii, 'utf-8');
  }

  // Multi-byte trials. UTF-8 is self-validating: a long non-UTF-8 text almost never passes, so it
  // wins ties. Shift_JIS and EUC-JP overlap (EUC-JP bytes often pass as Shift_JIS half-width
  // katakana), so the plausibility score decides between them.
  const candidates: Array<{ enc: string; text: string; score: number }> = [];
  for (const [enc, bonus] of [['utf-8', 0.02], ['shift_jis', 0], ['euc-jp', 0.001]] as const) {
    const text = tryDecode(bytes, enc);
    if (text !== null) candidates.push({ enc, text, score: plausibility(text) + bonus });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best !== undefined && best.score >= 0.6) return finish(path, best.text, best.enc);

  // UTF-8 with a stray bad byte or two (a file cut inside a character, a pasted fragment):
  // keep it, with U+FFFD for the bad bytes, rather than lose the document.
  const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bad = loose.split('\ufffd').length - 1;
  if (bad <= 3 && bad <= Math.max(1, 0.001 * loose.length) && plausibility(loose) >= 0.9) return finish(path, loose, 'utf-8');

  // UTF-16 without a BOM and without a single ASCII character (so no NUL bytes): only as a last
  // resort, and only if it reads as almost pure Japanese (random bytes give Hangul and rare blocks).
  if (bytes.length % 2 === 0) {
    for (const enc of ['utf-16le', 'utf-16be']) {
      const text = tryDecode(bytes, enc);
      if (text !== null && plausibility(text) >= 0.98) return finish(path, text, enc);
    }
  }
  throw new IngestError(path, 'undecodable');
}
