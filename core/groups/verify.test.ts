import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { fakeGroups, groupsReport } from '../../test/fakes/fake-groups';
import { msg } from '../i18n/message';
import type { RefreshResult } from '../kerberos/types';
import { GroupsError } from './errors';
import { verifyRefresh } from './verify';

// Stand-ins for the Kerberos core's sentences: any catalogue message shows the flow.
const REFRESHED = msg('insight.view.failed');
const OFFLINE = msg('insight.adsi.unreachable');
const KINIT_OFFLINE =
  "kinit: Cannot contact any KDC for realm 'LAB.TEST' while getting initial credentials";

function result(extra: Partial<RefreshResult> = {}): RefreshResult {
  return {
    scope: 'user',
    outcome: 'refreshed',
    ok: true,
    message: REFRESHED,
    removed: [],
    acquired: [],
    failed: [],
    error: null,
    after: null,
    startedAt: '2025-12-07T12:00:00+01:00',
    finishedAt: '2025-12-07T12:00:01+01:00',
    caveats: [],
    ...extra,
  };
}

describe('verifying a refresh', () => {
  it('reads the groups before and after the refresh, in that order, and names what was gained', async () => {
    const order: string[] = [];
    const groups = fakeGroups(
      groupsReport(['Domain Users'], ['Domain Users', 'Finance']),
      groupsReport(['Domain Users', 'Finance'], ['Domain Users', 'Finance'], ['Domain Users']),
    );
    const read = groups.service.read;
    groups.service.read = () => {
      order.push('read');
      return read();
    };
    const verified = await verifyRefresh(
      groups.service,
      async () => {
        order.push('refresh');
        return result();
      },
      { onRefreshed: () => order.push('refreshed') },
    );
    expect(order).toEqual(['read', 'refresh', 'refreshed', 'read']);
    expect(verified.result.outcome).toBe('refreshed');
    expect(verified.verdict.unverified).toBeNull();
    expect(verified.verdict.gained.map((g) => g.name)).toEqual(['LAB\\Finance']);
    expect(verified.verdict.lost).toEqual([]);
    // The sign-in token still lacks Finance: local permissions need a sign-out.
    expect(verified.verdict.needsSignOut.map((g) => g.name)).toEqual(['LAB\\Finance']);
  });

  it('does not read again, and says why, when the refresh did not happen', async () => {
    const groups = fakeGroups(groupsReport(['Domain Users']));
    const verified = await verifyRefresh(groups.service, async () =>
      result({
        outcome: 'offline',
        ok: false,
        message: OFFLINE,
        error: { code: 'kdc-unreachable', message: OFFLINE, detail: KINIT_OFFLINE },
      }),
    );
    expect(groups.reads()).toBe(1);
    expect(say(verified.verdict.unverified)).toBe(
      'The refresh did not happen, so there is nothing to compare.',
    );
    expect(verified.verdict.cause).toEqual(OFFLINE);
    expect(verified.verdict.detail).toBe(KINIT_OFFLINE);
  });

  it('still refreshes when the first read fails, and the verdict says why it is not verified', async () => {
    const groups = fakeGroups(new Error('PowerShell could not be run.'));
    let refreshed = 0;
    const verified = await verifyRefresh(groups.service, async () => {
      refreshed += 1;
      return result();
    });
    expect(refreshed).toBe(1);
    expect(verified.result.ok).toBe(true);
    expect(say(verified.verdict.unverified)).toBe(
      'Your groups could not be read before the refresh.',
    );
    // Not a GroupsError: no sentence of its own, but its words reach the help desk.
    expect(verified.verdict.cause).toBeUndefined();
    expect(verified.verdict.detail).toBe('PowerShell could not be run.');
  });

  it('gives up on a read that hangs after the timeout, without holding the refresh back longer', async () => {
    const groups = fakeGroups('hang');
    const started = Date.now();
    let refreshedAfter = -1;
    const verified = await verifyRefresh(
      groups.service,
      async () => {
        refreshedAfter = Date.now() - started;
        return result();
      },
      { timeoutMs: 200 },
    );
    groups.release();
    expect(refreshedAfter).toBeGreaterThanOrEqual(150);
    expect(verified.result.ok).toBe(true);
    expect(say(verified.verdict.unverified)).toMatch(
      /^Your groups could not be read before the refresh within 0.2 s\. Check the connection/,
    );
  });

  it('says the after-read failed when only the second read fails, with its sentence and detail', async () => {
    const ldap = new GroupsError(
      'timeout',
      msg('insight.ldap.timeout', { dc: 'dc1.lab.test', seconds: 20 }),
      'ldapsearch: timeout',
    );
    const groups = fakeGroups(groupsReport(['Domain Users']), ldap);
    const verified = await verifyRefresh(groups.service, async () => result());
    expect(say(verified.verdict.unverified)).toBe(
      'Your groups could not be read after the refresh.',
    );
    expect(say(verified.verdict.cause)).toBe(
      'The domain controller dc1.lab.test did not answer within 20 seconds. Check the network connection (VPN), then try again.',
    );
    expect(verified.verdict.detail).toBe('ldapsearch: timeout');
  });
});
