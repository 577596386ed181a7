/**
 * The pseudo-locale (`en-XA`): every English message with its letters accented and its text
 * about 40% longer, inside brackets: `Refresh my groups` -> `[Ŕéƒŕéšĥ ɱý ĝŕöûþš ~~~~~~~]`.
 * Untranslated text (a literal that bypassed the catalogue) stands out as plain ASCII English,
 * and a layout that cannot take a longer language overflows here first.
 *
 * Only the literal text of each message is changed: placeholders, plural and select arguments
 * keep their names and structure (the ICU syntax tree is walked, then printed back).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { accent } from './accent';

function walk(elements: MessageFormatElement[]): number {
  let letters = 0;
  for (const el of elements) {
    if (el.type === TYPE.literal) {
      letters += el.value.length;
      el.value = accent(el.value);
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      let most = 0;
      for (const option of Object.values(el.options)) most = Math.max(most, walk(option.value));
      letters += most;
    } else if (el.type === TYPE.tag) {
      letters += walk(el.children);
    }
  }
  return letters;
}

/** The pseudo-locale form of one ICU message. */
export function pseudoMessage(message: string): string {
  const ast = parse(message, { ignoreTag: true });
  const letters = walk(ast);
  // Padding in word-sized runs, as a longer language grows: by words that can wrap, not by one
  // unbreakable run no language has.
  const padding = ('~'.repeat(Math.ceil(letters * 0.4)).match(/~{1,7}/g) ?? []).join(' ');
  return `[${printAST(ast)}${padding ? ` ${padding}` : ''}]`;
}

/** The whole catalogue in the pseudo-locale. */
export function pseudoCatalogue<K extends string>(
  source: Readonly<Record<K, string>>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(source) as K[]) out[key] = pseudoMessage(source[key]);
  return out;
}
