/**
 * Regroup's Linux side over the throwaway Samba AD DC (samba-dc.ts), as the Samba system tests
 * drive it: the groups service (no DNS SRV in the test, so the DC is krb5.conf's KDC on
 * 127.0.0.1, or `--dc`), and an in-process `regroup` command line over the real MIT service and
 * the real group reads, the password on standard input, both streams kept.
 */
import { createGroupsCommands } from '../../cli/groups-commands';
import { runCli, type CliContext } from '../../cli/main';
import { createGroupsService, type GroupsService } from '../../core/groups/service';
import { createUnixService } from '../../core/kerberos/unix/service';

/** The groups service as Regroup builds it on Linux; `dc` as `--dc` gives it. */
export function sambaGroupsService(env: NodeJS.ProcessEnv, dc?: string | null): GroupsService {
  return createGroupsService({
    platform: 'linux',
    env,
    dc,
    resolveSrv: () => Promise.reject(new Error('no DNS in the test')),
  });
}

export interface SambaCliRun {
  code: number;
  out: string;
  err: string;
  ms: number;
}

/**
 * `regroup ARGV` in-process with `password` on standard input; `onStderr` sees standard error so
 * far after each write (a test can act on a progress line), `context` replaces defaults.
 */
export async function runSambaCli(
  argv: string[],
  options: {
    env: NodeJS.ProcessEnv;
    password: string;
    onStderr?: (soFar: string) => void;
    context?: Partial<CliContext>;
  },
): Promise<SambaCliRun> {
  const { env, password, onStderr } = options;
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => {
      err += t;
      onStderr?.(err);
    },
    readStdin: async () => Buffer.from(`${password}\n`),
    readFile: async () => Buffer.alloc(0),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: () => createUnixService({ env }),
    groups: createGroupsCommands({ create: (dc) => sambaGroupsService(env, dc) }),
    version: 'test',
    now: () => new Date(),
    ...options.context,
  };
  const started = Date.now();
  const code = await runCli(argv, ctx);
  return { code, out, err, ms: Date.now() - started };
}
