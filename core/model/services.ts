/**
 * What a service ticket is for, in words an employee knows: "File share on fs01", "Website
 * intranet.contoso.com", "SQL Server sql01", "Mail", "Directory (DC01)", "Remote Desktop on ts01",
 * taken from the service class of the ticket's service principal name (SPN,
 * `class/host[:port][/service-name]@REALM`, [MS-ADTS] 5.1.1.4 / RFC 4120 6.2). The full SPN is
 * never replaced: the window shows it, whole, in the ticket's details.
 *
 * Hosts: a file share, SQL Server, the directory and Remote Desktop are named by the computer's
 * short name (`fs01` of `fs01.contoso.com`), as people see it in `\\fs01\share` and in the Remote
 * Desktop box; a website by its full name, as in the address bar. An IP address stays whole.
 * Service classes are compared without regard to case (`LDAP/`, `ldap/`, `http/`, `HTTP/` all occur
 * in real klist output). A class Regroup does not know keeps its own name: "{service} on {host}".
 */
import { msg, type Message } from '../i18n/message';

/** The parts of an SPN: `MSSQLSvc/sql01.contoso.com:1433@CONTOSO.COM`. */
export interface SpnParts {
  /** `MSSQLSvc`, as written. */
  serviceClass: string;
  /** `sql01.contoso.com`. */
  host: string;
  /** `1433` or an instance name (`SALES`), after the colon; null when none. */
  port: string | null;
  /** The third part (`contoso.com` of `ldap/dc01.contoso.com/contoso.com`); null when none. */
  serviceName: string | null;
  realm: string | null;
}

export function parseSpn(server: string): SpnParts {
  const at = server.lastIndexOf('@');
  const name = at > 0 ? server.slice(0, at) : server;
  const realm = at > 0 ? server.slice(at + 1) || null : null;
  const [serviceClass = '', hostPart = '', ...rest] = name.split('/');
  const colon = hostPart.lastIndexOf(':');
  // `[::1]:80`-style and bare IPv6 hosts have colons of their own: only a last part without
  // brackets or further colons is a port or instance.
  const hasPort = colon > 0 && !hostPart.slice(0, colon).includes(':');
  return {
    serviceClass,
    host: hasPort ? hostPart.slice(0, colon) : hostPart,
    port: hasPort ? hostPart.slice(colon + 1) || null : null,
    serviceName: rest.length > 0 ? rest.join('/') : null,
    realm,
  };
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** `fs01` of `fs01.contoso.com`; an IP address (v4 or v6) or a single label stays as it is. */
export function shortHost(host: string): string {
  if (IPV4.test(host) || host.includes(':')) return host;
  const dot = host.indexOf('.');
  return dot > 0 ? host.slice(0, dot) : host;
}

const MAIL = new Set([
  'exchangemdb',
  'exchangeab',
  'exchangerfr',
  'smtp',
  'smtpsvc',
  'imap',
  'pop',
]);
const FILE_SHARE = new Set(['cifs', 'nfs']);
const DIRECTORY = new Set(['ldap', 'gc']);
/** The directory replication interface's class, [MS-DRSR] 2.2.4.2. */
const DRS_REPLICATION = 'e3514235-4b06-11d1-ab04-00c04fc2dcd2';

/** The friendly name of the service a ticket is for. */
export function serviceInWords(server: string): Message {
  const spn = parseSpn(server);
  const cls = spn.serviceClass.toLowerCase();
  const host = shortHost(spn.host);
  if (cls === 'krbtgt') {
    // `krbtgt/REALM@REALM` is the sign-in ticket; `krbtgt/OTHER@REALM` signs in to another domain.
    const own = !spn.realm || spn.host.toUpperCase() === spn.realm.toUpperCase();
    return own ? msg('service.signIn') : msg('service.signInOther', { domain: spn.host });
  }
  if (!spn.host) return msg('service.other', { service: spn.serviceClass || server, host: '' });
  if (FILE_SHARE.has(cls)) return msg('service.fileShare', { host });
  if (cls === 'http') return msg('service.website', { host: spn.host });
  if (cls === 'mssqlsvc') {
    // `:1433` is a port; `:SALES` a named instance (sql01\SALES, as SQL Server writes it).
    return spn.port && !/^\d+$/.test(spn.port)
      ? msg('service.sqlInstance', { host, instance: spn.port })
      : msg('service.sql', { host });
  }
  if (MAIL.has(cls)) return msg('service.mail');
  if (DIRECTORY.has(cls)) return msg('service.directory', { host });
  if (cls === DRS_REPLICATION) return msg('service.replication', { host });
  if (cls === 'termsrv') return msg('service.remoteDesktop', { host });
  if (cls === 'wsman') return msg('service.remoteManagement', { host });
  if (cls === 'rpcss') return msg('service.remoteProcedure', { host });
  if (cls === 'host' || cls === 'restrictedkrbhost') return msg('service.computer', { host });
  if (cls === 'dns') return msg('service.dns', { host });
  if (cls === 'kadmin') return msg('service.password');
  return msg('service.other', { service: spn.serviceClass, host });
}
