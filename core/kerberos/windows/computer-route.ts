/**
 * How the computer's tickets are purged on Windows, in this order:
 *   direct   Regroup already runs elevated (an elevated administrator, or SYSTEM from Intune,
 *            Configuration Manager or a startup script): the fixed commands run as they are,
 *            `klist.exe -li 0x3e7 purge` and, when asked, `gpupdate.exe /target:computer /force`,
 *            with no prompt, so fleet tools can run `regroup refresh --computer`;
 *   helper   IT installed the helper's tasks (helper.ts) and they are exactly Regroup's: the
 *            person runs them, with no prompt at all;
 *   prompt   otherwise: the administrator prompt (elevate.ts), as before.
 * Every route answers in the prompt's shape (ElevationResult): the steps that ran, each with its
 * exit code, so the service reads every route the same way (a purge that worked followed by a
 * gpupdate that failed is `partial` whichever route ran them).
 */
import { msg } from '../../i18n/message';
import { exitCodeText } from '../../process/exit-codes';
import { runTool, type RunResult } from '../../process/run';
import type { System32Tool } from '../../process/windows-paths';
import type { Elevate, ElevatedStep, ElevationResult } from '../elevate';
import { kerberosErrorFromTool } from '../tool-errors';
import type { ComputerRoute } from '../service';
import type { KerberosError } from '../types';
import type { RunFn, WindowsHelper } from './helper';

export interface ComputerRouteOptions {
  helper: WindowsHelper;
  elevate: Elevate;
  klistPath: string;
  tool: (name: System32Tool) => string;
  env: NodeJS.ProcessEnv;
  run?: RunFn;
}

export interface ComputerRunner {
  how(): Promise<ComputerRoute>;
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

  async function how(): Promise<ComputerRoute> {
    if (await helper.isElevated()) return 'direct';
    return (await helper.status()).installed ? 'helper' : 'prompt';
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
      if (route === 'direct') return direct(gpupdate);
      if (route === 'helper') return viaHelper(gpupdate);
      return elevate({ id: 'computer-purge', gpupdate });
    },
  };
}
