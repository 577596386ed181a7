/**
 * The Windows account every Wine run plays unless a test says otherwise: a standard user (a real
 * `whoami` sample of ../shared/whoami-samples: Medium label S-1-16-8192, not in Administrators)
 * on a computer without Regroup's helper tasks. Regroup asks for its computer-refresh route in
 * every refresh (core/kerberos/windows/computer-route.ts): `whoami.exe /groups /fo csv /nh` (not
 * elevated), then `schtasks.exe /query /tn <task> /xml` for each helper task (not found: exit 1,
 * schtasks' words on standard error), so the route is the UAC prompt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseWhoami } from '../../core/token/whoami';
import { HELPER_TASKS } from '../../core/kerberos/windows/helper-task';

export const WHOAMI_SAMPLES = path.resolve(__dirname, '../../../shared/whoami-samples');
/** A standard user's token, as whoami printed it (table layout, with USER INFORMATION). */
export const STANDARD_USER = 'whoami-en-all-7.txt';
/** What schtasks.exe prints on standard error for a task that does not exist (exit 1). */
const SCHTASKS_NOT_FOUND = 'ERROR: The system cannot find the file specified.\n';

/** One call as a stand-in logs it (wine-windows.ts `StandInCall`). */
interface Call {
  tool: string;
  status: string;
  args: string[];
}

/** The table sample as `whoami /groups /fo csv /nh` and `/user /fo csv /nh` print it. */
export function whoamiCsv(sample: string): { groups: string; user: string } {
  const { user, groups } = parseWhoami(fs.readFileSync(path.join(WHOAMI_SAMPLES, sample), 'utf8'));
  const row = (cells: string[]): string =>
    cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',') + '\n';
  return {
    groups: groups.map((g) => row([g.name ?? '', g.type, g.sid, g.attributes])).join(''),
    user: user ? row([user.name ?? '', user.sid]) : '',
  };
}

/**
 * The scenario values (scripted.c keys) of the standard user, with its outputs written into
 * `dir` (a Unix folder) and named by `windowsPath`.
 */
export function standardUserValues(
  dir: string,
  windowsPath: (unixPath: string) => string,
): Record<string, string> {
  const write = (name: string, text: string): string => {
    fs.writeFileSync(path.join(dir, name), text);
    return windowsPath(path.join(dir, name));
  };
  const csv = whoamiCsv(STANDARD_USER);
  const values: Record<string, string> = {
    'whoami /groups /fo csv /nh.out': write('whoami-groups.csv', csv.groups),
    'whoami /user /fo csv /nh.out': write('whoami-user.csv', csv.user),
  };
  const notFound = write('schtasks-not-found.txt', SCHTASKS_NOT_FOUND);
  for (const task of Object.values(HELPER_TASKS)) {
    values[`schtasks /query /tn ${task.path} /xml.err`] = notFound;
    values[`schtasks /query /tn ${task.path} /xml.exit`] = '1';
  }
  return values;
}

/** What the route detection of that user asks, in order: whoami, then each task's query. */
export const ROUTE_CALLS: Call[] = [
  { tool: 'whoami', status: '0x00000000', args: ['/groups', '/fo', 'csv', '/nh'] },
  ...Object.values(HELPER_TASKS).map((task) => ({
    tool: 'schtasks',
    status: '0x00000001',
    args: ['/query', '/tn', task.path, '/xml'],
  })),
];
