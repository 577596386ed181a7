/**
 * What the MIT and Heimdal klist parsers share: splitting text into lines, the cache header
 * lines (`<label>: TYPE:residual`, `<label>: principal`), klist's own error lines and the
 * sentences Regroup shows for them.
 */
import { errorListing } from '../error-listing';
import type { KerberosError, KlistKind, KlistListing } from '../types';

/** klist lines are short; longer lines are noise and are skipped (keeps parsing linear). */
export const MAX_LINE_LENGTH = 4000;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** `Ticket cache: FILE:/tmp/krb5cc_1000`, `Ticketzwischenspeicher: DIR::/x`, `Credentials cache: API:501`. */
const CACHE_LINE_RE =
  /^\s{0,20}([^:\s][^:]{0,79}):[ \t]+([A-Za-z][A-Za-z0-9_-]{0,19}:\S.{0,2000}|[A-Za-z][A-Za-z0-9_-]{0,19}:)\s*$/;

/** Returns the cache name when the line is a cache header line. */
export function readCacheLine(line: string): string | null {
  const m = CACHE_LINE_RE.exec(line);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const value = (m[2] ?? '').trim();
  if (isToolLabel(label)) return null;
  // A cache label is words; a principal, a flag list or a time is not a cache type.
  if (/[@/()\d]/.test(label)) return null;
  return value;
}

/** `Default principal: alice@EXAMPLE.COM`, `        Principal: x@Y`, `Standard-Principal: ...`. */
export function readLabelledValue(line: string): { label: string; value: string } | null {
  const m = /^\s{0,40}([^:\s][^:]{0,79}):(?:[ \t]+(.*))?$/.exec(line);
  if (!m) return null;
  return { label: (m[1] ?? '').trim(), value: (m[2] ?? '').trim() };
}

/** The program name klist prints before its errors: `klist`, `klist.heimdal`, `/usr/bin/klist`. */
function isToolLabel(label: string): boolean {
  return /^(?:\S*\/)?k[a-z0-9_.-]{0,20}$/.test(label) && /klist/i.test(label);
}

/** `klist: No credentials cache found (filename: /tmp/krb5cc_1000)` -> the message part. */
export function readToolErrorLine(line: string): string | null {
  const m = /^\s{0,20}(\S{1,120}?):\s+(.{1,2000})$/.exec(line);
  if (!m || !isToolLabel(m[1] ?? '')) return null;
  return (m[2] ?? '').trim();
}

const NO_CREDENTIALS_HINTS =
  /no credentials cache|credentials cache .{0,200}not found|no ticket file|no credentials|nicht gefunden|introuvable|no such file|not found/i;
const KEYTAB_HINTS = /key ?table|keytab/i;

const SIGN_IN = 'Sign in with kinit (for example `kinit your.name@YOUR.REALM`), then try again.';

/** Turns klist's own error lines into a KerberosError with a clear sentence and a next step. */
export function klistError(messages: string[], tool: 'MIT' | 'Heimdal'): KerberosError {
  const detail = messages.map((m) => `klist: ${m}`).join('\n');
  const all = messages.join('\n');
  if (KEYTAB_HINTS.test(all) && NO_CREDENTIALS_HINTS.test(all)) {
    return {
      code: 'no-host-keytab',
      message:
        'This computer has no host keytab, so its tickets cannot be listed here. ' +
        'Ask an administrator to join it to the realm (for example with realm join or adcli).',
      detail,
    };
  }
  if (NO_CREDENTIALS_HINTS.test(all)) {
    return {
      code: 'no-credentials',
      message: `You have no Kerberos tickets yet: ${tool} klist found no credentials cache. ${SIGN_IN}`,
      detail,
    };
  }
  return {
    code: 'klist-failed',
    message:
      `${tool} klist could not list your tickets (${messages[0] ?? 'no reason given'}). ` +
      'If the ticket cache is damaged, remove it with kdestroy; then sign in again with kinit.',
    detail,
  };
}

export function emptyOutputError(tool: 'MIT' | 'Heimdal'): KerberosError {
  return {
    code: 'empty-output',
    message:
      `${tool} klist printed nothing, so Regroup cannot tell which tickets you have. ` +
      'Run klist in a terminal to see what it reports.',
  };
}

export function unreadableOutputError(tool: 'MIT' | 'Heimdal', sample: string): KerberosError {
  return {
    code: 'unreadable-output',
    message:
      `Regroup could not read this text as ${tool} klist output. ` +
      'Run klist in a terminal to check it; if it lists tickets, report the text so it can be supported.',
    detail: sample.slice(0, 500),
  };
}

/** klist's whole answer was an error line: the listing is complete, with no tickets. */
export function emptyListing(kind: KlistKind, error: KerberosError): KlistListing {
  return errorListing(kind, error, true);
}
