/**
 * Linux and macOS: can this person approve the administrator prompt of "Refresh computer groups"
 * (elevate-unix.ts: pkexec on Linux, osascript's "with administrator privileges" on macOS)?
 *
 * - macOS: `/usr/bin/id -G` (numbers, never localized): the `admin` group is gid 80 on every
 *   macOS. Member: the prompt asks for their own password. Not a member: it asks for an
 *   administrator's name and password, so the answer is "no" (approval.ts).
 * - Linux: `/usr/bin/pkcheck --action-id org.freedesktop.policykit.exec --process <pid>`, the
 *   action pkexec checks, for this process (pkexec's subject is its parent: us). pkcheck(1):
 *   exit 0 authorized (no prompt at all), 1 not authorized (polkit says no: "no"), 2 needs
 *   authentication (and -u was not passed), 3 dismissed, 127 error; and, seen with polkitd 122
 *   when no polkit daemon answers, 126 ("Error getting authority"). For 2, polkit does not say
 *   WHOSE password it would ask for: the person's own when they are one of polkit's administrator
 *   identities, another's otherwise. The default rules name `sudo` (Debian, Ubuntu, which also
 *   has `admin`) and `wheel` (Fedora, RHEL, SUSE, Arch): a member of one of those (`id -Gn`) can
 *   approve. Anyone else may still be named by a site's own rule, which Regroup cannot read
 *   (/etc/polkit-1/rules.d is readable by root only on most systems), so that answer is
 *   "unknown" and the polkit dialog itself says whom it asks: never a "no" that was not checked.
 * Every tool by its absolute path, with an argument array, `LC_ALL=C`; a tool that is missing or
 * fails gives "unknown".
 */
import { msg } from '../../i18n/message';
import { runTool, type RunOptions, type RunResult } from '../../process/run';
import type { Approval } from '../approval';

export const ID_PATH = '/usr/bin/id';
export const PKCHECK_PATH = '/usr/bin/pkcheck';
/** The polkit action pkexec asks for (pkexec(1)). */
export const PKEXEC_ACTION = 'org.freedesktop.policykit.exec';
/** macOS's `admin` group. */
export const MAC_ADMIN_GID = 80;
/** The administrator groups of the default polkit rules (Debian/Ubuntu; Fedora/RHEL/SUSE/Arch). */
export const POLKIT_ADMIN_GROUPS: readonly string[] = ['sudo', 'admin', 'wheel'];

type Run = (file: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;

export interface UnixApprovalOptions {
  platform: NodeJS.Platform;
  run?: Run;
  /** The process pkexec will be started from (this one). */
  pid?: number;
}

const ENV = { PATH: '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' };

export function createUnixApproval(options: UnixApprovalOptions): () => Promise<Approval> {
  const run = options.run ?? runTool;
  const pid = options.pid ?? process.pid;
  const quiet = async (file: string, args: string[]): Promise<RunResult | string> => {
    try {
      return await run(file, args, { env: ENV, timeoutMs: 10_000 });
    } catch (error) {
      return (error as Error).message;
    }
  };
  const groups = async (args: string[]): Promise<string[] | string> => {
    const id = await quiet(ID_PATH, args);
    if (typeof id === 'string') return id;
    if (id.exitCode !== 0) return `id ${args.join(' ')}: exit ${id.exitCode}`;
    return id.stdout.trim().split(/\s+/).filter(Boolean);
  };

  async function mac(): Promise<Approval> {
    const gids = await groups(['-G']);
    if (typeof gids === 'string') return { can: null, detail: gids };
    const detail = `id -G: ${gids.join(' ')}`;
    return gids.includes(String(MAC_ADMIN_GID))
      ? { can: true, detail }
      : { can: false, reason: msg('krb.approval.mac.notAdmin'), detail };
  }

  async function linux(): Promise<Approval> {
    const check = await quiet(PKCHECK_PATH, [
      '--action-id',
      PKEXEC_ACTION,
      '--process',
      String(pid),
    ]);
    if (typeof check === 'string') return { can: null, detail: `pkcheck: ${check}` };
    const said = `pkcheck ${PKEXEC_ACTION}: exit ${check.exitCode} ${check.stderr.trim()}`.trim();
    if (check.exitCode === 0) return { can: true, detail: said };
    if (check.exitCode === 1)
      return { can: false, reason: msg('krb.approval.linux.notAuthorized'), detail: said };
    if (check.exitCode !== 2) return { can: null, detail: said };
    const names = await groups(['-Gn']);
    if (typeof names === 'string') return { can: null, detail: `${said}; ${names}` };
    const admin = names.find((name) => POLKIT_ADMIN_GROUPS.includes(name));
    const detail = `${said}; id -Gn: ${names.join(' ')}`;
    return admin ? { can: true, detail } : { can: null, detail };
  }

  return options.platform === 'darwin' ? mac : linux;
}
