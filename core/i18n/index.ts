/**
 * The catalogue as the window and the tray use it: one current language for the whole process,
 * chosen once at start-up (`loadLocale`), then `t`, `format`, `formatDuration` and `formatTime`
 * anywhere. The CLI, which may format for one call only, builds its own `createTranslator`.
 *
 * English is built in; every other language is loaded on demand (a separate chunk in the window's
 * bundle), so the window's first paint carries one language only.
 */
import type { Catalogue, MessageId } from './catalogue';
import { en } from './catalogue';
import { matchLocale, type Locale } from './locales';
import type { Message, MessageValues } from './message';
import { createTranslator, type Translator } from './translator';

export type { Catalogue, Locale, Message, MessageId, MessageValues, Translator };
export { createTranslator, en };
export { msg, isMessage } from './message';
export {
  LOCALES,
  PSEUDO_LOCALE,
  LANGUAGE_NAMES,
  matchLocale,
  pickLocale,
  localeFromEnv,
} from './locales';

/** One language's catalogue, loaded on demand. */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  switch (locale) {
    case 'en':
      return en;
    case 'en-XA':
      return (await import('./pseudo')).pseudoCatalogue(en);
    case 'de':
      return (await import('./de')).de;
    case 'fr':
      return (await import('./fr')).fr;
    case 'es':
      return (await import('./es')).es;
    case 'ja':
      return (await import('./ja')).ja;
    case 'zh-CN':
      return (await import('./zh-CN')).zhCN;
  }
}

/** A translator for `locale`, with its catalogue loaded. */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  return createTranslator(locale, await loadCatalogue(locale));
}

let current: Translator = createTranslator('en', en);

/** Makes `tag`'s language (or English) the current one; resolves with the locale chosen. */
export async function loadLocale(tag: string): Promise<Locale> {
  const locale = matchLocale(tag) ?? 'en';
  current = await loadTranslator(locale);
  return locale;
}

/** Uses an already-built translator (tests, or a caller that loaded it). */
export function useTranslator(translator: Translator): void {
  current = translator;
}

export function getLocale(): Locale {
  return current.locale;
}

export function t(id: MessageId, values?: MessageValues): string {
  return current.t(id, values);
}

export function format(message: Message): string {
  return current.format(message);
}

/** The message as parts, for values that are elements (see Translator.parts). */
export function formatParts<T>(
  id: MessageId,
  values: Readonly<Record<string, string | number | T>>,
): Array<string | T> {
  return current.parts(id, values);
}

export function formatList(
  names: readonly string[],
): Array<{ type: 'element' | 'literal'; value: string }> {
  return current.list(names);
}

export function formatDuration(ms: number): string {
  return current.duration(ms);
}

export function formatTime(iso: string, now?: Date): string {
  return current.time(iso, now);
}
