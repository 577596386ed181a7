/**
 * Before any purge: is a KDC of the realm reachable? A purge while offline (VPN down, on a train)
 * leaves the person with no tickets at all until they reconnect, so Regroup does not purge then.
 *
 * The KDCs are found as the OS finds them: DNS SRV `_kerberos._tcp.<realm>`, then the hosts that
 * krb5.conf names for the realm, then the Windows logon server. Each is tried with a short TCP
 * connect to its Kerberos port; the first that answers wins.
 *
 * KDC proxies (Kerberos over HTTPS, kdc-proxy.ts) count as KDCs: a `kdc = https://...` line of
 * krb5.conf, and on Windows the proxies that policy maps to the realm (`kdcProxies`), which the
 * Kerberos client uses when no domain controller can be reached. They are checked with a TLS
 * handshake, at the same time as the direct addresses; a direct KDC that answers is preferred.
 */
import net from 'node:net';
import { promises as dns } from 'node:dns';
import { msg, type Message } from '../i18n/message';
import { kdcProxyUrl, tlsHandshake } from './kdc-proxy';

export interface KdcAddress {
  host: string;
  port: number;
  /** Set for a KDC proxy ([MS-KKDCP]): the URL path on `https://host:port/`. */
  proxyPath?: string;
}

export interface PreflightResult {
  reachable: boolean;
  /** The KDC that answered. */
  kdc: KdcAddress | null;
  /** Every address tried, `host:port`, for the help desk. */
  tried: string[];
  /** What the check found, for the person (the refresh's error sentence when unreachable). */
  message: Message;
}

export interface PreflightDeps {
  resolveSrv?: (
    name: string,
  ) => Promise<Array<{ name: string; port: number; priority: number; weight: number }>>;
  connect?: (address: KdcAddress, timeoutMs: number) => Promise<boolean>;
  /** DNS servers for the SRV query (`127.0.0.1:5353`); the system's when absent. */
  dnsServers?: string[];
}

export interface PreflightOptions extends PreflightDeps {
  /** KDCs named in krb5.conf for the realm (Linux/macOS). */
  configuredKdcs?: KdcAddress[];
  /** Windows `%LOGONSERVER%` (`\\DC01`). */
  logonServer?: string;
  /** Windows: the KDC proxies that policy maps to the realm (windows/kdc-proxy-policy.ts). */
  kdcProxies?: KdcAddress[];
  timeoutMs?: number;
  /** At most this many addresses are tried. */
  maxAttempts?: number;
}

const REALM = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/;

/** How an address is shown to the help desk: `host:port`, or a proxy's URL. */
export function kdcAddressText(address: KdcAddress): string {
  return address.proxyPath === undefined
    ? `${address.host}:${address.port}`
    : kdcProxyUrl({ host: address.host, port: address.port, path: address.proxyPath });
}

/** A KDC by TCP connect; a KDC proxy by TLS handshake (kdc-proxy.ts). */
export function connectKdc(address: KdcAddress, timeoutMs: number): Promise<boolean> {
  return address.proxyPath === undefined
    ? tcpConnect(address, timeoutMs)
    : tlsHandshake(address, timeoutMs);
}

/** Resolves when a TCP connection to the address opens; false on refusal, error or timeout. */
export function tcpConnect(address: KdcAddress, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address.host, port: address.port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The SRV records of `name`, or [] after `timeoutMs`. The query runs on a resolver of its own
 * with that timeout and one try, and is cancelled when the time is up: an abandoned query on the
 * shared resolver kept the process alive for ~25 s after the pre-flight had given up (a laptop
 * whose VPN DNS server drops packets).
 */
export async function resolveSrvWithin(
  name: string,
  timeoutMs: number,
  servers?: string[],
): Promise<Array<{ name: string; port: number; priority: number; weight: number }>> {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 1 });
  if (servers?.length) resolver.setServers(servers);
  try {
    return await withTimeout(resolver.resolveSrv(name), timeoutMs, []);
  } finally {
    resolver.cancel();
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise.catch(() => fallback), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The addresses without repeats (host compared without case). */
function distinct(addresses: KdcAddress[]): KdcAddress[] {
  return addresses.filter(
    (c, i) =>
      addresses.findIndex(
        (d) =>
          d.host.toLowerCase() === c.host.toLowerCase() &&
          d.port === c.port &&
          d.proxyPath === c.proxyPath,
      ) === i,
  );
}

/** Checks that some KDC of `realm` answers. Never throws. */
export async function checkKdcReachable(
  realm: string,
  options: PreflightOptions = {},
): Promise<PreflightResult> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const resolveSrv =
    options.resolveSrv ?? ((name: string) => resolveSrvWithin(name, timeoutMs, options.dnsServers));
  const connect = options.connect ?? connectKdc;
  const candidates: KdcAddress[] = [];

  if (REALM.test(realm)) {
    const records = await withTimeout(
      resolveSrv(`_kerberos._tcp.${realm.toLowerCase()}`),
      timeoutMs,
      [],
    );
    records
      .sort((a, b) => a.priority - b.priority || b.weight - a.weight)
      .forEach((r) => candidates.push({ host: r.name, port: r.port || 88 }));
  }
  candidates.push(...(options.configuredKdcs ?? []));
  const logonServer = options.logonServer?.replace(/^\\\\/, '').trim();
  if (logonServer && /^[A-Za-z0-9.-]+$/.test(logonServer))
    candidates.push({ host: logonServer, port: 88 });

  const maxAttempts = options.maxAttempts ?? 5;
  // The policy's proxies have places of their own: many DNS records must not crowd them out.
  const attempts = [
    ...distinct(candidates).slice(0, maxAttempts),
    ...distinct(options.kdcProxies ?? []).slice(0, maxAttempts),
  ];
  const tried = attempts.map(kdcAddressText);
  if (attempts.length === 0) {
    return {
      reachable: false,
      kdc: null,
      tried,
      message: realm
        ? msg('krb.preflight.noKdcFound', { realm })
        : msg('krb.preflight.noKdcFoundNoRealm'),
    };
  }
  const results = await Promise.all(attempts.map((a) => connect(a, timeoutMs)));
  const index = results.findIndex(Boolean);
  if (index >= 0) {
    const kdc = attempts[index] ?? null;
    return {
      reachable: true,
      kdc,
      tried,
      message:
        kdc?.proxyPath === undefined
          ? msg('krb.preflight.kdcAnswers', { host: kdc?.host ?? '' })
          : msg('krb.preflight.kdcProxyAnswers', { url: kdcAddressText(kdc) }),
    };
  }
  return {
    reachable: false,
    kdc: null,
    tried,
    message: msg('krb.preflight.noKdcAnswers', { realm, tried: tried.join(', ') }),
  };
}
