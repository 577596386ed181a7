/**
 * Linux and macOS: can this person approve the administrator prompt? The fake tools answer with
 * the real tools' exit codes and words. pkcheck's were captured from polkitd 122 (Debian 12), run
 * with its own system bus in a private mount namespace: root exit 0; a user with no rule for
 * them exit 2 "Authorization requires authentication and -u wasn't passed." (the SAME for a member
 * of `sudo`: polkit does not say whose password it would ask for); a user a site rule refuses
 * (`polkit.Result.NO`) exit 1 "Not authorized."; no polkit daemon exit 126 "Error getting
 * authority: ...". `id -G` prints numbers, `id -Gn` names, space-separated, one line. The macOS
 * administrator's groups are a real list (os.Getgroups() of an admin account, printed in a public
 * Go example); the standard account's is that list without the groups macOS gives administrators
 * only (79, 80, 81, 98): constructed, not captured.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../../test/fakes/english';
import { ToolError, type RunOptions, type RunResult } from '../../process/run';
import { createUnixApproval, ID_PATH, PKCHECK_PATH } from './approval';

interface Answer {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}

const PKCHECK = {
  yes: { exitCode: 0 },
  challenge: {
    exitCode: 2,
    stderr: "Authorization requires authentication and -u wasn't passed.\n",
  },
  no: { exitCode: 1, stderr: 'Not authorized.\n' },
  noDaemon: {
    exitCode: 126,
    stderr:
      'Error getting authority: Error initializing authority: Could not connect: No such file or directory\n',
  },
} satisfies Record<string, Answer>;

/** A runner that answers for the given tools only; anything else is not installed. */
function fakeTools(answers: Record<string, Answer>) {
  const calls: Array<{ file: string; args: readonly string[]; env?: NodeJS.ProcessEnv }> = [];
  const run = async (
    file: string,
    args: readonly string[],
    options?: RunOptions,
  ): Promise<RunResult> => {
    calls.push({ file, args, env: options?.env });
    const answer = answers[`${file} ${args[0]}`];
    if (!answer) throw new ToolError('not-found', file.split('/').pop() ?? file, file);
    return {
      exitCode: answer.exitCode,
      stdout: answer.stdout ?? '',
      stderr: answer.stderr ?? '',
      durationMs: 1,
      truncated: false,
    };
  };
  return { run, calls };
}

const linux = (answers: Record<string, Answer>) => {
  const tools = fakeTools(answers);
  return { approval: createUnixApproval({ platform: 'linux', run: tools.run, pid: 4242 }), tools };
};

describe('Linux (polkit)', () => {
  it('asks pkcheck about the action pkexec checks, for this process, by absolute path', async () => {
    const { approval, tools } = linux({ [`${PKCHECK_PATH} --action-id`]: PKCHECK.yes });
    expect((await approval()).can).toBe(true);
    expect(tools.calls).toEqual([
      {
        file: '/usr/bin/pkcheck',
        args: ['--action-id', 'org.freedesktop.policykit.exec', '--process', '4242'],
        env: { PATH: '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' },
      },
    ]);
  });

  it('says "no" where polkit refuses, with what to do', async () => {
    const { approval } = linux({ [`${PKCHECK_PATH} --action-id`]: PKCHECK.no });
    const answer = await approval();
    expect(answer.can).toBe(false);
    if (answer.can !== false) return;
    expect(say(answer.reason)).toBe(
      "Refreshing this computer's groups needs an administrator, and this system's policy does not allow your account to approve it. Ask your IT department or an administrator of this computer.",
    );
    expect(answer.detail).toBe('pkcheck org.freedesktop.policykit.exec: exit 1 Not authorized.');
  });

  it('on a challenge, "yes" for a member of a default administrator group (sudo, admin, wheel)', async () => {
    for (const group of ['sudo', 'admin', 'wheel']) {
      const { approval } = linux({
        [`${PKCHECK_PATH} --action-id`]: PKCHECK.challenge,
        [`${ID_PATH} -Gn`]: { exitCode: 0, stdout: `alice domain^users ${group}\n` },
      });
      expect((await approval()).can).toBe(true);
    }
  });

  it('on a challenge, "unknown" for anyone else: a site rule may name them, the dialog says whom it asks', async () => {
    const { approval } = linux({
      [`${PKCHECK_PATH} --action-id`]: PKCHECK.challenge,
      [`${ID_PATH} -Gn`]: { exitCode: 0, stdout: 'alice domain^users linux-admins@contoso.com\n' },
    });
    const answer = await approval();
    expect(answer.can).toBeNull();
    expect(answer.detail).toContain('id -Gn: alice domain^users linux-admins@contoso.com');
  });

  it('"unknown" without a polkit daemon, without pkcheck, or when id fails', async () => {
    expect(
      (await linux({ [`${PKCHECK_PATH} --action-id`]: PKCHECK.noDaemon }).approval()).can,
    ).toBeNull();
    expect((await linux({}).approval()).can).toBeNull();
    const failedId = linux({
      [`${PKCHECK_PATH} --action-id`]: PKCHECK.challenge,
      [`${ID_PATH} -Gn`]: { exitCode: 1, stderr: 'id: cannot find name for group ID 4711\n' },
    });
    expect((await failedId.approval()).can).toBeNull();
  });
});

const ADMIN_GIDS = '20 12 61 79 80 81 98 33 100 204 250 395 398 399 400 701';

describe('macOS (the admin group, gid 80)', () => {
  const mac = (stdout: string) =>
    createUnixApproval({
      platform: 'darwin',
      run: fakeTools({ [`${ID_PATH} -G`]: { exitCode: 0, stdout } }).run,
    });

  it('"yes" for a member of admin (gid 80), by number', async () => {
    expect((await mac(`${ADMIN_GIDS}\n`)()).can).toBe(true);
  });

  it('"no" for a standard account, with what does the same', async () => {
    const answer = await mac('20 12 61 33 100 204 250 395 398 399 400 701\n')();
    expect(answer.can).toBe(false);
    if (answer.can !== false) return;
    expect(say(answer.reason)).toMatch(
      /your account is not one on this Mac\. Restart the Mac, which does the same/,
    );
    // 180 contains "80": only whole numbers count.
    expect((await mac('20 180 800\n')()).can).toBe(false);
  });
});
