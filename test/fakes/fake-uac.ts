/**
 * A stand-in for the Windows UAC prompt behind `@vscode/sudo-prompt`. It has the library's `exec`
 * signature; when "approved" it runs the command line it was given — which must be exactly one of
 * Regroup's fixed command lines — with the fake klist in place of `C:\Windows\System32\klist.exe`,
 * as an elevated process would. It records every command line it was asked to run.
 */
import { execFile } from 'node:child_process';
import { PURGED_MARKER, type SudoPromptLike } from '../../core/kerberos/elevate';
import type { FakeWindows } from './fake-windows';

/** approve: runs the command; gpupdate-fails: the purge runs, then gpupdate fails as the real one can. */
export type UacAnswer = 'approve' | 'decline' | 'fail' | 'gpupdate-fails';

export interface FakeUac extends SudoPromptLike {
  commands: string[];
  answer: UacAnswer;
}

const KLIST = '"C:\\Windows\\System32\\klist.exe"';
const GPUPDATE = '"C:\\Windows\\System32\\gpupdate.exe" /target:computer /force';

export function createFakeUac(win: FakeWindows, answer: UacAnswer = 'approve'): FakeUac {
  const uac: FakeUac = {
    commands: [],
    answer,
    exec(command, _options, callback) {
      uac.commands.push(command);
      if (uac.answer === 'decline') return callback(new Error('User did not grant permission.'));
      if (uac.answer === 'fail')
        return callback(new Error('Command failed: policy blocked it'), '', 'blocked');
      const parts = command.split(' && ');
      const [purge, marker, policy] = parts;
      const withPolicy =
        parts.length === 3 && marker === `echo ${PURGED_MARKER}` && policy === GPUPDATE;
      if (!purge?.startsWith(`${KLIST} `) || !(parts.length === 1 || withPolicy)) {
        return callback(new Error(`fake UAC: unexpected command line ${command}`));
      }
      const args = purge.slice(KLIST.length + 1).split(' ');
      execFile(
        win.klistPath,
        args,
        { env: { ...win.env, FAKE_ELEVATED: '1' } },
        (error, stdout, stderr) => {
          if (error) {
            return callback(
              Object.assign(new Error(`Command failed: ${command}`), { code: 1 }),
              stdout,
              stderr,
            );
          }
          if (!withPolicy) return callback(undefined, stdout, stderr);
          // cmd runs `echo`, then gpupdate prints its own lines after klist's.
          const out = `${stdout}${PURGED_MARKER}\r\nUpdating policy...\r\n`;
          if (uac.answer === 'gpupdate-fails') {
            const failed = `${out}\r\nComputer policy could not be updated successfully.\r\n`;
            return callback(
              Object.assign(new Error(`Command failed: ${command}`), { code: 1 }),
              failed,
              stderr,
            );
          }
          callback(
            undefined,
            `${out}\r\nComputer Policy update has completed successfully.\r\n`,
            stderr,
          );
        },
      );
    },
  };
  return uac;
}
