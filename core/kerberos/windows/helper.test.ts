/**
 * The Windows helper: its task XML is a constant, `install | remove | status` go through the fake
 * schtasks.exe (which answers as the real one, in English or German, and refuses a caller without
 * elevation), and a person without administrator rights runs the tasks through the fake
 * PowerShell, which runs the action the Task Scheduler stored, as SYSTEM.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeWindows, type FakeWindows } from '../../../test/fakes/fake-windows';
import { runTool, type RunResult } from '../../process/run';
import { HELPER_TASKS, runScript, TASK_SDDL } from './helper-task';
import { createWindowsHelper } from './helper';
import { readDacl, taskProblems } from './task-check';

let win: FakeWindows;
afterEach(() => win?.cleanup());

function helperOn(elevated: boolean) {
  win = createFakeWindows();
  win.setElevated(elevated);
  return createWindowsHelper({ env: win.env, tool: win.tool });
}

const ok = (stdout = ''): RunResult => ({
  exitCode: 0,
  stdout,
  stderr: '',
  durationMs: 1,
  truncated: false,
});

describe('the task definitions', () => {
  it('are constants: no environment, user or path changes a byte that reaches schtasks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('SystemRoot', 'windir', 'USERNAME', 'TEMP', 'ProgramData', 'PATH'),
          fc.string(),
        ),
        async (env) => {
          const written: string[] = [];
          const helper = createWindowsHelper({
            env,
            tool: (name) => `C:\\Windows\\System32\\${name}`,
            run: async (file, args) => {
              if (file.endsWith('whoami.exe')) return ok('"Mandatory Label","S-1-16-12288"');
              if (args[0] === '/create') {
                written.push(fs.readFileSync(args[4] ?? '').toString('hex'));
                return ok();
              }
              const id = args[2] === HELPER_TASKS.tickets.path ? 'tickets' : 'policy';
              return ok(HELPER_TASKS[id].xml);
            },
          });
          expect((await helper.install()).ok).toBe(true);
          const expected = (['tickets', 'policy'] as const).map((id) =>
            Buffer.concat([
              Buffer.from([0xff, 0xfe]),
              Buffer.from(HELPER_TASKS[id].xml, 'utf16le'),
            ]).toString('hex'),
          );
          expect(written).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['tickets', '%SystemRoot%\\System32\\klist.exe', '-li 0x3e7 purge'],
    ['policy', '%SystemRoot%\\System32\\gpupdate.exe', '/target:computer /force'],
  ] as const)(
    '%s: one action, as SYSTEM, no trigger, users may run but not change',
    (id, command, args) => {
      const { xml } = HELPER_TASKS[id];
      expect(xml.match(/<Exec>/g)).toHaveLength(1);
      expect(xml).toContain(`<Command>${command}</Command>`);
      expect(xml).toContain(`<Arguments>${args}</Arguments>`);
      expect(xml).toContain('<UserId>S-1-5-18</UserId>');
      expect(xml).not.toContain('<Triggers');
      expect(xml).toContain(`<SecurityDescriptor>${TASK_SDDL}</SecurityDescriptor>`);
      expect(readDacl(TASK_SDDL)).toEqual([
        { allow: true, sid: 'S-1-5-18', mask: 0x1f01ff },
        { allow: true, sid: 'S-1-5-32-544', mask: 0x1f01ff },
        { allow: true, sid: 'S-1-5-11', mask: 0x1200a9 },
      ]);
      expect(taskProblems(xml, HELPER_TASKS[id])).toEqual([]);
      expect(/^[\x20-\x7e\r\n]*$/.test(xml)).toBe(true);
    },
  );

  it("tells a task Windows stored differently, or someone changed, from Regroup's", () => {
    const task = HELPER_TASKS.tickets;
    // Windows may print FRFX back as a number: the same rights.
    expect(taskProblems(task.xml.replace('FRFX', '0x1200a9'), task)).toEqual([]);
    expect(taskProblems(task.xml.replace('(A;;FRFX;;;AU)', '(A;;FA;;;AU)'), task)).toEqual([
      'S-1-5-11 may change the task (0x1f01ff)',
    ]);
    expect(taskProblems(task.xml.replace('(A;;FRFX;;;AU)', ''), task)).toEqual([
      'Authenticated Users (S-1-5-11) may not read and run the task',
    ]);
    expect(
      taskProblems(task.xml.replace('klist.exe', '..\\..\\Users\\Public\\klist.exe'), task),
    ).toEqual(['Command: %SystemRoot%\\System32\\..\\..\\Users\\Public\\klist.exe']);
    expect(
      taskProblems(
        task.xml.replace('<Principals>', '<Triggers><LogonTrigger/></Triggers><Principals>'),
        task,
      ),
    ).toEqual(['Triggers: the task has a trigger']);
    expect(
      taskProblems(task.xml.replace(/<SecurityDescriptor>[^<]*<\/SecurityDescriptor>/, ''), task),
    ).toEqual(['RegistrationInfo/SecurityDescriptor is missing']);
  });
});

describe('regroup helper install | remove | status', { timeout: 30_000 }, () => {
  it('installs both tasks when elevated, and reads back what Windows stored', async () => {
    const helper = helperOn(true);
    const installed = await helper.install();
    expect(installed.ok).toBe(true);
    expect(installed.status?.tasks.map((t) => [t.task, t.state])).toEqual([
      ['\\Regroup\\ComputerTickets', 'installed'],
      ['\\Regroup\\ComputerPolicy', 'installed'],
    ]);
    const schtasks = win.tasks().calls?.map((c) => c.args ?? []) ?? [];
    expect(schtasks.map((args) => args.filter((a) => !a.endsWith('.xml')))).toEqual([
      ['/create', '/tn', '\\Regroup\\ComputerTickets', '/xml', '/f'],
      ['/create', '/tn', '\\Regroup\\ComputerPolicy', '/xml', '/f'],
      ['/query', '/tn', '\\Regroup\\ComputerTickets', '/xml'],
      ['/query', '/tn', '\\Regroup\\ComputerPolicy', '/xml'],
    ]);
    expect(win.tasks().violations).toBeUndefined();
    // The temporary XML files are gone.
    const files = schtasks.flatMap((args) => args.filter((a) => a.endsWith('.xml')));
    expect(files.filter((f) => fs.existsSync(f))).toEqual([]);
  });

  it('refuses without elevation, before anything is registered', async () => {
    const helper = helperOn(false);
    const result = await helper.install();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('not-elevated');
    expect(win.tasks().calls).toBeUndefined();
    expect(win.tasks().tasks).toEqual({});
  });

  it('reports schtasks refusing in its own (German) words', async () => {
    win = createFakeWindows();
    win.updateTasks((s) => (s.language = 'de'));
    // whoami sees an elevated token, but the Task Scheduler does not accept this caller.
    const helper = createWindowsHelper({
      env: win.env,
      tool: win.tool,
      run: (file, args, options) =>
        file.endsWith('whoami.exe')
          ? Promise.resolve(ok('"Mandatory Label\\High Mandatory Level","Label","S-1-16-12288",""'))
          : runTool(file, args, options),
    });
    const result = await helper.install();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('schtasks-failed');
    expect(result.error.message).toEqual({
      id: 'krb.helper.createFailed',
      values: { task: '\\Regroup\\ComputerTickets', code: '1' },
    });
    expect(result.error.detail).toBe('FEHLER: Zugriff verweigert');
    expect(win.tasks().tasks).toEqual({});
  });

  it('says a task someone changed is changed, and does not count it as installed', async () => {
    const helper = helperOn(true);
    await helper.install();
    win.updateTasks((s) => {
      const task = s.tasks['\\Regroup\\ComputerTickets'];
      if (task) task.xml = task.xml.replace('-li 0x3e7 purge', '-li 0x3e7 tgt');
    });
    win.setElevated(false);
    const status = await helper.status();
    expect(status.installed).toBe(false);
    expect(status.tasks[0]).toMatchObject({
      state: 'altered',
      problems: ['Arguments: -li 0x3e7 tgt'],
    });
    expect(status.tasks[1]?.state).toBe('installed');
  });

  it('removes both tasks when elevated, and only then', async () => {
    const helper = helperOn(true);
    await helper.install();
    win.setElevated(false);
    const refused = await helper.remove();
    expect(!refused.ok && refused.error.code).toBe('not-elevated');
    expect(Object.keys(win.tasks().tasks)).toHaveLength(2);
    win.setElevated(true);
    const removed = await helper.remove();
    expect(removed.ok).toBe(true);
    expect(removed.status?.tasks.map((t) => t.state)).toEqual(['missing', 'missing']);
    expect(win.tasks().tasks).toEqual({});
    // Removing again is not an error: there is nothing left to remove.
    expect((await helper.remove()).ok).toBe(true);
  });
});

describe('running the tasks without administrator rights', { timeout: 30_000 }, () => {
  it("purges the computer's tickets as SYSTEM, and reads the result as the person", async () => {
    const helper = helperOn(true);
    await helper.install();
    win.setElevated(false);
    expect(await helper.isElevated()).toBe(false);
    expect(await helper.run('tickets')).toEqual({ ok: true });
    expect(win.read().sessions['0:0x3e7']?.tickets).toEqual([]);
    expect(win.read().calls).toContainEqual({ args: ['-li', '0x3e7', 'purge'], elevated: true });
    expect(win.tasks().violations).toBeUndefined();
  });

  it('reports the exit code of an action that failed', async () => {
    const helper = helperOn(true);
    await helper.install();
    win.setElevated(false);
    win.update((s) => (s.gpupdateFails = true));
    const run = await helper.run('policy');
    expect(run).toMatchObject({
      ok: false,
      code: 'failed',
      message: { id: 'krb.helper.policyFailed', values: { code: '1' } },
    });
  });

  it('says the task did not run when it is not there (the PowerShell error is the detail)', async () => {
    const helper = helperOn(false);
    const run = await helper.run('tickets');
    expect(run).toMatchObject({ ok: false, code: 'not-run' });
    expect(!run.ok && run.detail).toMatch(/No MSFT_ScheduledTask objects found/);
  });

  it('gives up on a task that is still running', async () => {
    const helper = helperOn(true);
    await helper.install();
    win.updateTasks((s) => (s.hang = true));
    const run = await helper.run('tickets');
    expect(run).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('runs only the constant scripts', () => {
    expect(runScript('tickets')).toContain("$n = 'ComputerTickets'");
    expect(runScript('policy')).toContain("$n = 'ComputerPolicy'");
  });
});
