// Errors of the ingest stage: one class, one reason code, one line of plain words naming the file.

export type IngestReason =
  | 'unsupported'
  | 'empty'
  | 'undecodable'
  | 'binary'
  | 'too-large'
  | 'pdf-corrupt'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'unreadable';

const PLAIN: Record<IngestReason, string> = {
  unsupported: 'unsupported file type (expected .txt, .md, .html or .pdf)',
  empty: 'the file is empty',
  undecodable: 'cannot decode the text (not UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP)',
  binary: 'not a text or PDF file (binary data)',
  'too-large': 'the file is over the size limit (--max-size)',
  'pdf-corrupt': 'the PDF is damaged and cannot be read',
  'pdf-encrypted': 'the PDF is encrypted',
  'pdf-no-text': 'the PDF has no text layer (scanned pages? run OCR first)',
  unreadable: 'cannot read the file',
};

/** Squeeze a detail into one line. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly path: string,
    readonly reason: IngestReason,
    readonly detail?: string,
  ) {
    super(`${path}: ${describe(reason, detail)}`);
  }
}

/**
 * The plain words for a reason. For 'too-large' the detail, when given, is the whole phrase
 * (see tooLargeDetail); for the others it is added in parentheses.
 */
export function describe(reason: IngestReason, detail?: string): string {
  const d = detail === undefined ? '' : oneLine(detail);
  if (d === '') return PLAIN[reason];
  if (reason === 'too-large') return d;
  if (reason === 'binary') return `not a text or PDF file (binary data: ${d})`;
  if (reason === 'unsupported') return `unsupported file type: ${d} (expected .txt, .md, .html or .pdf)`;
  return `${PLAIN[reason]} (${d})`;
}

/** Bytes as "60.2 MB" (1 MB = 1024 × 1024 bytes, which is how --max-size counts). */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${trimZero(mb.toFixed(1))} MB`;
  const kb = bytes / 1024;
  if (kb >= 1) return `${trimZero(kb.toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function trimZero(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** "file is 60.2 MB, over the 50 MB limit (--max-size)". */
export function tooLargeDetail(size: number, maxBytes: number): string {
  return `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (--max-size)`;
}
