/**
 * The KDC proxy policy on Windows: reg.exe's output read by structure (Wine's reg.exe output as
 * the fixture), the policy's matching rules, and the whole path through the Windows service: the
 * fake reg.exe in the fake System32, a real HTTPS server on loopback as the proxy, no domain
 * controller answering on port 88.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../../test/fakes/english';
import { createFakeWindows, type FakeWindows } from '../../../test/fakes/fake-windows';
import { startKdcProxyServer, type KdcProxyServer } from '../../../test/fakes/kdc-proxy-server';
import { createElevator } from '../elevate';
import { connectKdc } from '../preflight';
import {
  createKdcProxyLookup,
  parseProxyServers,
  proxiesForRealm,
  readKdcProxyPolicy,
  REG_QUERY_ARGS,
} from './kdc-proxy-policy';
import { parseRegQuery } from './reg-query';
import { createWindowsService } from './service';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/wine-reg');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const KERBEROS =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos';
/** The registry the Wine fixture was captured from. */
const FIXTURE_KEYS = {
  [KERBEROS]: [{ name: 'KdcProxyServer_Enabled', type: 'REG_DWORD', data: '0x1' }],
  [`${KERBEROS}\\KdcProxy\\ProxyServers`]: [
    {
      name: '*',
      type: 'REG_SZ',
      data: '<https a.example.com b.example.com:8443:kp,c.example.com />',
    },
    { name: '.contoso.com', type: 'REG_SZ', data: '<https proxy.contoso.com:443:kdcproxy />' },
    { name: 'empty', type: 'REG_SZ', data: '' },
  ],
  [`${KERBEROS}\\Parameters`]: [{ name: 'NoRevocationCheck', type: 'REG_DWORD', data: '0x1' }],
};

describe('reading reg.exe query output', () => {
  it('reads keys and values from their layout (Wine reg.exe, /s)', () => {
    const keys = parseRegQuery(fixture('query-kerberos-s.txt'));
    expect(keys.map((k) => k.path.slice(KERBEROS.length))).toEqual([
      '',
      '\\KdcProxy',
      '\\KdcProxy\\ProxyServers',
      '\\Parameters',
    ]);
    expect(keys[2]?.values).toEqual(FIXTURE_KEYS[`${KERBEROS}\\KdcProxy\\ProxyServers`]);
    expect(readKdcProxyPolicy(fixture('query-kerberos-s.txt'))).toMatchObject({
      enabled: true,
      noRevocationCheck: true,
    });
  });

  it('finds nothing in an error, whatever its language', () => {
    expect(parseRegQuery(fixture('query-missing.txt'))).toEqual([]);
    expect(
      readKdcProxyPolicy(
        'FEHLER: Der angegebene Registrierungsschlüssel wurde nicht gefunden.\r\n',
      ),
    ).toEqual({ enabled: null, mappings: [], noRevocationCheck: false });
  });

  it('the fake reg.exe prints what the real layout prints for the same registry', () => {
    const win = createFakeWindows();
    try {
      win.setRegistry(FIXTURE_KEYS);
      const run = spawnSync(win.tool('reg.exe'), [...REG_QUERY_ARGS], {
        env: win.env,
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(fixture('query-kerberos-s.txt'));
      const missing = spawnSync(win.tool('reg.exe'), ['query', `${REG_QUERY_ARGS[1]}\\Nope`], {
        env: win.env,
        encoding: 'utf8',
      });
      expect(missing.status).toBe(1);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toBe(
        'ERROR: The system was unable to find the specified registry key or value.\r\n',
      );
    } finally {
      win.cleanup();
    }
  });
});

describe('the policy for a realm', () => {
  const policy = readKdcProxyPolicy(fixture('query-kerberos-s.txt'));

  it('takes the suffix mapping for a domain below it, and the default for any other', () => {
    expect(proxiesForRealm(policy, 'CONTOSO.COM')).toEqual([
      { host: 'proxy.contoso.com', port: 443, proxyPath: 'kdcproxy' },
    ]);
    expect(proxiesForRealm(policy, 'EMEA.CONTOSO.COM')).toHaveLength(1);
    expect(proxiesForRealm(policy, 'FABRIKAM.COM')).toEqual([
      { host: 'a.example.com', port: 443, proxyPath: 'KdcProxy' },
      { host: 'b.example.com', port: 8443, proxyPath: 'kp' },
      { host: 'c.example.com', port: 443, proxyPath: 'KdcProxy' },
    ]);
  });

  it('prefers the full name over a suffix, and a longer suffix over a shorter one', () => {
    const mappings = [
      { name: '.contoso.com', type: 'REG_SZ', data: '<https short.contoso.com />' },
      { name: '.emea.contoso.com', type: 'REG_SZ', data: '<https long.contoso.com />' },
      { name: 'emea.contoso.com', type: 'REG_SZ', data: '<https full.contoso.com />' },
    ];
    const with_ = (m: typeof mappings) => ({
      enabled: true,
      mappings: m,
      noRevocationCheck: false,
    });
    expect(proxiesForRealm(with_(mappings), 'EMEA.CONTOSO.COM')[0]?.host).toBe('full.contoso.com');
    expect(proxiesForRealm(with_(mappings.slice(0, 2)), 'EMEA.CONTOSO.COM')[0]?.host).toBe(
      'long.contoso.com',
    );
    expect(proxiesForRealm(with_(mappings), 'FABRIKAM.COM')).toEqual([]);
  });

  it('uses none when the policy is disabled (KdcProxyServer_Enabled = 0)', () => {
    expect(proxiesForRealm({ ...policy, enabled: false }, 'CONTOSO.COM')).toEqual([]);
    expect(proxiesForRealm({ ...policy, enabled: null }, 'CONTOSO.COM')).toHaveLength(1);
  });

  it('skips entries that are not a host and port', () => {
    expect(
      parseProxyServers('<https bad_host:443 ok.contoso.com:99999 good.contoso.com:444 />'),
    ).toEqual([{ host: 'good.contoso.com', port: 444, proxyPath: 'KdcProxy' }]);
    expect(parseProxyServers('proxy.contoso.com')).toEqual([]);
  });
});

describe('the Windows refresh with a KDC proxy and no domain controller on port 88', () => {
  let proxy: KdcProxyServer;
  let closedPort = 0;
  let win: FakeWindows;
  beforeAll(async () => {
    proxy = await startKdcProxyServer();
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(() => proxy.close());
  afterEach(() => win?.cleanup());

  const service = () => {
    win = createFakeWindows();
    // No DNS answer, and the logon server's port 88 is closed (a laptop at home without VPN).
    win.env.LOGONSERVER = '\\\\127.0.0.1';
    return createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      elevate: createElevator({ env: { SystemRoot: 'C:\\Windows' }, platform: 'win32' }),
      preflightDeps: {
        resolveSrv: async () => [],
        // The real connects; a domain controller's port 88 is a closed port here.
        connect: (address, timeoutMs) =>
          connectKdc(
            address.proxyPath === undefined ? { ...address, port: closedPort } : address,
            timeoutMs,
          ),
      },
    });
  };

  it('refreshes: the proxy that policy names for the domain answers over HTTPS', async () => {
    const kerberos = service();
    win.setRegistry({
      [KERBEROS]: [{ name: 'KdcProxyServer_Enabled', type: 'REG_DWORD', data: '0x1' }],
      [`${KERBEROS}\\KdcProxy\\ProxyServers`]: [
        { name: 'contoso.com', type: 'REG_SZ', data: `<https 127.0.0.1:${proxy.port}:KdcProxy />` },
      ],
    });
    const result = await kerberos.refresh('user');
    expect(result.outcome).toBe('refreshed');
    expect(win.registry().calls).toEqual([{ args: [...REG_QUERY_ARGS] }]);
    expect(win.read().calls?.map((c) => c.args.join(' '))).toContain('purge');
  });

  it('stays offline and purges nothing when no proxy is configured (reg.exe: key not found)', async () => {
    const kerberos = service();
    const result = await kerberos.refresh('user');
    expect(result.outcome).toBe('offline');
    expect(say(result.message)).toMatch(/left as they are/);
    expect(win.registry().calls).toHaveLength(1);
    expect((win.read().calls ?? []).map((c) => c.args.join(' '))).not.toContain('purge');
  });

  it('answers no proxies when reg.exe cannot be run', async () => {
    const lookup = createKdcProxyLookup({ regPath: path.join(FIXTURES, 'no-such-reg.exe') });
    await expect(lookup('CONTOSO.COM')).resolves.toEqual([]);
  });
});
