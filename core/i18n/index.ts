/**
 * Message lookup and formatting. Pure functions with no DOM, so the main process (tray tooltip
 * and menu) and the renderer share one catalogue.
 */
import { en } from './en';
import type { Catalogue, MessageKey } from './en';

export type { Catalogue, MessageKey };

const catalogues: Record<string, Partial<Catalogue>> = { en };
let current: Partial<Catalogue> = en;
let currentLocale = 'en';

/** Adds a language (e.g. `registerCatalogue('de', de)`). */
export function registerCatalogue(locale: string, catalogue: Partial<Catalogue>): void {
  catalogues[locale] = catalogue;
}

/** Picks the best registered catalogue for a BCP 47 tag (`de-AT` -> `de`), English otherwise. */
export function setLocale(locale: string): string {
  const base = locale.split('-')[0] ?? 'en';
  const chosen = catalogues[locale] ? locale : catalogues[base] ? base : 'en';
  current = catalogues[chosen] ?? en;
  currentLocale = chosen;
  return chosen;
}

export function getLocale(): string {
  return currentLocale;
}

export type Params = Record<string, string | number>;

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Params = {}): string {
  const template = current[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A duration as a person reads it: `2 d 4 h`, `9 h 12 min`, `42 min 05 s`, `8 s`. Negative
 * durations read as zero. Seconds appear only below an hour, where the countdown matters.
 */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return t('duration.days', { d, h });
  if (h > 0) return t('duration.hours', { h, m });
  if (m > 0) return t('duration.minutes', { m, s: String(s).padStart(2, '0') });
  return t('duration.seconds', { s });
}

/** A wall-clock time (`14:05`), with the date when it is not today (`3 Dec, 14:05`). */
export function formatTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(currentLocale, options).format(date);
}
