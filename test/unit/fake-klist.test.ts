/**
 * The fake klist.exe must print what the real one prints. Each test loads the fake with the
 * tickets of a real sample and compares its output with the sample, line by line (blank lines,
 * tab expansion and trailing spaces aside: the pastes lost those).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFakeWindows,
  type FakeKlistState,
  type FakeTicket,
  type FakeWindows,
} from '../fakes/fake-windows';

const SAMPLES = path.resolve(__dirname, '../../../shared/klist-samples');

let win: FakeWindows | undefined;
afterEach(() => win?.cleanup());

/** Local time, as klist prints it. */
const at = (y: number, mo: number, d: number, h: number, mi: number, s: number): number =>
  new Date(y, mo - 1, d, h, mi, s).getTime();

/** Tabs to 8-column tab stops, as the pastes that lost their tabs show them. */
function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

function normalise(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => expandTabs(line).trim())
    .filter((line) => line !== '');
}

function fake(state: FakeKlistState, args: string[]): string {
  win = createFakeWindows(state);
  return execFileSync(win.klistPath, args, { env: win.env, encoding: 'utf8' });
}

const sample = (name: string): string[] =>
  normalise(fs.readFileSync(path.join(SAMPLES, name), 'utf8'));

describe('the fake klist prints the real layouts', () => {
  it('win-en-list-16 (English, tabs intact)', () => {
    const tgt: FakeTicket = {
      client: 'dyork@CONTOSO.COM',
      server: 'krbtgt/CONTOSO.COM@CONTOSO.COM',
      flags: 0x60a10000,
      start: at(2025, 12, 7, 12, 38, 45),
      end: at(2025, 12, 7, 22, 38, 45),
      renew: at(2025, 12, 14, 12, 38, 45),
      cacheFlags: 0x1,
      kdcCalled: '',
    };
    const out = fake(
      {
        currentLogonId: '0:0x11b5a5',
        client: tgt.client,
        sessions: { '0:0x11b5a5': { tickets: [tgt] } },
      },
      [],
    );
    expect(normalise(out)).toEqual(sample('win-en-list-16.txt'));
    // Real console output: a tab after `#0>` and before each field, CRLF line ends.
    expect(out).toContain('\r\n#0>\tClient: dyork @ CONTOSO.COM\r\n\tServer: ');
  });

  it('win-es-list-01 (Spanish, two tickets, cache flags 0)', () => {
    const client = 'm.lovegod@ABSOLUTE.HTB';
    const common = { client, end: at(2023, 11, 7, 22, 17, 4), renew: at(2023, 11, 7, 22, 17, 4) };
    const out = fake(
      {
        language: 'es',
        currentLogonId: '0:0x25e7d',
        client,
        sessions: {
          '0:0x25e7d': {
            tickets: [
              {
                ...common,
                server: 'krbtgt/absolute.htb@ABSOLUTE.HTB',
                flags: 0xe10000,
                start: at(2023, 11, 7, 18, 17, 4),
                cacheFlags: 0x1,
                kdcCalled: '',
              },
              {
                ...common,
                server: 'cifs/dc.absolute.htb@ABSOLUTE.HTB',
                flags: 0xa50000,
                start: at(2023, 11, 7, 18, 17, 58),
                cacheFlags: 0,
                kdcCalled: 'dc.absolute.htb',
              },
            ],
          },
        },
      },
      ['tickets'],
    );
    expect(normalise(out)).toEqual(sample('win-es-list-01.txt'));
  });

  it('win-zh-list-06 (Chinese, three tickets)', () => {
    const client = 'chengongyi@JZFZ.LOCAL';
    const common = {
      client,
      end: at(2026, 8, 7, 20, 2, 54),
      renew: at(2026, 8, 14, 10, 2, 54),
      kdcCalled: 'jzfzdc9.jzfz.local',
    };
    const out = fake(
      {
        language: 'zh',
        currentLogonId: '0:0x13d0ec',
        client,
        sessions: {
          '0:0x13d0ec': {
            tickets: [
              {
                ...common,
                server: 'krbtgt/JZFZ.LOCAL@JZFZ.LOCAL',
                flags: 0x40e10000,
                start: at(2026, 8, 7, 10, 2, 54),
                cacheFlags: 1,
              },
              {
                ...common,
                server: 'cifs/jzfz15@JZFZ.LOCAL',
                flags: 0x40a10000,
                start: at(2026, 8, 7, 10, 23, 8),
              },
              {
                ...common,
                server: 'LDAP/JZFZDC10.jzfz.local/jzfz.local@JZFZ.LOCAL',
                flags: 0x40a50000,
                start: at(2026, 8, 7, 10, 23, 6),
              },
            ],
          },
        },
      },
      [],
    );
    expect(normalise(out)).toEqual(sample('win-zh-list-06.txt'));
  });

  it('win-fr-list-01 (French, Windows 7 layout without cache flags)', () => {
    const out = fake(
      {
        language: 'fr',
        format: 'legacy',
        currentLogonId: '0:0x897d99',
        client: 'jdupond@domain.local',
        sessions: {
          '0:0x897d99': {
            tickets: [
              {
                client: 'jdupond@domain.local',
                server: 'krbtgt/domain.local@domain.local',
                encryptionType: 'RSADSI RC4-HMAC(NT)',
                flags: 0x50a00000,
                start: at(2018, 1, 24, 18, 26, 0),
                end: at(2018, 1, 25, 4, 26, 0),
                renew: at(2018, 1, 31, 18, 26, 0),
              },
            ],
          },
        },
      },
      [],
    );
    expect(normalise(out)).toEqual(sample('win-fr-list-01.txt'));
  });

  it('win-en-list-11 (a ticket that cannot be renewed: Renew Time 0, cache flag ASC)', () => {
    const out = fake(
      {
        currentLogonId: '0:0x467fecc',
        client: 'test@TEST.LOCAL',
        sessions: {
          '0:0x467fecc': {
            tickets: [
              {
                client: 'test@TEST.LOCAL',
                server: 'host/sql01.test.local@TEST.LOCAL',
                flags: 0x40a50000,
                start: at(2025, 9, 2, 11, 51, 58),
                end: at(2025, 9, 2, 21, 51, 24),
                renew: null,
                cacheFlags: 0x8,
                kdcCalled: '',
              },
            ],
          },
        },
      },
      [],
    );
    expect(normalise(out)).toEqual(sample('win-en-list-11.txt'));
  });

  it('win-en-list-19 (no tickets)', () => {
    const out = fake({ currentLogonId: '0:0x48d1f', client: 'x@Y', sessions: {} }, []);
    expect(normalise(out)).toEqual(sample('win-en-list-19.txt'));
  });

  it('win-en-purge-01 and win-fr-purge-01 (purge)', () => {
    expect(
      normalise(fake({ currentLogonId: '0:0x160654b2', client: 'x@Y', sessions: {} }, ['purge'])),
    ).toEqual(sample('win-en-purge-01.txt'));
    expect(
      normalise(
        fake({ language: 'fr', currentLogonId: '0:0x12b14cd', client: 'x@Y', sessions: {} }, [
          'purge',
        ]),
      ),
    ).toEqual(sample('win-fr-purge-01.txt'));
  });

  it('win-en-li3e7-purge-01 (the computer session, elevated)', () => {
    const out = fake(
      { currentLogonId: '0:0x100412', client: 'x@Y', elevated: true, sessions: {} },
      ['-li', '0x3e7', 'purge'],
    );
    expect(normalise(out)).toEqual(sample('win-en-li3e7-purge-01.txt'));
  });

  it('win-en-error-01 (klist get with no domain controller reachable)', () => {
    const state: FakeKlistState = {
      currentLogonId: '0:0xc1323',
      client: 'x@Y',
      kdcReachable: false,
      sessions: {},
    };
    win = createFakeWindows(state);
    let failure: { status: number; stdout: string } | null = null;
    try {
      execFileSync(win.klistPath, ['get', 'cifs/<storageaccount>.file.preprod.core.windows.net'], {
        env: win.env,
        encoding: 'utf8',
      });
    } catch (error) {
      failure = error as { status: number; stdout: string };
    }
    expect(failure?.status).toBe(1);
    expect(normalise(failure?.stdout ?? '')).toEqual(sample('win-en-error-01.txt'));
  });

  it('win-en-get-01 (klist get krbtgt: the success line, then the cache)', () => {
    const now = at(2024, 5, 21, 2, 46, 58);
    const out = fake(
      {
        currentLogonId: '0:0x108b2bdb',
        client: 'WebApp01$@GMSAPING.COM',
        kdc: 'WIN-5DF7THCD7UL.gmsaping.com',
        sessions: {
          '0:0x108b2bdb': {
            tickets: [
              {
                client: 'WebApp01$@GMSAPING.COM',
                server: 'krbtgt/GMSAPING.COM@GMSAPING.COM',
                flags: 0x40a10000,
                start: now,
                end: at(2024, 5, 21, 12, 46, 58),
                renew: at(2024, 5, 28, 2, 46, 58),
                cacheFlags: 0,
                kdcCalled: 'WIN-5DF7THCD7UL.gmsaping.com',
              },
            ],
          },
        },
        now,
      },
      ['get', 'krbtgt'],
    );
    expect(normalise(out)).toEqual(sample('win-en-get-01.txt'));
  });

  it('never runs klist tgt quietly', () => {
    win = createFakeWindows({ currentLogonId: '0:0x1', client: 'x@Y', sessions: {} });
    expect(() => execFileSync(win!.klistPath, ['tgt'], { env: win!.env, stdio: 'pipe' })).toThrow();
    expect(win.read().violations).toEqual(['klist tgt was run']);
  });
});
