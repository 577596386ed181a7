/**
 * Every language has every message, asking for the same values as English; no message is
 * defined twice; the pseudo-locale keeps every argument and changes every letter.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { argumentKinds } from './arguments';
import { en, type MessageId } from './catalogue';
import { app } from './en/app';
import { cli } from './en/cli';
import { groups } from './en/groups';
import { kerberos } from './en/kerberos';
import { kerberosUnix } from './en/kerberos-unix';
import { loadCatalogue, LOCALES } from './index';
import { pseudoCatalogue } from './pseudo';

const ids = Object.keys(en) as MessageId[];

/** The literal text of a message, inside plural and select branches too. */
function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) =>
    el.type === TYPE.literal
      ? [el.value]
      : el.type === TYPE.plural || el.type === TYPE.select
        ? Object.values(el.options).flatMap((option) => literals(option.value))
        : [],
  );
}

describe('the English catalogue', () => {
  it('defines each message once, across its area files', () => {
    const areas = [app, kerberos, kerberosUnix, groups, cli].map((area) => Object.keys(area));
    const all = areas.flat();
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(ids.length);
  });

  it('holds only messages that ICU MessageFormat can parse', () => {
    for (const id of ids) expect(() => argumentKinds(en[id]), id).not.toThrow();
  });
});

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  it('has every message, with the same arguments as English', async () => {
    const catalogue = await loadCatalogue(locale);
    expect(Object.keys(catalogue).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(argumentKinds(catalogue[id]), `${locale} ${id}`).toEqual(argumentKinds(en[id]));
    }
  });

  it('is translated, not copied: most messages differ from English', async () => {
    const catalogue = await loadCatalogue(locale);
    const same = ids.filter((id) => catalogue[id] === en[id] && /[a-z]{4}/.test(en[id]));
    // Names and commands stay as they are (`Regroup`, `klist purge`); sentences do not.
    expect(same.length / ids.length).toBeLessThan(0.1);
  });
});

describe('the pseudo-locale', () => {
  const pseudo = pseudoCatalogue(en);

  it('keeps every argument of every message', () => {
    for (const id of ids) expect(argumentKinds(pseudo[id]), id).toEqual(argumentKinds(en[id]));
  });

  it('leaves no plain ASCII word of English and is about 40% longer', () => {
    for (const id of ids) {
      for (const text of literals(parse(pseudo[id], { ignoreTag: true }))) {
        expect(text, id).not.toMatch(/\b[A-Za-z]{3,}\b/);
      }
    }
    const length = (c: Record<string, string>) => Object.values(c).join('').length;
    expect(length(pseudo) / length(en)).toBeGreaterThan(1.3);
  });
});
