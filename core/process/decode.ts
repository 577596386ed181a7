/**
 * Bytes to text, for two sources:
 *
 * - `decodeOutput`: a tool's own output, run here. UTF-8 when the bytes are valid UTF-8, else the
 *   Windows console (OEM) code page the tool wrote in (`cp850`, `cp936` ...), which the caller
 *   knows (it asked `chcp`).
 * - `decodeSaved`: text someone saved or pasted elsewhere (`regroup parse`), where nobody knows
 *   the code page. PowerShell 5.1's `klist > file` writes UTF-16LE with a BOM; cmd's `klist >
 *   file` writes the console's OEM code page; editors write UTF-8 (with or without BOM) and
 *   sometimes UTF-16 without one. So: a BOM decides; else UTF-16 is recognised by its zero bytes
 *   (klist output is mostly ASCII: names, dates, hex); else valid UTF-8; else the OEM code page of
 *   the languages Windows klist is seen in (`OEM_CANDIDATES`) whose reading looks most like text
 *   (`plausibility`). A caller that knows better names the encoding and nothing is guessed.
 *
 * A byte-order mark is never part of the text. iconv-lite is loaded only when a legacy code page
 * is actually needed.
 */
/** The OEM code page of US-English Windows; used when the console's code page is unknown. */
export const DEFAULT_CODE_PAGE = 'cp437';

/**
 * OEM code pages of the languages in which klist and whoami output has been seen: Western
 * European (French, Spanish, German: 850), US English (437), Simplified Chinese (936), Japanese
 * (932), Russian (866). Order breaks ties: 850 before 437 (they agree on the accented letters).
 */
export const OEM_CANDIDATES = ['cp850', 'cp437', 'cp936', 'cp932', 'cp866'] as const;

interface Iconv {
  encodingExists(encoding: string): boolean;
  decode(bytes: Buffer, encoding: string): string;
}

let iconv: Iconv | undefined;
function loadIconv(): Iconv {
  // Lazily: the tables cost start-up time and most output is UTF-8 (or ASCII). A literal
  // `require` so that the bundler still ships iconv-lite (the app's asar carries no
  // node_modules): inside main.js, evaluated only on this first call, and as a file of its own
  // next to the CLI (scripts/build.mjs), read only on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  iconv ??= require('iconv-lite') as Iconv;
  return iconv;
}

/** True when `encoding` is a code page this build can decode. */
export function canDecode(encoding: string): boolean {
  return loadIconv().encodingExists(encoding);
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeOutput(bytes: Buffer, fallbackEncoding = DEFAULT_CODE_PAGE): string {
  const text = utf8(bytes);
  if (text !== null) return withoutBom(text);
  const codec = loadIconv();
  const encoding = codec.encodingExists(fallbackEncoding) ? fallbackEncoding : DEFAULT_CODE_PAGE;
  return withoutBom(codec.decode(bytes, encoding));
}

/** Text and the encoding it was read in (`utf-8`, `utf-16le`, `utf-16be`, `cp936` ...). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** `utf-16le` / `utf-16be` when the zero bytes say so: ASCII-heavy UTF-16 has one per character. */
function utf16ByZeros(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/**
 * How much a decoding looks like text in some language: letters of one script score, symbols
 * and undecodable bytes cost. A non-ASCII letter inside an ASCII word (`supprimé`) must be
 * Latin; a Cyrillic or CJK character there means the code page is wrong. Kana score above
 * ideographs, because Japanese read as Chinese also gives (rare) ideographs, never kana.
 */
export function plausibility(text: string): number {
  let score = 0;
  const chars = [...text];
  chars.forEach((c, i) => {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80) return;
    const inAsciiWord = isAsciiLetter(chars[i - 1]) || isAsciiLetter(chars[i + 1]);
    const latin = code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
    if (code === 0xfffd) score -= 10;
    else if (latin) score += inAsciiWord ? 2 : 1;
    else if (inAsciiWord) score -= 3;
    else if (code >= 0x400 && code <= 0x4ff) score += 1;
    else if (code >= 0x3040 && code <= 0x30ff) score += 3;
    else if (code >= 0x4e00 && code <= 0x9fff) score += 2;
    else if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e)) score += 1;
    else if (code >= 0xff61 && code <= 0xff9f) score -= 1;
    else score -= 2;
  });
  return score;
}

/**
 * Decodes text saved or pasted from somewhere else (see the header). `encoding`, when given,
 * is used as it is (the caller checked it with `canDecode`).
 */
export function decodeSaved(bytes: Buffer, encoding?: string): DecodedText {
  if (encoding) return { text: withoutBom(loadIconv().decode(bytes, encoding)), encoding };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: withoutBom(loadIconv().decode(bytes, 'utf-16be')), encoding: 'utf-16be' };
  const wide = utf16ByZeros(bytes);
  if (wide) return { text: withoutBom(loadIconv().decode(bytes, wide)), encoding: wide };
  const text = utf8(bytes);
  if (text !== null) return { text: withoutBom(text), encoding: 'utf-8' };
  const codec = loadIconv();
  let best: DecodedText & { score: number } = { text: '', encoding: '', score: -Infinity };
  for (const candidate of OEM_CANDIDATES) {
    const decoded = codec.decode(bytes, candidate);
    const score = plausibility(decoded);
    if (score > best.score) best = { text: decoded, encoding: candidate, score };
  }
  return { text: best.text, encoding: best.encoding };
}
