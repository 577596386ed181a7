/**
 * The `regroup` command line, driven in-process over the real Windows service and the fake
 * klist.exe, and over real sample files for `parse`: in English (the default), and in the
 * language that `--lang` or the environment chooses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeWindows, domainState, type FakeWindows } from '../test/fakes/fake-windows';
import { createFakeUac } from '../test/fakes/fake-uac';
import { TOKENS, tokenOfSample } from '../test/fakes/fake-tokens';
import { caveatsFor } from '../core/kerberos/caveats';
import { createElevator } from '../core/kerberos/elevate';
import type { KerberosService } from '../core/kerberos/service';
import type { KlistListing, RefreshResult } from '../core/kerberos/types';
import { createWindowsService } from '../core/kerberos/windows/service';
import {
  createTranslator,
  en,
  loadCatalogue,
  msg,
  type Catalogue,
  type Locale,
  type Translator,
} from '../core/i18n';
import { say } from '../test/fakes/english';
import type { GroupsReport, Verdict } from '../core/groups/types';
import { runCli, type CliContext, type GroupsCommands } from './main';
import { FOR_TERMINAL, forTerminal, jsonForTerminal } from './terminal-safe';
import { listingData, untranslatedLines } from './pseudo-check';
import type { Terminal } from './terminal';

const SAMPLES = path.resolve(__dirname, '../../shared/klist-samples');

const english = createTranslator('en', en);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let win: FakeWindows | undefined;
afterEach(() => win?.cleanup());

interface Run {
  code: number;
  out: string;
  err: string;
}

interface Options {
  stdin?: Buffer;
  env?: Record<string, string>;
  loadTranslator?: (locale: Locale) => Promise<Translator>;
  now?: Date;
  groups?: GroupsCommands;
  /** Default: wide enough that no sentence wraps (widths are tested in layout.test.ts and the
   * 80/120-column snapshots of test/system/cli-output.test.ts). */
  terminal?: Terminal;
}

function context(
  service: () => KerberosService,
  options: Options = {},
): { ctx: CliContext; result: () => Omit<Run, 'code'> } {
  let out = '';
  let err = '';
  const stdin = options.stdin ?? Buffer.alloc(0);
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async (limit) => stdin.subarray(0, limit),
    readFile: async (file, limit) => fs.readFileSync(file).subarray(0, limit),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service,
    version: '0.0.0-test',
    now: () => options.now ?? new Date(),
    env: options.env ?? {},
    loadTranslator: options.loadTranslator,
    groups: options.groups,
    terminal: options.terminal ?? { columns: 1000, colour: false },
  };
  return { ctx, result: () => ({ out, err }) };
}

const OFFLINE = msg('krb.preflight.noKdcAnswers', {
  realm: 'CONTOSO.COM',
  tried: 'dc01.contoso.com:88',
});

function windows(online = true): KerberosService {
  win = createFakeWindows(domainState());
  const fake = win;
  return createWindowsService({
    env: fake.env,
    klistPath: fake.klistPath,
    elevate: createElevator({ env: {}, platform: 'win32', run: createFakeUac(fake).run }),
    preflight: async () => ({
      reachable: online,
      kdc: null,
      tried: ['dc01.contoso.com:88'],
      message: OFFLINE,
    }),
  });
}

async function regroup(
  argv: string[],
  service: () => KerberosService = windows,
  options: Options | Buffer = {},
): Promise<Run> {
  const { ctx, result } = context(service, Buffer.isBuffer(options) ? { stdin: options } : options);
  const code = await runCli(argv, ctx);
  return { code, ...result() };
}

describe('regroup list', () => {
  it('leads with the sign-in ticket (on Windows: renewed by Windows, no countdown), then a table of when each ticket was issued and the time left', async () => {
    const service = windows();
    const listing = JSON.parse(
      (await regroup(['list', '--json'], () => service)).out,
    ) as KlistListing;
    const run = await regroup(['list'], () => service);
    expect(run.code).toBe(0);
    // The fake's TGT started 2 hours ago and lasts 10: just under 8 hours are left, which the
    // translator rounds to the minute ("8 hr"). Issued is its local time of day.
    const issued = english.time(listing.tickets[0]?.startTime ?? '', new Date());
    const left = english.duration(8 * 3_600_000);
    const [first, second, , , headings, row] = run.out.split('\n');
    expect(listing.tgtUpkeep).toBe('system');
    expect(first).toBe(`Sign-in ticket: Windows renews it by itself (issued ${issued})`);
    expect(second).toBe('dyork@CONTOSO.COM - logon session 0:0x11b5a5');
    expect(headings).toMatch(/^SERVER\s+ISSUED\s+LEFT$/);
    expect(row).toMatch(
      new RegExp(`^krbtgt/CONTOSO\\.COM@CONTOSO\\.COM\\s+${escape(issued)}\\s+${escape(left)}$`),
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
    // The headline first; without --verify it claims only the new ticket, and says how to check.
    expect(run.out.split('\n').slice(0, 5)).toEqual([
      'You have a new sign-in ticket',
      'Which groups network services see now was not checked.',
      'To check which groups network services see now, add --verify.',
      '',
      'Removed (2):',
    ]);
    expect(run.out).toMatch(/New \(1\):\n {2}krbtgt\/CONTOSO\.COM@CONTOSO\.COM/);
    expect(run.out).not.toContain('Done');
    const json = JSON.parse((await regroup(['refresh', '--user', '--json'])).out) as {
      headline: { kind: string; tone: string; title: { message: string } };
    };
    expect(json.headline).toMatchObject({
      kind: 'unchecked',
      tone: 'neutral',
      title: { message: 'You have a new sign-in ticket' },
    });
    // What the refresh does and does not reach: every caveat, as a bullet (NTLM is no longer
    // among them: a new NTLM logon gets the current groups).
    const caveats = caveatsFor('windows', 'user', 'refreshed');
    expect(caveats.length).toBeGreaterThan(1);
    for (const caveat of caveats) expect(run.out).toContain(`\n* ${say(caveat)}`);
  });

  it('never says "valid for expired": a new ticket that has already ended points at the clock', async () => {
    // The person's clock is 3 days ahead of the KDC's: the new TGT's end time has passed.
    const later = new Date(Date.now() + 3 * 24 * 3_600_000);
    const run = await regroup(['refresh', '--user'], windows, { now: later });
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(/valid for expired/);
    expect(run.out).toMatch(
      /krbtgt\/CONTOSO\.COM@CONTOSO\.COM {2}\(already expired .+ ago: check the computer clock\)/,
    );
  });

  it('refuses to purge offline, says why, and how to force it', async () => {
    const run = await regroup(['refresh', '--user', '--json'], () => windows(false));
    expect(run.code).toBe(1);
    expect((JSON.parse(run.out) as RefreshResult).outcome).toBe('offline');
    expect(run.err).toBe(`${say(OFFLINE)} To purge anyway, add --force.\n`);
    expect(run.err).toMatch(/VPN and try again\. To purge anyway, add --force\./);
    expect(win?.read().sessions['0:0x11b5a5']?.tickets).toHaveLength(2);
  });

  it('reports a refresh-shaped JSON failure when a password is needed and there is no terminal', async () => {
    const service = windows();
    // MIT/Heimdal without a keytab: only there does a user refresh need a password (Windows
    // renews from the sign-in session, and the CLI does not ask it).
    const needsPassword: KerberosService = {
      ...service,
      kind: 'mit',
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

  it('takes one line of 1 to 1,024 characters from --password-stdin, as the window does', async () => {
    const given: Array<string | undefined> = [];
    const recording = (): KerberosService => {
      const service = windows();
      return {
        ...service,
        refresh: async (scope, options) => {
          given.push(options?.password);
          return service.refresh(scope, options);
        },
      };
    };
    const ok = await regroup(
      ['refresh', '--user', '--password-stdin'],
      recording,
      Buffer.from('s3cret\r\n'),
    );
    expect(ok.code).toBe(0);
    expect(given).toEqual(['s3cret']);
    for (const input of [
      '',
      '\n',
      'one\ntwo\n',
      'nul\0byte',
      'x'.repeat(1025),
      'y'.repeat(10 * 1024 * 1024),
    ]) {
      const run = await regroup(
        ['refresh', '--user', '--password-stdin', '--json'],
        recording,
        Buffer.from(input),
      );
      expect(run.code).toBe(1);
      expect((JSON.parse(run.out) as RefreshResult).error?.code).toBe('password-required');
      expect(run.err).toMatch(/must be one line of 1 to 1024 characters\. Nothing was changed/);
    }
    // Nothing was refreshed with a refused password.
    expect(given).toEqual(['s3cret']);
  });

  it('refreshes the computer through the elevation prompt, with gpupdate', async () => {
    const run = await regroup(['refresh', '--computer', '--gpupdate', '--json']);
    const result = JSON.parse(run.out) as RefreshResult;
    expect(run.code).toBe(0);
    expect(result).toMatchObject({ scope: 'computer', outcome: 'refreshed', ok: true });
    expect(win?.read().calls?.at(-1)).toEqual({ args: ['-li', '0x3e7', 'purge'], elevated: true });
  });

  it('tells a standard user who can refresh the computer, and what does the same, without a prompt', async () => {
    const service = windows();
    const fake = win;
    fake?.updateGroups((g) => (g.whoami.groups = tokenOfSample(TOKENS.standardUser)));
    const human = await regroup(['refresh', '--computer'], () => service);
    expect(human.code).toBe(1);
    expect(human.out).toBe('');
    expect(human.err).toMatch(
      /^Refreshing this computer's groups needs an administrator, and your account is not one on this computer\. Restart the computer, which does the same, or ask your IT department to refresh it or to install the Regroup helper\.\n$/,
    );
    const json = JSON.parse(
      (await regroup(['refresh', '--computer', '--json'], () => service)).out,
    ) as RefreshResult & { headline: { kind: string } };
    expect(json).toMatchObject({ outcome: 'failed', error: { code: 'needs-administrator' } });
    expect(json.headline.kind).toBe('needs-admin');
    expect(fake?.read().calls ?? []).not.toContainEqual(
      expect.objectContaining({ args: ['-li', '0x3e7', 'purge'] }),
    );
  });
});

describe('regroup parse', () => {
  it('never lets names in a pasted file drive the terminal (escape, C1, bidi controls)', async () => {
    const real = fs.readFileSync(
      path.resolve(__dirname, '../test/fixtures/mit-real/klist.txt'),
      'utf8',
    );
    // A real MIT listing whose names were edited to carry: clear screen, a window title (OSC),
    // a one-character CSI (C1), and a right-to-left override.
    const hostile = real
      .replace('HTTP/web.regroup.test', 'HTTP/\u001b[2J\u001b]0;pwned\u0007web.regroup.test')
      .replace('cifs/fs1', 'cifs/\u009b31mfs1\u202egnp.exe')
      .replace('alice@REGROUP.TEST', 'alice\u2066@REGROUP.TEST');
    const human = await regroup(['parse', '-'], windows, Buffer.from(hostile));
    const controls = new RegExp(FOR_TERMINAL.source);
    expect(human.code).toBe(0);
    expect(human.out + human.err).not.toMatch(controls);
    expect(human.out).toContain('HTTP/\\x1B[2J\\x1B]0;pwned\\x07web.regroup.test');
    expect(human.out).toContain('\\u202Egnp.exe');
    // JSON keeps the data exactly, with the controls written as JSON escapes.
    const json = await regroup(['parse', '-', '--json'], windows, Buffer.from(hostile));
    expect(json.out).not.toMatch(controls);
    const listing = JSON.parse(json.out) as KlistListing;
    expect(listing.tickets.map((t) => t.server)).toContain(
      'HTTP/\u001b[2J\u001b]0;pwned\u0007web.regroup.test@REGROUP.TEST',
    );
    expect(json.out).toContain('\\u202egnp.exe');
  });

  it('escapes C1 controls and bidi isolates for the terminal and for JSON, keeping newlines and tabs', () => {
    expect(forTerminal('a\u009b2Jb\u2066c\u2069\td\ne\r')).toBe(
      'a\\x9B2Jb\\u2066c\\u2069\td\ne\\x0D',
    );
    const json = jsonForTerminal(JSON.stringify({ name: '\u009b\u202a\u001b' }));
    expect(json).toBe('{"name":"\\u009b\\u202a\\u001b"}');
    expect(JSON.parse(json)).toEqual({ name: '\u009b\u202a\u001b' });
  });

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

  it('says standard input could not be read, not "Cannot read -: check the path"', async () => {
    const { ctx, result } = context(windows);
    ctx.readStdin = async () => {
      throw Object.assign(new Error('EBADF: bad file descriptor, read'), { code: 'EBADF' });
    };
    expect(await runCli(['parse', '-'], ctx)).toBe(2);
    expect(result().err).toBe(
      'Standard input could not be read (error EBADF). Give the file name instead (regroup parse klist.txt), or pipe the text into the command.\n',
    );
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
      Buffer.alloc(1024 * 1024 + 1, 0x41),
    );
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toMatchObject({
      tickets: [],
      complete: false,
      error: { code: 'unreadable-output' },
    });
    expect(run.err).toMatch(/larger than 1 MB/);
  });

  it('keeps at most 2,000 tickets of a huge listing, says it is incomplete, and stays fast', async () => {
    // A real MIT listing with its ticket lines repeated: 2,500 tickets in about 300 KB.
    const real = fs.readFileSync(
      path.resolve(__dirname, '../test/fixtures/mit-real/klist.txt'),
      'utf8',
    );
    const [head, ...rest] = real.split('11/25/26 13:29:57  11/25/26 23:29:57  krbtgt/');
    const ticket = `11/25/26 13:29:57  11/25/26 23:29:57  krbtgt/${rest.join('').split('\n').slice(0, 2).join('\n')}\n`;
    const huge = head + Array.from({ length: 2_500 }, () => ticket).join('');
    const started = Date.now();
    const json = await regroup(['parse', '-', '--json'], windows, Buffer.from(huge));
    const ms = Date.now() - started;
    const listing = JSON.parse(json.out) as KlistListing;
    expect(json.code).toBe(0);
    expect(listing.tickets).toHaveLength(2_000);
    expect(listing.complete).toBe(false);
    expect(ms).toBeLessThan(3_000);
    const human = await regroup(['parse', '-'], windows, Buffer.from(huge));
    expect(human.out).toMatch(
      /Note: the output was incomplete; only the tickets shown could be read\.\n$/,
    );
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
    expect((await regroup(['--help'])).out).toMatch(
      /regroup list \[--computer\] \[-v\] \[--json\]/,
    );
    expect((await regroup(['--version'])).out).toBe('regroup 0.0.0-test\n');
  });
});

/** Every message of `catalogue` marked with its locale, so output shows which catalogue spoke. */
function marked(locale: Locale, catalogue: Catalogue): Catalogue {
  const out = { ...catalogue };
  for (const id of Object.keys(out) as Array<keyof Catalogue>) out[id] = `⟦${locale}⟧${out[id]}`;
  return out;
}

/** The translator `recordingLoader` gives for `locale`. */
async function markedTranslator(locale: Locale): Promise<Translator> {
  return createTranslator(locale, marked(locale, await loadCatalogue(locale)));
}

/** A translator loader that records which locale was asked for and marks its catalogue. */
function recordingLoader(): { chosen: Locale[]; load: (locale: Locale) => Promise<Translator> } {
  const chosen: Locale[] = [];
  return {
    chosen,
    load: async (locale) => {
      chosen.push(locale);
      return markedTranslator(locale);
    },
  };
}

describe('the language', () => {
  it.each([
    ['--lang de', ['--lang', 'de'], {}, 'de'],
    ['--lang=de-AT', ['--lang=de-AT'], {}, 'de'],
    ['LANG=de_DE.UTF-8', [], { LANG: 'de_DE.UTF-8' }, 'de'],
    ['LC_ALL before LANG', [], { LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' }, 'fr'],
    ['LC_MESSAGES before LANG', [], { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' }, 'ja'],
    ['--lang before the environment', ['--lang', 'zh-CN'], { LANG: 'de_DE.UTF-8' }, 'zh-CN'],
    ['English for an unsupported LANG', [], { LANG: 'fi_FI.UTF-8' }, 'en'],
    ['English for LANG=C', [], { LANG: 'C' }, 'en'],
    ['English without any', [], {}, 'en'],
  ] as const)('%s chooses %s', async (_name, lang, env, locale) => {
    const { chosen, load } = recordingLoader();
    const run = await regroup(['list', ...lang], windows, { env, loadTranslator: load });
    expect(run.code).toBe(0);
    expect(chosen).toEqual([locale]);
    // Every line that says something comes from that catalogue: the sign-in ticket, whose
    // tickets, the count, the column headings (the rows below them are data).
    const [tgt, owner, count, , headings] = run.out.split('\n');
    for (const line of [tgt, owner, count, headings]) expect(line).toContain(`⟦${locale}⟧`);
  });

  it('formats times and durations in the chosen language', async () => {
    const run = await regroup(['list', '--lang', 'de']);
    const tgt = run.out.split('\n').find((line) => line.includes('krbtgt/CONTOSO.COM'));
    // German times are 24-hour (no AM/PM; "0:55" before ten in the morning), hours "Std.".
    expect(tgt).toMatch(/\s\d{1,2}:\d{2}\s+8\sStd\.$/);
  });

  it('speaks the language in usage errors, --json messages and stderr, and keeps the codes', async () => {
    const { load } = recordingLoader();
    const usage = await regroup(['frobnicate', '--lang', 'de'], windows, { loadTranslator: load });
    expect(usage.code).toBe(2);
    const german = await markedTranslator('de');
    const unknownCommand = msg('cli.usage.unknownCommand', {
      command: 'frobnicate',
      help: 'regroup --help',
    });
    expect(usage.err.startsWith(`${german.format(unknownCommand)}\n\n`)).toBe(true);
    expect(usage.err).toContain(`\n${german.t('cli.usage.heading')}\n  regroup list`);
    const denied = await regroup(['list', '--computer', '--json'], windows, {
      env: { LANG: 'de_DE.UTF-8' },
      loadTranslator: load,
    });
    // The core's own Message for the same call, put into words by the German catalogue.
    const core = (await windows().list({ computer: true })).error;
    const listing = JSON.parse(denied.out) as { error: { code: string; message: string } };
    expect(listing.error.code).toBe('access-denied');
    expect(core?.code).toBe('access-denied');
    expect(listing.error.message).toBe(core ? german.format(core.message) : 'no error');
    expect(listing.error.message.startsWith('⟦de⟧')).toBe(true);
    expect(denied.err).toBe(`${listing.error.message}\n`);
  });

  it('refuses a --lang it does not speak, or without a value, in the environment language', async () => {
    const { chosen, load } = recordingLoader();
    const unknown = await regroup(['list', '--lang', 'fi'], windows, {
      env: { LANG: 'de_DE.UTF-8' },
      loadTranslator: load,
    });
    expect(unknown.code).toBe(2);
    expect(chosen).toEqual(['de']);
    const german = await markedTranslator('de');
    const languages = 'en, de, fr, es, ja, zh-CN';
    expect(unknown.err.split('\n')[0]).toBe(
      german.t('cli.usage.badLanguage', { language: 'fi', option: '--lang', languages }),
    );
    // In English, the same sentence reads:
    const english = await regroup(['list', '--lang', 'fi']);
    expect(english.err).toMatch(/^Regroup does not speak "fi"\. --lang takes one of en, de/);
    const missing = await regroup(['list', '--lang']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^--lang needs a value, for example --lang de\./);
    expect(missing.err).toMatch(/Usage:/);
  });
});

describe('the pseudo-locale (en-XA) leaves no English built into the CLI', () => {
  const now = new Date();

  function check(run: Run, data: Array<string | null | undefined>): void {
    const text = `${run.out}\n${run.err}`;
    expect(text.trim()).not.toBe('');
    expect(untranslatedLines(text, data)).toEqual([]);
  }

  it('in list', async () => {
    const service = windows();
    const listing = JSON.parse(
      (await regroup(['list', '--json'], () => service, { now })).out,
    ) as KlistListing;
    const run = await regroup(['list', '--lang', 'en-XA'], () => service, { now });
    expect(run.code).toBe(0);
    expect(run.out).toContain('krbtgt/CONTOSO.COM@CONTOSO.COM');
    check(run, listingData(listing));
  });

  it.each([
    'win-en-list-16.txt',
    'win-zh-list-06.txt',
    'mit-list-fae-01.txt',
    'heimdal-list-01.txt',
  ])('in parse %s', async (name) => {
    const file = path.join(SAMPLES, name);
    const listing = JSON.parse((await regroup(['parse', file, '--json'])).out) as KlistListing;
    // -v: every field of every ticket, so each label is checked, and no name is cut.
    const run = await regroup(['parse', '-v', file], windows, {
      env: { LANG: 'en_XA.UTF-8' },
      now,
    });
    expect(run.code).toBe(0);
    expect(run.out).toContain(listing.tickets[0]?.server);
    check(run, [...listingData(listing), file]);
  });

  it('in a failing refresh, and in parse errors', async () => {
    const offline = await regroup(['refresh', '--user', '--lang', 'en-XA'], () => windows(false));
    expect(offline.code).toBe(1);
    check(offline, ['CONTOSO.COM', 'dc01.contoso.com:88', '--force']);
    const missing = await regroup(['parse', '/no/such/file.txt', '--lang', 'en-XA']);
    expect(missing.code).toBe(2);
    check(missing, ['/no/such/file.txt']);
    const garbage = await regroup(['parse', '-', '--lang', 'en-XA'], windows, {
      stdin: Buffer.from([0, 159, 146, 150, 255, 1, 2, 3, 10, 0]),
    });
    expect(garbage.code).toBe(2);
    // The sentence names the tools and the option to use; those are not translated.
    check(garbage, ['klist.exe', '"klist"', 'MIT', 'Heimdal', 'klist', '--format', 'Windows']);
  });
});

/** A groups report as the core gives it: one view missing, rows that agree and rows that differ. */
function groupsReport(): GroupsReport {
  return {
    principal: 'bob@LAB.TEST',
    dc: 'dc1.lab.test',
    groups: [
      {
        sid: 'S-1-5-21-1-2-3-1105',
        name: 'LAB\\Finance',
        signInToken: false,
        kerberosServices: false,
        directory: true,
        scope: 'domain',
        meaning: msg('insight.meaning.newGroup'),
      },
      {
        sid: 'S-1-5-21-1-2-3-513',
        name: 'LAB\\Domain Users',
        signInToken: true,
        kerberosServices: true,
        directory: true,
        scope: 'domain',
        meaning: null,
      },
      {
        sid: 'S-1-5-32-545',
        name: null,
        signInToken: true,
        kerberosServices: null,
        directory: null,
        scope: 'local',
        meaning: msg('insight.meaning.local'),
      },
    ],
    views: {
      signInToken: { available: true, reason: null, source: 'id' },
      kerberosServices: { available: true, reason: null, source: 'ldapsearch -Y GSSAPI' },
      directory: {
        available: false,
        reason: msg('insight.ldap.unreachable', { dc: 'dc1.lab.test', option: '--dc' }),
        detail: "ldap_sasl_interactive_bind: Can't contact LDAP server (-1)",
        source: null,
      },
    },
    tokenSidCount: 3,
    readAt: '2026-11-28T10:00:00+01:00',
  };
}

const verdict: Verdict = {
  gained: [{ sid: 'S-1-5-21-1-2-3-1105', name: 'LAB\\Finance' }],
  lost: [{ sid: 'S-1-5-21-1-2-3-1106', name: null }],
  needsSignOut: [{ sid: 'S-1-5-21-1-2-3-1105', name: 'LAB\\Finance' }],
  signOutAdds: [{ sid: 'S-1-5-21-1-2-3-1105', name: 'LAB\\Finance' }],
  unverified: null,
  hints: [
    { code: 'smb-session', detected: false, message: msg('insight.hint.smbSession') },
    {
      code: 'local-group',
      detected: true,
      message: msg('insight.hint.localGroup', { count: 1, groups: 'BUILTIN\\Users' }),
      sids: ['S-1-5-32-545'],
    },
  ],
};

/** Group commands that answer with fixed data, as the core would. */
function fakeGroups(report: GroupsReport = groupsReport()): GroupsCommands {
  return {
    report: async () => report,
    verifyRefresh: async ({ refresh }) => ({ result: await refresh(), verdict }),
  };
}

const GROUP_DATA = [
  'bob@LAB.TEST',
  'dc1.lab.test',
  'LAB\\Finance',
  'LAB\\Domain Users',
  'S-1-5-32-545',
  'S-1-5-21-1-2-3-1106',
  'BUILTIN\\Users',
  '--dc',
];

describe('regroup groups', () => {
  it('prints the three views side by side, the meaning under a row, and why a view is missing', async () => {
    const run = await regroup(['groups'], windows, {
      groups: fakeGroups(),
      terminal: { columns: 80, colour: false },
    });
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toBe('bob@LAB.TEST - domain controller dc1.lab.test');
    expect(lines[2]).toMatch(/^SIGN-IN\s+KERBEROS\s+DIRECTORY\s+GROUP$/);
    expect(lines[3]).toMatch(/^no\s+no\s+yes\s+LAB\\Finance$/);
    // The meaning starts under the group's name, wrapped to the 80 columns of the terminal.
    const column = lines[2]?.indexOf('GROUP') ?? 0;
    const meaning = lines.slice(
      4,
      lines.findIndex((l) => l.startsWith('yes')),
    );
    expect(meaning.length).toBeGreaterThan(1);
    for (const line of meaning) {
      expect(line.startsWith(' '.repeat(column))).toBe(true);
      expect(line.length).toBeLessThanOrEqual(80);
    }
    expect(meaning.map((l) => l.trim()).join(' ')).toBe(say(msg('insight.meaning.newGroup')));
    const rest = lines.slice(4 + meaning.length);
    expect(rest[0]).toMatch(/^yes\s+yes\s+yes\s+LAB\\Domain Users$/);
    expect(rest[1]).toMatch(/^yes\s+-\s+-\s+S-1-5-32-545$/);
    // Why a view is missing, its lines after the first indented by two (a hanging indent).
    expect(run.out.replace(/\n {2}(?=\S)/g, ' ')).toContain(
      `\nDirectory: ${say(groupsReport().views.directory.reason)}\n`,
    );
    expect(run.out).toContain(
      'Sign-in token: what this computer uses for local permissions until you sign out.',
    );
    expect(run.err).toBe('');
  });

  it('writes --json with the sentences in words, and each reason once on stderr when no view could be read', async () => {
    const report = groupsReport();
    const reason = report.views.directory.reason;
    const none: GroupsReport = {
      ...report,
      views: {
        signInToken: { available: false, reason, source: null },
        kerberosServices: { available: false, reason, source: null },
        directory: report.views.directory,
      },
    };
    const run = await regroup(['groups', '--json'], windows, { groups: fakeGroups(none) });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out) as { groups: Array<{ meaning: string | null }> };
    expect(json.groups.map((g) => g.meaning)).toEqual([
      say(msg('insight.meaning.newGroup')),
      null,
      say(msg('insight.meaning.local')),
    ]);
    expect(run.err).toBe(`${say(reason)}\n`);
    const human = await regroup(['groups'], windows, { groups: fakeGroups(none) });
    expect(human.code).toBe(1);
    expect(human.err).toBe('None of the three views of your groups could be read here.\n');
  });

  it('leads refresh --verify with the verdict as headline, then details, advice marked apart from what was found', async () => {
    const run = await regroup(['refresh', '--user', '--verify'], windows, { groups: fakeGroups() });
    expect(run.code).toBe(0);
    expect(run.out.split('\n').slice(0, 4)).toEqual([
      'You are now in LAB\\Finance for file shares, websites and other network services',
      'File shares, websites and other network services no longer see you in S-1-5-21-1-2-3-1106',
      "This computer's own permissions (local folders, administrator rights) get LAB\\Finance when you sign out and sign in again: that is expected.",
      '',
    ]);
    expect(run.out).toContain(`\nNote: ${say(msg('insight.hint.smbSession'))}\n`);
    expect(run.out).toMatch(/\nFound: BUILTIN\\Users is a group of this computer/);
    const json = JSON.parse(
      (
        await regroup(['refresh', '--user', '--verify', '--json'], windows, {
          groups: fakeGroups(),
        })
      ).out,
    ) as { headline: { kind: string; tone: string; title: { groups: unknown[] } } };
    expect(json.headline).toMatchObject({
      kind: 'changed',
      tone: 'success',
      title: { groups: [{ sid: 'S-1-5-21-1-2-3-1105', name: 'LAB\\Finance' }] },
    });
  });

  it('never prints a claim about groups before "could not be checked"', async () => {
    const groups: GroupsCommands = {
      ...fakeGroups(),
      verifyRefresh: async ({ refresh }) => ({
        result: await refresh(),
        verdict: {
          gained: [],
          lost: [],
          needsSignOut: [],
          unverified: msg('insight.verify.readFailed', { when: 'after' }),
          cause: msg('insight.adsi.unreachable'),
          hints: [],
        },
      }),
    };
    const run = await regroup(['refresh', '--user', '--verify'], windows, { groups });
    expect(run.code).toBe(0);
    expect(run.out.split('\n').slice(0, 4)).toEqual([
      'You have a new sign-in ticket, but your groups could not be checked',
      'Your groups could not be read after the refresh.',
      say(msg('insight.adsi.unreachable')),
      '',
    ]);
    expect(run.out).not.toMatch(/Done|current groups/);
  });

  it('says so when this build has no group insight', async () => {
    const run = await regroup(['groups']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('Group insight is not available in this build.\n');
  });

  it('leaves no English built into the CLI in the pseudo-locale', async () => {
    const report = await regroup(['groups', '--lang', 'en-XA'], windows, { groups: fakeGroups() });
    expect(untranslatedLines(`${report.out}\n${report.err}`, GROUP_DATA)).toEqual([]);
    const service = windows();
    const listing = JSON.parse(
      (await regroup(['list', '--json'], () => service)).out,
    ) as KlistListing;
    const verified = await regroup(
      ['refresh', '--user', '--verify', '--lang', 'en-XA'],
      () => service,
      {
        groups: fakeGroups(),
      },
    );
    expect(verified.code).toBe(0);
    expect(
      untranslatedLines(`${verified.out}\n${verified.err}`, [
        ...GROUP_DATA,
        ...listingData(listing),
      ]),
    ).toEqual([]);
  });
});
