/**
 * The Windows helper's two scheduled tasks, as constants. IT registers them once, elevated
 * (`regroup helper install`); afterwards a person without administrator rights runs them, and
 * Regroup refreshes the computer's tickets with no prompt at all.
 *
 * Each task runs as SYSTEM (S-1-5-18) with exactly one action and no trigger:
 *   \Regroup\ComputerTickets   %SystemRoot%\System32\klist.exe -li 0x3e7 purge
 *   \Regroup\ComputerPolicy    %SystemRoot%\System32\gpupdate.exe /target:computer /force
 * The XML below is a constant: nothing typed, read or taken from the environment reaches it (a
 * test proves it). The Windows folder is written as `%SystemRoot%`, which the Task Scheduler
 * expands in SYSTEM's own environment (the machine's, which only administrators can change), as
 * Windows' own tasks do; so the path is the absolute System32 of this installation, wherever
 * Windows is, and the XML stays the same on every computer.
 *
 * Who may do what is the task's security descriptor, set at registration through
 * `RegistrationInfo/SecurityDescriptor` (Task Scheduler schema; IRegistrationInfo::SecurityDescriptor:
 * "When reading or writing XML for a task, the security descriptor of the task is specified using
 * the SecurityDescriptor element"). Its rights are file rights in SDDL (MS-DTYP 2.5.1):
 *   SYSTEM, Administrators        FA  (all access: change, delete)
 *   Authenticated Users           FR FX  (read the task, run it; no write, no delete)
 * MS-TSCH 3.2.5.4.13 (SchRpcRun) runs a task for a caller with execute access; 3.2.5.4.5
 * (SchRpcSetSecurity) and registration need write access, which users do not get. The ACL of the
 * file under System32\Tasks has no effect on current Windows (only this descriptor counts).
 *
 * How it went is readable without admin rights and in any display language: MS-TSCH 3.2.5.4.17
 * (SchRpcGetLastRunInfo) returns the last exit code to any caller with READ access to the task,
 * which FR gives Authenticated Users; `Get-ScheduledTaskInfo` reads it through that call. The exit
 * code is a number and the task state an enum name, so nothing in the answer is translated. No
 * folder under ProgramData is needed for that (klist's own words, localised, are not kept: the
 * exit code decides, as it does for the prompt path).
 */

/** The Task Scheduler folder that holds Regroup's tasks. */
export const TASK_FOLDER = '\\Regroup\\';

/**
 * SYSTEM and Administrators: all access; Authenticated Users: read and execute. `P`: not
 * inherited from the task folder, so a changed folder ACL cannot widen it.
 */
export const TASK_SDDL = 'D:P(A;;FA;;;SY)(A;;FA;;;BA)(A;;FRFX;;;AU)';

export type HelperTaskId = 'tickets' | 'policy';

export interface HelperTask {
  id: HelperTaskId;
  /** The task's name in TASK_FOLDER. */
  name: string;
  /** `\Regroup\<name>`, as schtasks.exe takes it after `/tn`. */
  path: string;
  command: string;
  arguments: string;
  /** What the window's detail and `helper status` name: the command line as typed. */
  commandLine: string;
  /** Longest the task may run before the Task Scheduler stops it (ISO 8601 duration). */
  timeLimit: string;
  xml: string;
}

function taskXml(name: string, description: string, command: string, args: string, limit: string) {
  // ASCII only: schtasks.exe reads the file as UTF-16 (written so) and prints it back in the
  // console's code page, where ASCII survives every code page.
  return [
    '<?xml version="1.0" encoding="UTF-16"?>',
    '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
    '  <RegistrationInfo>',
    '    <Author>Regroup</Author>',
    `    <Description>${description}</Description>`,
    `    <URI>${TASK_FOLDER}${name}</URI>`,
    `    <SecurityDescriptor>${TASK_SDDL}</SecurityDescriptor>`,
    '  </RegistrationInfo>',
    '  <Principals>',
    '    <Principal id="LocalSystem">',
    '      <UserId>S-1-5-18</UserId>',
    '      <RunLevel>HighestAvailable</RunLevel>',
    '    </Principal>',
    '  </Principals>',
    '  <Settings>',
    '    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>',
    '    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>',
    '    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>',
    '    <AllowHardTerminate>true</AllowHardTerminate>',
    '    <StartWhenAvailable>false</StartWhenAvailable>',
    '    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>',
    '    <AllowStartOnDemand>true</AllowStartOnDemand>',
    '    <Enabled>true</Enabled>',
    '    <Hidden>false</Hidden>',
    '    <RunOnlyIfIdle>false</RunOnlyIfIdle>',
    '    <WakeToRun>false</WakeToRun>',
    `    <ExecutionTimeLimit>${limit}</ExecutionTimeLimit>`,
    '    <Priority>7</Priority>',
    '  </Settings>',
    '  <Actions Context="LocalSystem">',
    '    <Exec>',
    `      <Command>${command}</Command>`,
    `      <Arguments>${args}</Arguments>`,
    '    </Exec>',
    '  </Actions>',
    '</Task>',
    '',
  ].join('\r\n');
}

function task(
  id: HelperTaskId,
  name: string,
  description: string,
  exe: string,
  args: string,
  timeLimit: string,
): HelperTask {
  const command = `%SystemRoot%\\System32\\${exe}`;
  return Object.freeze({
    id,
    name,
    path: `${TASK_FOLDER}${name}`,
    command,
    arguments: args,
    commandLine: `${command} ${args}`,
    timeLimit,
    xml: taskXml(name, description, command, args, timeLimit),
  });
}

export const HELPER_TASKS: Readonly<Record<HelperTaskId, HelperTask>> = Object.freeze({
  tickets: task(
    'tickets',
    'ComputerTickets',
    "Regroup: purges this computer's Kerberos tickets so that it picks up new computer group memberships. Signed-in users may run it; only administrators may change it.",
    'klist.exe',
    '-li 0x3e7 purge',
    'PT2M',
  ),
  policy: task(
    'policy',
    'ComputerPolicy',
    'Regroup: re-applies computer policy after a refresh of the computer groups. Signed-in users may run it; only administrators may change it.',
    'gpupdate.exe',
    '/target:computer /force',
    'PT10M',
  ),
});

/** Seconds the run script waits for a task to finish before it gives up (the tasks' limits + 30). */
const WAIT_SECONDS: Readonly<Record<HelperTaskId, number>> = { tickets: 150, policy: 630 };

/**
 * The PowerShell that runs one task as the signed-in person and waits for it: starts it, waits
 * until it is no longer running and has a run newer than before, and prints one line,
 * `regroup-task <State> <LastTaskResult>` (an enum name and a number: the same in every display
 * language). A constant per task; passed with -EncodedCommand, like the ADSI script.
 */
export function runScript(id: HelperTaskId): string {
  const { name } = HELPER_TASKS[id];
  return [
    "$ErrorActionPreference = 'Stop'",
    `$p = '${TASK_FOLDER}'; $n = '${name}'`,
    '$before = (Get-ScheduledTaskInfo -TaskPath $p -TaskName $n).LastRunTime',
    'Start-ScheduledTask -TaskPath $p -TaskName $n',
    `$until = (Get-Date).AddSeconds(${WAIT_SECONDS[id]})`,
    'do { Start-Sleep -Milliseconds 250; $t = Get-ScheduledTask -TaskPath $p -TaskName $n; $i = Get-ScheduledTaskInfo -TaskPath $p -TaskName $n }',
    "while (($t.State -eq 'Running' -or $t.State -eq 'Queued' -or $i.LastRunTime -eq $before) -and (Get-Date) -lt $until)",
    "'regroup-task {0} {1}' -f $t.State, $i.LastTaskResult",
  ].join('\n');
}

/** Task Scheduler's own result codes that are not the action's exit code (MS-TSCH 2.3.14). */
export const SCHED_S_TASK_RUNNING = 0x41301;
export const SCHED_S_TASK_HAS_NOT_RUN = 0x41303;

export interface TaskRunOutput {
  state: string;
  lastResult: number;
}

/** Reads the run script's line; null when it is not there (the script failed before it). */
export function parseRunOutput(text: string): TaskRunOutput | null {
  const match = /^regroup-task (\w+) (-?\d+)\s*$/m.exec(text.replace(/\0/g, ''));
  if (!match) return null;
  return { state: match[1] ?? '', lastResult: Number(match[2]) >>> 0 };
}
