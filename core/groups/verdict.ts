/**
 * Pure logic of "My groups": merging the three views into rows, the plain meaning of each row's
 * marks, the verdict after a refresh (gained / lost for Kerberos services, what still needs a
 * sign-out), and the reasons a refresh may not have helped that the views can show. Every sentence
 * is a catalogue Message (`insight.*`); conditions are read from codes, never from sentences.
 */
import { msg, type Message } from '../i18n/message';
import { groupNames } from './names';
import {
  isBuiltinAlias,
  isIntegrityLabel,
  isMembershipSid,
  sidDomain,
  wellKnownSidName,
} from './sids';
import type {
  GroupHint,
  GroupRef,
  GroupRow,
  GroupScope,
  GroupsErrorCode,
  GroupsReport,
  Verdict,
} from './types';

/** The plain meaning of each difference between a row's marks. */
export const MEANING = {
  newGroup: msg('insight.meaning.newGroup'),
  needsSignOut: msg('insight.meaning.needsSignOut'),
  removedInDirectory: msg('insight.meaning.removedInDirectory'),
  droppedNeedsSignOut: msg('insight.meaning.droppedNeedsSignOut'),
  local: msg('insight.meaning.local'),
} as const satisfies Record<string, Message>;

/** Windows refuses a logon when the token holds more than 1024 SIDs; warn before that. */
export const TOKEN_SID_LIMIT = 1024;
export const TOKEN_SID_WARNING = 1000;

/** View codes that mean the domain controller did not answer (the `dc-unreachable` hint). */
const UNREACHABLE: ReadonlySet<GroupsErrorCode> = new Set(['dc-unreachable', 'timeout']);

export function rowMeaning(
  row: Pick<GroupRow, 'signInToken' | 'kerberosServices' | 'directory' | 'scope'>,
): Message | null {
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

const ref = (row: GroupRow): GroupRef => ({ sid: row.sid, name: row.name });

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

/** What hints the views support (detected), plus general ones when something changed. */
export function detectHints(report: GroupsReport): GroupHint[] {
  const hints: GroupHint[] = [];
  const localGroups = report.groups.filter((r) => r.scope === 'local' && !isBuiltinAlias(r.sid));
  if (localGroups.length > 0) {
    hints.push({
      code: 'local-group',
      detected: true,
      message: msg('insight.hint.localGroup', {
        count: localGroups.length,
        groups: groupNames(localGroups),
      }),
      sids: localGroups.map((r) => r.sid),
      groups: localGroups.map(ref),
    });
  }
  const lagging = report.groups.filter((r) => r.directory === true && r.kerberosServices === false);
  if (lagging.length > 0 && report.views.kerberosServices.available) {
    const values = { count: lagging.length, groups: groupNames(lagging) };
    hints.push({
      code: 'not-replicated',
      detected: true,
      message: report.dc
        ? msg('insight.hint.notReplicated', { ...values, dc: report.dc })
        : msg('insight.hint.notReplicatedNoDc', values),
      sids: lagging.map((r) => r.sid),
      groups: lagging.map(ref),
    });
  }
  const unreachable = (['kerberosServices', 'directory'] as const)
    .map((name) => report.views[name])
    .find((v) => !v.available && v.reason && v.code && UNREACHABLE.has(v.code));
  if (unreachable?.reason) {
    hints.push({ code: 'dc-unreachable', detected: true, message: unreachable.reason });
  }
  if (report.tokenSidCount !== null && report.tokenSidCount > TOKEN_SID_WARNING) {
    hints.push({
      code: 'token-too-large',
      detected: true,
      message: msg('insight.hint.tokenTooLarge', {
        count: report.tokenSidCount,
        limit: TOKEN_SID_LIMIT,
      }),
    });
  }
  return hints;
}

const GENERAL_HINTS: GroupHint[] = [
  { code: 'smb-session', detected: false, message: msg('insight.hint.smbSession') },
  {
    code: 'ntlm',
    detected: false,
    message: msg('insight.hint.ntlm', {
      example: '\\\\10.0.0.5\\share',
      named: '\\\\fs1.example.com\\share',
    }),
  },
];

/** Compares the views before and after a refresh. */
export function computeVerdict(before: GroupsReport, after: GroupsReport): Verdict {
  const hints = detectHints(after);
  const differing = after.groups.filter(
    (r) =>
      r.scope === 'domain' &&
      r.signInToken !== null &&
      ((r.kerberosServices !== null && r.signInToken !== r.kerberosServices) ||
        (r.kerberosServices === null && r.directory !== null && r.signInToken !== r.directory)),
  );
  const needsSignOut = differing.map(ref);
  const missing = [before, after].find((r) => !r.views.kerberosServices.available);
  if (missing) {
    const view = missing.views.kerberosServices;
    return {
      gained: [],
      lost: [],
      needsSignOut,
      unverified: msg('insight.verdict.kerberosUnreadable', {
        when: missing === before ? 'before' : 'after',
      }),
      ...(view.reason ? { cause: view.reason } : {}),
      ...(view.detail ? { detail: view.detail } : {}),
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
  const signOutAdds = differing.filter((r) => r.signInToken === false).map(ref);
  return { gained, lost, needsSignOut, signOutAdds, unverified: null, hints };
}
