/**
 * "My groups" against a real Samba AD domain controller on 127.0.0.1: a user gets tickets, the
 * three views are read, the user is added to a group, tickets are refreshed the way Regroup's
 * Linux user refresh does it (purge everything, then a fresh TGT), and the verdict must name the
 * group as gained for Kerberos services; then removed, refreshed, and named as lost.
 *
 * Samba's KDC re-reads group membership whenever it issues a service ticket, even from an old
 * TGT (a Windows DC copies the groups from the TGT), so this proves the purge + re-read path and
 * the three views, not that a new TGT was needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../../core/process/run';
import { createUnixService } from '../../core/kerberos/unix/service';
import { createGroupsService, type GroupsService } from '../../core/groups/service';
import { MEANING } from '../../core/groups/verdict';
import type { GroupsReport } from '../../core/groups/types';
import { say } from '../fakes/english';
import { runSambaCli, sambaGroupsService } from '../samba/samba-cli';
import { addUserAndGroup, sambaAvailable, startSambaDc, type SambaDc } from '../samba/samba-dc';

const USER = 'bob';
const PASSWORD = 'B0b-Regroup-2024!';
const GROUP = 'Finance';

const available = sambaAvailable();
let dc: SambaDc | null = null;
let service: GroupsService;
let financeSid = '';
const started = Date.now();

/** Regroup's Linux user refresh: purge every ticket, then a fresh TGT with the password on stdin. */
async function refresh(env: NodeJS.ProcessEnv): Promise<void> {
  await runTool('kdestroy', ['-A'], { env });
  const kinit = await runTool('kinit', [`${USER}@LAB.TEST`], {
    env,
    input: `${PASSWORD}\n`,
    timeoutMs: 20_000,
  });
  expect(kinit.exitCode, kinit.stderr).toBe(0);
}

/** Regroup's own "Refresh my groups" on Linux (the MIT service): a new TGT, then the swap. */
async function regroupRefresh(env: NodeJS.ProcessEnv): Promise<void> {
  const result = await createUnixService({ env }).refresh('user', { password: PASSWORD });
  expect(result.error, say(result.message)).toBeNull();
  expect(result.acquired.some((t) => t.isTgt)).toBe(true);
}

/** `regroup refresh --user --verify --password-stdin --json`, in-process, over the real DC. */
async function cliVerify(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; json: { verdict: { gained: unknown[]; lost: unknown[] } } }> {
  const argv = ['refresh', '--user', '--verify', '--password-stdin', '--json'];
  const done = await runSambaCli(argv, { env, password: PASSWORD });
  return { code: done.code, json: JSON.parse(done.out) };
}

function row(report: GroupsReport, sid: string) {
  return report.groups.find((r) => r.sid === sid);
}

describe('My groups against a Samba AD domain controller', () => {
  beforeAll(async () => {
    // Never skipped: without root or Linux this test fails and says why.
    if (!available.ok) throw new Error(`The Samba AD test cannot run here: ${available.reason}`);
    dc = await startSambaDc();
    financeSid = addUserAndGroup(dc, USER, PASSWORD, GROUP);
    // The DC is found as the OS finds it: no DNS SRV here, so the KDC host of krb5.conf (127.0.0.1).
    service = sambaGroupsService(dc.env);
    console.log(
      `Samba AD DC: provisioned in ${(dc.timings.provisionMs / 1000).toFixed(1)} s, ` +
        `LDAP + KDC answering ${(dc.timings.startMs / 1000).toFixed(1)} s after start`,
    );
  });

  afterAll(async () => {
    await dc?.stop();
    console.log(`groups-samba total: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('shows the Kerberos and directory views, and says why the sign-in token view is not available', async () => {
    expect(financeSid).toMatch(/^S-1-5-21-\d+-\d+-\d+-\d+$/);
    const env = dc?.env ?? {};
    await refresh(env);
    const report = await service.read();
    expect(report.principal).toBe('bob@LAB.TEST');
    expect(report.dc?.toLowerCase()).toMatch(/\.lab\.test$/);
    expect(report.views.kerberosServices).toMatchObject({ available: true, reason: null });
    expect(report.views.directory).toMatchObject({ available: true, reason: null });
    // No sssd/winbind here: `id` knows nothing of LAB's groups, so the view is null with a reason.
    expect(report.views.signInToken.available).toBe(false);
    expect(report.views.signInToken.code).toBe('not-mapped');
    expect(say(report.views.signInToken.reason)).toMatch(/does not map directory groups/);
    const domainUsers = report.groups.find((r) => r.sid.endsWith('-513'));
    expect(domainUsers).toMatchObject({
      name: 'LAB\\Domain Users',
      signInToken: null,
      kerberosServices: true,
      directory: true,
      scope: 'domain',
      meaning: null,
    });
    expect(row(report, financeSid)).toBeUndefined();
  });

  it('names a group added in the directory as gained for Kerberos services after the refresh', async () => {
    const env = dc?.env ?? {};
    dc?.samba(['group', 'addmembers', GROUP, USER]);
    const before = await service.read();
    expect(row(before, financeSid)).toMatchObject({
      name: 'LAB\\Finance',
      kerberosServices: false,
      directory: true,
      meaning: MEANING.newGroup,
    });
    await regroupRefresh(env);
    const after = await service.read();
    expect(row(after, financeSid)).toMatchObject({
      kerberosServices: true,
      directory: true,
      meaning: null,
    });
    const verdict = service.verdict(before, after);
    expect(verdict.unverified).toBeNull();
    expect(verdict.gained).toEqual([{ sid: financeSid, name: 'LAB\\Finance' }]);
    expect(verdict.lost).toEqual([]);
    // Linux without sssd/winbind: nothing can be said about a sign-out.
    expect(verdict.needsSignOut).toEqual([]);
  });

  it('names a group removed in the directory as lost after the refresh', async () => {
    const env = dc?.env ?? {};
    dc?.samba(['group', 'removemembers', GROUP, USER]);
    const before = await service.read();
    expect(row(before, financeSid)).toMatchObject({
      kerberosServices: true,
      directory: false,
      meaning: MEANING.removedInDirectory,
    });
    await regroupRefresh(env);
    const after = await service.read();
    expect(row(after, financeSid)).toBeUndefined();
    const verdict = service.verdict(before, after);
    expect(verdict.unverified).toBeNull();
    expect(verdict.lost).toEqual([{ sid: financeSid, name: 'LAB\\Finance' }]);
    expect(verdict.gained).toEqual([]);
  });

  it('says the result is unverified when there are no tickets to ask the DC with, and asks the named DC with --dc', async () => {
    const env = dc?.env ?? {};
    const before = await service.read();
    await runTool('kdestroy', ['-A'], { env });
    const noTickets = await service.read();
    expect(noTickets.views.kerberosServices.available).toBe(false);
    expect(noTickets.views.kerberosServices.code).toBe('no-credentials');
    expect(say(noTickets.views.kerberosServices.reason)).toMatch(/no Kerberos tickets/i);
    const unverified = service.verdict(before, noTickets);
    expect(say(unverified.unverified)).toMatch(/could not be read after the refresh/);
    expect(unverified.cause).toEqual(noTickets.views.kerberosServices.reason);

    await refresh(env);
    const explicit = createGroupsService({ platform: 'linux', env, dc: '127.0.0.1' });
    const report = await explicit.read();
    expect(report.views.kerberosServices.available).toBe(true);
    const unreachable = await createGroupsService({
      platform: 'linux',
      env,
      dc: '127.0.0.2',
    }).read();
    expect(say(unreachable.views.kerberosServices.reason)).toMatch(
      /could not be reached|not known to Kerberos/,
    );
    // ldapsearch's own words reach the help desk (the view's detail), never dropped.
    expect(unreachable.views.kerberosServices.detail).toMatch(/ldap_sasl_interactive_bind|GSSAPI/);
  });

  it('regroup refresh --user --verify names the gained, then the lost group (the CLI over the real DC)', async () => {
    const env = dc?.env ?? {};
    dc?.samba(['group', 'addmembers', GROUP, USER]);
    const gained = await cliVerify(env);
    expect(gained.code).toBe(0);
    expect(gained.json.verdict.gained).toEqual([{ sid: financeSid, name: 'LAB\\Finance' }]);
    dc?.samba(['group', 'removemembers', GROUP, USER]);
    const lost = await cliVerify(env);
    expect(lost.code).toBe(0);
    expect(lost.json.verdict.lost).toEqual([{ sid: financeSid, name: 'LAB\\Finance' }]);
  });
});
