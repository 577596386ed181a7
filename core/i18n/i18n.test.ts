/**
 * The translator as a person meets it: durations and times in their language, a message with a
 * value missing still readable, and the person's language found from the OS or the environment.
 */
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { argumentNames } from './arguments';
import {
  createTranslator,
  en,
  loadCatalogue,
  localeFromEnv,
  matchLocale,
  pickLocale,
} from './index';
import { LOCALES } from './locales';
import type { Catalogue, MessageId } from './catalogue';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const english = createTranslator('en', en);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('durations', () => {
  it('read like a person would say them, without seconds above five minutes', () => {
    expect(plain(english.duration(9 * HOUR + 12 * MINUTE + 20_000))).toBe('9 hr 12 min');
    expect(plain(english.duration(42 * MINUTE + 5_000))).toBe('42 min');
    expect(plain(english.duration(4 * MINUTE + 5_000))).toBe('4 min 5 sec');
    expect(plain(english.duration(8_400))).toBe('8 sec');
    expect(plain(english.duration((2 * 24 + 4) * HOUR))).toBe('2 days 4 hr');
    expect(plain(english.duration(-5_000))).toBe('0 sec');
  });

  it('round a fresh ticket to whole minutes: 9 h 59 min 40 s reads as 10 hours', () => {
    expect(plain(english.duration(10 * HOUR - 20_000))).toBe('10 hr');
  });

  it('never break between a number and its unit', () => {
    expect(english.duration(9 * HOUR + 3 * MINUTE)).not.toMatch(/\d /);
  });

  it('speak the reader’s language', () => {
    const de = createTranslator('de', en as Catalogue);
    const ja = createTranslator('ja', en as Catalogue);
    expect(plain(de.duration(9 * HOUR + 12 * MINUTE))).toBe('9 Std. 12 Min.');
    expect(plain(ja.duration(9 * HOUR + 12 * MINUTE))).toBe('9 時間 12 分');
  });
});

describe('messages', () => {
  it('fill values, with ICU plurals', () => {
    expect(english.t('tickets.heading', { count: 3 })).toBe('Service tickets (3)');
    expect(english.format({ id: 'groups.hint.more', values: { count: 2 } })).toBe(
      'If it still does not work (2)',
    );
  });

  it('show a missing value as {name} rather than losing the sentence', () => {
    expect(english.t('tickets.heading')).toBe('Service tickets ({count})');
  });

  it('with text and number values, read exactly as intl-messageformat writes them, in every language', async () => {
    // The translator fills plain `{name}` arguments itself (no compiler, no Intl data
    // at start-up): every message of every language must come out as the compiler makes it.
    for (const locale of LOCALES) {
      const catalogue = await loadCatalogue(locale);
      const tr = createTranslator(locale, catalogue);
      for (const id of Object.keys(catalogue) as MessageId[]) {
        const source = catalogue[id];
        const values = Object.fromEntries(
          argumentNames(source).map((n, i) => [n, i % 2 ? i : `<${n} é>`]),
        );
        const compiled = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
        // Plurals and selects need numbers and known words: only text-only messages compare.
        let expected: string;
        try {
          expected = String(compiled.format(values));
        } catch {
          continue;
        }
        expect(tr.t(id, values), `${locale} ${id}`).toBe(expected);
      }
    }
  });

  it('with number values, read exactly as intl-messageformat writes them', () => {
    const de = createTranslator('de', {
      ...en,
      'tickets.heading': 'Tickets ({count}) {other}',
    } as Catalogue);
    const compiled = new IntlMessageFormat('Tickets ({count}) {other}', 'de');
    const values = { count: 12345.5, other: 0 };
    expect(de.t('tickets.heading', values)).toBe(String(compiled.format(values)));
  });

  it('fall back to English for a key a translation lacks', () => {
    const partial = { ...en, 'actions.refreshUser': 'Meine Gruppen aktualisieren' } as Catalogue;
    delete (partial as Partial<Catalogue>)['actions.refreshComputer'];
    const de = createTranslator('de', partial);
    expect(de.t('actions.refreshUser')).toBe('Meine Gruppen aktualisieren');
    expect(de.t('actions.refreshComputer')).toBe(en['actions.refreshComputer']);
  });
});

describe("the person's language", () => {
  it('is matched from BCP 47 tags and POSIX locale names', () => {
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('de_DE.UTF-8')).toBe('de');
    expect(matchLocale('ja_JP.eucJP')).toBe('ja');
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh_CN.GB18030')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBeNull();
    expect(matchLocale('fr_CA@euro')).toBe('fr');
    expect(matchLocale('es-419')).toBe('es');
    expect(matchLocale('C.UTF-8')).toBe('en');
    expect(matchLocale('en-XA')).toBe('en-XA');
    expect(matchLocale('fi-FI')).toBeNull();
    expect(pickLocale(['fi-FI', 'fr-FR'])).toBe('fr');
    expect(pickLocale(['fi-FI'])).toBe('en');
  });

  it('follows LC_ALL, then LC_MESSAGES, then LANG, as POSIX does', () => {
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(localeFromEnv({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('ja');
    expect(localeFromEnv({ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LC_ALL: '', LANG: 'es_ES.UTF-8' })).toBe('es');
    // A set but unsupported language is English, not the next variable's language.
    expect(localeFromEnv({ LC_ALL: 'fi_FI.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
  });
});
