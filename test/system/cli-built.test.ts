/**
 * The built `regroup` executable as a user runs it (`node bin/regroup.js`, what `npx regroup`
 * starts): real process, real environment, real stdin/stdout, real files. Any input answers
 * within seconds with a result or a sentence, and never with a stack trace; it speaks the
 * language that `--lang` or `LANG` names.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTranslator } from '../../core/i18n';
import type { KlistListing } from '../../core/kerberos/types';
import { formatListing } from '../../cli/format';
import { listingData, untranslatedLines, withoutLanguage } from '../../cli/pseudo-check';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'regroup.js');
const samples = path.resolve(root, '../shared/klist-samples');
let tmp: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--cli'], { cwd: root });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function regroup(
  args: string[],
  options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {},
) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: run.status,
    out: run.stdout,
    err: run.stderr,
    seconds: (Date.now() - started) / 1000,
  };
}

const STACK = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('regroup parse, as a program', () => {
  it('prints the JSON of a real sample', () => {
    const run = regroup(['parse', path.join(samples, 'win-zh-list-06.txt'), '--json']);
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.out) as { kind: string; tickets: Array<{ server: string }> };
    expect(listing.kind).toBe('windows');
    expect(listing.tickets.map((t) => t.server)).toEqual([
      'krbtgt/JZFZ.LOCAL@JZFZ.LOCAL',
      'cifs/jzfz15@JZFZ.LOCAL',
      'LDAP/JZFZDC10.jzfz.local/jzfz.local@JZFZ.LOCAL',
    ]);
  });

  it.each([
    [
      'binary garbage',
      () => Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256)),
    ],
    [
      'invalid UTF-8',
      () => Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a, 0xf0, 0x90, 0x28, 0xbc]),
    ],
    ['an empty file', () => Buffer.alloc(0)],
  ])('answers %s with a sentence and exit 2', (_name, make) => {
    const file = path.join(tmp, 'input.bin');
    fs.writeFileSync(file, make());
    const run = regroup(['parse', file]);
    expect(run.code).toBe(2);
    expect(run.err.trim().length).toBeGreaterThan(20);
    expect(run.err).not.toMatch(STACK);
    expect(run.seconds).toBeLessThan(10);
  });

  it('answers a 100 MB file within seconds', () => {
    const file = path.join(tmp, 'big.txt');
    const chunk = Buffer.alloc(1024 * 1024, 'Cached Tickets: (1)\r\n#0> Client: a @ B\r\n');
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 100; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const run = regroup(['parse', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/larger than 1 MB/);
    expect(run.err).not.toMatch(STACK);
    expect(run.seconds).toBeLessThan(10);
  });

  it('reads standard input with -', () => {
    const run = regroup(['parse', '-', '--json'], {
      input: fs.readFileSync(path.join(samples, 'mit-list-01.txt')),
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { kind: string }).kind).toBe('mit');
  });
});

describe('regroup usage', () => {
  it('usage errors exit 2 and show the usage', () => {
    const run = regroup(['refresh']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Say what to refresh/);
    expect(run.err).toMatch(/Usage:/);
  });

  it('the help lists every command', () => {
    const run = regroup(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['list', 'refresh --user', 'refresh --computer', 'parse', 'groups']) {
      expect(run.out).toContain(`regroup ${command}`);
    }
  });
});

describe('regroup, installed incompletely', () => {
  // What a command needs only later (the parsers, the services, languages) is in files next to
  // dist/cli/regroup.js, read when first needed (scripts/lazy-modules.mjs).
  it('runs what needs no missing file, and otherwise says which file is missing, without a stack trace', () => {
    const copy = path.join(tmp, 'incomplete');
    fs.cpSync(path.join(root, 'dist', 'cli'), copy, {
      recursive: true,
      filter: (file) => path.basename(file) !== 'parse.js',
    });
    const run = (args: string[]) =>
      spawnSync(process.execPath, [path.join(copy, 'regroup.js'), ...args], {
        encoding: 'utf8',
        env: withoutLanguage(process.env),
        timeout: 30_000,
      });
    expect(run(['--help']).status).toBe(0);
    const parse = run(['parse', path.join(root, 'test', 'fixtures', 'mit-real', 'klist-fea.txt')]);
    expect(parse.status).toBe(1);
    // One sentence, wrapped to the terminal's width.
    const said = parse.stderr.replace(/\s+/g, ' ');
    expect(said).toMatch(/^Regroup hit an unexpected problem: parse\.js is missing from /);
    expect(said).toContain(`${copy} (an incomplete installation)`);
    expect(parse.stderr).not.toMatch(STACK);
    expect(parse.stdout).toBe('');
  });
});

describe('regroup speaks the language it is given, as a program', () => {
  const sample = path.join(samples, 'win-en-list-16.txt');
  const english = { env: withoutLanguage(process.env) };
  const listingOf = (file: string): KlistListing =>
    JSON.parse(regroup(['parse', file, '--json'], english).out) as KlistListing;

  it.each([
    ['LANG=de_DE.UTF-8', [], { LANG: 'de_DE.UTF-8' }],
    ['LC_ALL=de_AT.UTF-8 over LANG=C', [], { LC_ALL: 'de_AT.UTF-8', LANG: 'C' }],
    ['--lang de over LANG=fr_FR.UTF-8', ['--lang', 'de'], { LANG: 'fr_FR.UTF-8' }],
  ])('%s: German', async (_name, args, env) => {
    const run = regroup(['parse', sample, ...args], {
      env: { ...withoutLanguage(process.env), ...env },
    });
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    // The sign-in ticket, whose tickets, the count and the column headings are the German
    // catalogue's (the built command writes to a pipe: 80 columns, no colour) ...
    const german = formatListing(listingOf(sample), {
      tr: await loadTranslator('de'),
      now: new Date(),
      terminal: { columns: 80, colour: false },
      verbose: false,
      captured: true,
    });
    const table = german.split('\n').indexOf('') + 2;
    expect(lines.slice(0, table)).toEqual(german.split('\n').slice(0, table));
    // ... and the times are German: day.month.year in the headline, 24-hour clock.
    expect(lines[0]).toMatch(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    expect(lines[table]).toMatch(/krbtgt\/CONTOSO\.COM@CONTOSO\.COM\s+\d{2}:\d{2}\s/);
    expect(run.err).toBe('');
  });

  it('speaks English without a language, or with one it does not speak', () => {
    for (const env of [{}, { LANG: 'fi_FI.UTF-8' }, { LANG: 'C' }]) {
      const run = regroup(['parse', sample], { env: { ...withoutLanguage(process.env), ...env } });
      expect(run.out.replace(/\n(?!\n)/g, ' ')).toMatch(
        /^Sign-in ticket: issued Dec 7, 2025, .* dyork@CONTOSO\.COM - logon session 0:0x11b5a5 1 ticket:\n/,
      );
      expect(run.out).toMatch(/\nSERVER\s+START\s+ENDS\s+LIFETIME\n/);
    }
  });

  it.each([
    ['--lang en-XA', ['--lang', 'en-XA'], {}],
    ['LANG=en_XA.UTF-8', [], { LANG: 'en_XA.UTF-8' }],
  ])(
    '%s: parse and a failing refresh leave no English built into the command',
    (_n, args, lang) => {
      const env = { ...withoutLanguage(process.env), ...lang };
      for (const name of ['win-en-list-16.txt', 'win-zh-list-06.txt', 'mit-list-fae-01.txt']) {
        const file = path.join(samples, name);
        // -v: every label of every field is checked, and no name is cut to fit.
        const run = regroup(['parse', '-v', file, ...args], { env });
        expect(run.code).toBe(0);
        expect(run.out).toContain(listingOf(file).tickets[0]?.server);
        expect(
          untranslatedLines(`${run.out}\n${run.err}`, [...listingData(listingOf(file)), file]),
        ).toEqual([]);
      }
      // No cache, no terminal to ask for a password on: the refresh offers alice@REGROUP.TEST
      // (USER and krb5.conf's default realm) and cannot start.
      const conf = path.join(tmp, 'default-realm.conf');
      fs.writeFileSync(conf, '[libdefaults]\n default_realm = REGROUP.TEST\n');
      const refresh = regroup(['refresh', '--user', ...args], {
        env: {
          ...env,
          USER: 'alice',
          KRB5_CONFIG: conf,
          KRB5CCNAME: `FILE:${path.join(tmp, 'no-such-cache')}`,
        },
        input: '',
      });
      expect(refresh.code).toBe(1);
      expect(refresh.err).toContain('alice@REGROUP.TEST');
      expect(
        untranslatedLines(`${refresh.out}\n${refresh.err}`, [
          '--password-stdin',
          'alice@REGROUP.TEST',
          // The sign-in command ({command}), wrapped across two lines.
          'kinit',
          'your.name@YOUR.REALM',
        ]),
      ).toEqual([]);
    },
  );

  it('refuses a language it does not speak, with exit 2 and the list of those it does', () => {
    const run = regroup(['list', '--lang', 'tlh'], english);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^Regroup does not speak "tlh"\. --lang takes one of en, de, fr, es, ja, zh-CN\./,
    );
  });
});
