/**
 * "Wait for my new group" end to end against a real Samba AD domain controller on 127.0.0.1:
 * `regroup refresh --user --wait-for Finance --password-stdin --json` runs in-process over the
 * real MIT service and the real group reads (ldapsearch -Y GSSAPI), on the real clock. After its
 * first check has said that the directory does not list bob in Finance, the test adds bob to
 * Finance on the DC (samba-tool group addmembers); the next check (30 s later, the waiter's first
 * interval) must see it in the directory, refresh (a new TGT), verify, and end with the verdict
 * naming LAB\Finance as gained for Kerberos services. A second wait then ends at once: the group
 * is already there, nothing is refreshed.
 *
 * Needs root and the AD ports; run it under the Samba lock (only one DC at a time).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_INTERVAL_MS } from '../../core/groups/group-waiter';
import { runTool } from '../../core/process/run';
import { runSambaCli, sambaGroupsService } from '../samba/samba-cli';
import { addUserAndGroup, sambaAvailable, startSambaDc, type SambaDc } from '../samba/samba-dc';

const USER = 'bob';
const PASSWORD = 'B0b-Regroup-2024!';
const GROUP = 'Finance';

const available = sambaAvailable();
let dc: SambaDc | null = null;
let financeSid = '';

interface WaitJson {
  ok?: boolean;
  verdict?: { gained: unknown[]; lost: unknown[]; unverified: unknown };
  headline?: { kind: string };
  wait: { end: string; checks: number; found: unknown; inDirectory: boolean };
}

/** `regroup refresh --user --wait-for GROUP --password-stdin --json`, stderr as on a terminal. */
async function cliWait(
  env: NodeJS.ProcessEnv,
  onProgress: (stderr: string) => void = () => undefined,
): Promise<{ code: number; json: WaitJson; stderr: string; ms: number }> {
  const argv = ['refresh', '--user', '--wait-for', GROUP, '--timeout', '5m', '--password-stdin'];
  const done = await runSambaCli([...argv, '--json'], {
    env,
    password: PASSWORD,
    onStderr: onProgress,
    context: { stderrIsTTY: true, terminal: { columns: 200, colour: false } },
  });
  return { code: done.code, json: JSON.parse(done.out) as WaitJson, stderr: done.err, ms: done.ms };
}

describe('waiting for a group against a Samba AD domain controller', () => {
  beforeAll(async () => {
    // Never skipped: without root or Linux this test fails and says why.
    if (!available.ok) throw new Error(`The Samba AD test cannot run here: ${available.reason}`);
    dc = await startSambaDc();
    financeSid = addUserAndGroup(dc, USER, PASSWORD, GROUP);
    // bob signed in this morning: a TGT without Finance.
    const kinit = await runTool('kinit', [`${USER}@LAB.TEST`], {
      env: dc.env,
      input: `${PASSWORD}\n`,
      timeoutMs: 20_000,
    });
    expect(kinit.exitCode, kinit.stderr).toBe(0);
  });

  afterAll(async () => {
    await dc?.stop();
  });

  it('sees bob added to Finance while it waits, refreshes, verifies, and ends with Finance gained', async () => {
    const env = dc?.env ?? {};
    let added = false;
    const waited = await cliWait(env, (stderr) => {
      // After the first check said "not yet", IT adds bob to Finance.
      if (!added && stderr.includes('The directory does not list you in Finance yet.')) {
        added = true;
        dc?.samba(['group', 'addmembers', GROUP, USER]);
      }
    });
    console.log(`wait-for on Samba: arrived after ${(waited.ms / 1000).toFixed(1)} s`);
    expect(added).toBe(true);
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.json.wait).toMatchObject({
      end: 'arrived',
      checks: 2,
      found: { sid: financeSid, name: 'LAB\\Finance' },
    });
    expect(waited.json.ok).toBe(true);
    expect(waited.json.verdict?.unverified).toBeNull();
    expect(waited.json.verdict?.gained).toEqual([{ sid: financeSid, name: 'LAB\\Finance' }]);
    expect(waited.json.headline?.kind).toBe('changed');
    // The second check came after the first interval, not sooner.
    expect(waited.ms).toBeGreaterThanOrEqual(FIRST_INTERVAL_MS);
    const lines = waited.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^Waiting for Finance until \d/);
    expect(lines).toContain('LAB\\Finance is in the directory: getting a new sign-in ticket…');

    // Network services see it now (the new tickets), and the directory agrees.
    const after = await sambaGroupsService(env).read();
    expect(after.groups.find((r) => r.sid === financeSid)).toMatchObject({
      kerberosServices: true,
      directory: true,
    });
  }, 120_000);

  it('ends at once when the group is already there: nothing to wait for, nothing refreshed', async () => {
    const waited = await cliWait(dc?.env ?? {});
    expect(waited.code).toBe(0);
    expect(waited.json.wait).toMatchObject({ end: 'already-there', checks: 1 });
    expect(waited.json.ok).toBeUndefined();
    expect(waited.ms).toBeLessThan(FIRST_INTERVAL_MS);
  });
});
