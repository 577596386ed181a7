/**
 * How the computer's tickets are purged on Windows, in this order:
 *   direct   Regroup already runs elevated (an elevated administrator, or SYSTEM from Intune,
 *            Configuration Manager or a startup script): the fixed commands run as they are,
 *            `klist.exe -li 0x3e7 purge` and, when asked, `gpupdate.exe /target:computer /force`,
 *            with no prompt, so fleet tools can run `regroup refresh --computer`;
 *   helper   IT installed the helper's tasks (helper.ts) and they are exactly Regroup's: the
 *            person runs them, with no prompt at all;
 *   prompt   otherwise, for a person who can approve it (approval.ts: BUILTIN\Administrators in
 *            the token, or the answer could not be established): the administrator prompt
 *            (elevate.ts);
 *   cannot   otherwise: a standard user. No prompt is opened (it would ask for an administrator's
 *            password); the route's `reason` says that it needs an administrator, and that a
 *            restart or IT's helper does the same. A refresh asked anyway (the CLI) fails at once
 *            with `needs-administrator`, having changed nothing.
 * Every route answers in the prompt's shape (ElevationResult): the steps that ran, each with its
 * exit code, so the service reads every route the same way (a purge that worked followed by a
 * gpupdate that failed is `partial` whichever route ran them).
 */
import { msg, type Message } from '../../i18n/message';
import { exitCodeText } from '../../process/exit-codes';
import { runTool, type RunResult } from '../../process/run';
import type { System32Tool } from '../../process/windows-paths';
import type { Elevate, ElevatedStep, ElevationResult } from '../elevate';
import { kerberosErrorFromTool } from '../tool-errors';
import type { ComputerRoute } from '../service';
import type { KerberosError } from '../types';
import { createWindowsAccess, isElevatedToken, type WindowsAccess } from './approval';
import type { RunFn, WindowsHelper } from './helper';

export interface ComputerRouteOptions {
  helper: WindowsHelper;
  elevate: Elevate;
  klistPath: string;
  tool: (name: System32Tool) => string;
  env: NodeJS.ProcessEnv;
  run?: RunFn;
  /** The token and whether this person can approve the prompt (whoami.exe, reg.exe; approval.ts). */
  access?: WindowsAccess;
}

/** The route, and for `cannot` why, in words for the person and for the help desk. */
export type RouteDecision =
  { how: Exclude<ComputerRoute, 'cannot'> } | { how: 'cannot'; reason: Message; detail: string };

export interface ComputerRunner {
  how(): Promise<RouteDecision>;
  purge(gpupdate: boolean): Promise<ElevationResult>;
}

const failed = (steps: ElevatedStep[], stdout: string, error: KerberosError): ElevationResult => ({
  ok: false,
  steps,
  stdout,
  stderr: '',
  error,
});

export function createComputerRunner(options: ComputerRouteOptions): ComputerRunner {
  const { helper, elevate, klistPath, tool, env } = options;
  const run = options.run ?? runTool;
  const access = options.access ?? createWindowsAccess({ tool, env, run });

  async function how(): Promise<RouteDecision> {
    // One whoami read answers both "already elevated?" and "can approve?".
    const token = await access.token();
    if (isElevatedToken(token)) return { how: 'direct' };
    if ((await helper.status()).installed) return { how: 'helper' };
    const answer = await access.approval(token);
    return answer.can === false
      ? { how: 'cannot', reason: answer.reason, detail: answer.detail }
      : { how: 'prompt' };
  }

  async function direct(gpupdate: boolean): Promise<ElevationResult> {
    let purge: RunResult;
    try {
      purge = await run(klistPath, ['-li', '0x3e7', 'purge'], { env });
    } catch (error) {
      return failed([], '', kerberosErrorFromTool(error, 'windows'));
    }
    const steps: ElevatedStep[] = [{ name: 'purge', exitCode: purge.exitCode }];
    const text = purge.stdout + (purge.stderr ? `\n${purge.stderr}` : '');
    if (purge.exitCode !== 0) {
      const code = exitCodeText(purge.exitCode);
      return failed(steps, text, {
        code: 'klist-failed',
        message: msg('krb.windows.purgeFailed', { code }),
        detail: text.trim(),
      });
    }
    if (!gpupdate) return { ok: true, steps, stdout: purge.stdout, stderr: purge.stderr };
    try {
      const policy = await run(tool('gpupdate.exe'), ['/target:computer', '/force'], {
        env,
        timeoutMs: 600_000,
      });
      steps.push({ name: 'gpupdate', exitCode: policy.exitCode });
      const said = purge.stdout + policy.stdout;
      if (policy.exitCode === 0) return { ok: true, steps, stdout: said, stderr: '' };
      return failed(steps, said, {
        code: 'elevation-failed',
        message: msg('krb.helper.policyFailed', { code: exitCodeText(policy.exitCode) }),
        detail: [policy.stdout, policy.stderr].join('\n').trim(),
      });
    } catch (error) {
      return failed(steps, purge.stdout, kerberosErrorFromTool(error, 'windows'));
    }
  }

  async function viaHelper(gpupdate: boolean): Promise<ElevationResult> {
    const tickets = await helper.run('tickets');
    if (!tickets.ok) {
      return failed([], '', {
        code: 'elevation-failed',
        message: tickets.message,
        detail: tickets.detail,
      });
    }
    const steps: ElevatedStep[] = [{ name: 'purge', exitCode: 0 }];
    if (!gpupdate) return { ok: true, steps, stdout: '', stderr: '' };
    const policy = await helper.run('policy');
    if (policy.ok)
      return {
        ok: true,
        steps: [...steps, { name: 'gpupdate', exitCode: 0 }],
        stdout: '',
        stderr: '',
      };
    return failed(steps, '', {
      code: 'elevation-failed',
      message: policy.message,
      detail: policy.detail,
    });
  }

  return {
    how,
    async purge(gpupdate) {
      const route = await how();
      if (route.how === 'direct') return direct(gpupdate);
      if (route.how === 'helper') return viaHelper(gpupdate);
      if (route.how === 'cannot') {
        return failed([], '', {
          code: 'needs-administrator',
          message: route.reason,
          detail: route.detail,
        });
      }
      return elevate({ id: 'computer-purge', gpupdate });
    },
  };
}
