/**
 * Reads the KDCs of a realm from krb5.conf (MIT and Heimdal share the format): the `kdc = ...`
 * lines of the realm's block in `[realms]`. Used by the pre-flight on Linux/macOS, and by nothing
 * that changes a file. Only what the pre-flight needs is understood; anything else is skipped.
 *
 * A `kdc = https://host[:port][/path]` line names a KDC proxy ([MS-KKDCP], MIT krb5 1.13 and
 * later: "HTTPS proxy configuration" in MIT's admin guide): it comes back with `proxyPath` set,
 * and the pre-flight checks it with a TLS handshake instead of a TCP connect (kdc-proxy.ts).
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_PROXY_PORT, portNumber } from '../kdc-proxy';

export interface KdcHost {
  host: string;
  port: number;
  /** Set for a KDC proxy URL: its path (`KdcProxy`; empty for `https://host/`). */
  proxyPath?: string;
}

const DEFAULT_KDC_PORT = 88;
/** Default krb5.conf locations when `KRB5_CONFIG` is not set (Linux, macOS, Heimdal on macOS). */
const DEFAULT_CONFIG_FILES = [
  '/etc/krb5.conf',
  '/Library/Preferences/edu.mit.Kerberos',
  '/etc/krb5/krb5.conf',
];

function stripComment(line: string): string {
  const trimmed = line.trim();
  return trimmed.startsWith('#') || trimmed.startsWith(';') ? '' : trimmed;
}

/**
 * One `kdc =` value: `host`, `host:port`, `[v6]:port`, `tcp/host:port`, `udp/host`, or a KDC proxy
 * URL (`https://host[:port][/path]`, on the HTTPS port unless it says another). Null when it is not one.
 */
export function parseKdcValue(value: string): KdcHost | null {
  let v = value.trim().replace(/\s*\*$/, '');
  const url = /^https:\/\/(\[[^\]]+\]|[^/:\s]+)(?::(\d+))?(?:\/(\S*))?$/i.exec(v);
  if (url) {
    const host = (url[1] ?? '').replace(/^\[|\]$/g, '');
    const port = portNumber(url[2], DEFAULT_PROXY_PORT);
    return host && port ? { host, port, proxyPath: url[3] ?? '' } : null;
  }
  v = v.replace(/^(?:tcp|udp)\//i, '');
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(v);
  if (v6) return { host: v6[1] ?? '', port: v6[2] ? Number(v6[2]) : DEFAULT_KDC_PORT };
  const m = /^([A-Za-z0-9._-]+)(?::(\d+))?$/.exec(v);
  if (!m || !m[1]) return null;
  const port = m[2] ? Number(m[2]) : DEFAULT_KDC_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host: m[1], port };
}

/**
 * The KDCs krb5.conf names for `realm` (exact name first; a realm written in another case is used
 * only when no block matches exactly), in file order, without duplicates.
 */
export function readKdcHostsFromKrb5Conf(text: string, realm: string): KdcHost[] {
  const blocks = new Map<string, string[]>();
  let section = '';
  let current: string | null = null;
  let depth = 0;
  let pendingName: string | null = null;

  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw);
    if (!line) continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header && depth === 0) {
      section = (header[1] ?? '').trim().toLowerCase();
      current = null;
      pendingName = null;
      continue;
    }
    if (section !== 'realms') continue;

    if (depth === 0) {
      const open = /^([^=\s]+)\s*=\s*(\{)?\s*$/.exec(line);
      if (open?.[1] && open[2]) {
        current = open[1];
        depth = 1;
        if (!blocks.has(current)) blocks.set(current, []);
      } else if (open?.[1]) {
        pendingName = open[1]; // `REALM =` with the brace on the next line
      } else if (line === '{' && pendingName) {
        current = pendingName;
        pendingName = null;
        depth = 1;
        if (!blocks.has(current)) blocks.set(current, []);
      }
      continue;
    }
    if (line.startsWith('}')) {
      depth -= 1;
      if (depth === 0) current = null;
      continue;
    }
    if (/=\s*\{\s*$/.test(line)) {
      depth += 1; // a nested block (e.g. `auth_to_local_names = {`)
      continue;
    }
    if (depth !== 1 || !current) continue;
    const kv = /^kdc\s*=\s*(.+)$/i.exec(line);
    const value = kv?.[1] ? parseKdcValue(kv[1]) : null;
    if (value) blocks.get(current)?.push(JSON.stringify(value));
  }

  const exact = blocks.get(realm);
  const entries =
    exact ??
    [...blocks.entries()].find(([name]) => name.toLowerCase() === realm.toLowerCase())?.[1] ??
    [];
  return [...new Set(entries)].map((key) => JSON.parse(key) as KdcHost);
}

/** The krb5.conf files the Kerberos library reads: `KRB5_CONFIG` (a `:` list) or the defaults. */
export function krb5ConfigFiles(env: NodeJS.ProcessEnv): string[] {
  const configured = env.KRB5_CONFIG?.split(':').filter(Boolean);
  return configured && configured.length > 0 ? configured : DEFAULT_CONFIG_FILES;
}

/** The KDCs of `realm` from every readable krb5.conf file; files that cannot be read are skipped. */
export async function readKdcHosts(
  realm: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<KdcHost[]> {
  const found: KdcHost[] = [];
  for (const file of krb5ConfigFiles(env)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    for (const kdc of readKdcHostsFromKrb5Conf(text, realm)) {
      const same = (k: KdcHost): boolean =>
        k.host === kdc.host && k.port === kdc.port && k.proxyPath === kdc.proxyPath;
      if (!found.some(same)) found.push(kdc);
    }
  }
  return found;
}
