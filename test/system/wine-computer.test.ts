/**
 * The computer refresh on Windows through the REAL elevation code: Windows Node under Wine runs
 * `regroup refresh --computer` from dist/cli/regroup.js, whose code decides the route (whoami.exe
 * and schtasks.exe: an administrator whose token UAC filtered, no helper installed, so the UAC
 * prompt; a standard user gets no prompt at all: it needs an administrator) and starts the
 * constant PowerShell launcher of core/kerberos/elevate-windows.ts. The powershell.exe stand-in
 * (test/wine/powershell.c) accepts only that exact launcher, compared with what `launcherCommand`
 * produces (written into a file here, never loosened there), plays the person's answer to each
 * prompt, starts klist.exe (and cmd.exe for gpupdate.exe) as the elevated process, and prints the
 * step lines the real script prints. whoami.exe prints REAL `whoami` samples (a filtered
 * administrator, a standard user; ../shared/whoami-samples) as `/fo csv /nh`; schtasks.exe
 * answers "no such task" as it does.
 *
 * Asserted through exit codes, `--json` codes and structure, and the stand-ins' call logs
 * (whether `klist -li 0x3e7 purge` ran elevated), never English sentences.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcherCommand } from '../../core/kerberos/elevate-windows';
import type { GroupsReport } from '../../core/groups/types';
import type { RefreshResult } from '../../core/kerberos/types';
import { parseWhoami } from '../../core/token/whoami';
import { ROUTE_CALLS, STANDARD_USER, WHOAMI_SAMPLES, whoamiCsv } from '../wine/standard-user';
import {
  createWineWindows,
  ROOT,
  windowsPath,
  type WineRunOptions,
  type WineWindows,
} from '../wine/wine-windows';

/** Wine's %SystemRoot%, as Windows Node passes it to Regroup. */
const WINE_ENV = { SystemRoot: 'C:\\windows' };
let win: WineWindows;
let launchers: Record<string, string>;
let filteredAdmin: Record<string, string>;

/**
 * An administrator as UAC leaves them after sign-in (a real sample: BUILTIN\Administrators
 * deny-only, Medium label S-1-16-8192): the person whom Windows asks to approve the prompt.
 */
const FILTERED_ADMIN = 'whoami-en-all-6.txt';

function scratchFile(name: string, text: string): string {
  const file = path.join(win.scratch, name);
  fs.writeFileSync(file, text);
  return windowsPath(file);
}

/** The launcher `launcherCommand` builds, as lines: file, working folder, each argument. */
function launcherFile(gpupdate: boolean): string {
  const { file, args, cwd } = launcherCommand(WINE_ENV, gpupdate);
  expect(args.some((arg) => arg.includes('\n'))).toBe(false);
  return scratchFile(`launcher-${gpupdate}.txt`, [file, cwd, ...args].join('\n'));
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--cli'], { cwd: ROOT });
  win = await createWineWindows();
  launchers = {
    'launcher.purge': launcherFile(false),
    'launcher.purgeAndPolicy': launcherFile(true),
  };
  const admin = whoamiCsv(FILTERED_ADMIN);
  filteredAdmin = {
    'whoami /groups /fo csv /nh.out': scratchFile('admin-groups.csv', admin.groups),
    'whoami /user /fo csv /nh.out': scratchFile('admin-user.csv', admin.user),
  };
}, 300_000);
afterAll(() => win?.cleanup());

/**
 * A signed-in user of CONTOSO.COM (a filtered administrator, or with `standard` the standard
 * user every Wine run plays), the domain controller up, and the prompt's answers.
 */
function scenario(
  answers: Record<string, string>,
  purgeSample = 'win-en-li3e7-purge-01.txt',
  account: 'admin' | 'standard' = 'admin',
): WineRunOptions {
  return {
    scenario: {
      codePage: 437,
      chcp: 'Active code page: 437',
      samples: { 'li.purge': purgeSample },
      values: { ...launchers, ...(account === 'admin' ? filteredAdmin : {}), ...answers },
    },
    kdc: 'up',
  };
}

const refresh = (run: { stdout: string }): RefreshResult => JSON.parse(run.stdout) as RefreshResult;

const PURGE_ARGS = ['-li', '0x3e7', 'purge'];
/** The pre-flight asks the console code page first: reg.exe prints the KDC proxy policy in it. */
const CHCP = { tool: 'chcp', status: '0x00000000', args: [] };

describe('regroup refresh --computer --json with Windows Node, through the UAC launcher', () => {
  it('approved: klist -li 0x3e7 purge runs elevated, outcome refreshed', async () => {
    const run = await win.regroup(
      ['refresh', '--computer', '--json'],
      scenario({ 'uac.purge': 'approve' }),
    );
    expect(run.code).toBe(0);
    expect(refresh(run)).toMatchObject({
      scope: 'computer',
      outcome: 'refreshed',
      ok: true,
      error: null,
    });
    expect(run.calls).toEqual([
      CHCP,
      ...ROUTE_CALLS,
      { tool: 'powershell', status: 'launcher.purge', args: [] },
      { tool: 'klist', status: '0x00000000', args: PURGE_ARGS, elevated: true },
    ]);
  });

  it('a standard user: no prompt at all, it needs an administrator; nothing runs elevated', async () => {
    const run = await win.regroup(
      ['refresh', '--computer', '--json'],
      scenario({ 'uac.purge': 'approve' }, undefined, 'standard'),
    );
    expect(run.code).toBe(1);
    const result = refresh(run);
    expect(result).toMatchObject({ scope: 'computer', ok: false });
    expect(result.error?.code).toBe('needs-administrator');
    expect(run.calls.slice(0, ROUTE_CALLS.length + 1)).toEqual([CHCP, ...ROUTE_CALLS]);
    expect(run.calls.some((call) => call.tool === 'powershell' || call.tool === 'klist')).toBe(
      false,
    );
  });

  it('declined (Win32 error 1223): outcome declined, klist never runs', async () => {
    const run = await win.regroup(
      ['refresh', '--computer', '--json'],
      scenario({ 'uac.purge': 'decline' }),
    );
    expect(run.code).toBe(1);
    const result = refresh(run);
    expect(result).toMatchObject({ scope: 'computer', outcome: 'declined', ok: false });
    expect(result.error?.code).toBe('elevation-declined');
    expect(run.calls).toEqual([
      CHCP,
      ...ROUTE_CALLS,
      { tool: 'powershell', status: 'launcher.purge', args: [] },
    ]);
  });

  it('approved, but klist exits with an NTSTATUS (0xc000005f): outcome failed', async () => {
    const run = await win.regroup(
      ['refresh', '--computer', '--json'],
      scenario({ 'uac.purge': 'approve' }, 'win-en-error-03.txt'),
    );
    expect(run.code).toBe(1);
    const result = refresh(run);
    expect(result).toMatchObject({ scope: 'computer', outcome: 'failed', ok: false });
    expect(result.error?.code).toBe('elevation-failed');
    expect(run.calls.at(-1)).toEqual({
      tool: 'klist',
      status: '0xc000005f',
      args: PURGE_ARGS,
      elevated: true,
    });
  });

  it('--gpupdate: a good purge, then gpupdate exits 1: outcome partial', async () => {
    const run = await win.regroup(
      ['refresh', '--computer', '--gpupdate', '--json'],
      scenario({
        'uac.purge': 'approve',
        'uac.gpupdate': 'approve',
        'gpupdate /target:computer /force /wait:100.exit': '1',
      }),
    );
    expect(run.code).toBe(1);
    const result = refresh(run);
    expect(result).toMatchObject({ scope: 'computer', outcome: 'partial', ok: false });
    expect(result.failed.map((f) => [f.server, f.code])).toEqual([
      ['gpupdate /target:computer', 'elevation-failed'],
    ]);
    expect(run.calls).toEqual([
      CHCP,
      ...ROUTE_CALLS,
      { tool: 'powershell', status: 'launcher.purgeAndPolicy', args: [] },
      { tool: 'klist', status: '0x00000000', args: PURGE_ARGS, elevated: true },
      {
        tool: 'gpupdate',
        status: '0x00000001',
        args: ['/target:computer', '/force', '/wait:100'],
        elevated: true,
      },
    ]);
  });
});

describe('regroup groups --json with Windows Node', () => {
  // The sign-in view only: whoami.exe prints a real standard user's token. The directory views
  // ask ADSI through PowerShell, which this tier does not play: the powershell.exe stand-in
  // refuses that script, so those views must be reported unavailable, never made up.
  it('reads the sign-in token by SID from a real whoami sample', async () => {
    const table = fs.readFileSync(path.join(WHOAMI_SAMPLES, STANDARD_USER), 'utf8');
    const { groups } = parseWhoami(table);
    const run = await win.regroup(['groups', '--json'], scenario({}, undefined, 'standard'));
    const report = JSON.parse(run.stdout) as GroupsReport;
    expect(report.views.signInToken).toMatchObject({ available: true });
    expect(report.views.directory.available).toBe(false);
    expect(report.views.kerberosServices.available).toBe(false);
    // Every group of the sample is listed but the well-known ones (Everyone, NETWORK ...) and the
    // integrity label, with the sample's names; domain groups by the domain's SID prefix.
    const domain = 'S-1-5-21-3072663084-364016917-1341370565';
    const rows = report.groups.map((row) => [row.sid, row.name, row.scope, row.signInToken]);
    expect(rows.sort()).toEqual(
      [
        [`${domain}-1148`, 'HTB\\Service Accounts', 'domain', true],
        [`${domain}-1149`, 'HTB\\Privileged IT Accounts', 'domain', true],
        ['S-1-5-32-545', 'BUILTIN\\Users', 'local', true],
        ['S-1-5-32-548', 'BUILTIN\\Account Operators', 'local', true],
        ['S-1-5-32-554', 'BUILTIN\\Pre-Windows 2000 Compatible Access', 'local', true],
        ['S-1-5-32-580', 'BUILTIN\\Remote Management Users', 'local', true],
      ].sort(),
    );
    expect(groups.filter((g) => g.sid.startsWith(`${domain}-`))).toHaveLength(2);
    expect(run.calls.slice(0, 2)).toEqual([
      { tool: 'whoami', status: '0x00000000', args: ['/groups', '/fo', 'csv', '/nh'] },
      { tool: 'whoami', status: '0x00000000', args: ['/user', '/fo', 'csv', '/nh'] },
    ]);
    expect(run.calls.slice(2).map((c) => [c.tool, c.status])).toEqual([['powershell', 'REFUSED']]);
  });
});
