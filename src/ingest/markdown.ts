// Markdown: the text stays as written (offsets index it), markup included; the text stage reads
// '#' headings. Only YAML front matter is read for metadata and then blanked out with spaces
// (line breaks kept), so that no offset moves.

import type { DocumentMeta } from '../types.js';
import { cleanText, normalizeDate, normalizeLanguage, splitAuthors } from './meta.js';

export interface MarkdownText {
  text: string;
  meta: Partial<DocumentMeta>;
}

type Yaml = string | string[];

/** The front matter block: [0, end) of the text, and its lines between the fences. */
function frontMatter(md: string): { end: number; body: string[] } | null {
  const open = /^---[ \t]*\r?\n/.exec(md);
  if (open === null) return null;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = md.slice(open[0].length);
  const m = close.exec(rest);
  if (m === null) return null;
  const body = rest.slice(0, m.index).split(/\r?\n/);
  // Only if it reads as YAML: a leading '---' may be a thematic break above ordinary text.
  const content = body.filter((l) => !/^\s*(#|$)/.test(l));
  const yamlish = (l: string): boolean => /^([A-Za-z_][\w.-]*\s*:(\s|$)|\s|-\s)/.test(l);
  if (content.length === 0 || !content.every(yamlish) || !content.some((l) => /^[A-Za-z_]/.test(l))) return null;
  return { end: open[0].length + m.index + m[0].length, body };
}

function unquote(v: string): string {
  const s = v.trim();
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) {
    return s.slice(1, -1).replace(/\\(["\\nt])/g, (_m: string, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  return s.replace(/\s+#.*$/, '');
}

/** Top-level `key: value`, `key: [a, b]` and `key:` followed by `- item` lines. Nested maps are skipped. */
export function parseSimpleYaml(lines: string[]): Map<string, Yaml> {
  const out = new Map<string, Yaml>();
  let listKey: string | null = null;
  for (const line of lines) {
    if (/^\s*(#|$)/.test(line)) continue;
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item !== null && listKey !== null) {
      const list = out.get(listKey);
      if (Array.isArray(list)) list.push(unquote(item[1]));
      continue;
    }
    const kv = /^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*))?$/.exec(line);
    if (kv === null) {
      if (!/^\s/.test(line)) listKey = null;
      continue;
    }
    const key = kv[1].toLowerCase();
    const value = (kv[2] ?? '').trim();
    listKey = null;
    if (value === '') {
      out.set(key, []);
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      out.set(key, value.slice(1, -1).split(',').map(unquote).filter((s) => s !== ''));
    } else out.set(key, unquote(value));
  }
  return out;
}

function metaFromYaml(y: Map<string, Yaml>): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const one = (k: string): string | null => {
    const v = y.get(k);
    return typeof v === 'string' ? cleanText(v) : Array.isArray(v) && v.length > 0 ? cleanText(v[0]) : null;
  };
  const title = one('title');
  if (title !== null) meta.title = title;
  const date = normalizeDate(one('date') ?? one('published'));
  if (date !== null) meta.date = date;
  const publisher = one('publisher');
  if (publisher !== null) meta.publisher = publisher;
  const language = normalizeLanguage(one('language') ?? one('lang'));
  if (language !== null) meta.language = language;
  const a = y.get('authors') ?? y.get('author');
  const authors = (Array.isArray(a) ? a : typeof a === 'string' ? splitAuthors(a) : [])
    .map(cleanText)
    .filter((s): s is string => s !== null);
  if (authors.length > 0) meta.authors = authors;
  return meta;
}

export function markdownToText(md: string): MarkdownText {
  const fm = frontMatter(md);
  if (fm === null) return { text: md, meta: {} };
  const blank = md.slice(0, fm.end).replace(/[^\r\n]/g, ' ');
  return { text: blank + md.slice(fm.end), meta: metaFromYaml(parseSimpleYaml(fm.body)) };
}
