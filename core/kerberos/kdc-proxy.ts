/**
 * KDC proxies: Kerberos over HTTPS ([MS-KKDCP]). A remote worker without VPN often reaches the
 * domain's KDCs only through such a proxy (Windows Server's KPSSVC, or the `kdcproxy` WSGI app),
 * and then TCP 88 never answers while Kerberos works fine. The pre-flight must check the proxy the
 * Kerberos client would use instead of calling the laptop offline.
 *
 * Where proxies come from:
 * - Windows: the "Specify KDC proxy servers for Kerberos clients" policy
 *   (windows/kdc-proxy-policy.ts reads it).
 * - MIT krb5 (1.13 and later): `kdc = https://host[:port][/path]` in krb5.conf
 *   (unix/krb5-conf.ts reads it; see MIT's "HTTPS proxy configuration" in the krb5 admin guide).
 *
 * The check: a TLS handshake with the proxy's host and port within the pre-flight's timeout.
 * Nothing is sent over the connection, and it is closed at once. The proxy's certificate is NOT
 * judged here: the Kerberos client judges it against the operating system's trust store (on
 * Windows with the revocation check the policy may turn off), which Node does not share, so
 * refusing an unknown issuer here would call a working laptop offline. A proxy that completes a
 * TLS handshake is up and reachable; that is all the pre-flight claims.
 */
import type * as Net from 'node:net';

/**
 * node:net, loaded with the first check rather than with the app (issue 14, start-up: as
 * process/run.ts does for node:child_process). A literal `require` keeps the check synchronous.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const net = (): typeof Net => require('node:net') as typeof Net;

/** A proxy as the Kerberos client is told of it: host, HTTPS port and URL path. */
export interface KdcProxy {
  host: string;
  port: number;
  /** The URL path without its leading slash (`KdcProxy`). */
  path: string;
}

export const DEFAULT_PROXY_PORT = 443;
/** The path of Windows Server's KDC proxy service (and the policy's default). */
export const DEFAULT_PROXY_PATH = 'KdcProxy';

const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/;

/** `https://host:port/path`, as the help desk would type it into a browser. */
export function kdcProxyUrl(proxy: KdcProxy): string {
  const host = proxy.host.includes(':') ? `[${proxy.host}]` : proxy.host;
  return `https://${host}:${proxy.port}/${proxy.path}`;
}

/** A valid TCP port number, or null. */
export function portNumber(text: string | undefined, fallback: number): number | null {
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

/** A host name or IPv4/IPv6 literal Regroup will connect to; anything else is refused. */
export function isProxyHost(host: string): boolean {
  return HOST.test(host) || net().isIP(host) !== 0;
}

/**
 * Resolves true when a TLS handshake with `address` completes within `timeoutMs`; false on
 * refusal, a server that does not speak TLS, an error or the timeout. Sends no application data.
 */
export async function tlsHandshake(
  address: { host: string; port: number },
  timeoutMs: number,
): Promise<boolean> {
  // node:tls (and node:crypto with it) loads with the first handshake, not with the app: about a
  // tenth of evaluating main.js (issue 14, start-up). Node keeps it loaded after that.
  const tls = await import('node:tls');
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: address.host,
      port: address.port,
      // SNI only for names (an IP address there is not allowed by RFC 6066).
      servername: net().isIP(address.host) ? undefined : address.host,
      // Judged by the Kerberos client against the OS trust store, not here (see the header).
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1'],
    });
    let settled = false;
    const done = (ok: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (ok) {
        // A polite close (close_notify, FIN) lets the proxy see a finished handshake; it must not
        // keep this process alive if the proxy never closes its side.
        socket.end();
        setTimeout(() => socket.destroy(), 1_000).unref();
      } else {
        socket.destroy();
      }
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('secureConnect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}
