/**
 * Views 2 and 3 on Linux and macOS, read with `ldapsearch -Y GSSAPI` (OpenLDAP's ldap-utils) and
 * the person's current Kerberos tickets:
 * - "Kerberos services": `tokenGroups` of the rootDSE, which the DC builds from the PAC of the
 *   service ticket just used for the bind: what a file server or web app sees now;
 * - "Directory": `tokenGroups` of the person's own account object: what the next TGT will carry.
 * Arguments are arrays; filters are fixed strings. The only variable inputs are the DC host
 * (validated), the account name (validated and escaped) and SIDs (sent as escaped bytes).
 */
import { msg } from '../i18n/message';
import { exitCodeText } from '../process/exit-codes';
import { runTool, toolName, type RunResult } from '../process/run';
import { GroupsError, toGroupsError } from './errors';
import { ldifText, ldifValues, parseLdif, type LdifEntry } from './ldif';
import { decodeSidBytes, sidFilterValue } from './sids';
import { groupsErrorFromTool, toolOutput, type RunFn } from './tool-failure';

export interface LdapOptions {
  /** Host name or IP address of the domain controller (validated with `isValidHost`). */
  dc: string;
  /** Environment for ldapsearch (KRB5CCNAME, KRB5_CONFIG ...). */
  env?: NodeJS.ProcessEnv;
  run?: RunFn;
  ldapsearch?: string;
  timeoutMs?: number;
}

export interface DirectoryViews {
  /** The DC's own name (`dnsHostName` of its rootDSE), else the host that was asked. */
  dc: string;
  userSid: string | null;
  userDn: string | null;
  /** `LAB`: the NetBIOS name of the domain, for `LAB\Finance`. */
  domainName: string | null;
  /** SIDs in the token built from the current service ticket (user's own SID removed). */
  kerberosSids: string[] | null;
  kerberosError: GroupsError | null;
  /** SIDs of the account's `tokenGroups` in the directory. */
  directorySids: string[] | null;
  directoryError: GroupsError | null;
  /** sid -> sAMAccountName, for the SIDs the directory could name. */
  accounts: Map<string, string>;
}

/** A DNS name (labels of letters, digits, hyphens), an IPv4 address, or an IPv6 address in brackets. */
export function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  if (/^\[[0-9A-Fa-f:.]+\]$/.test(host)) return true;
  return /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(?:\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$/.test(host);
}

/** `LAB.TEST` -> `DC=lab,DC=test`; null when the realm is not a DNS-style name. */
export function baseDnFromRealm(realm: string): string | null {
  if (!/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/.test(realm)) return null;
  return realm
    .toLowerCase()
    .split('.')
    .map((label) => `DC=${label}`)
    .join(',');
}

/** RFC 4515 escaping of a filter value. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[*()\\\0]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The account name of a principal (`bob@LAB.TEST` -> `bob`); null for service principals or odd names. */
export function accountOfPrincipal(principal: string): string | null {
  const at = principal.lastIndexOf('@');
  const name = at > 0 ? principal.slice(0, at) : principal;
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return null;
  if (!/^[^\s/@\\"[\]:;|=+*?<>,]{1,256}$/.test(name)) return null;
  return name;
}

/** The command line option that names another domain controller, as the sentences show it. */
export const DC_OPTION = '--dc';

/** The packages that bring ldapsearch and its Kerberos (GSSAPI) module. */
const LDAP_PACKAGES = {
  debianTools: 'ldap-utils',
  debianSasl: 'libsasl2-modules-gssapi-mit',
  fedoraTools: 'openldap-clients',
  fedoraSasl: 'cyrus-sasl-gssapi',
} as const;

/** Why ldapsearch exited non-zero, read from its own (never localized) output; the output is the detail. */
function explain(tool: string, dc: string, result: RunResult): GroupsError {
  const text = toolOutput(result);
  if (/Can't contact LDAP server/i.test(text) || result.exitCode === 255) {
    return new GroupsError(
      'dc-unreachable',
      msg('insight.ldap.unreachable', { dc, option: DC_OPTION }),
      text,
    );
  }
  // `SASL(-4): no mechanism available: No worthy mechs found`: the GSSAPI module is not installed.
  if (/No worthy mechs|no mechanism available/i.test(text)) {
    return new GroupsError(
      'tool-missing',
      msg('insight.ldap.saslMissing', {
        tool,
        debianSasl: LDAP_PACKAGES.debianSasl,
        fedoraSasl: LDAP_PACKAGES.fedoraSasl,
      }),
      text,
    );
  }
  if (/No Kerberos credentials|No credentials were supplied|credentials cache/i.test(text)) {
    return new GroupsError('no-credentials', msg('insight.ldap.noCredentials'), text);
  }
  if (/Server not found in Kerberos database/i.test(text)) {
    return new GroupsError(
      'spn-missing',
      msg('insight.ldap.spnMissing', { dc, principal: `ldap/${dc}`, option: DC_OPTION }),
      text,
    );
  }
  if (/Clock skew|expired/i.test(text)) {
    return new GroupsError('no-credentials', msg('insight.ldap.expired'), text);
  }
  return new GroupsError(
    'failed',
    msg('insight.ldap.failed', { tool, dc, code: exitCodeText(result.exitCode) }),
    text,
  );
}

/** One `ldapsearch -Y GSSAPI` call; resolves with the entries, throws a GroupsError otherwise. */
export async function ldapSearch(
  options: LdapOptions,
  base: string,
  scope: 'base' | 'sub',
  filter: string,
  attributes: readonly string[],
): Promise<LdifEntry[]> {
  if (!isValidHost(options.dc)) {
    throw new GroupsError('no-dc', msg('insight.dc.invalidName', { name: options.dc }));
  }
  const run = options.run ?? runTool;
  const file = options.ldapsearch ?? 'ldapsearch';
  const tool = toolName(file);
  const args = [
    '-LLL',
    '-o',
    'ldif-wrap=no',
    '-o',
    'nettimeout=10',
    '-Y',
    'GSSAPI',
    '-N',
    '-Q',
    '-H',
    `ldap://${options.dc}`,
    '-b',
    base,
    '-s',
    scope,
    filter,
    ...attributes,
  ];
  let result: RunResult;
  try {
    result = await run(file, args, {
      env: options.env,
      timeoutMs: options.timeoutMs ?? 20_000,
    });
  } catch (error) {
    throw groupsErrorFromTool(error, {
      missing: msg('insight.ldap.toolMissing', { tool, ...LDAP_PACKAGES }),
      late: (seconds) => msg('insight.ldap.timeout', { dc: options.dc, seconds }),
    });
  }
  // 0: found; 32: no such object (the entry is missing, not an error of the bind).
  if (result.exitCode !== 0 && result.exitCode !== 32) throw explain(tool, options.dc, result);
  return parseLdif(result.stdout);
}

function sidsOf(entry: LdifEntry | undefined, attribute: string): string[] {
  if (!entry) return [];
  return ldifValues(entry, attribute)
    .map((value) => decodeSidBytes(value))
    .filter((sid): sid is string => sid !== null);
}

/**
 * Reads both LDAP views for `principal` from `options.dc`. The rootDSE read must succeed (else it
 * throws: the DC is unreachable or there are no tickets); the account's own view may fail alone.
 */
export async function readDirectoryViews(
  options: LdapOptions,
  principal: string,
): Promise<DirectoryViews> {
  const root = (
    await ldapSearch(options, '', 'base', '(objectClass=*)', [
      'tokenGroups',
      'dnsHostName',
      'defaultNamingContext',
      'configurationNamingContext',
    ])
  )[0];
  const dc = (root && ldifText(root, 'dnsHostName')) || options.dc;
  const defaultNc = root ? ldifText(root, 'defaultNamingContext') : null;
  const configNc = root ? ldifText(root, 'configurationNamingContext') : null;
  const tokenSids = sidsOf(root, 'tokenGroups');
  const views: DirectoryViews = {
    dc,
    userSid: null,
    userDn: null,
    domainName: null,
    kerberosSids: tokenSids.length > 0 ? tokenSids : null,
    kerberosError:
      tokenSids.length > 0
        ? null
        : new GroupsError('unreadable-output', msg('insight.ldap.noTokenGroups', { dc })),
    directorySids: null,
    directoryError: null,
    accounts: new Map(),
  };
  const account = accountOfPrincipal(principal);
  if (!defaultNc || !account) {
    views.directoryError = new GroupsError(
      'account-not-found',
      msg('insight.ldap.accountUnknown', { principal, dc }),
    );
    return views;
  }
  try {
    const found = await ldapSearch(
      options,
      defaultNc,
      'sub',
      `(&(objectClass=user)(sAMAccountName=${escapeFilterValue(account)}))`,
      ['objectSid'],
    );
    const me = found[0];
    if (!me) {
      throw new GroupsError(
        'account-not-found',
        msg('insight.ldap.accountNotFound', { account, dc }),
      );
    }
    views.userDn = me.dn;
    views.userSid = sidsOf(me, 'objectSid')[0] ?? null;
    const own = (await ldapSearch(options, me.dn, 'base', '(objectClass=*)', ['tokenGroups']))[0];
    views.directorySids = sidsOf(own, 'tokenGroups');
  } catch (error) {
    views.directoryError = toGroupsError(error);
  }
  if (views.userSid && views.kerberosSids) {
    views.kerberosSids = views.kerberosSids.filter((sid) => sid !== views.userSid);
  }
  // Names: a best effort; the SIDs are the comparison key.
  try {
    const sids = [...new Set([...(views.kerberosSids ?? []), ...(views.directorySids ?? [])])];
    const values = sids
      .map((sid) => [sid, sidFilterValue(sid)] as const)
      .filter((p) => p[1] !== null);
    for (let i = 0; i < values.length; i += 40) {
      const chunk = values.slice(i, i + 40);
      const filter = `(|${chunk.map(([, value]) => `(objectSid=${value})`).join('')})`;
      for (const entry of await ldapSearch(options, defaultNc, 'sub', filter, [
        'objectSid',
        'sAMAccountName',
      ])) {
        const sid = sidsOf(entry, 'objectSid')[0];
        const name = ldifText(entry, 'sAMAccountName');
        if (sid && name) views.accounts.set(sid, name);
      }
    }
    if (configNc) {
      const crossRef = await ldapSearch(
        options,
        `CN=Partitions,${configNc}`,
        'sub',
        `(&(objectClass=crossRef)(nCName=${escapeFilterValue(defaultNc)}))`,
        ['nETBIOSName'],
      );
      views.domainName = crossRef[0] ? ldifText(crossRef[0], 'nETBIOSName') : null;
    }
  } catch {
    /* names stay unknown; the views are still valid */
  }
  return views;
}
