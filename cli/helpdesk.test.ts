/**
 * What the help desk gets from the command line: `parse` that leads with klist's own error and
 * shows times as captured, reads files in the encodings Windows saves them in, and says how to
 * paste on a terminal; `list` that leads with an expired sign-in ticket and the command that
 * fixes it; help for each command that names every option and variable, in the chosen language.
 * Inputs are real samples (shared/klist-samples) and real MIT captures (test/fixtures/mit-real).
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadTranslator, msg } from '../core/i18n';
import { parseMitKlist } from '../core/kerberos/unix/mit-klist';
import type { KerberosService } from '../core/kerberos/service';
import { say } from '../test/fakes/english';
import { COMMANDS, GLOBAL_ENV, GLOBAL_OPTIONS, optionLabel } from './commands';
import { runCli, type CliContext } from './main';
import type { Terminal } from './terminal';

const SAMPLES = path.resolve(__dirname, '../../shared/klist-samples');
const REAL = path.resolve(__dirname, '../test/fixtures/mit-real');

interface Options {
  stdin?: Buffer;
  stdinIsTTY?: boolean;
  platform?: NodeJS.Platform;
  terminal?: Terminal;
  now?: Date;
  service?: KerberosService;
}

async function regroup(argv: string[], options: Options = {}) {
  let out = '';
  let err = '';
  let readStdin = false;
  const ctx: CliContext = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async (limit) => {
      readStdin = true;
      return (options.stdin ?? Buffer.alloc(0)).subarray(0, limit);
    },
    readFile: async (file, limit) => fs.readFileSync(file).subarray(0, limit),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    service: () => {
      if (!options.service) throw new Error('no service in this test');
      return options.service;
    },
    version: '0.0.0-test',
    now: () => options.now ?? new Date(),
    env: {},
    terminal: options.terminal,
    stdinIsTTY: () => options.stdinIsTTY ?? false,
    platform: options.platform,
  };
  const code = await runCli(argv, ctx);
  return { code, out, err, readStdin };
}

describe('regroup parse for the help desk', () => {
  it("leads with the diagnosis of klist's own error, then klist's words, and exits 1", async () => {
    const file = path.join(SAMPLES, 'win-en-error-03.txt');
    const run = await regroup(['parse', file]);
    expect(run.code).toBe(1);
    const lines = run.out.split('\n');
    expect(lines[0]).toBe('This klist output is an error, not a list of tickets.');
    // The cause and what to do, wrapped to 80 columns, before klist's own words.
    const diagnosis = say(msg('krb.windows.noLogonSession'));
    expect(lines.slice(1, lines.indexOf('')).join(' ')).toBe(diagnosis);
    expect(run.out).toMatch(/\nklist printed: [\s\S]*0xc000005f/);
    expect(run.out).not.toMatch(/No Kerberos tickets/);
    expect(run.err).toBe('');
  });

  it('shows times as captured: start, end and lifetime, never time left from now', async () => {
    const file = path.join(SAMPLES, 'win-en-list-16.txt');
    const run = await regroup(['parse', file], { now: new Date('2030-01-01T00:00:00Z') });
    expect(run.code).toBe(0);
    const [headline] = run.out.split('\n1 ticket:');
    expect(headline?.replace(/\n/g, ' ')).toMatch(
      /^Sign-in ticket: issued Dec 7, 2025, .* \(lifetime 10\shr\) dyork@CONTOSO\.COM/,
    );
    expect(run.out).toMatch(/\nSERVER\s+START\s+ENDS\s+LIFETIME\n/);
    expect(run.out).not.toMatch(/expired|ago|left/);
    const verbose = await regroup(['parse', '-v', file]);
    for (const label of ['Start:', 'End:', 'Lifetime:', 'Renew until:', 'KDC called:'])
      expect(verbose.out).toContain(`  ${label}`);
    expect(verbose.out).not.toContain('Time left:');
  });

  it('reads a file saved by PowerShell 5.1 (UTF-16LE with BOM) and by cmd on Chinese Windows (cp936)', async () => {
    const text = fs.readFileSync(path.join(SAMPLES, 'win-zh-list-01.txt'), 'utf8');
    const expected = await regroup(['parse', '-'], { stdin: Buffer.from(text) });
    expect(expected.code).toBe(0);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await regroup(['parse', '-'], { stdin: utf16 })).toEqual(expected);
    expect(await regroup(['parse', '-'], { stdin: iconv.encode(text, 'cp936') })).toEqual(expected);
  });

  it('--encoding overrides the recognition, and an unknown one is a usage error', async () => {
    const text = fs.readFileSync(path.join(SAMPLES, 'win-fr-list-03.txt'), 'utf8');
    const bytes = iconv.encode(text, 'cp1252');
    const named = await regroup(['parse', '--encoding', 'cp1252', '-'], { stdin: bytes });
    const utf8 = await regroup(['parse', '-'], { stdin: Buffer.from(text) });
    expect(named).toEqual(utf8);
    const bad = await regroup(['parse', '--encoding', 'klingon', '-'], { stdin: bytes });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^--encoding takes an encoding such as cp850, utf-16le; Regroup cannot read "klingon"\./,
    );
    expect(bad.err).toContain('More: regroup help parse');
  });

  it('says how to paste on a terminal before it waits: Ctrl+D, or Ctrl+Z and Enter on Windows', async () => {
    const stdin = fs.readFileSync(path.join(REAL, 'klist.txt'));
    const unix = await regroup(['parse'], { stdinIsTTY: true, platform: 'linux', stdin });
    expect(unix.err).toMatch(/^Paste the klist output here, then press Ctrl\+D on a new line\./);
    expect(unix.code).toBe(0);
    const windows = await regroup(['parse'], { stdinIsTTY: true, platform: 'win32', stdin });
    expect(windows.err).toMatch(/then press Ctrl\+Z and then Enter\./);
    // Through a pipe, or when a file is named, nothing is said: the input is already there.
    expect((await regroup(['parse'], { stdinIsTTY: false, stdin })).err).toBe('');
    const named = await regroup(['parse', path.join(REAL, 'klist.txt')], { stdinIsTTY: true });
    expect(named.err).toBe('');
    expect(named.readStdin).toBe(false);
  });
});

describe('regroup list for the help desk', () => {
  // A real MIT cache whose only ticket, a sign-in ticket, lasted 3 seconds.
  const listing = parseMitKlist(fs.readFileSync(path.join(REAL, 'klist-f-expired.txt'), 'utf8'));
  const service: KerberosService = {
    kind: 'mit',
    capabilities: async () => ({
      kind: 'mit',
      userRefreshNeedsPassword: true,
      computerRefresh: { available: false, reason: null },
    }),
    list: async () => listing,
    refresh: async () => {
      throw new Error('not in this test');
    },
  };
  const now = new Date(Date.parse(listing.tickets[0]?.endTime ?? '') + 2 * 3_600_000);

  it('leads with an expired sign-in ticket and the command that fixes it, in red on a colour terminal', async () => {
    const plain = await regroup(['list'], { service, now });
    expect(plain.out.split('\nbob@REGROUP.TEST')[0]?.replace(/\n/g, ' ')).toMatch(
      /^Sign-in ticket: expired 2\shr ago \(issued .*\)\. Get a new one with "regroup refresh --user"\.$/,
    );
    const coloured = await regroup(['list'], {
      service,
      now,
      terminal: { columns: 80, colour: true },
    });
    expect(coloured.out.split('\n')[0]).toBe(`\u001b[31m${plain.out.split('\n')[0]}\u001b[39m`);
    expect(plain.out).not.toContain('\u001b[');
  });
});

describe('regroup help', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: what it does, every option and variable, and two examples',
    async (name, spec) => {
      const run = await regroup(['help', name], { terminal: { columns: 200, colour: false } });
      expect(run.code).toBe(0);
      const english = await loadTranslator('en');
      // A long sentence wraps even at 200 columns: compare the words, not where lines break.
      const words = (text: string): string => text.replace(/\s+/g, ' ');
      expect(words(run.out)).toContain(words(english.t(spec.summary)));
      for (const option of [...spec.options, ...GLOBAL_OPTIONS]) {
        expect(run.out).toContain(optionLabel(option));
        expect(words(run.out)).toContain(words(english.t(option.help)));
      }
      for (const env of [...spec.env, ...GLOBAL_ENV]) expect(run.out).toContain(env.name);
      for (const example of spec.examples) {
        expect(run.out).toContain(`\n  ${example.command}\n`);
        expect(run.out).toContain(english.t(example.help));
      }
      // `COMMAND --help` is the same text.
      if (name !== 'help' && name !== 'version')
        expect(
          (await regroup([name, '--help'], { terminal: { columns: 200, colour: false } })).out,
        ).toBe(run.out);
    },
  );

  it('explains --verify, --force, --gpupdate, REGROUP_KEYTAB and REGROUP_DC for refresh', async () => {
    const run = await regroup(['refresh', '--help']);
    for (const word of [
      '--verify',
      '--force',
      '--gpupdate',
      'REGROUP_KEYTAB',
      'REGROUP_DC',
      '--lang',
    ])
      expect(run.out).toContain(word);
    for (const line of run.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('is in the chosen language, wrapped by display width', async () => {
    const run = await regroup(['help', 'parse', '--lang', 'ja'], {
      terminal: { columns: 60, colour: false },
    });
    const ja = await loadTranslator('ja');
    expect(run.out).toContain(ja.t('cli.help.heading.options'));
    expect(run.out.replace(/\s+/g, '')).toContain(
      ja.t('cli.help.parse.summary').replace(/\s+/g, ''),
    );
    const { displayWidth } = await import('../core/text/width');
    for (const line of run.out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('names an unknown command as a usage error', async () => {
    const run = await regroup(['help', 'frobnicate']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Unknown command "frobnicate"/);
  });
});
