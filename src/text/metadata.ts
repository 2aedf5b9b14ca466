// Document metadata stated by the text itself: closing 脱稿日 lines and the cover page.
import type { DocumentMeta, TimeValue } from '../types.js';
import type { Line } from './layout.js';
import { normalizeString } from './normalize.js';

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** A calendar date written on its own (a cover or closing line): 2024年1月18日, 令和7年（2025年）11月, January 18, 2024. */
export function parseStandaloneDate(raw: string): TimeValue | null {
  // 令和7年（2025年）11月: the era year with its western year in brackets, then the month.
  const s = normalizeString(raw).replace(/元年/g, '1年').replace(/^(令和|平成|昭和)(\d{1,2})年\((\d{4})年\)/, '$3年');
  const pad = (n: string): string => n.padStart(2, '0');
  let m = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(s);
  if (m) return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : m[2] ? `${m[1]}-${pad(m[2])}` : m[1];
  m = /(令和|平成|昭和)(\d{1,2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(s);
  if (m) {
    const y = String(ERAS[m[1]] + Number(m[2]));
    return m[4] ? `${y}-${pad(m[3])}-${pad(m[4])}` : m[3] ? `${y}-${pad(m[3])}` : y;
  }
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  m = /\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (m && months.includes(m[1].toLowerCase())) return `${m[3]}-${pad(String(months.indexOf(m[1].toLowerCase()) + 1))}-${pad(m[2])}`;
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

/** The author named on a 脱稿日 line: the first part before ／ (its affiliation follows). */
export function authorOfMetaLine(rest: string): string | null {
  const name = rest.split(/[／/]/)[0].trim().replace(/[\s\u3000]+/g, ' ');
  if (!name || name.length > 20 || /[0-9０-９]/.test(name)) return null;
  return name;
}

/** A cover line of author names, family and given name apart: 増田 雅之（編著）、山添 博史 */
const NAME = '[一-龯々]{1,4}[ \u3000][一-龯々ぁ-んァ-ヶー]{1,5}(?:\\s*[（(][^）)]{1,12}[）)])?';
const AUTHOR_LINE = new RegExp(`^${NAME}(?:[、,，]\\s*${NAME})*,?$`);
const PUBLISHER = /(研究所|研究センター|研究機構|財団|協会|機構|省|庁|Institute|Foundation|Network|Center|Centre|Council|Agency|Ministry)$/i;

/** What a cover page states: the first lines before the body. */
export function coverMeta(lines: Line[]): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const heading = lines.slice(0, 40).find((l) => l.kind === 'heading' && (l.level ?? 2) <= 2 && /^#/.test(l.text));
  if (heading) meta.title = heading.text.replace(/^#+\s*/, '').replace(/\*\*|__/g, '').trim();
  let seen = 0;
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    if (seen++ > 60) break;
    const text = l.text.replace(/\*\*|__|^#+\s*/g, '').trim();
    if (!text) continue;
    // A date standing alone on a line of the opening pages (a cover or a preface's closing date).
    if (l.why === 'dateline') {
      meta.date ??= parseStandaloneDate(text) ?? undefined;
      continue;
    }
    if (seen > 25 || (l.kind === 'body' && text.length > 60)) continue;
    if (!meta.authors && seen <= 12 && AUTHOR_LINE.test(text)) {
      meta.authors = text.split(/[、,，]/).map((a) => a.replace(/[（(][^）)]*[）)]/g, '').trim()).filter(Boolean);
      continue;
    }
    if (!meta.publisher && PUBLISHER.test(text) && text.length <= 40 && !/[。、]/.test(text)) {
      meta.publisher = text;
      continue;
    }
    if (!meta.title && (l.kind === 'heading' || l.kind === 'body') && text.length <= 80 && !/[。、]/.test(text)) {
      meta.title = text.replace(/^[◆◇■□▼▽▶►]+\s*/, '');
    }
  }
  return meta;
}
