/**
 * "Refresh computer groups" on Windows by each route, end to end through the fakes: the helper's
 * tasks (fake schtasks.exe and PowerShell; the action runs as SYSTEM), Regroup already elevated
 * (klist.exe and gpupdate.exe run as they are), and the administrator prompt when neither holds.
 * The pre-flight is skipped (`force`): these tests are about who runs the purge.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeUac, ELEVATED_PURGE, type FakeUac } from '../../../test/fakes/fake-uac';
import { say } from '../../../test/fakes/english';
import { createFakeWindows, type FakeWindows } from '../../../test/fakes/fake-windows';
import { TOKENS, tokenOfSample } from '../../../test/fakes/fake-tokens';
import { createElevator } from '../elevate';
import { createWindowsHelper } from './helper';
import { createWindowsService } from './service';

let win: FakeWindows;
let uac: FakeUac;
afterEach(() => win?.cleanup());

/**
 * A fake Windows; `helper`: IT installed the helper (as an administrator, beforehand); `token`:
 * the person's sign-in token, from a real whoami sample (fake-tokens.ts).
 */
async function setUp(options: { helper: boolean; elevated: boolean; token?: string }) {
  win = createFakeWindows();
  uac = createFakeUac(win);
  if (options.helper) {
    win.setElevated(true);
    const installed = await createWindowsHelper({ env: win.env, tool: win.tool }).install();
    expect(installed.ok).toBe(true);
  }
  const token = options.token;
  if (token) win.updateGroups((g) => (g.whoami.groups = tokenOfSample(token)));
  win.setElevated(options.elevated);
  // An elevated process's klist may read and purge the computer's session.
  win.update((s) => (s.elevated = options.elevated));
  win.updateTasks((s) => delete s.calls);
  return createWindowsService({
    env: win.env,
    klistPath: win.klistPath,
    elevate: createElevator({
      env: { SystemRoot: 'C:\\Windows' },
      platform: 'win32',
      run: (...a) => uac.run(...a),
    }),
  });
}

const taskRuns = (): Array<string | undefined> =>
  (win.tasks().calls ?? []).filter((c) => c.tool === 'powershell').map((c) => c.task);

describe(
  'with the helper installed, for a person without administrator rights',
  { timeout: 60_000 },
  () => {
    it('says so in the capabilities, and refreshes with no prompt at all', async () => {
      const service = await setUp({ helper: true, elevated: false });
      expect((await service.capabilities()).computerRefresh).toEqual({
        available: true,
        reason: null,
        how: 'helper',
      });
      const result = await service.refresh('computer', { force: true });
      expect(result.outcome).toBe('refreshed');
      expect(say(result.message)).toMatch(/computer's tickets were removed/);
      expect(uac.elevated).toEqual([]);
      expect(taskRuns()).toEqual(['\\Regroup\\ComputerTickets']);
      expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
      // klist ran as SYSTEM (the task), never as the person.
      expect(win.read().calls).toContainEqual({ args: ['-li', '0x3e7', 'purge'], elevated: true });
    });

    it('runs the policy task after the tickets task when gpupdate is asked', async () => {
      const service = await setUp({ helper: true, elevated: false });
      const result = await service.refresh('computer', { gpupdate: true, force: true });
      expect(result.outcome).toBe('refreshed');
      expect(say(result.message)).toMatch(/policy was re-applied/);
      expect(taskRuns()).toEqual(['\\Regroup\\ComputerTickets', '\\Regroup\\ComputerPolicy']);
      expect(uac.elevated).toEqual([]);
    });

    it('reports a failed policy task as partial: the tickets were purged', async () => {
      const service = await setUp({ helper: true, elevated: false });
      win.update((s) => (s.gpupdateFails = true));
      const result = await service.refresh('computer', { gpupdate: true, force: true });
      expect(result.outcome).toBe('partial');
      expect(result.failed.map((f) => f.message)).toEqual([
        { id: 'krb.helper.policyFailed', values: { code: '1' } },
      ]);
      expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
    });

    it('falls back to the prompt when a task was changed after installation', async () => {
      const service = await setUp({ helper: true, elevated: false });
      win.updateTasks((s) => {
        const task = s.tasks['\\Regroup\\ComputerTickets'];
        if (task) task.xml = task.xml.replace('(A;;FRFX;;;AU)', '(A;;FA;;;AU)');
      });
      expect((await service.capabilities()).computerRefresh.how).toBe('prompt');
      const result = await service.refresh('computer', { force: true });
      expect(result.outcome).toBe('refreshed');
      expect(taskRuns()).toEqual([]);
      expect(uac.elevated).toEqual([ELEVATED_PURGE]);
    });
  },
);

describe('already elevated (an administrator, SYSTEM)', { timeout: 60_000 }, () => {
  it('runs the fixed commands directly: no prompt, no task', async () => {
    const service = await setUp({ helper: false, elevated: true });
    expect((await service.capabilities()).computerRefresh.how).toBe('direct');
    const result = await service.refresh('computer', { gpupdate: true, force: true });
    expect(result.outcome).toBe('refreshed');
    expect(uac.elevated).toEqual([]);
    expect(taskRuns()).toEqual([]);
    const calls = win.read().calls ?? [];
    expect(calls.map((c) => c.args)).toEqual([
      ['-li', '0x3e7', 'purge'],
      ['gpupdate', '/target:computer', '/force'],
    ]);
    expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
  });

  it('reports a failed gpupdate after a good purge as partial', async () => {
    const service = await setUp({ helper: false, elevated: true });
    win.update((s) => (s.gpupdateFails = true));
    const result = await service.refresh('computer', { gpupdate: true, force: true });
    expect(result.outcome).toBe('partial');
    expect(result.failed[0]?.message.id).toBe('krb.helper.policyFailed');
  });
});

describe('neither helper nor elevation', { timeout: 60_000 }, () => {
  it('asks the administrator prompt of an administrator under UAC', async () => {
    const service = await setUp({ helper: false, elevated: false, token: TOKENS.filteredAdmin });
    expect((await service.capabilities()).computerRefresh.how).toBe('prompt');
    await service.refresh('computer', { force: true });
    expect(uac.elevated).toEqual([ELEVATED_PURGE]);
  });

  it('asks the prompt, as before, when the token cannot be read (whoami lists nothing)', async () => {
    const service = await setUp({ helper: false, elevated: false });
    expect((await service.capabilities()).computerRefresh.how).toBe('prompt');
    await service.refresh('computer', { force: true });
    expect(uac.elevated).toEqual([ELEVATED_PURGE]);
  });
});

describe('a standard user, without the helper', { timeout: 60_000 }, () => {
  it('is not sent to a password box: the capabilities say who can do it, and what does the same', async () => {
    const service = await setUp({ helper: false, elevated: false, token: TOKENS.standardUser });
    const route = (await service.capabilities()).computerRefresh;
    expect(route).toMatchObject({ available: true, how: 'cannot' });
    expect(route.reason && say(route.reason)).toMatch(
      /^Refreshing this computer's groups needs an administrator, and your account is not one on this computer\. Restart the computer, which does the same/,
    );
  });

  it('refuses a refresh asked anyway (the CLI) at once: no prompt, nothing purged', async () => {
    const service = await setUp({ helper: false, elevated: false, token: TOKENS.standardUser });
    win.setPolicy('ConsentPromptBehaviorUser', 0);
    const result = await service.refresh('computer', { gpupdate: true, force: true });
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('needs-administrator');
    expect(result.error?.message.id).toBe('krb.approval.windows.denied');
    expect(result.error?.detail).toContain('ConsentPromptBehaviorUser=0x0');
    expect(uac.launches).toEqual([]);
    expect(win.read().calls ?? []).not.toContainEqual(
      expect.objectContaining({ args: ['-li', '0x3e7', 'purge'] }),
    );
    expect(win.read().sessions['0:0x3e7']?.tickets).toHaveLength(1);
  });

  it('uses the helper where IT installed it, with no question about approval', async () => {
    const service = await setUp({ helper: true, elevated: false, token: TOKENS.standardUser });
    expect((await service.capabilities()).computerRefresh.how).toBe('helper');
    expect(win.registry().calls ?? []).toEqual([]);
    expect((await service.refresh('computer', { force: true })).outcome).toBe('refreshed');
    expect(uac.launches).toEqual([]);
  });
});
