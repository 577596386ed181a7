// The Task Scheduler the fake schtasks.exe and powershell.exe share, for tests on machines without
// Windows: a JSON file (FAKE_TASKS_STATE) of registered tasks, as the Task Scheduler service keeps
// them:
//   { "tasks": { "\\Regroup\\ComputerTickets": { "xml": "...", "lastRunTime": 0, "lastResult": 267011 } },
//     "language": "en" | "de", "calls": [ { "tool": "schtasks", "args": [...] } ], "violations": [] }
// Who the caller is comes from the fake whoami's token (FAKE_WHOAMI_STATE): a caller whose groups
// carry the High (S-1-16-12288) or System (S-1-16-16384) mandatory label is elevated. Reading and
// running a task needs the task's security descriptor to grant it (Authenticated Users, `AU`,
// with FR / FX) unless the caller is elevated; registering and deleting need elevation.
import fs from 'node:fs';

const statePath = process.env.FAKE_TASKS_STATE;

export function loadTasks(tool) {
  if (!statePath) {
    process.stderr.write(`fake ${tool}: FAKE_TASKS_STATE is not set\r\n`);
    process.exit(70);
  }
  const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
  state.tasks ??= {};
  return state;
}

export function saveTasks(state) {
  fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
}

export function callerElevated() {
  const whoami = process.env.FAKE_WHOAMI_STATE;
  if (!whoami || !fs.existsSync(whoami)) return false;
  const token = JSON.parse(fs.readFileSync(whoami, 'utf8'));
  return (token.groups ?? []).some((g) => g.sid === 'S-1-16-12288' || g.sid === 'S-1-16-16384');
}

/** True when the task's descriptor grants Authenticated Users `right` ('FR' or 'FX'). */
export function usersMay(xml, right) {
  const sddl = /<SecurityDescriptor>([^<]*)<\/SecurityDescriptor>/.exec(xml)?.[1] ?? '';
  return [...sddl.matchAll(/\(A;[^;]*;([^;]*);[^;]*;[^;]*;AU\)/g)].some(
    ([, rights]) => rights.includes(right) || rights === 'FA' || rights === 'GA',
  );
}

/** The task's one Exec action, `%SystemRoot%` expanded to the fake Windows folder. */
export function taskAction(xml) {
  const root = process.env.FAKE_SYSTEM_ROOT ?? '';
  const command = /<Command>([^<]*)<\/Command>/.exec(xml)?.[1] ?? '';
  const args = /<Arguments>([^<]*)<\/Arguments>/.exec(xml)?.[1] ?? '';
  const file = command.replace(/^%SystemRoot%/i, root).replace(/\\/g, '/');
  return { file, args: args.split(' ').filter(Boolean) };
}

/** Messages as schtasks.exe and the ScheduledTasks module print them, per display language. */
export const WORDS = {
  en: {
    denied: 'ERROR: Access is denied.',
    notFound: 'ERROR: The system cannot find the file specified.',
    created: (tn) => `SUCCESS: The scheduled task "${tn}" has successfully been created.`,
    deleted: (tn) => `SUCCESS: The scheduled task "${tn}" was successfully deleted.`,
    malformed: 'ERROR: The task XML is malformed.',
    invalid: (a) => `ERROR: Invalid argument/option - '${a}'.\r\nType "SCHTASKS /?" for usage.`,
    noTask: (n) =>
      `Get-ScheduledTaskInfo : No MSFT_ScheduledTask objects found with property 'TaskName' equal to '${n}'.  Verify the value of the property and retry.`,
    psDenied: 'Start-ScheduledTask : Access is denied.',
  },
  de: {
    denied: 'FEHLER: Zugriff verweigert',
    notFound: 'FEHLER: Das System kann die angegebene Datei nicht finden.',
    created: (tn) => `ERFOLGREICH: Die geplante Aufgabe "${tn}" wurde erfolgreich erstellt.`,
    deleted: (tn) => `ERFOLGREICH: Die geplante Aufgabe "${tn}" wurde erfolgreich gelöscht.`,
    malformed: 'FEHLER: Der Aufgaben-XML-Code ist fehlerhaft.',
    invalid: (a) =>
      `FEHLER: Ungültiges Argument/Option - "${a}".\r\nGeben Sie "SCHTASKS /?" ein, um die Syntax anzuzeigen.`,
    noTask: (n) =>
      `Get-ScheduledTaskInfo : Es wurden keine MSFT_ScheduledTask-Objekte gefunden, deren Eigenschaft "TaskName" gleich "${n}" ist.`,
    psDenied: 'Start-ScheduledTask : Zugriff verweigert',
  },
};
