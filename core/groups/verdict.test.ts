import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { msg } from '../i18n/message';
import type { GroupsErrorCode, GroupsReport, GroupView } from './types';
import { buildRows, computeVerdict, detectHints, MEANING, rowMeaning } from './verdict';

const D = 'S-1-5-21-2256498086-1258057582-1885251226';
const USERS = `${D}-513`;
const FINANCE = `${D}-1104`;
const SALES = `${D}-1106`;
const ME = `${D}-1103`;
const PC_GROUP = 'S-1-5-21-400220949-3334754570-1221178460-1003';

const UNREACHABLE = msg('insight.ldap.unreachable', { dc: 'dc1.lab.test', option: '--dc' });
const LDAP_OUTPUT = "ldap_sasl_interactive_bind: Can't contact LDAP server (-1)";

function report(
  groups: Partial<Record<'s' | 'k' | 'd', string[] | null>>,
  code: GroupsErrorCode = 'dc-unreachable',
): GroupsReport {
  const { rows } = buildRows({
    signIn: groups.s
      ? {
          kind: 'sids',
          sids: groups.s,
          names: new Map([[PC_GROUP, 'Matsuolab7910PC\\docker-users']]),
        }
      : null,
    kerberosSids: groups.k ?? null,
    directorySids: groups.d ?? null,
    userSid: ME,
    accounts: new Map([
      [USERS, 'Domain Users'],
      [FINANCE, 'Finance'],
      [SALES, 'Sales'],
    ]),
    names: new Map(),
    domainName: 'LAB',
    realm: 'LAB.TEST',
  });
  const view = (ok: boolean): GroupView =>
    ok
      ? { available: true, reason: null, source: 'test' }
      : { available: false, reason: UNREACHABLE, code, detail: LDAP_OUTPUT, source: 'test' };
  return {
    principal: 'bob@LAB.TEST',
    dc: 'dc1.lab.test',
    groups: rows,
    views: {
      signInToken: view(Boolean(groups.s)),
      kerberosServices: view(Boolean(groups.k)),
      directory: view(Boolean(groups.d)),
    },
    tokenSidCount: groups.k ? groups.k.length + 1 : null,
    readAt: '2026-11-25T12:00:00.000Z',
  };
}

describe('rows and their meaning', () => {
  it('marks a group the directory has but the tickets do not as new', () => {
    const r = report({
      s: [USERS],
      k: [ME, USERS, 'S-1-1-0', 'S-1-5-32-545'],
      d: [USERS, FINANCE, 'S-1-5-32-545'],
    });
    expect(r.groups.map((g) => g.sid)).toEqual([USERS, FINANCE]);
    expect(r.groups[1]).toEqual({
      sid: FINANCE,
      name: 'LAB\\Finance',
      signInToken: false,
      kerberosServices: false,
      directory: true,
      scope: 'domain',
      meaning: MEANING.newGroup,
    });
  });

  it('explains the other differences in plain words', () => {
    expect(
      rowMeaning({ signInToken: false, kerberosServices: true, directory: true, scope: 'domain' }),
    ).toBe(MEANING.needsSignOut);
    expect(
      rowMeaning({ signInToken: true, kerberosServices: true, directory: false, scope: 'domain' }),
    ).toBe(MEANING.removedInDirectory);
    expect(
      rowMeaning({ signInToken: true, kerberosServices: false, directory: false, scope: 'domain' }),
    ).toBe(MEANING.droppedNeedsSignOut);
    expect(
      rowMeaning({ signInToken: null, kerberosServices: true, directory: true, scope: 'domain' }),
    ).toBeNull();
  });

  it("keeps this PC's groups out of the Kerberos comparison", () => {
    const r = report({
      s: [USERS, PC_GROUP, 'S-1-5-32-544', 'S-1-16-12288'],
      k: [USERS],
      d: [USERS],
    });
    const local = r.groups.find((g) => g.sid === PC_GROUP);
    expect(local).toMatchObject({
      scope: 'local',
      kerberosServices: null,
      directory: null,
      meaning: MEANING.local,
    });
    expect(r.groups.find((g) => g.sid === 'S-1-5-32-544')?.scope).toBe('local');
    expect(r.groups.some((g) => g.sid === 'S-1-16-12288')).toBe(false);
  });

  it('compares Linux id names with directory account names when sssd maps them', () => {
    const { rows, signInMatched } = buildRows({
      signIn: { kind: 'names', names: ['bob', 'domain users@lab.test'] },
      kerberosSids: [USERS, FINANCE],
      directorySids: [USERS, FINANCE],
      userSid: ME,
      accounts: new Map([
        [USERS, 'Domain Users'],
        [FINANCE, 'Finance'],
      ]),
      names: new Map(),
      domainName: 'LAB',
      realm: 'LAB.TEST',
    });
    expect(signInMatched).toBe(true);
    expect(rows.find((r) => r.sid === FINANCE)).toMatchObject({
      signInToken: false,
      meaning: MEANING.needsSignOut,
    });
  });
});

describe('the verdict after a refresh', () => {
  it('names gained and lost groups, and what still needs a sign-out', () => {
    const before = report({ s: [USERS, SALES], k: [USERS, SALES], d: [USERS, FINANCE] });
    const after = report({ s: [USERS, SALES], k: [USERS, FINANCE], d: [USERS, FINANCE] });
    const verdict = computeVerdict(before, after);
    expect(verdict.unverified).toBeNull();
    expect(verdict.gained).toEqual([{ sid: FINANCE, name: 'LAB\\Finance' }]);
    expect(verdict.lost).toEqual([{ sid: SALES, name: 'LAB\\Sales' }]);
    expect(verdict.needsSignOut).toEqual([
      { sid: SALES, name: 'LAB\\Sales' },
      { sid: FINANCE, name: 'LAB\\Finance' },
    ]);
    expect(verdict.hints.map((h) => h.code)).toEqual(['smb-session', 'ntlm']);
  });

  it('says the DC may not have replicated yet, naming the DC that was asked', () => {
    const before = report({ k: [USERS], d: [USERS, FINANCE] });
    const after = report({ k: [USERS], d: [USERS, FINANCE] });
    const verdict = computeVerdict(before, after);
    expect(verdict.gained).toEqual([]);
    const hint = verdict.hints.find((h) => h.code === 'not-replicated');
    expect(say(hint?.message)).toMatch(
      /dc1\.lab\.test lists you in LAB\\Finance, but your current tickets do not carry it\./,
    );
    expect(hint?.sids).toEqual([FINANCE]);
  });

  it("names this PC's own groups, in one sentence for one or many", () => {
    const one = report({ s: [USERS, PC_GROUP], k: [USERS], d: [USERS] });
    const hint = detectHints(one).find((h) => h.code === 'local-group');
    expect(hint?.sids).toEqual([PC_GROUP]);
    expect(say(hint?.message)).toBe(
      'Matsuolab7910PC\\docker-users is a group of this computer, not of the domain: Refresh my groups cannot change that. Sign out and sign in again.',
    );
  });

  it("is unverified, with the reason and the tool's words, when the Kerberos view could not be read", () => {
    const before = report({ k: [USERS], d: [USERS] });
    const after = report({ k: null, d: null });
    const verdict = computeVerdict(before, after);
    expect(say(verdict.unverified)).toBe(
      'What Kerberos services see could not be read after the refresh.',
    );
    expect(say(verdict.cause)).toBe(
      'The domain controller dc1.lab.test could not be reached over LDAP. Check the network connection (VPN), or name another domain controller with --dc.',
    );
    expect(verdict.detail).toBe(LDAP_OUTPUT);
    expect(verdict.gained).toEqual([]);
    expect(verdict.hints.find((h) => h.code === 'dc-unreachable')?.message).toEqual(UNREACHABLE);
    expect(say(computeVerdict(after, before).unverified)).toBe(
      'What Kerberos services see could not be read before the refresh.',
    );
  });

  it("tells an unreachable domain controller by the view's code, not by its sentence", () => {
    const timedOut = report({ k: null, d: null }, 'timeout');
    expect(detectHints(timedOut).map((h) => h.code)).toEqual(['dc-unreachable']);
    // The same sentence with another code (no tickets) is no network problem.
    const noTickets = report({ k: null, d: null }, 'no-credentials');
    expect(detectHints(noTickets)).toEqual([]);
  });

  it('warns about a token near the Windows SID limit', () => {
    const many = Array.from({ length: 1100 }, (_, i) => `${D}-${2000 + i}`);
    const r = report({ k: [USERS, ...many], d: [USERS, ...many] });
    expect(
      say(computeVerdict(r, r).hints.find((h) => h.code === 'token-too-large')?.message),
    ).toMatch(/^Your token holds 1,102 groups\. Near 1,024 Windows refuses sign-ins/);
  });
});
