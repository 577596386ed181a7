/**
 * The pre-flight with KDC proxies, against a real HTTPS server on loopback (self-signed
 * certificate made by openssl for the run) standing in for the proxy, a real TCP port that does
 * not speak TLS, and a closed port.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { startKdcProxyServer, type KdcProxyServer } from '../../test/fakes/kdc-proxy-server';
import { tlsHandshake } from './kdc-proxy';
import { checkKdcReachable } from './preflight';
import { readKdcHosts } from './unix/krb5-conf';

let proxy: KdcProxyServer;
let plain: net.Server;
let plainPort = 0;
let silent: net.Server;
let silentPort = 0;
const held: net.Socket[] = [];
let closedPort = 0;

const listen = async (server: net.Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
};

beforeAll(async () => {
  proxy = await startKdcProxyServer();
  // Accepts TCP and hangs up: a KDC on port 88 would do this to a TLS hello.
  plain = net.createServer((socket) => {
    held.push(socket);
    socket.end();
  });
  plainPort = await listen(plain);
  // Accepts TCP and never answers (a firewall that swallows the handshake).
  silent = net.createServer((socket) => void held.push(socket));
  silentPort = await listen(silent);
  const probe = net.createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(async () => {
  await proxy.close();
  held.forEach((socket) => socket.destroy());
  await new Promise((resolve) => silent.close(resolve));
  await new Promise((resolve) => plain.close(resolve));
});

const noDns = { resolveSrv: async () => [] };

describe('tlsHandshake', () => {
  it('is true for an HTTPS server with a self-signed certificate, and sends it no request', async () => {
    const before = proxy.handshakes();
    expect(await tlsHandshake({ host: '127.0.0.1', port: proxy.port }, 2_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy.handshakes()).toBe(before + 1);
    expect(proxy.requests()).toBe(0);
  });

  it('is false for a port that accepts TCP but does not speak TLS, a silent one, and a closed one', async () => {
    expect(await tlsHandshake({ host: '127.0.0.1', port: plainPort }, 1_000)).toBe(false);
    const started = Date.now();
    expect(await tlsHandshake({ host: '127.0.0.1', port: silentPort }, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await tlsHandshake({ host: '127.0.0.1', port: closedPort }, 1_000)).toBe(false);
  });
});

describe('checkKdcReachable with a KDC proxy', () => {
  it('calls the realm reachable through the proxy when no domain controller answers on port 88', async () => {
    const result = await checkKdcReachable('CONTOSO.COM', {
      ...noDns,
      configuredKdcs: [{ host: '127.0.0.1', port: closedPort }],
      kdcProxies: [{ host: '127.0.0.1', port: proxy.port, proxyPath: 'KdcProxy' }],
      timeoutMs: 1_000,
    });
    expect(result.reachable).toBe(true);
    expect(result.kdc).toEqual({ host: '127.0.0.1', port: proxy.port, proxyPath: 'KdcProxy' });
    expect(result.message.id).toBe('krb.preflight.kdcProxyAnswers');
    expect(say(result.message)).toBe(
      `The KDC proxy server https://127.0.0.1:${proxy.port}/KdcProxy answers (Kerberos over HTTPS).`,
    );
    expect(result.tried).toEqual([
      `127.0.0.1:${closedPort}`,
      `https://127.0.0.1:${proxy.port}/KdcProxy`,
    ]);
  });

  it('prefers a domain controller that answers over the proxy', async () => {
    const result = await checkKdcReachable('CONTOSO.COM', {
      ...noDns,
      configuredKdcs: [{ host: '127.0.0.1', port: plainPort }],
      kdcProxies: [{ host: '127.0.0.1', port: proxy.port, proxyPath: 'KdcProxy' }],
    });
    expect(result.kdc).toEqual({ host: '127.0.0.1', port: plainPort });
    expect(result.message.id).toBe('krb.preflight.kdcAnswers');
  });

  it('does not take an open port that does not speak TLS for a proxy, and names the URL it tried', async () => {
    const result = await checkKdcReachable('CONTOSO.COM', {
      ...noDns,
      kdcProxies: [{ host: '127.0.0.1', port: plainPort, proxyPath: 'KdcProxy' }],
      timeoutMs: 1_000,
    });
    expect(result.reachable).toBe(false);
    expect(result.message.id).toBe('krb.preflight.noKdcAnswers');
    expect(say(result.message)).toContain(`https://127.0.0.1:${plainPort}/KdcProxy`);
  });

  it('keeps places for the proxies when DNS lists many domain controllers', async () => {
    const seen: string[] = [];
    await checkKdcReachable('CONTOSO.COM', {
      resolveSrv: async () =>
        Array.from({ length: 8 }, (_, i) => ({
          name: `dc${i}.contoso.com`,
          port: 88,
          priority: 0,
          weight: 0,
        })),
      kdcProxies: [{ host: 'kdcproxy.contoso.com', port: 443, proxyPath: 'KdcProxy' }],
      connect: async (address) => (seen.push(address.host), false),
    });
    expect(seen).toHaveLength(6);
    expect(seen).toContain('kdcproxy.contoso.com');
  });

  it('checks a krb5.conf `kdc = https://...` line (MIT) over TLS', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-krb5-'));
    const file = path.join(dir, 'krb5.conf');
    fs.writeFileSync(
      file,
      `[realms]\n\tREGROUP.TEST = {\n\t\tkdc = https://127.0.0.1:${proxy.port}/KdcProxy\n\t}\n`,
    );
    try {
      const configuredKdcs = await readKdcHosts('REGROUP.TEST', { KRB5_CONFIG: file });
      const result = await checkKdcReachable('REGROUP.TEST', { ...noDns, configuredKdcs });
      expect(result.reachable).toBe(true);
      expect(result.message.id).toBe('krb.preflight.kdcProxyAnswers');

      // The same line pointing at a port that only speaks TCP: a TCP connect alone is not enough.
      fs.writeFileSync(
        file,
        `[realms]\n\tREGROUP.TEST = {\n\t\tkdc = https://127.0.0.1:${plainPort}/KdcProxy\n\t}\n`,
      );
      const offline = await checkKdcReachable('REGROUP.TEST', {
        ...noDns,
        configuredKdcs: await readKdcHosts('REGROUP.TEST', { KRB5_CONFIG: file }),
        timeoutMs: 1_000,
      });
      expect(offline.reachable).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
