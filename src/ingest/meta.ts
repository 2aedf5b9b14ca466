// Small normalisers for the metadata that containers state (HTML head, front matter, sidecars).

import type { Language, TimeValue } from '../types.js';

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1800 || y > 2200) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return true;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A written date as YYYY, YYYY-MM or YYYY-MM-DD, or null. Accepts ISO dates and date-times (the
 * date as written, no time-zone shift), YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD and 2024年3月1日.
 */
export function normalizeDate(v: unknown): TimeValue | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  if (typeof v === 'number' && Number.isInteger(v) && valid(v)) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').trim();
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/.exec(s);
  if (m === null) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m === null) m = /^(\d{4})年(?:\s*(\d{1,2})月(?:\s*(\d{1,2})日)?)?/.exec(s);
  if (m === null) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  if (!valid(y, mo, d)) return null;
  if (mo === undefined) return m[1];
  if (d === undefined) return `${m[1]}-${pad(mo)}`;
  return `${m[1]}-${pad(mo)}-${pad(d)}`;
}

/** 'ja', 'ja-JP', 'jpn', 'Japanese', '日本語' → 'ja'; the same for English; otherwise null. */
export function normalizeLanguage(v: unknown): Language | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase().replace(/_/g, '-');
  if (/^(ja|jpn)(-|$)/.test(s) || s === 'japanese' || s === '日本語') return 'ja';
  if (/^(en|eng)(-|$)/.test(s) || s === 'english' || s === '英語') return 'en';
  return null;
}

/** "A. Writer; B. Editor" or "展望 花子、山田 一郎" → names. Commas split only between full names. */
export function splitAuthors(v: string): string[] {
  return v
    .split(/\s*[;；、／/]\s*|\s*[,，]\s*(?=\S+\s+\S)|\s+and\s+|\s*&\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

/** Collapse white space; null for an empty string. */
export function cleanText(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}
