import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { checkKdcReachable, tcpConnect } from './preflight';

let server: net.Server;
let open = 0;
let closed = 0;

beforeAll(async () => {
  server = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open = (server.address() as net.AddressInfo).port;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closed = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('checkKdcReachable', () => {
  it('finds a KDC through the DNS SRV record and connects to it', async () => {
    const asked: string[] = [];
    const result = await checkKdcReachable('CONTOSO.COM', {
      resolveSrv: async (name) => (
        asked.push(name),
        [{ name: '127.0.0.1', port: open, priority: 0, weight: 100 }]
      ),
    });
    expect(asked).toEqual(['_kerberos._tcp.contoso.com']);
    expect(result.reachable).toBe(true);
    expect(result.kdc).toEqual({ host: '127.0.0.1', port: open });
  });

  it('falls back to the KDCs that krb5.conf names when DNS has no record', async () => {
    const result = await checkKdcReachable('REGROUP.TEST', {
      resolveSrv: async () => {
        throw Object.assign(new Error('querysrv ENOTFOUND'), { code: 'ENOTFOUND' });
      },
      configuredKdcs: [
        { host: '127.0.0.1', port: closed },
        { host: '127.0.0.1', port: open },
      ],
    });
    expect(result.reachable).toBe(true);
    expect(result.tried).toEqual([`127.0.0.1:${closed}`, `127.0.0.1:${open}`]);
  });

  it('says nothing answers, names what it tried, and advises the VPN', async () => {
    const result = await checkKdcReachable('CONTOSO.COM', {
      resolveSrv: async () => [],
      configuredKdcs: [{ host: '127.0.0.1', port: closed }],
      timeoutMs: 300,
    });
    expect(result.reachable).toBe(false);
    expect(result.message.id).toBe('krb.preflight.noKdcAnswers');
    expect(say(result.message)).toContain(`127.0.0.1:${closed}`);
    expect(say(result.message)).toMatch(/left as they are/);
    expect(say(result.message)).toMatch(/VPN/);
  });

  it('gives up on a DNS server that does not answer', async () => {
    const started = Date.now();
    const result = await checkKdcReachable('CONTOSO.COM', {
      resolveSrv: () => new Promise(() => undefined),
      timeoutMs: 200,
    });
    expect(result.reachable).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(say(result.message)).toMatch(/for CONTOSO\.COM could be found/);
  });

  it('uses the Windows logon server when there is nothing else', async () => {
    const seen: string[] = [];
    await checkKdcReachable('CONTOSO.COM', {
      resolveSrv: async () => [],
      logonServer: '\\\\DC01',
      connect: async (address) => (seen.push(`${address.host}:${address.port}`), false),
    });
    expect(seen).toEqual(['DC01:88']);
  });
});

describe('tcpConnect', () => {
  it('is true for a listening port and false for a closed one', async () => {
    expect(await tcpConnect({ host: '127.0.0.1', port: open }, 500)).toBe(true);
    expect(await tcpConnect({ host: '127.0.0.1', port: closed }, 500)).toBe(false);
  });
});

describe('a DNS server that drops queries (a VPN DNS that is unreachable)', () => {
  let dropper: dgram.Socket;
  let dnsPort = 0;
  beforeAll(async () => {
    dropper = dgram.createSocket('udp4');
    dropper.on('message', () => {
      /* dropped: no answer, ever */
    });
    await new Promise<void>((resolve) => dropper.bind(0, '127.0.0.1', resolve));
    dnsPort = dropper.address().port;
  });
  afterAll(() => new Promise<void>((resolve) => dropper.close(() => resolve())));

  it('gives up at its timeout, and the process can exit right after (the query is cancelled)', async () => {
    // The pre-flight, bundled and run in a process of its own: how long that process lives is
    // what a person waits for when `regroup refresh` has already said everything.
    const { outputFiles } = await build({
      stdin: {
        contents: `import { checkKdcReachable } from './preflight';
          const started = Date.now();
          checkKdcReachable('CONTOSO.COM', { dnsServers: ['127.0.0.1:${dnsPort}'], timeoutMs: 500 })
            .then((r) => console.log(JSON.stringify({ reachable: r.reachable, ms: Date.now() - started })));`,
        resolveDir: __dirname,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
    });
    const started = Date.now();
    const child = spawnSync(process.execPath, ['-e', outputFiles[0]?.text ?? ''], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const lived = Date.now() - started;
    const answer = JSON.parse(child.stdout) as { reachable: boolean; ms: number };
    expect(answer.reachable).toBe(false);
    expect(answer.ms).toBeLessThan(1_500);
    expect(lived).toBeLessThan(answer.ms + 1_500);
  });
});
