/**
 * The English catalogue, assembled from one file per area (the window and tray, the Kerberos
 * core, group insight, the command line). English is the source and the fallback: every other
 * language is a `Catalogue`, a record with exactly these keys (the type checker and
 * `catalogue.test.ts` prove it, parameters included).
 *
 * Messages use ICU MessageFormat (`{count, plural, one {# ticket} other {# tickets}}`), formatted
 * by formatjs's intl-messageformat. Plain data only: every side (CLI, main process, window)
 * imports this file.
 */
import { app } from './en/app';
import { cli } from './en/cli';
import { groups } from './en/groups';
import { kerberos } from './en/kerberos';
import { kerberosUnix } from './en/kerberos-unix';

export const en = {
  ...app,
  ...kerberos,
  ...kerberosUnix,
  ...groups,
  ...cli,
} as const;

export type MessageId = keyof typeof en;
/** A translation: every key, any wording (the same ICU arguments as English). */
export type Catalogue = Record<MessageId, string>;
