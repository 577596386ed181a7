/**
 * "My groups" for the CLI (`regroup groups`, `regroup refresh --verify`) and the app's IPC: reads
 * the three views with the platform's tools and compares them. Construct it once per platform;
 * `read()` before and after a refresh, then `verdict(before, after)`.
 */
import { safeSystemRoot } from '../kerberos/elevate';
import { parseKlist } from '../kerberos/parse';
import { runTool } from '../process/run';
import { locateDc, type LocateOptions } from './dc-locator';
import { GroupsError } from './errors';
import { readDirectoryViews, type RunFn } from './ldap';
import { readIdToken, readWindowsToken } from './local-token';
import type { GroupView, GroupViewName, GroupsReport, Verdict } from './types';
import { buildRows, computeVerdict, type SignInInput } from './verdict';
import { readAdsiViews } from './windows-adsi';

export interface GroupsServiceOptions {
  platform: NodeJS.Platform;
  /** Environment for the tools (KRB5CCNAME, KRB5_CONFIG, SystemRoot ...). Default: process.env. */
  env?: NodeJS.ProcessEnv;
  run?: RunFn;
  /** Where whoami.exe and powershell.exe are (`<root>\\System32`); tests point it at the fakes.
   * Default: `%SystemRoot%` when it is a plain drive path, else `C:\\Windows`. */
  systemRoot?: string;
  /** `--dc HOST`. */
  dc?: string | null;
  /** The principal whose groups are read (`bob@LAB.TEST`). Default: klist's default principal. */
  principal?: () => Promise<string | null>;
  /** Tool paths (tests); defaults: `ldapsearch`, `id`, `klist` from PATH; Windows tools under SystemRoot. */
  tools?: { ldapsearch?: string; id?: string; klist?: string };
  resolveSrv?: LocateOptions['resolveSrv'];
  /** Windows console code page for whoami's output (`cp850`); see decodeOutput. */
  fallbackEncoding?: string;
  now?: () => Date;
}

export interface GroupsService {
  read(): Promise<GroupsReport>;
  verdict(before: GroupsReport, after: GroupsReport): Verdict;
}

const view = (source: string | null, reason: string | null = null): GroupView => ({
  available: reason === null,
  reason,
  source,
});

const message = (error: unknown): string =>
  error instanceof GroupsError || error instanceof Error ? error.message : String(error);

export function createGroupsService(options: GroupsServiceOptions): GroupsService {
  const env = options.env ?? process.env;
  const run = options.run ?? runTool;
  const now = options.now ?? (() => new Date());

  async function principal(): Promise<string | null> {
    if (options.principal) return options.principal();
    if (options.platform === 'win32') {
      return env.USERNAME && env.USERDNSDOMAIN
        ? `${env.USERNAME}@${env.USERDNSDOMAIN.toUpperCase()}`
        : null;
    }
    try {
      const result = await run(options.tools?.klist ?? 'klist', [], { env, timeoutMs: 10_000 });
      return result.exitCode === 0 ? parseKlist(result.stdout).principal : null;
    } catch {
      return null;
    }
  }

  async function readWindows(who: string | null, at: string): Promise<GroupsReport> {
    const systemRoot = options.systemRoot ?? safeSystemRoot(env);
    const views = {} as Record<GroupViewName, GroupView>;
    let signIn: SignInInput = null;
    let userSid: string | null = null;
    try {
      const token = await readWindowsToken({
        systemRoot,
        run,
        env,
        fallbackEncoding: options.fallbackEncoding,
      });
      userSid = token.user?.sid ?? null;
      const names = new Map<string, string>();
      for (const g of token.groups) if (g.name) names.set(g.sid, g.name);
      signIn = { kind: 'sids', sids: token.groups.map((g) => g.sid), names };
      views.signInToken = view('whoami /groups');
    } catch (error) {
      views.signInToken = view('whoami /groups', message(error));
    }
    const location = await locateDc({ explicit: options.dc, platform: 'win32', env, realm: null });
    let dc = location.host;
    let kerberosSids: string[] | null = null;
    let directorySids: string[] | null = null;
    const names = new Map<string, string>();
    if (location.reason) {
      views.kerberosServices = view('ADSI rootDSE tokenGroups', location.reason);
      views.directory = view('ADSI tokenGroups', location.reason);
    } else {
      try {
        const adsi = await readAdsiViews({ systemRoot, dc: options.dc ?? null, run, env });
        dc = adsi.dc ?? dc;
        userSid = adsi.userSid ?? userSid;
        kerberosSids = adsi.kerberosSids;
        directorySids = adsi.directorySids;
        adsi.names.forEach((v, k) => names.set(k, v));
        const reason = (e: string | null) =>
          `The domain controller could not be asked (${e ?? 'no answer'}). Check the connection to your domain (VPN), then try again.`;
        views.kerberosServices = view(
          'ADSI rootDSE tokenGroups',
          kerberosSids ? null : reason(adsi.kerberosError),
        );
        views.directory = view(
          'ADSI tokenGroups',
          directorySids ? null : reason(adsi.directoryError),
        );
      } catch (error) {
        views.kerberosServices = view('ADSI rootDSE tokenGroups', message(error));
        views.directory = view('ADSI tokenGroups', message(error));
      }
    }
    const { rows } = buildRows({
      signIn,
      kerberosSids,
      directorySids,
      userSid,
      accounts: new Map(),
      names,
      domainName: null,
      realm: null,
    });
    return {
      principal: who,
      dc,
      groups: rows,
      views,
      tokenSidCount: kerberosSids ? kerberosSids.length + 1 : null,
      readAt: at,
    };
  }

  async function readUnix(who: string | null, at: string): Promise<GroupsReport> {
    const realm = who && who.includes('@') ? who.slice(who.lastIndexOf('@') + 1) : null;
    const views = {} as Record<GroupViewName, GroupView>;
    const location = await locateDc({
      explicit: options.dc,
      platform: options.platform,
      env,
      realm,
      resolveSrv: options.resolveSrv,
    });
    let dc = location.host;
    let ldap: Awaited<ReturnType<typeof readDirectoryViews>> | null = null;
    if (!who) {
      const reason =
        'You have no Kerberos tickets, so the domain controller cannot be asked. Refresh your groups first.';
      views.kerberosServices = view('ldapsearch -Y GSSAPI (rootDSE tokenGroups)', reason);
      views.directory = view('ldapsearch -Y GSSAPI (tokenGroups)', reason);
    } else if (!dc) {
      views.kerberosServices = view('ldapsearch -Y GSSAPI (rootDSE tokenGroups)', location.reason);
      views.directory = view('ldapsearch -Y GSSAPI (tokenGroups)', location.reason);
    } else {
      try {
        ldap = await readDirectoryViews(
          { dc, env, run, ldapsearch: options.tools?.ldapsearch },
          who,
        );
        dc = ldap.dc;
        views.kerberosServices = view(
          'ldapsearch -Y GSSAPI (rootDSE tokenGroups)',
          ldap.kerberosSids ? null : (ldap.kerberosError?.message ?? 'No answer.'),
        );
        views.directory = view(
          'ldapsearch -Y GSSAPI (tokenGroups)',
          ldap.directorySids ? null : (ldap.directoryError?.message ?? 'No answer.'),
        );
      } catch (error) {
        views.kerberosServices = view('ldapsearch -Y GSSAPI (rootDSE tokenGroups)', message(error));
        views.directory = view('ldapsearch -Y GSSAPI (tokenGroups)', message(error));
      }
    }
    let signIn: SignInInput = null;
    let idError: string | null = null;
    try {
      const id = await readIdToken({ run, env, id: options.tools?.id });
      signIn = { kind: 'names', names: id.groups.map((g) => g.name ?? '').filter(Boolean) };
    } catch (error) {
      idError = message(error);
    }
    const { rows, signInMatched } = buildRows({
      signIn,
      kerberosSids: ldap?.kerberosSids ?? null,
      directorySids: ldap?.directorySids ?? null,
      userSid: ldap?.userSid ?? null,
      accounts: ldap?.accounts ?? new Map(),
      names: new Map(),
      domainName: ldap?.domainName ?? null,
      realm,
    });
    views.signInToken = view(
      'id',
      idError ??
        (signInMatched
          ? null
          : 'This computer does not map directory groups to local groups (no sssd or winbind), so its ' +
            'sign-in groups cannot be compared with the directory. File shares and web apps use the Kerberos view.'),
    );
    return {
      principal: who,
      dc,
      groups: rows,
      views,
      tokenSidCount: ldap?.kerberosSids ? ldap.kerberosSids.length + 1 : null,
      readAt: at,
    };
  }

  return {
    async read() {
      const at = now().toISOString();
      const who = await principal();
      return options.platform === 'win32' ? readWindows(who, at) : readUnix(who, at);
    },
    verdict: computeVerdict,
  };
}
