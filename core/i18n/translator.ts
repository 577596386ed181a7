/**
 * Puts messages into words in one language: ICU messages through formatjs's intl-messageformat
 * (compiled once per message and cached), durations and times through `Intl`. A key missing from
 * a translation falls back to English rather than showing an ID; a value missing from the call
 * is shown as `{name}` rather than throwing, so a mistake never hides the rest of the sentence.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue, MessageId } from './catalogue';
import { en } from './catalogue';
import type { Locale } from './locales';
import type { Message, MessageValue, MessageValues } from './message';
import { argumentNames } from './arguments';
import { accent } from './accent';
import { ARGUMENT, isPlain, isSimple } from './simple';

export interface Translator {
  readonly locale: Locale;
  /** The message `id` with `values` filled in. */
  t(id: MessageId, values?: MessageValues): string;
  /** A Message from the core, in words. */
  format(message: Message): string;
  /**
   * The message as parts, with values that are not text (a `<bdi>` around a name in the window)
   * placed where the sentence names them: `['Gained: ', <bdi>LAB\Finance</bdi>, '.']`.
   */
  parts<T>(id: MessageId, values: Readonly<Record<string, MessageValue | T>>): Array<string | T>;
  /** `a, b and c` in this language, as parts: the names apart from the words between them. */
  list(names: readonly string[]): Array<{ type: 'element' | 'literal'; value: string }>;
  /** `9 h 12 min`, `4 min 05 s`, `2 d 4 h` in this language; negative reads as zero. */
  duration(ms: number): string;
  /** `14:05`, or with the date when it is not `now`'s day (`3 Dec, 14:05`). */
  time(iso: string, now?: Date): string;
  /** `2026-11-28 14:05` style date and time in this language, for reports of a capture. */
  dateTime(iso: string): string;
}

const NBSP = '\u00a0';
const FIVE_MINUTES = 5 * 60;

/** The BCP 47 tag `Intl` formats numbers and dates with (the pseudo-locale formats as English). */
function intlLocale(locale: Locale): string {
  return locale === 'en-XA' ? 'en' : locale;
}

/**
 * A message whose arguments are all plain `{name}`: the values put in place as intl-messageformat
 * does (`String(value)`, numbers unformatted; a missing value shows as `{name}`, see `t`), or null
 * for any other message. Saves the compiler and Intl's locale data for most sentences, which is
 * most of `regroup --help`'s start-up.
 */
function fillSimple(source: string, values: MessageValues): string | null {
  if (!isSimple(source)) return null;
  return source.replace(ARGUMENT, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

export function createTranslator(locale: Locale, catalogue: Catalogue): Translator {
  const compiled = new Map<MessageId, IntlMessageFormat>();
  const intl = intlLocale(locale);
  const units = new Map<string, Intl.NumberFormat>();

  function compile(id: MessageId): IntlMessageFormat {
    let format = compiled.get(id);
    if (!format) {
      const source = catalogue[id] ?? en[id] ?? id;
      format = new IntlMessageFormat(source, intl, undefined, { ignoreTag: true });
      compiled.set(id, format);
    }
    return format;
  }

  function t(id: MessageId, values: MessageValues = {}): string {
    // A message without ICU syntax is its own text: no compiler, and no Intl locale data loaded
    // (the first IntlMessageFormat costs a start-up's worth of time, e.g. for `regroup --help`).
    const source = catalogue[id] ?? en[id] ?? id;
    if (isPlain(source)) return source;
    const simple = fillSimple(source, values);
    if (simple !== null) return simple;
    const format = compile(id);
    try {
      return String(format.format(values));
    } catch {
      // A value the call did not give: show the sentence with the gap visible.
      const filled: Record<string, string | number> = {};
      for (const name of argumentNames(catalogue[id] ?? en[id] ?? '')) filled[name] = `{${name}}`;
      return String(format.format({ ...filled, ...values }));
    }
  }

  function unit(unitName: string, value: number): string {
    let format = units.get(unitName);
    if (!format) {
      format = new Intl.NumberFormat(intl, { style: 'unit', unit: unitName, unitDisplay: 'short' });
      units.set(unitName, format);
    }
    // Number and unit never break apart.
    return format.format(value).replace(/ /g, NBSP);
  }

  function duration(ms: number): string {
    let total = Math.max(0, Math.floor(ms / 1000));
    // Above five minutes the seconds do not matter: round to the minute, so a fresh ten-hour
    // ticket reads "10 h", not "9 h 59 min".
    if (total >= FIVE_MINUTES) total = Math.round(total / 60) * 60;
    const d = Math.floor(total / 86400);
    const h = Math.floor((total % 86400) / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const parts: string[] = [];
    if (d > 0) {
      parts.push(unit('day', d));
      if (h > 0) parts.push(unit('hour', h));
    } else if (h > 0) {
      parts.push(unit('hour', h));
      if (m > 0) parts.push(unit('minute', m));
    } else if (total >= FIVE_MINUTES) {
      parts.push(unit('minute', m));
    } else if (m > 0) {
      parts.push(unit('minute', m), unit('second', s));
    } else {
      parts.push(unit('second', s));
    }
    // Chinese writes units without spaces ("9小时12分钟"); the others separate them.
    const joiner = locale === 'zh-CN' ? '' : ' ';
    return parts.join(joiner);
  }

  // Intl.DateTimeFormat is slow to build (tens of microseconds): one per style, made on first
  // use. A list of 500 tickets built one per row and per step of filling it, thousands in all
  // (issue 14: long tasks in the window). A formatter keeps the time zone it was made in: the key
  // holds the date's UTC offset, so a laptop taken to another zone gets a new one.
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  function dateFormat(style: 'time' | 'dayTime' | 'dateTime', date: Date): Intl.DateTimeFormat {
    const key = `${style} ${date.getTimezoneOffset()}`;
    let format = dateFormats.get(key);
    if (!format) {
      const options: Intl.DateTimeFormatOptions =
        style === 'time'
          ? { hour: 'numeric', minute: '2-digit' }
          : style === 'dayTime'
            ? { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }
            : { dateStyle: 'medium', timeStyle: 'short' };
      format = new Intl.DateTimeFormat(intl, options);
      dateFormats.set(key, format);
    }
    return format;
  }

  function time(iso: string, now: Date = new Date()): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const sameDay = date.toDateString() === now.toDateString();
    return dateFormat(sameDay ? 'time' : 'dayTime', date).format(date);
  }

  function dateTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return dateFormat('dateTime', date).format(date);
  }

  function parts<T>(
    id: MessageId,
    values: Readonly<Record<string, MessageValue | T>>,
  ): Array<string | T> {
    const out = compile(id).format<T>(values as Record<string, MessageValue | T>);
    return (Array.isArray(out) ? out : [out]) as Array<string | T>;
  }

  // In the pseudo-locale the words Intl supplies (month names, units) are accented too, so
  // that nothing English is left on screen but text that bypassed the catalogue.
  const shown = locale === 'en-XA' ? accent : (text: string) => text;
  let lists: Intl.ListFormat | undefined;
  function list(names: readonly string[]): Array<{ type: 'element' | 'literal'; value: string }> {
    lists ??= new Intl.ListFormat(intl, { type: 'conjunction', style: 'long' });
    return lists
      .formatToParts(names)
      .map((part) => (part.type === 'literal' ? { ...part, value: shown(part.value) } : part));
  }

  return {
    locale,
    t,
    list,
    format: (message) => t(message.id, message.values),
    parts,
    duration: (ms) => shown(duration(ms)),
    time: (iso, now) => shown(time(iso, now)),
    dateTime: (iso) => shown(dateTime(iso)),
  };
}
