/**
 * Tool output from bytes to text: UTF-8 when the bytes are valid UTF-8, else the Windows console
 * (OEM) code page the tool wrote in (`cp850`, `cp936` ...). A byte-order mark is dropped.
 * iconv-lite is loaded only when a legacy code page is actually needed.
 */
/** The OEM code page of US-English Windows; used when the console's code page is unknown. */
export const DEFAULT_CODE_PAGE = 'cp437';

interface Iconv {
  encodingExists(encoding: string): boolean;
  decode(bytes: Buffer, encoding: string): string;
}

let iconv: Iconv | undefined;
function loadIconv(): Iconv {
  // Lazily: the tables cost start-up time and most output is UTF-8 (or ASCII). A literal
  // `require` so that the bundler still ships iconv-lite inside main.js and the CLI (the app's
  // asar carries no node_modules); the bundle evaluates it only on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  iconv ??= require('iconv-lite') as Iconv;
  return iconv;
}

/** True when `encoding` is a code page this build can decode. */
export function canDecode(encoding: string): boolean {
  return loadIconv().encodingExists(encoding);
}

export function decodeOutput(bytes: Buffer, fallbackEncoding = DEFAULT_CODE_PAGE): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const codec = loadIconv();
    const encoding = codec.encodingExists(fallbackEncoding) ? fallbackEncoding : DEFAULT_CODE_PAGE;
    text = codec.decode(bytes, encoding);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
