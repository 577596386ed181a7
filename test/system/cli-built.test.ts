/**
 * The built `regroup` executable as a user runs it (`node bin/regroup.js`, what `npx regroup`
 * starts): real process, real stdin/stdout, real files. Any input answers within seconds with a
 * result or a sentence, and never with a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
    expect(run.err).toMatch(/larger than 16 MB/);
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
