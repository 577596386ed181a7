/**
 * Finds the domain controller to ask, as the operating system finds it: `--dc` wins; on Windows
 * ADSI's own locator (serverless binding) is used, and the logon server is only a label; elsewhere
 * DNS SRV `_ldap._tcp.<realm>`, else the KDC hosts of the realm in krb5.conf.
 */
import { promises as dns } from 'node:dns';
import fs from 'node:fs';
import { msg, type Message } from '../i18n/message';
import { krb5ConfigFiles, readKdcHostsFromKrb5Conf } from '../kerberos/unix/krb5-conf';
import { DC_OPTION, isValidHost } from './ldap';

export interface DcLocation {
  host: string | null;
  source: 'option' | 'windows-locator' | 'dns-srv' | 'krb5.conf' | null;
  /** Why no DC was found (a sentence with a next step), else null. The view's code is `no-dc`. */
  reason: Message | null;
}

export interface LocateOptions {
  explicit?: string | null;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  realm: string | null;
  resolveSrv?: (
    name: string,
  ) => Promise<Array<{ name: string; port: number; priority: number; weight: number }>>;
  readFile?: (file: string) => string | null;
}

function defaultReadFile(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

async function defaultResolveSrv(name: string) {
  const resolver = new dns.Resolver({ timeout: 2_000, tries: 1 });
  return resolver.resolveSrv(name);
}

export async function locateDc(options: LocateOptions): Promise<DcLocation> {
  if (options.explicit) {
    if (!isValidHost(options.explicit)) {
      return {
        host: null,
        source: null,
        reason: msg('insight.dc.invalidName', { name: options.explicit }),
      };
    }
    return { host: options.explicit, source: 'option', reason: null };
  }
  if (options.platform === 'win32') {
    // ADSI finds a DC the way Windows does; the logon server is shown until ADSI names the DC it used.
    const logon = (options.env.LOGONSERVER ?? '').replace(/^\\\\/, '');
    const domain = options.env.USERDNSDOMAIN;
    const host = logon && domain ? `${logon}.${domain.toLowerCase()}` : logon || null;
    return {
      host: host && isValidHost(host) ? host : null,
      source: 'windows-locator',
      reason: null,
    };
  }
  if (!options.realm) {
    return {
      host: null,
      source: null,
      reason: msg('insight.dc.noRealm', { option: DC_OPTION }),
    };
  }
  const srvName = `_ldap._tcp.${options.realm.toLowerCase()}`;
  try {
    const records = await (options.resolveSrv ?? defaultResolveSrv)(srvName);
    const best = [...records].sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0];
    if (best && isValidHost(best.name)) return { host: best.name, source: 'dns-srv', reason: null };
  } catch {
    /* no SRV record: fall back to krb5.conf */
  }
  const read = options.readFile ?? defaultReadFile;
  for (const file of krb5ConfigFiles(options.env)) {
    const text = read(file);
    const kdcs = text ? readKdcHostsFromKrb5Conf(text, options.realm) : [];
    // A KDC proxy (`kdc = https://...`) is a web server, not a domain controller to ask LDAP.
    const first = kdcs
      .filter((k) => k.proxyPath === undefined)
      .map((k) => k.host)
      .find(isValidHost);
    if (first) return { host: first, source: 'krb5.conf', reason: null };
  }
  return {
    host: null,
    source: null,
    reason: msg('insight.dc.notFound', {
      realm: options.realm,
      record: srvName,
      file: 'krb5.conf',
      option: `${DC_OPTION} HOST`,
    }),
  };
}
