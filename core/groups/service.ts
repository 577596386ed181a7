/**
 * "My groups" for the CLI (`regroup groups`, `regroup refresh --verify`) and the app's IPC: reads
 * the three views with the platform's tools and compares them. Construct it once per platform;
 * `read()` before and after a refresh, then `verdict(before, after)`.
 */
import { msg } from '../i18n/message';
import { parseKlist } from '../kerberos/parse';
import { runTool } from '../process/run';
import { safeSystemRoot } from '../process/windows-paths';
import { locateDc, type LocateOptions } from './dc-locator';
import { GroupsError, toGroupsError } from './errors';
import { readDirectoryViews } from './ldap';
import { readIdToken, readWindowsToken } from './local-token';
import type { RunFn } from './tool-failure';
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

const SOURCE = {
  whoami: 'whoami /groups',
  adsiRoot: 'ADSI rootDSE tokenGroups',
  adsiUser: 'ADSI tokenGroups',
  ldapRoot: 'ldapsearch -Y GSSAPI (rootDSE tokenGroups)',
  ldapUser: 'ldapsearch -Y GSSAPI (tokenGroups)',
  id: 'id',
} as const;

/** A view that was read. */
const readView = (source: string): GroupView => ({ available: true, reason: null, source });

/** A view that could not be read: the error's sentence, code and detail (the detail is never dropped). */
function failedView(source: string, failure: unknown): GroupView {
  const error = toGroupsError(failure);
  return {
    available: false,
    reason: error.sentence,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    source,
  };
}

/** The view as read, or why not: `error` (when set) explains a missing reading. */
const viewOf = (source: string, read: boolean, error: GroupsError | null): GroupView =>
  read
    ? readView(source)
    : failedView(source, error ?? new GroupsError('failed', msg('insight.view.failed')));

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
      views.signInToken = readView(SOURCE.whoami);
    } catch (error) {
      views.signInToken = failedView(SOURCE.whoami, error);
    }
    const location = await locateDc({ explicit: options.dc, platform: 'win32', env, realm: null });
    let dc = location.host;
    let kerberosSids: string[] | null = null;
    let directorySids: string[] | null = null;
    const names = new Map<string, string>();
    if (location.reason) {
      const error = new GroupsError('no-dc', location.reason);
      views.kerberosServices = failedView(SOURCE.adsiRoot, error);
      views.directory = failedView(SOURCE.adsiUser, error);
    } else {
      try {
        const adsi = await readAdsiViews({ systemRoot, dc: options.dc ?? null, run, env });
        dc = adsi.dc ?? dc;
        userSid = adsi.userSid ?? userSid;
        kerberosSids = adsi.kerberosSids;
        directorySids = adsi.directorySids;
        adsi.names.forEach((v, k) => names.set(k, v));
        views.kerberosServices = viewOf(SOURCE.adsiRoot, kerberosSids !== null, adsi.kerberosError);
        views.directory = viewOf(SOURCE.adsiUser, directorySids !== null, adsi.directoryError);
      } catch (error) {
        views.kerberosServices = failedView(SOURCE.adsiRoot, error);
        views.directory = failedView(SOURCE.adsiUser, error);
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
    if (!who || !dc) {
      const error = !who
        ? new GroupsError('no-credentials', msg('insight.ldap.noCredentials'))
        : new GroupsError('no-dc', location.reason ?? msg('insight.view.failed'));
      views.kerberosServices = failedView(SOURCE.ldapRoot, error);
      views.directory = failedView(SOURCE.ldapUser, error);
    } else {
      try {
        ldap = await readDirectoryViews(
          { dc, env, run, ldapsearch: options.tools?.ldapsearch },
          who,
        );
        dc = ldap.dc;
        views.kerberosServices = viewOf(
          SOURCE.ldapRoot,
          ldap.kerberosSids !== null,
          ldap.kerberosError,
        );
        views.directory = viewOf(SOURCE.ldapUser, ldap.directorySids !== null, ldap.directoryError);
      } catch (error) {
        views.kerberosServices = failedView(SOURCE.ldapRoot, error);
        views.directory = failedView(SOURCE.ldapUser, error);
      }
    }
    let signIn: SignInInput = null;
    let idError: GroupsError | null = null;
    try {
      const id = await readIdToken({ run, env, id: options.tools?.id });
      signIn = { kind: 'names', names: id.groups.map((g) => g.name ?? '').filter(Boolean) };
    } catch (error) {
      idError = toGroupsError(error);
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
    views.signInToken = viewOf(
      SOURCE.id,
      idError === null && signInMatched,
      idError ?? new GroupsError('not-mapped', msg('insight.signIn.notMapped')),
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
