/**
 * The window's build ships no ICU parser (core/i18n/precompiled.ts stands in for it): every
 * message of every language must come out of the stand-in exactly as the real parser makes it,
 * so that plurals, selects and numbers read the same in the window as in the CLI.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, LOCALES } from './index';
import { precompile } from './precompile';
import { parse as standIn, registerParsed, useParser } from './precompiled';
import { pseudoCatalogue } from './pseudo';
import { en } from './catalogue';

const real = (source: string, locale: string): MessageFormatElement[] =>
  parse(source, { ignoreTag: true, locale: new Intl.Locale(locale) });

describe('messages compiled at build time', () => {
  it('fails loudly for a message the build did not compile, unless a parser was handed over', () => {
    const unknown = '{n, plural, one {# thing nobody registered} other {# things}}';
    expect(() => standIn(unknown)).toThrow(/not compiled at build time/);
    useParser(parse);
    try {
      expect(standIn(unknown)).toEqual(parse(unknown));
    } finally {
      useParser(null);
    }
  });

  it.each(LOCALES)('gives every %s message the elements the parser gives it', async (locale) => {
    const catalogue = await loadCatalogue(locale);
    const table = precompile(catalogue, locale);
    // Only messages with plural, select, number or quoting are compiled; the rest are simple.
    expect(Object.keys(table).length).toBeLessThan(Object.keys(catalogue).length / 4);
    registerParsed(Object.entries(table));
    for (const [id, source] of Object.entries(catalogue)) {
      expect(standIn(source), `${locale} ${id}`).toEqual(real(source, locale));
    }
  });

  it('formats a plural and a select the same from elements as from text', () => {
    const source = en['krb.clock.skewed.windows'];
    const values = { minutes: 1, direction: 'ahead', host: 'DC01' };
    const fromText = new IntlMessageFormat(source, 'en').format(values);
    const fromElements = new IntlMessageFormat(standIn(source), 'en').format(values);
    expect(fromElements).toBe(fromText);
    expect(fromElements).toContain('1 minute ahead of domain controller DC01');
  });

  it('leaves the pseudo-locale, made at run time, to the real parser', () => {
    const pseudo = pseudoCatalogue({ id: '{count, plural, one {# file} other {# files}}' });
    expect(() => standIn(pseudo.id)).toThrow(/not compiled at build time/);
  });
});
