// PDF → text with unpdf (pdf.js): item coordinates, our own reading order, radicals mapped.

import { getDocumentProxy } from 'unpdf';
import type { DocumentMeta } from '../types.js';
import { IngestError } from './errors.js';
import { pageText, type Piece } from './pdf-layout.js';
import { cleanText, normalizeLanguage, splitAuthors } from './meta.js';
import { mapRadicals } from './radicals.js';

export interface PdfText {
  text: string;
  meta: Partial<DocumentMeta>;
  pages: number;
}

/** pdf.js VerbosityLevel.ERRORS: warnings and infos (which pdf.js prints with console.log) are off. */
const VERBOSITY_ERRORS = 0;

interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(v: unknown): v is PdfItem {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.str === 'string' && Array.isArray(o.transform) && typeof o.width === 'number';
}

function toPiece(it: PdfItem): Piece {
  const [a, b, c, d, e, f] = it.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
  return { str: it.str.replace(/\u0000/g, ''), x: e, y: f, w: it.width, h: size };
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Title, authors, date and language from the PDF info dictionary, where they look real. */
export function metaFromInfo(info: Record<string, unknown>): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const title = cleanText(info.Title);
  if (title !== null && plausibleTitle(title)) meta.title = mapRadicals(title);
  const author = cleanText(info.Author);
  if (author !== null) {
    const authors = splitAuthors(mapRadicals(author)).filter((s) => !JUNK_AUTHOR.test(s));
    if (authors.length > 0) meta.authors = authors;
  }
  const date = pdfDate(info.CreationDate);
  if (date !== null) meta.date = date;
  const language = normalizeLanguage(info.Language);
  if (language !== null) meta.language = language;
  return meta;
}

const JUNK_AUTHOR = /^(admin(istrator)?|user|owner|unknown|author|guest|windows user|microsoft office user|作成者|ユーザー?)$/i;

/** Not a file name, a tool's placeholder or a template title. */
function plausibleTitle(t: string): boolean {
  if (t.length < 2 || t.length > 300) return false;
  if (/\.(docx?|xlsx?|pptx?|pdf|indd|rtf|txt|html?|jtd|qxd)$/i.test(t)) return false;
  if (/^(untitled|no title|title|document\d*|microsoft word -|powerpoint presentation|無題|タイトル)/i.test(t)) return false;
  if (/^[\w-]+\.\w{2,4}$/.test(t)) return false;
  return true;
}

/** "D:20240401093000+09'00'" → "2024-04-01" (YYYY-MM or YYYY if that is all it says). */
export function pdfDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(v.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > new Date().getFullYear() + 1) return null;
  if (m[2] === undefined) return m[1];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return m[1];
  if (m[3] === undefined) return `${m[1]}-${m[2]}`;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * Extract the text of a PDF in reading order. Pages are separated by a blank line.
 * Throws IngestError: 'pdf-encrypted', 'pdf-corrupt' or 'pdf-no-text'.
 */
export async function extractPdfText(bytes: Uint8Array, path: string): Promise<PdfText> {
  // pdf.js may take over (detach) the buffer it is given: pass a copy.
  const data = new Uint8Array(bytes);
  type Doc = Awaited<ReturnType<typeof getDocumentProxy>>;
  let pdf: Doc;
  try {
    pdf = await getDocumentProxy(data, { verbosity: VERBOSITY_ERRORS, stopAtErrors: false });
  } catch (err) {
    if (errorName(err) === 'PasswordException') throw new IngestError(path, 'pdf-encrypted');
    throw new IngestError(path, 'pdf-corrupt', errorMessage(err));
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces = content.items.flatMap((it: unknown) => (isTextItem(it) ? [toPiece(it)] : []));
      pages.push(pageText(pieces));
      page.cleanup();
    }
    const text = mapRadicals(pages.filter((p) => p !== '').join('\n\n'));
    if (text.trim() === '') throw new IngestError(path, 'pdf-no-text');
    let meta: Partial<DocumentMeta> = {};
    try {
      const { info } = await pdf.getMetadata();
      if (typeof info === 'object' && info !== null) meta = metaFromInfo(info as Record<string, unknown>);
    } catch {
      // A broken info dictionary is no reason to lose the text.
    }
    return { text, meta, pages: pdf.numPages };
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(path, 'pdf-corrupt', errorMessage(err));
  } finally {
    await pdf.destroy();
  }
}
