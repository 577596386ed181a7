/**
 * The languages Regroup speaks, and how a person's language is found: the window follows the OS
 * language (Electron's `app.getLocale()`), the CLI follows `--lang`, then `LC_ALL`,
 * `LC_MESSAGES`, `LANG` (POSIX order of precedence). English is the fallback.
 *
 * `en-XA` is the pseudo-locale: English with every letter accented and 40% longer, wrapped in
 * brackets. It exists to catch text that bypasses the catalogue and layouts that cannot grow.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'zh-CN'] as const;
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE;

/** Names of each language in itself, for `--lang` help and the README. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  'zh-CN': '简体中文',
  'en-XA': '[Ƥšéúðö]',
};

/**
 * The supported locale for one tag: a BCP 47 tag (`de-AT`, `zh-Hans-CN`) or a POSIX locale name
 * (`de_DE.UTF-8`, `ja_JP.eucJP@x`). Returns null when the language is not one Regroup speaks;
 * `C` and `POSIX` are English.
 */
export function matchLocale(tag: string | undefined | null): Locale | null {
  if (!tag) return null;
  const clean = tag.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (!clean) return null;
  if (clean === 'C' || clean === 'POSIX') return 'en';
  if (clean.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const parts = clean.toLowerCase().split('-');
  const language = parts[0];
  if (language === 'zh') {
    // Simplified Chinese only: Traditional (zh-TW, zh-HK, zh-Hant) readers are better served by
    // English than by a script they do not read.
    const traditional = parts.includes('hant') || parts.includes('tw') || parts.includes('hk');
    return traditional ? null : 'zh-CN';
  }
  const found = LOCALES.find((l) => l === language);
  return found ?? null;
}

/** The first supported locale among `tags`, English when none is. */
export function pickLocale(tags: ReadonlyArray<string | undefined | null>): Locale {
  for (const tag of tags) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return 'en';
}

/**
 * The CLI's language: `--lang` first, then the POSIX variables. An empty variable counts as
 * unset; a set but unsupported one stops the search (a person with `LANG=fi_FI` reads English,
 * not the language of a lower-priority variable), as POSIX does.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return matchLocale(value) ?? 'en';
  }
  return 'en';
}
