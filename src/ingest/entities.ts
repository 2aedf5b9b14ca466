// HTML character references: numeric ones, and the named ones that report pages use
// (the HTML 4 Latin-1 set, punctuation, arrows and a few symbols).

const LATIN1_A0 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest';
const LATIN1_C0 =
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHERS: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, horbar: 0x2015, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a,
  ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022,
  hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a,
  oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122, larr: 0x2190, uarr: 0x2191,
  rarr: 0x2192, darr: 0x2193, harr: 0x2194, lArr: 0x21d0, rArr: 0x21d2, hArr: 0x21d4,
  minus: 0x2212, lowast: 0x2217, radic: 0x221a, infin: 0x221e, asymp: 0x2248, ne: 0x2260,
  le: 0x2264, ge: 0x2265, sum: 0x2211, prod: 0x220f, deg: 0xb0, loz: 0x25ca, OElig: 0x152, oelig: 0x153,
  Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  alpha: 0x3b1, beta: 0x3b2, gamma: 0x3b3, delta: 0x3b4, mu: 0x3bc, pi: 0x3c0, sigma: 0x3c3,
};

const NAMED = new Map<string, string>();
LATIN1_A0.split(' ').forEach((n, i) => NAMED.set(n, String.fromCharCode(0xa0 + i)));
LATIN1_C0.split(' ').forEach((n, i) => NAMED.set(n, String.fromCharCode(0xc0 + i)));
for (const [n, c] of Object.entries(OTHERS)) NAMED.set(n, String.fromCodePoint(c));

/** What HTML does with &#128;–&#159;: the windows-1252 characters. */
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Named references that old pages write without the semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

function numeric(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(C1[code - 0x80]);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decode character references; unknown ones stay as written. &nbsp; becomes a plain space. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g, (
      all: string,
      dec: string | undefined,
      hx: string | undefined,
      name: string | undefined,
      semi: string,
      offset: number,
    ) => {
    if (dec !== undefined) return numeric(Number(dec));
    if (hx !== undefined) return numeric(parseInt(hx, 16));
    const n = String(name);
    if (semi === '') {
      const next = s.charAt(offset + all.length);
      if (!LEGACY.has(n) || /[A-Za-z0-9=]/.test(next)) return all;
    }
    if (n === 'nbsp') return ' ';
    return NAMED.get(n) ?? all;
  });
}
