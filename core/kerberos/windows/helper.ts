/**
 * The Windows helper: `regroup helper install | remove | status`, and running its tasks.
 *
 * - install (elevated only): each task's constant XML (helper-task.ts) is written, UTF-16 with a
 *   byte-order mark as schtasks.exe reads it, into a new private temporary folder, registered with
 *   `schtasks.exe /create /tn <task> /xml <file> /f`, and then read back with
 *   `schtasks.exe /query /tn <task> /xml`: what Windows stored is checked (task-check.ts), not
 *   what Regroup asked for. A task Windows stored differently is reported, and not used.
 * - remove (elevated only): `schtasks.exe /delete /tn <task> /f` for each task that exists.
 * - status (anyone): the read-back check above, per task.
 * - run (anyone): a constant PowerShell script starts one task and waits for it, and prints its
 *   state and last result (helper-task.ts `runScript`).
 * - isElevated: `whoami.exe /groups /fo csv /nh` lists the High (S-1-16-12288) or System
 *   (S-1-16-16384) mandatory label: an elevated administrator or SYSTEM. SIDs are the same in
 *   every display language, unlike group names.
 * Every tool is called by its absolute path in System32 (core/process/windows-paths.ts), with an
 * argument array; nothing a person typed reaches a command line.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { msg, type Message } from '../../i18n/message';
import { exitCodeText } from '../../process/exit-codes';
import { runTool, ToolError, type RunOptions, type RunResult } from '../../process/run';
import { system32Tool, type System32Tool } from '../../process/windows-paths';
import {
  HELPER_TASKS,
  parseRunOutput,
  runScript,
  SCHED_S_TASK_HAS_NOT_RUN,
  SCHED_S_TASK_RUNNING,
  type HelperTaskId,
} from './helper-task';
import { taskProblems } from './task-check';

export type RunFn = (
  file: string,
  args: readonly string[],
  options?: RunOptions,
) => Promise<RunResult>;

export type HelperTaskState = 'installed' | 'missing' | 'altered';

export interface HelperTaskStatus {
  id: HelperTaskId;
  task: string;
  commandLine: string;
  state: HelperTaskState;
  /** `altered`: what differs (technical, for the help desk); `missing`: schtasks' own words. */
  problems: string[];
}

export interface HelperStatus {
  /** Both tasks are there and exactly Regroup's. */
  installed: boolean;
  tasks: HelperTaskStatus[];
}

export type HelperErrorCode = 'not-elevated' | 'schtasks-failed' | 'not-as-asked';

export interface HelperError {
  code: HelperErrorCode;
  message: Message;
  detail?: string;
}

export type HelperChange =
  | { ok: true; status: HelperStatus }
  | { ok: false; error: HelperError; status: HelperStatus | null };

export type TaskRun =
  | { ok: true }
  | { ok: false; code: 'failed' | 'not-run' | 'timeout'; message: Message; detail: string };

export interface WindowsHelper {
  isElevated(): Promise<boolean>;
  status(): Promise<HelperStatus>;
  install(): Promise<HelperChange>;
  remove(): Promise<HelperChange>;
  run(id: HelperTaskId): Promise<TaskRun>;
}

export interface WindowsHelperOptions {
  env?: NodeJS.ProcessEnv;
  /** The absolute path of a System32 tool; tests point it at the fakes. */
  tool?: (name: System32Tool) => string;
  run?: RunFn;
  /** Where the private temporary folder for the XML is made (os.tmpdir()). */
  tempDir?: string;
}

const MANDATORY_ELEVATED = ['S-1-16-12288', 'S-1-16-16384'];
const TASK_IDS: readonly HelperTaskId[] = ['tickets', 'policy'];
/** The run script waits up to the task's limit + 30 s; the process gets 15 s more. */
const RUN_TIMEOUT_MS: Readonly<Record<HelperTaskId, number>> = {
  tickets: 165_000,
  policy: 645_000,
};

/** Some schtasks builds print UTF-16 to a pipe: read as UTF-8 its ASCII comes with NULs between. */
const clean = (text: string): string => text.replace(/\0/g, '');

/** The tool's words for the help desk: standard error, then standard output. */
function words(run: RunResult): string {
  return [clean(run.stderr).trim(), clean(run.stdout).trim()].filter(Boolean).join('\n');
}

export function createWindowsHelper(options: WindowsHelperOptions = {}): WindowsHelper {
  const env = options.env ?? process.env;
  const tool = options.tool ?? ((name: System32Tool) => system32Tool(env, name));
  const run = options.run ?? runTool;
  const schtasks = (args: string[]): Promise<RunResult> =>
    run(tool('schtasks.exe'), args, { env, timeoutMs: 30_000 });

  async function isElevated(): Promise<boolean> {
    try {
      const result = await run(tool('whoami.exe'), ['/groups', '/fo', 'csv', '/nh'], {
        env,
        timeoutMs: 10_000,
      });
      return result.exitCode === 0 && MANDATORY_ELEVATED.some((sid) => result.stdout.includes(sid));
    } catch {
      return false;
    }
  }

  async function taskStatus(id: HelperTaskId): Promise<HelperTaskStatus> {
    const task = HELPER_TASKS[id];
    const base = { id, task: task.path, commandLine: task.commandLine };
    let query: RunResult;
    try {
      query = await schtasks(['/query', '/tn', task.path, '/xml']);
    } catch (error) {
      return { ...base, state: 'missing', problems: [(error as Error).message] };
    }
    if (query.exitCode !== 0) return { ...base, state: 'missing', problems: [words(query)] };
    const problems = taskProblems(query.stdout, task);
    return { ...base, state: problems.length ? 'altered' : 'installed', problems };
  }

  async function status(): Promise<HelperStatus> {
    const tasks: HelperTaskStatus[] = [];
    for (const id of TASK_IDS) tasks.push(await taskStatus(id));
    return { installed: tasks.every((t) => t.state === 'installed'), tasks };
  }

  const notElevated = (): HelperChange => ({
    ok: false,
    status: null,
    error: { code: 'not-elevated', message: msg('krb.helper.needsAdmin') },
  });

  const failedRun = (message: Message, detail: string): HelperChange => ({
    ok: false,
    status: null,
    error: { code: 'schtasks-failed', message, detail },
  });

  async function register(id: HelperTaskId, folder: string): Promise<HelperChange | null> {
    const task = HELPER_TASKS[id];
    const file = path.join(folder, `${task.name}.xml`);
    // UTF-16LE with a byte-order mark: the encoding the XML declares and schtasks.exe expects.
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(task.xml, 'utf16le')]),
      {
        mode: 0o600,
      },
    );
    try {
      const created = await schtasks(['/create', '/tn', task.path, '/xml', file, '/f']);
      if (created.exitCode === 0) return null;
      const code = exitCodeText(created.exitCode);
      return failedRun(msg('krb.helper.createFailed', { task: task.path, code }), words(created));
    } catch (error) {
      return failedRun(
        msg('krb.helper.schtasksMissing', { path: tool('schtasks.exe') }),
        String(error),
      );
    }
  }

  async function install(): Promise<HelperChange> {
    if (!(await isElevated())) return notElevated();
    const folder = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'regroup-helper-'));
    try {
      for (const id of TASK_IDS) {
        const failure = await register(id, folder);
        if (failure) return failure;
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const after = await status();
    if (after.installed) return { ok: true, status: after };
    const detail = after.tasks
      .filter((t) => t.state !== 'installed')
      .map((t) => `${t.task}: ${t.problems.join('; ')}`)
      .join('\n');
    return {
      ok: false,
      status: after,
      error: { code: 'not-as-asked', message: msg('krb.helper.notAsAsked'), detail },
    };
  }

  async function remove(): Promise<HelperChange> {
    if (!(await isElevated())) return notElevated();
    for (const id of TASK_IDS) {
      const task = HELPER_TASKS[id];
      if ((await taskStatus(id)).state === 'missing') continue;
      try {
        const deleted = await schtasks(['/delete', '/tn', task.path, '/f']);
        if (deleted.exitCode !== 0) {
          const code = exitCodeText(deleted.exitCode);
          return failedRun(
            msg('krb.helper.deleteFailed', { task: task.path, code }),
            words(deleted),
          );
        }
      } catch (error) {
        return failedRun(
          msg('krb.helper.schtasksMissing', { path: tool('schtasks.exe') }),
          String(error),
        );
      }
    }
    return { ok: true, status: await status() };
  }

  async function runTask(id: HelperTaskId): Promise<TaskRun> {
    const script = Buffer.from(runScript(id), 'utf16le').toString('base64');
    const args = [
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      script,
    ];
    let result: RunResult;
    try {
      result = await run(tool('WindowsPowerShell\\v1.0\\powershell.exe'), args, {
        env,
        timeoutMs: RUN_TIMEOUT_MS[id],
      });
    } catch (error) {
      const late = error instanceof ToolError && error.reason === 'timeout';
      const seconds = Math.round(RUN_TIMEOUT_MS[id] / 1000);
      return late
        ? {
            ok: false,
            code: 'timeout',
            message: msg('krb.helper.timeout', { seconds }),
            detail: '',
          }
        : { ok: false, code: 'not-run', message: msg('krb.helper.notRun'), detail: String(error) };
    }
    const output = parseRunOutput(result.stdout);
    const detail = words(result);
    if (!output || result.exitCode !== 0) {
      return { ok: false, code: 'not-run', message: msg('krb.helper.notRun'), detail };
    }
    if (output.state === 'Running' || output.lastResult === SCHED_S_TASK_RUNNING) {
      const seconds = Math.round(RUN_TIMEOUT_MS[id] / 1000);
      return {
        ok: false,
        code: 'timeout',
        message: msg('krb.helper.timeout', { seconds }),
        detail,
      };
    }
    if (output.lastResult === SCHED_S_TASK_HAS_NOT_RUN) {
      return { ok: false, code: 'not-run', message: msg('krb.helper.notRun'), detail };
    }
    if (output.lastResult === 0) return { ok: true };
    const code = exitCodeText(output.lastResult);
    const task = HELPER_TASKS[id];
    return {
      ok: false,
      code: 'failed',
      message: msg(id === 'tickets' ? 'krb.helper.purgeFailed' : 'krb.helper.policyFailed', {
        code,
      }),
      detail: `${task.path} (${task.commandLine}): LastTaskResult ${code}`,
    };
  }

  return { isElevated, status, install, remove, run: runTask };
}
