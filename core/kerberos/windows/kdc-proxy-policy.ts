/**
 * The Windows policy "Specify KDC proxy servers for Kerberos clients" (Computer Configuration >
 * System > Kerberos; Kerberos.admx `KdcProxyServer`), read with `reg.exe query ... /s /reg:64` so
 * that the pre-flight checks the proxy a remote laptop uses instead of calling it offline.
 *
 * What Microsoft documents (Policy CSP - ADMX_Kerberos, learn.microsoft.com/windows/client-management/mdm/policy-csp-admx-kerberos,
 * and the policy's explanation text in Kerberos.admx/.adml):
 * - `HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\Kerberos`, REG_DWORD
 *   `KdcProxyServer_Enabled`: 1 when the policy is enabled, 0 when it is disabled.
 * - `...\Kerberos\KdcProxy\ProxyServers`: one REG_SZ per mapping. The value NAME is a DNS suffix,
 *   matched in this order of preference: the full name (`host.contoso.com`), a suffix
 *   (`.contoso.com`), the default (`*`). The DATA lists proxies inside `<https ... />`, separated
 *   by spaces or commas; each is `host[:port[:path]]` (`<https proxy.contoso.com:443:kdcproxy />`;
 *   the port defaults to 443, the path to KdcProxy, the name of Windows Server's KDC proxy service).
 * - "the Kerberos client will use the KDC proxy server for a domain when a domain controller
 *   cannot be located": the proxy is the fallback, so the pre-flight tries it beside the domain
 *   controllers and prefers a domain controller that answers.
 * - `...\Kerberos\Parameters`, REG_DWORD `NoRevocationCheck` ("Disable revocation checking for the
 *   SSL certificate of KDC proxy servers"): it changes how the Kerberos client judges the proxy's
 *   certificate; the pre-flight does not judge certificates (kdc-proxy.ts), so it changes nothing
 *   here and is only kept in `KdcProxyPolicy` for a report to the help desk.
 *
 * Mappings written without the switch (administrators who set the key by hand, as several guides
 * show) are used; only a switch set to 0 (the policy disabled) turns them off.
 *
 * The key is read from the 64-bit view (`/reg:64`), where Windows' own Kerberos client reads it.
 * A missing key is reg.exe's exit code 1 with a translated error: "not configured", never a
 * failure. Whatever goes wrong (reg.exe missing, timeout), the answer is "no proxies": the
 * pre-flight then behaves as it did before, it never blocks on the policy.
 */
import { runTool, type RunResult } from '../../process/run';
import type { KdcAddress } from '../preflight';
import { DEFAULT_PROXY_PATH, DEFAULT_PROXY_PORT, isProxyHost, portNumber } from '../kdc-proxy';
import { dwordValue, findKey, parseRegQuery, type RegValue } from './reg-query';

export const KERBEROS_POLICY_KEY =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos';
/** The fixed command line: nothing in it comes from input. */
export const REG_QUERY_ARGS = ['query', KERBEROS_POLICY_KEY, '/s', '/reg:64'] as const;

export interface KdcProxyPolicy {
  /** `KdcProxyServer_Enabled`: true, false, or null when it is not set. */
  enabled: boolean | null;
  /** The mappings (value name = DNS suffix, data = `<https ... />`). */
  mappings: RegValue[];
  /** `NoRevocationCheck` is 1 (for the help desk only). */
  noRevocationCheck: boolean;
}

const NOT_CONFIGURED: KdcProxyPolicy = { enabled: null, mappings: [], noRevocationCheck: false };

/** The policy from reg.exe's output (any exit code: a missing key prints no key at all). */
export function readKdcProxyPolicy(text: string): KdcProxyPolicy {
  const keys = parseRegQuery(text);
  const kerberos = findKey(keys, '\\Policies\\System\\Kerberos');
  const switchValue = dwordValue(kerberos, 'KdcProxyServer_Enabled');
  const servers = findKey(keys, '\\Kerberos\\KdcProxy\\ProxyServers');
  return {
    enabled: switchValue === null ? null : switchValue !== 0,
    mappings: (servers?.values ?? []).filter((v) => v.type === 'REG_SZ'),
    noRevocationCheck:
      dwordValue(findKey(keys, '\\Kerberos\\Parameters'), 'NoRevocationCheck') === 1,
  };
}

/** The proxies of one mapping's data: `<https a.contoso.com b.contoso.com:8443:kp />`. */
export function parseProxyServers(data: string): KdcAddress[] {
  const proxies: KdcAddress[] = [];
  for (const tag of data.matchAll(/<https\s+([^>]*?)\s*\/>/gi)) {
    for (const entry of (tag[1] ?? '').split(/[\s,]+/).filter(Boolean)) {
      const [host = '', port, ...path] = entry.split(':');
      const number = portNumber(port, DEFAULT_PROXY_PORT);
      if (!isProxyHost(host) || number === null) continue;
      proxies.push({
        host,
        port: number,
        proxyPath: path.join(':').replace(/^\/+/, '') || DEFAULT_PROXY_PATH,
      });
    }
  }
  return proxies;
}

/** The mapping that applies to `realm`: full name, then the longest suffix, then `*`. */
export function proxiesForRealm(policy: KdcProxyPolicy, realm: string): KdcAddress[] {
  if (policy.enabled === false || !realm) return [];
  const domain = realm.toLowerCase();
  const named = policy.mappings.map((m) => ({ name: m.name.trim().toLowerCase(), data: m.data }));
  const full = named.find((m) => m.name === domain);
  const suffix = named
    .filter(
      (m) => m.name.startsWith('.') && (domain.endsWith(m.name) || domain === m.name.slice(1)),
    )
    .sort((a, b) => b.name.length - a.name.length)[0];
  const fallback = named.find((m) => m.name === '*');
  const chosen = full ?? suffix ?? fallback;
  return chosen ? parseProxyServers(chosen.data) : [];
}

export interface KdcProxyLookupOptions {
  /** The absolute `%SystemRoot%\System32\reg.exe` (tests: the fake). */
  regPath: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** The console code page for reg.exe's output when it is not UTF-8. */
  fallbackEncoding?: () => Promise<string>;
}

/** Reads the policy (once per call) and answers the proxies for `realm`; [] on any failure. */
export function createKdcProxyLookup(
  options: KdcProxyLookupOptions,
): (realm: string) => Promise<KdcAddress[]> {
  return async (realm) => {
    let run: RunResult;
    try {
      run = await runTool(options.regPath, REG_QUERY_ARGS, {
        env: options.env,
        timeoutMs: options.timeoutMs ?? 5_000,
        fallbackEncoding: await options.fallbackEncoding?.(),
      });
    } catch {
      return [];
    }
    const policy = run.exitCode === 0 ? readKdcProxyPolicy(run.stdout) : NOT_CONFIGURED;
    return proxiesForRealm(policy, realm);
  };
}
