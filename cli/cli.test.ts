/**
 * The `regroup` command line, driven in-process over the real Windows service and the fake
 * klist.exe, and over real sample files for `parse`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeWindows, domainState, type FakeWindows } from '../test/fakes/fake-windows';
import { createFakeUac } from '../test/fakes/fake-uac';
import { createElevator } from '../core/kerberos/elevate';
import type { KerberosService } from '../core/kerberos/service';
import type { KlistListing, RefreshResult } from '../core/kerberos/types';
import { createWindowsService } from '../core/kerberos/windows/service';
import { runCli, type CliContext } from './main';

const SAMPLES = path.resolve(__dirname, '../../shared/klist-samples');

let win: FakeWindows | undefined;
afterEach(() => win?.cleanup());

interface Run {
  code: number;
  out: string;
  err: string;
}

function context(
  service: () => KerberosService,
  stdin: Buffer = Buffer.alloc(0),
): { ctx: CliContext; result: () => Omit<Run, 'code'> } {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async (limit) => stdin.subarray(0, limit),
    readFile: async (file, limit) => fs.readFileSync(file).subarray(0, limit),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service,
    version: '0.0.0-test',
    now: () => new Date(),
  };
  return { ctx, result: () => ({ out, err }) };
}

function windows(online = true): KerberosService {
  win = createFakeWindows(domainState());
  const fake = win;
  return createWindowsService({
    env: fake.env,
    klistPath: fake.klistPath,
    elevate: createElevator({ env: {}, load: async () => createFakeUac(fake) }),
    preflight: async () => ({
      reachable: online,
      kdc: null,
      tried: ['dc01.contoso.com:88'],
      message: 'No domain controller of CONTOSO.COM answers. Connect to the VPN.',
    }),
  });
}

async function regroup(
  argv: string[],
  service: () => KerberosService = windows,
  stdin?: Buffer,
): Promise<Run> {
  const { ctx, result } = context(service, stdin);
  const code = await runCli(argv, ctx);
  return { code, ...result() };
}

describe('regroup list', () => {
  it('prints a table with the time left on each ticket', async () => {
    const run = await regroup(['list']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/dyork@CONTOSO\.COM - logon session 0:0x11b5a5/);
    // The fake's TGT started 2 hours ago and lasts 10: just under 8 hours are left.
    expect(run.out).toMatch(
      /TGT\s+krbtgt\/CONTOSO\.COM@CONTOSO\.COM\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+7 h 59 min/,
    );
    expect(run.out).toMatch(/cifs\/fs01\.contoso\.com@CONTOSO\.COM/);
    expect(run.err).toBe('');
  });

  it('prints the promised JSON shape', async () => {
    const run = await regroup(['list', '--json']);
    const listing = JSON.parse(run.out) as KlistListing;
    expect(listing).toMatchObject({
      kind: 'windows',
      logonId: '0:0x11b5a5',
      complete: true,
      error: null,
    });
    expect(listing.tickets[0]).toMatchObject({
      client: 'dyork@CONTOSO.COM',
      server: 'krbtgt/CONTOSO.COM@CONTOSO.COM',
      isTgt: true,
      encryptionType: 'AES-256-CTS-HMAC-SHA1-96',
      flags: ['forwardable', 'renewable', 'initial', 'pre_authent', 'name_canonicalize'],
      flagsHex: '0x40e10000',
      cacheFlags: ['PRIMARY'],
      kdcCalled: 'DC01.contoso.com',
    });
    expect(listing.tickets[0]?.startTime).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/,
    );
  });

  it('exits 1 with the reason on stderr for the computer session without rights', async () => {
    const run = await regroup(['list', '--computer', '--json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.out) as KlistListing).error?.code).toBe('access-denied');
    expect(run.err).toMatch(/administrator rights/);
  });
});

describe('regroup refresh', () => {
  it('refreshes the user and reports removed and new tickets', async () => {
    const run = await regroup(['refresh', '--user']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Done: 2 old tickets removed/);
    expect(run.out).toMatch(/New \(1\):\n {2}krbtgt\/CONTOSO\.COM@CONTOSO\.COM/);
    expect(run.out).toMatch(/NTLM/);
  });

  it('refuses to purge offline, says why, and how to force it', async () => {
    const run = await regroup(['refresh', '--user', '--json'], () => windows(false));
    expect(run.code).toBe(1);
    expect((JSON.parse(run.out) as RefreshResult).outcome).toBe('offline');
    expect(run.err).toMatch(/Connect to the VPN\. To purge anyway, add --force\./);
    expect(win?.read().sessions['0:0x11b5a5']?.tickets).toHaveLength(2);
  });

  it('reports a refresh-shaped JSON failure when a password is needed and there is no terminal', async () => {
    const service = windows();
    const needsPassword: KerberosService = {
      ...service,
      capabilities: async () => ({
        ...(await service.capabilities()),
        userRefreshNeedsPassword: true,
      }),
    };
    const run = await regroup(['refresh', '--user', '--json'], () => needsPassword);
    const result = JSON.parse(run.out) as RefreshResult;
    expect(run.code).toBe(1);
    expect(result).toMatchObject({
      scope: 'user',
      outcome: 'failed',
      ok: false,
      removed: [],
      acquired: [],
    });
    expect(result.error?.code).toBe('password-required');
    expect(result.message).toMatch(/--password-stdin/);
    expect(win?.read().calls ?? []).toEqual([]);
  });

  it('refreshes the computer through the elevation prompt, with gpupdate', async () => {
    const run = await regroup(['refresh', '--computer', '--gpupdate', '--json']);
    const result = JSON.parse(run.out) as RefreshResult;
    expect(run.code).toBe(0);
    expect(result).toMatchObject({ scope: 'computer', outcome: 'refreshed', ok: true });
    expect(win?.read().calls?.at(-1)).toEqual({ args: ['-li', '0x3e7', 'purge'], elevated: true });
  });
});

describe('regroup parse', () => {
  it('reads a saved Windows sample and prints JSON', async () => {
    const run = await regroup(['parse', path.join(SAMPLES, 'win-en-list-16.txt'), '--json']);
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.out) as KlistListing;
    expect(listing.kind).toBe('windows');
    expect(listing.tickets.map((t) => [t.client, t.server])).toEqual([
      ['dyork@CONTOSO.COM', 'krbtgt/CONTOSO.COM@CONTOSO.COM'],
    ]);
  });

  it('reads from standard input and detects MIT and Heimdal', async () => {
    for (const [file, kind] of [
      ['mit-list-fae-01.txt', 'mit'],
      ['heimdal-list-01.txt', 'heimdal'],
    ] as const) {
      const run = await regroup(
        ['parse', '-', '--json'],
        windows,
        fs.readFileSync(path.join(SAMPLES, file)),
      );
      expect((JSON.parse(run.out) as KlistListing).kind).toBe(kind);
      expect(run.code).toBe(0);
    }
  });

  it('exits 2 with a sentence for binary garbage, empty input and a missing file', async () => {
    const garbage = await regroup(
      ['parse', '-'],
      windows,
      Buffer.from([0, 159, 146, 150, 255, 1, 2, 3, 10, 0]),
    );
    expect(garbage.code).toBe(2);
    expect(garbage.err).toMatch(/does not look like klist output/);
    const empty = await regroup(['parse', '-'], windows, Buffer.alloc(0));
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/empty/);
    const missing = await regroup(['parse', '/no/such/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Cannot read \/no\/such\/file\.txt: there is no such file/);
  });

  it('refuses input far larger than klist output without reading it all', async () => {
    const run = await regroup(
      ['parse', '-', '--json'],
      windows,
      Buffer.alloc(17 * 1024 * 1024, 0x41),
    );
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toMatchObject({
      tickets: [],
      complete: false,
      error: { code: 'unreadable-output' },
    });
    expect(run.err).toMatch(/larger than 16 MB/);
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['refresh'], /Say what to refresh/],
    [['refresh', '--user', '--computer'], /Say what to refresh/],
    [['parse', '--format', 'xml'], /--format takes one of auto, windows, mit, heimdal/],
    [['list', '--colour'], /has no option --colour/],
    [['refresh', '--user', '--gpupdate'], /--gpupdate goes with --computer only/],
    [['groups', '--dc', 'bad host;rm'], /is not a host name/],
    [['refresh', '--user', '--dc', 'dc1.contoso.com'], /--dc goes with --verify/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const run = await regroup(argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).toMatch(/Usage:/);
  });

  it('prints help and version', async () => {
    expect((await regroup(['--help'])).out).toMatch(/regroup list \[--computer\] \[--json\]/);
    expect((await regroup(['--version'])).out).toBe('regroup 0.0.0-test\n');
  });
});
