/**
 * Pure logic of "My groups": merging the three views into rows, the plain meaning of each row's
 * marks, the verdict after a refresh (gained / lost for Kerberos services, what still needs a
 * sign-out), and the reasons a refresh may not have helped that the views can show.
 */
import {
  isBuiltinAlias,
  isIntegrityLabel,
  isMembershipSid,
  sidDomain,
  wellKnownSidName,
} from './sids';
import type { GroupHint, GroupRef, GroupRow, GroupScope, GroupsReport, Verdict } from './types';

export const MEANING = {
  newGroup: 'new: reaches file shares and web apps after Refresh my groups',
  needsSignOut: 'reaches them now; local permissions on this PC need a sign-out',
  removedInDirectory: 'removed in the directory: refresh to drop it',
  droppedNeedsSignOut:
    'no longer reaches file shares and web apps; local permissions on this PC keep it until you sign out',
  local:
    'a group of this PC: not in Kerberos tickets, so Refresh my groups does not change it; a sign-out does',
} as const;

/** Windows refuses a logon when the token holds more than 1024 SIDs; warn before that. */
export const TOKEN_SID_WARNING = 1000;

export function rowMeaning(
  row: Pick<GroupRow, 'signInToken' | 'kerberosServices' | 'directory' | 'scope'>,
): string | null {
  if (row.scope === 'local') return MEANING.local;
  const { signInToken: s, kerberosServices: k, directory: d } = row;
  if (d === true && k === false) return MEANING.newGroup;
  if (d === false && k === true) return MEANING.removedInDirectory;
  if (k === true && s === false) return MEANING.needsSignOut;
  if (k === false && s === true) return MEANING.droppedNeedsSignOut;
  if (k === null && d === true && s === false) return MEANING.newGroup;
  if (k === null && d === false && s === true) return MEANING.removedInDirectory;
  return null;
}

/** The sign-in token as Windows gives it (SIDs), or as Linux/macOS `id` gives it (names only). */
export type SignInInput =
  | { kind: 'sids'; sids: string[]; names: Map<string, string> }
  | { kind: 'names'; names: string[] }
  | null;

export interface RowsInput {
  signIn: SignInInput;
  kerberosSids: string[] | null;
  directorySids: string[] | null;
  /** The person's own SID (never a group row). */
  userSid: string | null;
  /** sid -> sAMAccountName from the directory. */
  accounts: Map<string, string>;
  /** sid -> display name from any source (`LAB\Finance`). */
  names: Map<string, string>;
  /** `LAB`: prefixes directory account names. */
  domainName: string | null;
  /** The realm (`LAB.TEST`), for matching `finance@lab.test` names on Linux. */
  realm: string | null;
}

export interface RowsResult {
  rows: GroupRow[];
  /** False when the Linux/macOS sign-in token could not be related to directory groups. */
  signInMatched: boolean;
}

function nameVariants(account: string, domainName: string | null, realm: string | null): string[] {
  const a = account.toLowerCase();
  const out = [a];
  if (domainName) out.push(`${domainName.toLowerCase()}\\${a}`);
  if (realm) out.push(`${a}@${realm.toLowerCase()}`);
  return out;
}

/** Merges the views into rows keyed by SID; local groups (built-in aliases, this PC's groups) are marked so. */
export function buildRows(input: RowsInput): RowsResult {
  const domains = new Set<string>();
  for (const sid of [
    ...(input.kerberosSids ?? []),
    ...(input.directorySids ?? []),
    input.userSid ?? '',
  ]) {
    const domain = sidDomain(sid);
    if (domain) domains.add(domain);
  }
  const keep = (sid: string) =>
    isMembershipSid(sid) && !isIntegrityLabel(sid) && sid !== input.userSid;
  // The DC's own built-in aliases say nothing about this PC or a file server: directory views drop them.
  const remote = (sids: string[] | null) =>
    sids ? new Set(sids.filter((s) => keep(s) && !isBuiltinAlias(s))) : null;
  const kerberos = remote(input.kerberosSids);
  const directory = remote(input.directorySids);
  const signInSids = input.signIn?.kind === 'sids' ? new Set(input.signIn.sids.filter(keep)) : null;

  const order: string[] = [];
  const add = (sid: string) => {
    if (!order.includes(sid)) order.push(sid);
  };
  signInSids?.forEach(add);
  kerberos?.forEach(add);
  directory?.forEach(add);

  const scopeOf = (sid: string): GroupScope => {
    if (isBuiltinAlias(sid)) return 'local';
    const domain = sidDomain(sid);
    if (domain && domains.size > 0 && !domains.has(domain)) return 'local';
    return 'domain';
  };

  let signInMatched = false;
  const idNames =
    input.signIn?.kind === 'names' ? new Set(input.signIn.names.map((n) => n.toLowerCase())) : null;
  if (idNames) {
    for (const sid of order) {
      const account = input.accounts.get(sid);
      if (
        account &&
        nameVariants(account, input.domainName, input.realm).some((v) => idNames.has(v))
      ) {
        signInMatched = true;
      }
    }
  }

  const rows = order.map((sid): GroupRow => {
    const scope = scopeOf(sid);
    const account = input.accounts.get(sid);
    const name =
      input.names.get(sid) ??
      (input.signIn?.kind === 'sids' ? input.signIn.names.get(sid) : undefined) ??
      (account ? (input.domainName ? `${input.domainName}\\${account}` : account) : null) ??
      wellKnownSidName(sid, input.domainName);
    let signInToken: boolean | null = null;
    if (signInSids) signInToken = signInSids.has(sid);
    else if (idNames && signInMatched && account) {
      signInToken = nameVariants(account, input.domainName, input.realm).some((v) =>
        idNames.has(v),
      );
    }
    const local = scope === 'local';
    const row: GroupRow = {
      sid,
      name: name ?? null,
      signInToken,
      kerberosServices: local || !kerberos ? null : kerberos.has(sid),
      directory: local || !directory ? null : directory.has(sid),
      scope,
      meaning: null,
    };
    row.meaning = rowMeaning(row);
    return row;
  });
  return { rows, signInMatched };
}

const ref = (row: GroupRow): GroupRef => ({ sid: row.sid, name: row.name });

/** What hints the views support (detected), plus general ones when something changed. */
export function detectHints(report: GroupsReport): GroupHint[] {
  const hints: GroupHint[] = [];
  const localGroups = report.groups.filter((r) => r.scope === 'local' && !isBuiltinAlias(r.sid));
  if (localGroups.length > 0) {
    hints.push({
      code: 'local-group',
      detected: true,
      message:
        `${localGroups.map((r) => r.name ?? r.sid).join(', ')} ${localGroups.length === 1 ? 'is a group' : 'are groups'} ` +
        'of this PC, not of the domain: Refresh my groups cannot change that; sign out and in again.',
      sids: localGroups.map((r) => r.sid),
    });
  }
  const lagging = report.groups.filter((r) => r.directory === true && r.kerberosServices === false);
  if (lagging.length > 0 && report.views.kerberosServices.available) {
    hints.push({
      code: 'not-replicated',
      detected: true,
      message:
        `The directory on ${report.dc ?? 'the domain controller'} lists you in ` +
        `${lagging.map((r) => r.name ?? r.sid).join(', ')}, but your current tickets do not carry it. ` +
        'If you already refreshed, the domain controller that issued your ticket may not have the change ' +
        'yet (replication between domain controllers can take up to 15 minutes, longer between sites). ' +
        'Wait, then refresh again.',
      sids: lagging.map((r) => r.sid),
    });
  }
  const unreachable = (['kerberosServices', 'directory'] as const).find(
    (v) =>
      !report.views[v].available &&
      /could not be reached|did not answer/i.test(report.views[v].reason ?? ''),
  );
  if (unreachable) {
    hints.push({
      code: 'dc-unreachable',
      detected: true,
      message: report.views[unreachable].reason ?? '',
    });
  }
  if (report.tokenSidCount !== null && report.tokenSidCount > TOKEN_SID_WARNING) {
    hints.push({
      code: 'token-too-large',
      detected: true,
      message:
        `Your token holds ${report.tokenSidCount} groups. Near 1024 Windows refuses sign-ins and large ` +
        'tickets can exceed what servers accept (MaxTokenSize). Ask your IT department to reduce nested groups.',
    });
  }
  return hints;
}

const GENERAL_HINTS: GroupHint[] = [
  {
    code: 'smb-session',
    detected: false,
    message:
      'A file share keeps the rights of a connection that is already open. Close the files and windows ' +
      'that use the share (or wait until the connection idles out), then open it again.',
  },
  {
    code: 'ntlm',
    detected: false,
    message:
      'A share opened by IP address (\\\\10.0.0.5\\share) uses NTLM, not Kerberos, and does not use ' +
      'the new ticket. Open it by its name (\\\\fs1.example.com\\share).',
  },
];

/** Compares the views before and after a refresh. */
export function computeVerdict(before: GroupsReport, after: GroupsReport): Verdict {
  const hints = detectHints(after);
  const needsSignOut = after.groups
    .filter(
      (r) =>
        r.scope === 'domain' &&
        r.signInToken !== null &&
        ((r.kerberosServices !== null && r.signInToken !== r.kerberosServices) ||
          (r.kerberosServices === null && r.directory !== null && r.signInToken !== r.directory)),
    )
    .map(ref);
  const missing = [before, after].find((r) => !r.views.kerberosServices.available);
  if (missing) {
    const when = missing === before ? 'before' : 'after';
    return {
      gained: [],
      lost: [],
      needsSignOut,
      unverified:
        `What Kerberos services see could not be read ${when} the refresh: ` +
        `${missing.views.kerberosServices.reason ?? 'unknown reason.'}`,
      hints,
    };
  }
  const beforeSet = new Set(
    before.groups.filter((r) => r.kerberosServices === true).map((r) => r.sid),
  );
  const afterSet = new Set(
    after.groups.filter((r) => r.kerberosServices === true).map((r) => r.sid),
  );
  const gained = after.groups
    .filter((r) => r.kerberosServices === true && !beforeSet.has(r.sid))
    .map(ref);
  const lost = before.groups
    .filter((r) => r.kerberosServices === true && !afterSet.has(r.sid))
    .map((r) => ref(after.groups.find((a) => a.sid === r.sid) ?? r));
  if (gained.length > 0 || lost.length > 0 || hints.some((h) => h.code === 'not-replicated')) {
    hints.push(...GENERAL_HINTS);
  }
  return { gained, lost, needsSignOut, unverified: null, hints };
}
