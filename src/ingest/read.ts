// Read one input file into a SourceText; sidecar metadata; expand folders into input files.

import { existsSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentMeta, SourceText } from '../types.js';
import { decodeText } from './decode.js';
import { IngestError, tooLargeDetail } from './errors.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { cleanText, normalizeDate, normalizeLanguage } from './meta.js';
import { extractPdfText } from './pdf.js';

export const FORMATS: Record<string, SourceText['format']> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

function errnoDetail(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return err instanceof Error ? err.message : String(err);
}

/** '%PDF-' at the start, or (where a PDF is expected) within the first 1024 bytes, as readers allow. */
function pdfMagicAt(bytes: Uint8Array, within: number): boolean {
  const limit = Math.min(bytes.length - 5, within);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** The charset an HTML file declares in its first 2 KB (meta charset or http-equiv), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m === null ? undefined : m[1];
}

async function readBytes(path: string, size: number, maxBytes: number): Promise<Uint8Array> {
  const fh = await open(path, 'r').catch((err: unknown) => {
    throw new IngestError(path, 'unreadable', errnoDetail(err));
  });
  try {
    // Read `size` bytes and one more (at most one over the limit), so that a file that grew
    // after stat() is still caught.
    const cap = Math.min(size, maxBytes) + 1;
    const buf = new Uint8Array(cap);
    let n = 0;
    while (n < cap) {
      const { bytesRead } = await fh.read(buf, n, cap - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > maxBytes) throw new IngestError(path, 'too-large', tooLargeDetail(Math.max(n, size), maxBytes));
    return buf.subarray(0, n);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(path, 'unreadable', errnoDetail(err));
  } finally {
    await fh.close();
  }
}

/**
 * Read and decode one input. Dispatch is by extension (.txt .text .md .markdown .html .htm .xhtml
 * .pdf); a file of any other extension is read only if it starts like a PDF. The size limit is
 * checked before the file is read.
 */
export async function readSource(path: string, opts: { maxBytes: number }): Promise<SourceText> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new IngestError(path, 'unreadable', 'it is a folder');
    if (!st.isFile()) throw new IngestError(path, 'unreadable', 'not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(path, 'unreadable', errnoDetail(err));
  }
  if (size > opts.maxBytes) throw new IngestError(path, 'too-large', tooLargeDetail(size, opts.maxBytes));

  const ext = extname(path).toLowerCase();
  let format: SourceText['format'] | undefined = FORMATS[ext];
  if (format === undefined) {
    // Any other extension: only a PDF by its bytes is taken.
    const head = await readBytes(path, Math.min(size, 1029), opts.maxBytes);
    if (!pdfMagicAt(head, 1024)) {
      throw new IngestError(path, 'unsupported', ext === '' ? 'no file extension' : ext);
    }
    format = 'pdf';
  }
  const bytes = await readBytes(path, size, opts.maxBytes);
  if (bytes.length === 0) throw new IngestError(path, 'empty');
  if (format === 'pdf') {
    if (!pdfMagicAt(bytes, 1024)) throw new IngestError(path, 'pdf-corrupt', 'no %PDF header: not a PDF file');
  } else if (pdfMagicAt(bytes, 0)) {
    format = 'pdf'; // a PDF saved under a text extension
  }

  switch (format) {
    case 'pdf': {
      const pdf = await extractPdfText(bytes, path);
      return { path, format, encoding: 'pdf', text: pdf.text, meta: pdf.meta };
    }
    case 'html': {
      const { text: raw, encoding } = decodeText(bytes, path, declaredCharset(bytes));
      const { text, meta } = htmlToText(raw);
      if (text.trim() === '') throw new IngestError(path, 'empty', 'no text in the page body');
      return { path, format, encoding, text, meta };
    }
    case 'md': {
      const { text: raw, encoding } = decodeText(bytes, path);
      const { text, meta } = markdownToText(raw);
      if (text.trim() === '') throw new IngestError(path, 'empty', 'only front matter');
      return { path, format, encoding, text, meta };
    }
    case 'txt': {
      const { text, encoding } = decodeText(bytes, path);
      return { path, format, encoding, text, meta: {} };
    }
  }
}

// ---------------------------------------------------------------- sidecars

export const SIDECAR_SUFFIX = '.meta.json';

function sidecarError(path: string, detail: string): IngestError {
  return new IngestError(path, 'unreadable', detail);
}

/**
 * Metadata from `<file>.meta.json` beside the source (fields title, publisher, date, language,
 * authors; other fields are ignored), or null when there is none. A sidecar that is not valid
 * JSON or has a field of the wrong kind is an IngestError 'unreadable' naming the sidecar.
 */
export function readSidecar(path: string): Partial<DocumentMeta> | null {
  const file = path + SIDECAR_SUFFIX;
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if (err instanceof SyntaxError) throw sidecarError(file, `invalid JSON: ${err.message}`);
    throw sidecarError(file, errnoDetail(err));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw sidecarError(file, 'expected a JSON object');
  const o = raw as Record<string, unknown>;
  const meta: Partial<DocumentMeta> = {};

  for (const key of ['title', 'publisher'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (v !== null && typeof v !== 'string') throw sidecarError(file, `"${key}" must be a string or null`);
    meta[key] = v === null ? null : cleanText(v);
  }
  if (o.date !== undefined) {
    const d = o.date === null ? null : normalizeDate(o.date);
    if (o.date !== null && d === null) {
      throw sidecarError(file, `"date" must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(o.date)}`);
    }
    meta.date = d;
  }
  if (o.language !== undefined) {
    const l = normalizeLanguage(o.language);
    if (l === null) throw sidecarError(file, `"language" must be "ja" or "en", not ${JSON.stringify(o.language)}`);
    meta.language = l;
  }
  const authors = o.authors ?? o.author;
  if (authors !== undefined) {
    const list = typeof authors === 'string' ? [authors] : authors;
    if (!Array.isArray(list) || !list.every((a): a is string => typeof a === 'string')) {
      throw sidecarError(file, '"authors" must be a list of names');
    }
    meta.authors = list.map(cleanText).filter((s): s is string => s !== null);
  }
  return meta;
}

// ---------------------------------------------------------------- folders

function skipped(name: string): boolean {
  return name.startsWith('.') || name.endsWith(SIDECAR_SUFFIX);
}

/**
 * The input files: files as given, folders expanded recursively (sorted by path, dotfiles and
 * dot-folders and `*.meta.json` sidecars skipped). Duplicates are dropped; order is kept.
 * A path that does not exist is an IngestError 'unreadable'.
 */
export function listInputs(paths: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  const visited = new Set<string>();
  const walk = (dir: string): string[] => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return [];
    }
    if (visited.has(real)) return []; // a symlink loop
    visited.add(real);
    const files: string[] = [];
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (err) {
      throw new IngestError(dir, 'unreadable', errnoDetail(err));
    }
    for (const name of names) {
      if (skipped(name)) continue;
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch {
        continue; // a dangling symlink
      }
      if (st.isDirectory()) files.push(...walk(p));
      else if (st.isFile()) files.push(p);
    }
    return files;
  };
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (err) {
      throw new IngestError(p, 'unreadable', errnoDetail(err));
    }
    if (st.isDirectory()) {
      for (const f of walk(p).sort(comparePaths)) add(f);
    } else if (!basename(p).endsWith(SIDECAR_SUFFIX)) add(p);
  }
  return out;
}

/** Code-unit order of the path's segments, so that "a/b" sorts with "a", before "a-b". */
function comparePaths(a: string, b: string): number {
  const sa = a.split(/[\\/]/);
  const sb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}
