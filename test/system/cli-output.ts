/**
 * What the CLI output snapshots share (cli-output*.test.ts): the four terminals (80 and 120
 * columns, with and without colour), an in-process run of `regroup` that keeps both streams, the
 * snapshot text (exit code, stdout, stderr, colour codes named), the layout check (no line wider
 * than the terminal, no colour code when colour is off) and the snapshot file's name.
 *
 * Importing it sets the time zone to one where it is early afternoon now (`afternoonZone`), before
 * any realm starts, so the tested process and its child kinit/klist read the same zone.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createGroupsCommands } from '../../cli/groups-commands';
import { runCli, type CliContext } from '../../cli/main';
import { withoutColour, type Terminal } from '../../cli/terminal';
import { displayWidth } from '../../core/text/width';
import { msg } from '../../core/i18n';
import { createGroupsService } from '../../core/groups/service';
import { createElevator } from '../../core/kerberos/elevate';
import type { KerberosService } from '../../core/kerberos/service';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { createFakeUac } from '../fakes/fake-uac';
import type { FakeWindows } from '../fakes/fake-windows';

/** A colour code as `paint` writes it (ESC [ n m), with its number. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[(\\d+)m`, 'g');

export const TERMINALS: Terminal[] = [
  { columns: 80, colour: false },
  { columns: 80, colour: true },
  { columns: 120, colour: false },
  { columns: 120, colour: true },
];

/**
 * Both the real KDC and the fake one issue tickets now (a refresh checks its new ticket against
 * the real clock), so times of day and durations vary between runs: digits become `#`, and runs
 * of spaces two (the alignment they hold is checked by width here and in layout.test.ts).
 */
export const variable = (text: string): string => text.replace(/\d+/g, '#').replace(/ {2,}/g, '  ');

/**
 * `list` shows a time of day ("issued 3:05 PM") and adds the date only when it is not today, so
 * a run at half past midnight would read "Nov 28, 10:30 PM" for the fake's tickets (issued two
 * hours ago) and "AM" for the realm's. The snapshots therefore run in a fixed-offset zone where it
 * is now early afternoon (14:00-14:59), whatever the hour of the run: from then until 16:00 the
 * fake's tickets start (two hours ago) and end (in eight) in the afternoon and evening, and the
 * realm's end (in ten) after midnight. That leaves at least an hour for the file to run; a zone
 * picked at 15:xx failed a run that crossed the hour.
 */
export function afternoonZone(now = new Date()): string {
  const offset = ((14 - now.getUTCHours() + 36) % 24) - 12; // -12..+11 hours from UTC
  // The Etc zones invert the sign: Etc/GMT-8 is eight hours ahead of UTC.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
process.env.TZ = afternoonZone();

export interface Output {
  code: number;
  out: string;
  err: string;
}

/** What a run brings besides the terminal: the tools, and where they differ from the defaults. */
export type RunSetup = Pick<CliContext, 'service'> &
  Partial<Omit<CliContext, 'stdout' | 'stderr' | 'readStdin' | 'terminal' | 'service'>> & {
    stdin?: string;
  };

/** `regroup ARGV` in-process on `terminal`, on Linux with an empty environment unless told. */
export async function run(argv: string[], terminal: Terminal, setup: RunSetup): Promise<Output> {
  let out = '';
  let err = '';
  const { stdin, ...given } = setup;
  const ctx: CliContext = {
    readFile: async (file) => readFileSync(file),
    promptPassword: async () => ({ kind: 'no-terminal' }),
    version: '0.1.0',
    now: () => new Date(),
    env: {},
    platform: 'linux',
    ...given,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => Buffer.from(stdin ?? ''),
    terminal,
  };
  const code = await runCli(argv, ctx);
  return { code, out, err };
}

/** The snapshot's text: exit code, both streams, colour codes named (`<red>` ... `</>`). */
export function shown(output: Output, normalise: (text: string) => string): string {
  const names: Record<string, string> = { '31': '<red>', '33': '<yellow>', '39': '</>' };
  const visible = (text: string): string =>
    normalise(text.replace(COLOUR, (_, code: string) => names[code] ?? `<${code}>`));
  return `exit ${output.code}\n--- stdout\n${visible(output.out)}--- stderr\n${visible(output.err)}`;
}

/** No line wider than the terminal (lines holding a `verbatim` tool's words excepted). */
export function checkLayout(
  output: Output,
  terminal: Terminal,
  verbatim: readonly string[] = [],
): void {
  const text = `${output.out}${output.err}`;
  if (!terminal.colour) expect(text).not.toContain('\u001b[');
  for (const line of text.split('\n')) {
    const plain = withoutColour(line);
    if (verbatim.some((v) => plain.includes(v))) continue;
    expect(displayWidth(plain), plain).toBeLessThanOrEqual(terminal.columns);
  }
}

/** The snapshot file, relative to the test file: `__snapshots__/cli-output/NAME.80.colour.txt`. */
export const snapshot = (name: string, terminal: Terminal): string =>
  `__snapshots__/cli-output/${name}.${terminal.columns}${terminal.colour ? '.colour' : ''}.txt`;

/**
 * The Windows service over the fake klist.exe and UAC, its pre-flight answering as DC01 does
 * (`online`) or as no domain controller does.
 */
export function fakeWindowsService(win: FakeWindows, online = true): KerberosService {
  return createWindowsService({
    env: win.env,
    klistPath: win.klistPath,
    elevate: createElevator({ env: {}, platform: 'win32', run: createFakeUac(win).run }),
    preflight: async () => ({
      reachable: online,
      kdc: online ? { host: 'DC01.contoso.com', port: 88 } : null,
      tried: ['dc01.contoso.com:88'],
      message: online
        ? msg('krb.preflight.kdcAnswers', { host: 'DC01.contoso.com' })
        : msg('krb.preflight.noKdcAnswers', { realm: 'CONTOSO.COM', tried: 'dc01.contoso.com:88' }),
    }),
  });
}

/** The real groups service over the fake whoami and ADSI. */
export const fakeWindowsGroups = (win: FakeWindows): NonNullable<CliContext['groups']> =>
  createGroupsCommands({
    create: (dc) =>
      createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot, dc }),
  });
