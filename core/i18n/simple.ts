/**
 * The two shapes of ICU message that need no ICU parser: plain text (no argument, plural, select
 * or quoting: the source is exactly what is shown) and "simple" messages whose only ICU syntax is
 * `{name}` arguments. Most of the catalogue is one or the other (in English 428 of the window's
 * 458 messages). The translator fills simple messages itself (no compiler, no Intl locale data);
 * the window's build ships no parser at all and builds their elements here (precompiled.ts).
 *
 * An apostrophe before a letter or a space (`computer's`, `l'ordinateur`) is ICU's literal
 * apostrophe; any other apostrophe may start quoting and makes the message not simple.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const SIMPLE =
  /^(?:[^{}']|'(?=[\p{L}\s]))*(?:\{[A-Za-z_][A-Za-z0-9_]*\}(?:[^{}']|'(?=[\p{L}\s]))*)*$/u;
export const ARGUMENT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** No argument, plural, select or quoting: the ICU text is exactly what is shown. */
export const isPlain = (source: string): boolean => !/[{}']/.test(source);

/** Only `{name}` arguments (or none) and no quoting. */
export const isSimple = (source: string): boolean => SIMPLE.test(source);

/**
 * The elements the ICU parser makes of a simple message (literal text and `{name}` arguments,
 * no empty literals), or null for any other message. TYPE.literal is 0 and TYPE.argument 1.
 */
export function simpleElements(source: string): MessageFormatElement[] | null {
  if (!isSimple(source)) return null;
  const out: MessageFormatElement[] = [];
  let at = 0;
  for (const match of source.matchAll(ARGUMENT)) {
    if (match.index > at) out.push({ type: 0, value: source.slice(at, match.index) });
    out.push({ type: 1, value: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < source.length) out.push({ type: 0, value: source.slice(at) });
  return out;
}
