/**
 * Replaces every `Message` inside a value (deep: objects and arrays) with its text in one
 * language. This is how `--json` output follows the person's language while its `code`s stay
 * stable: the core's results carry Messages, and the edge writes them out as words.
 *
 * The value is JSON-shaped data (plain objects, arrays, strings, numbers, booleans, null); other
 * objects (a Date, a Buffer) are returned as they are. The input is never changed.
 * `Localized<T>` is the same shape with each `Message` (or `Message | null`) typed as `string`
 * (or `string | null`), so callers keep their types through it.
 */
import { isMessage, type Message } from './message';
import type { Translator } from './translator';

export type Localized<T> = T extends Message
  ? string
  : T extends object
    ? { [K in keyof T]: Localized<T[K]> }
    : T;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function walk(value: unknown, tr: Translator): unknown {
  if (isMessage(value)) return tr.format(value);
  if (Array.isArray(value)) return value.map((item: unknown) => walk(item, tr));
  if (typeof value === 'object' && value !== null && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, tr)]));
  }
  return value;
}

/** `value` with every Message put into words by `tr`. */
export function localize<T>(value: T, tr: Translator): Localized<T> {
  return walk(value, tr) as Localized<T>;
}
