// HTML → plain text and head metadata. A small scanner, not a full HTML parser: it is meant for
// report pages, and is careful about the things that matter there (script contents, entities,
// Japanese line wraps, lists). The offsets later stages use index the text returned here.
//
// - Dropped with their contents: script, style, noscript, template, svg, iframe, nav, aside,
//   footer, and header unless it is inside article or main (there it carries the title).
// - A blank line around p, h1–h6, blockquote, lists, tables, section, article, main, figure, pre;
//   a line break at div, li, tr, br, dt, dd and the like; table cells are separated by a space.
// - Headings stay on their own line with no prefix; list items start with '・'.
// - White space collapses to one space within a block; a line break between two CJK characters
//   is dropped instead (as CSS does), so a wrapped Japanese sentence does not get a space.

import type { DocumentMeta } from '../types.js';
import { decodeEntities } from './entities.js';
import { cleanText, normalizeDate, normalizeLanguage, splitAuthors } from './meta.js';

export interface HtmlText {
  text: string;
  meta: Partial<DocumentMeta>;
}

const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'aside', 'footer', 'header']);
/** Elements whose content is raw text: no tags inside, up to the matching end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'table', 'section', 'article',
  'main', 'figure', 'pre', 'hr', 'address', 'fieldset', 'details', 'hgroup',
]);
const LINE = new Set([
  'div', 'li', 'tr', 'br', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'body', 'html', 'center', 'legend',
  'option', 'thead', 'tbody', 'tfoot', 'form', 'menu', 'dir', 'noframes', 'frameset',
]);
const CELL = new Set(['td', 'th']);
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Map<string, string>;
  end: number; // index after '>'
}

/** Read the tag starting at `lt` ('<'), or null if it is not a tag. */
function readTag(html: string, lt: number): Tag | null {
  let j = lt + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const nameMatch = /[A-Za-z][^\s/>]*/y;
  nameMatch.lastIndex = j;
  const m = nameMatch.exec(html);
  if (m === null) return null;
  j = nameMatch.lastIndex;
  // Scan to the closing '>' outside quotes.
  let quote = '';
  let k = j;
  for (; k < html.length; k++) {
    const ch = html[k];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // A quote only opens a value right after '='.
      if (/=\s*$/.test(html.slice(Math.max(j, k - 8), k))) quote = ch;
    } else if (ch === '>') break;
  }
  if (k >= html.length) return null;
  const inner = html.slice(j, k);
  return {
    name: m[0].toLowerCase(),
    closing,
    selfClosing: /\/\s*$/.test(inner),
    attrs: parseAttrs(inner),
    end: k + 1,
  };
}

function parseAttrs(s: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const key = m[1].toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || c >= 0x20000;
}

/** Builds the output text: pending breaks, collapsed white space, list prefixes. */
class TextBuilder {
  out = '';
  private lineStart = true;
  private pendingBreak = 0; // 0 none, 1 line break, 2 blank line
  private pendingSpace = false;
  private spaceHadNewline = false;
  private prefix = '';

  block(level: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, level);
    this.pendingSpace = false;
  }

  br(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1);
    this.pendingSpace = false;
  }

  space(): void {
    if (!this.lineStart || this.pendingBreak === 0) this.pendingSpace = true;
  }

  listItem(): void {
    this.block(1);
    this.prefix = '・';
  }

  private emitPending(next: string): void {
    if (this.pendingBreak > 0 && this.out !== '') {
      this.out = this.out.replace(/[ \t]+$/, '') + (this.pendingBreak === 2 ? '\n\n' : '\n');
      this.lineStart = true;
    }
    if (this.pendingBreak > 0) this.pendingSpace = false;
    this.pendingBreak = 0;
    if (this.lineStart) {
      this.pendingSpace = false;
      if (this.prefix !== '') this.out += this.prefix;
      this.prefix = '';
    } else if (this.pendingSpace) {
      const prev = this.out.slice(-1);
      if (!(this.spaceHadNewline && isWide(prev) && isWide(next))) this.out += ' ';
    }
    this.pendingSpace = false;
    this.spaceHadNewline = false;
    this.lineStart = false;
  }

  text(s: string, pre: boolean): void {
    if (pre) {
      for (const line of s.split(/(\n)/)) {
        if (line === '\n') this.br();
        else if (line !== '') {
          this.emitPending(line.charAt(0));
          this.out += line;
        }
      }
      return;
    }
    const re = /[ \t\n\r\f\u00a0]+|[^ \t\n\r\f\u00a0]+/g;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const run = m[0];
      if (/^[ \t\n\r\f\u00a0]/.test(run)) {
        if (!this.lineStart || this.pendingBreak === 0) {
          this.pendingSpace = true;
          if (run.includes('\n')) this.spaceHadNewline = true;
        }
      } else {
        this.emitPending(run.charAt(0));
        this.out += run;
      }
    }
  }

  result(): string {
    return this.out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}

interface HeadMeta {
  title: string | null;
  metas: Map<string, string[]>;
  lang: string | null;
}

function addMeta(head: HeadMeta, attrs: Map<string, string>): void {
  const key = (attrs.get('name') ?? attrs.get('property') ?? attrs.get('itemprop') ?? attrs.get('http-equiv') ?? '').toLowerCase();
  const content = attrs.get('content');
  if (key === '' || content === undefined) return;
  const list = head.metas.get(key) ?? [];
  list.push(content);
  head.metas.set(key, list);
}

/** Convert HTML to text; metadata from the head. */
export function htmlToText(html: string): HtmlText {
  const b = new TextBuilder();
  const head: HeadMeta = { title: null, metas: new Map(), lang: null };
  let drop: string | null = null;
  let dropDepth = 0;
  let preDepth = 0;
  let articleDepth = 0;
  let listDepth = 0;
  let i = 0;

  const text = (s: string): void => {
    if (drop === null && s !== '') b.text(decodeEntities(s), preDepth > 0);
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      if (drop === null) b.text(html.slice(lt + 9, end < 0 ? html.length : end), preDepth > 0);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === null) {
      text('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const { name } = tag;

    if (!tag.closing && RAW.has(name) && !tag.selfClosing) {
      const closeRe = new RegExp(`</${name}[\\s>/]`, 'ig');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html)?.index ?? -1;
      const body = html.slice(i, close < 0 ? html.length : close);
      const closeEnd = close < 0 ? html.length : html.indexOf('>', close);
      i = closeEnd < 0 ? html.length : closeEnd + 1;
      if (name === 'title') {
        if (head.title === null && drop === null) head.title = cleanText(decodeEntities(body));
      } else if (name === 'textarea' || name === 'xmp') {
        text(name === 'xmp' ? body.replace(/&/g, '&amp;') : body);
      }
      continue;
    }
    if (name === 'meta' && !tag.closing) addMeta(head, tag.attrs);
    if (name === 'html' && !tag.closing) head.lang = tag.attrs.get('lang') ?? tag.attrs.get('xml:lang') ?? null;

    if (drop !== null) {
      if (name === drop && !VOID.has(name) && !tag.selfClosing) {
        dropDepth += tag.closing ? -1 : 1;
        if (dropDepth === 0) drop = null;
      }
      continue;
    }
    if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth + (tag.closing ? -1 : 1));
    if (!tag.closing && !tag.selfClosing && DROP.has(name) && !(name === 'header' && articleDepth > 0)) {
      drop = name;
      dropDepth = 1;
      continue;
    }
    if (name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));

    if (name === 'ul' || name === 'ol' || name === 'dl') {
      // A list inside a list item is part of that item: no blank lines within the outer list.
      if (tag.closing) listDepth = Math.max(0, listDepth - 1);
      b.block(listDepth > 0 ? 1 : 2);
      if (!tag.closing && !tag.selfClosing) listDepth++;
    } else if (name === 'br') b.br();
    else if (name === 'li' && !tag.closing) b.listItem();
    else if (PARAGRAPH.has(name)) b.block(2);
    else if (LINE.has(name) || name === 'header') b.block(1);
    else if (CELL.has(name) && !tag.closing) b.space();
  }
  return { text: b.result(), meta: headMeta(head) };
}

function first(head: HeadMeta, keys: string[]): string | null {
  for (const k of keys) {
    for (const v of head.metas.get(k) ?? []) {
      const t = cleanText(v);
      if (t !== null) return t;
    }
  }
  return null;
}

function headMeta(head: HeadMeta): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const publisher = first(head, ['citation_publisher', 'dc.publisher', 'dcterms.publisher', 'og:site_name']);
  if (publisher !== null) meta.publisher = publisher;

  let title = first(head, ['citation_title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title']);
  if (title === null && head.title !== null) {
    title = head.title;
    // "Page title | Site name": drop the site name when the page states it.
    if (publisher !== null) {
      const m = /^(.+?)\s*(?:[|｜–—]|\s-\s)\s*(.+)$/.exec(title);
      if (m !== null && m[2] === publisher) title = m[1];
    }
  }
  if (title !== null) meta.title = title;

  const citationAuthors = (head.metas.get('citation_author') ?? []).map(cleanText).filter((s): s is string => s !== null);
  const authorLine = first(head, ['author', 'dc.creator', 'dcterms.creator', 'article:author']);
  const authors = citationAuthors.length > 0 ? citationAuthors : authorLine !== null && !/^https?:/.test(authorLine) ? splitAuthors(authorLine) : [];
  if (authors.length > 0) meta.authors = authors;

  const dateKeys = [
    'citation_publication_date', 'citation_date', 'citation_online_date', 'article:published_time', 'dc.date',
    'dc.date.issued', 'dcterms.issued', 'dcterms.date', 'dcterms.created', 'date', 'pubdate', 'publish-date',
  ];
  for (const k of dateKeys) {
    const d = normalizeDate(first(head, [k]));
    if (d !== null) {
      meta.date = d;
      break;
    }
  }

  const language =
    normalizeLanguage(head.lang) ??
    normalizeLanguage(first(head, ['dc.language', 'dcterms.language', 'citation_language', 'content-language', 'og:locale']));
  if (language !== null) meta.language = language;
  return meta;
}
