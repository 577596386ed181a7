/**
 * The diagnosis report: what `regroup diagnose` prints and the window's "Copy diagnostics" copies.
 * Its `--json` form (each Message written as text) is described by docs/diagnose.schema.json.
 *
 * Every probe is a `Section`: `{ ok: true, ... }` with what was found, or `{ ok: false, problem,
 * detail }` saying why it could not be found. One failed probe never stops the others. No key
 * material ever enters it: tickets are read with plain `klist` (never `klist tgt`) and only their
 * names, times, encryption types and flags are kept.
 */
import type { Message } from '../i18n/message';
import type { GroupsReport, Verdict } from '../groups/types';
import type { KlistKind, RefreshResult } from '../kerberos/types';

/** The report's format; a reader checks it before reading further. */
export const DIAGNOSIS_FORMAT = 'regroup-diagnosis/1';

export type Section<T> = ({ ok: true } & T) | { ok: false; problem: Message; detail?: string };

export interface DiagnosedTicket {
  client: string;
  server: string;
  isTgt: boolean;
  encryptionType: string | null;
  sessionKeyType: string | null;
  flags: string[];
  startTime: string;
  endTime: string | null;
  renewUntil: string | null;
  kdcCalled: string | null;
  cacheFlags: string[];
  cache: string | null;
}

export interface Diagnosis {
  format: typeof DIAGNOSIS_FORMAT;
  createdAt: string;
  /** True when user, host and domain names were replaced (`--redact`). */
  redacted: boolean;
  app: { version: string };
  system: { platform: string; os: string; release: string; arch: string; computer: string };
  identity: Section<{
    principal: string | null;
    realm: string | null;
    /** Windows: the logon session klist listed (`0:0x11b5a5`); null elsewhere. */
    logonSession: string | null;
    /** MIT/Heimdal: the credentials cache (`FILE:/tmp/krb5cc_1000`); null on Windows. */
    cache: string | null;
  }>;
  tickets: Section<{ kind: KlistKind; complete: boolean; tickets: DiagnosedTicket[] }>;
  kdc: Section<{
    realm: string;
    host: string;
    port: number;
    /** Every address tried, in order. */
    tried: string[];
    /** How long finding and reaching it took. */
    answeredInMs: number;
  }>;
  clock: Section<{
    kdc: string;
    kdcTime: string;
    localTime: string;
    /** The KDC's time minus this computer's (positive: this computer is behind). */
    offsetSeconds: number;
    roundTripMs: number;
    /** False beyond Regroup's limit (4 minutes; Kerberos refuses beyond 5). */
    withinLimit: boolean;
    /** Why a refresh would stop, with the fix, when beyond the limit; else null. */
    warning: Message | null;
  }>;
  groups: Section<{ report: GroupsReport }>;
  lastRefresh: Section<{ result: RefreshResult; verdict: Verdict | null }>;
}
