/**
 * `localize` puts every Message of a result into words, however deep, and leaves the rest of the
 * data (codes, servers, times) as it was: the `--json` contract.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  KerberosError,
  KerberosErrorCode,
  KlistListing,
  RefreshResult,
} from '../kerberos/types';
import { en } from './catalogue';
import { localize, type Localized } from './localize';
import { msg, type Message } from './message';
import { pseudoCatalogue } from './pseudo';
import { createTranslator } from './translator';

const english = createTranslator('en', en);
const pseudo = createTranslator('en-XA', pseudoCatalogue(en));

describe('localize', () => {
  it('replaces a Message at the top, in objects and in arrays, with its words', () => {
    const value = {
      code: 'busy',
      message: msg('tickets.heading', { count: 3 }),
      nested: { list: [msg('tickets.expired'), 'plain', 7, null] },
      none: null,
    };
    expect(localize(value, english)).toEqual({
      code: 'busy',
      message: 'Service tickets (3)',
      nested: { list: ['Expired', 'plain', 7, null] },
      none: null,
    });
    expect(localize([msg('tickets.expired')], english)).toEqual(['Expired']);
    expect(localize(msg('tickets.expired'), english)).toBe('Expired');
  });

  it('follows the translator: the same data reads differently in another locale', () => {
    const value = { error: { code: 'timeout', message: msg('tickets.expired') } };
    const text = localize(value, pseudo).error.message;
    expect(text).not.toBe('Expired');
    expect(text).toBe(pseudo.t('tickets.expired'));
    expect(localize(value, pseudo).error.code).toBe('timeout');
  });

  it('does not change its input', () => {
    const value = {
      message: msg('tickets.heading', { count: 1 }),
      items: [msg('tickets.expired')],
    };
    const copy = structuredClone(value);
    localize(value, english);
    expect(value).toEqual(copy);
  });

  it('leaves objects that only look a little like a Message alone', () => {
    const ticketLike = { id: 'tickets.expired', server: 'cifs/fs01' };
    const numericId = { id: 5 };
    expect(localize(ticketLike, english)).toEqual(ticketLike);
    expect(localize(numericId, english)).toEqual(numericId);
    const when = new Date(0);
    expect(localize({ when }, english).when).toBe(when);
  });

  it('types every Message as a string and keeps the rest of the shape', () => {
    expectTypeOf<Localized<Message>>().toEqualTypeOf<string>();
    expectTypeOf<Localized<RefreshResult>['message']>().toEqualTypeOf<string>();
    expectTypeOf<Localized<RefreshResult>['caveats']>().toEqualTypeOf<string[]>();
    expectTypeOf<Localized<RefreshResult>['failed'][number]>().toEqualTypeOf<{
      server: string;
      message: string;
      code?: KerberosErrorCode;
      detail?: string;
    }>();
    expectTypeOf<
      Localized<KlistListing>['error']
    >().toEqualTypeOf<Localized<KerberosError> | null>();
    expectTypeOf<Localized<KerberosError>['message']>().toEqualTypeOf<string>();
    expectTypeOf<Localized<KlistListing>['tickets']>().toEqualTypeOf<KlistListing['tickets']>();
  });
});
