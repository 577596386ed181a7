/**
 * Whether a registered task is still Regroup's: reads what `schtasks /query /tn <task> /xml`
 * printed (what the Task Scheduler actually stored, not what Regroup asked for) and lists every
 * difference that matters: the action, the account, a trigger, and the security descriptor.
 *
 * The descriptor is compared by meaning, not by text: Windows may print the rights Regroup wrote
 * as `FRFX` back as `0x1200a9` and the accounts as SIDs, and may add the principal's own ACE. What
 * must hold: only SYSTEM and Administrators may write (change, delete, change the ACL), and
 * Authenticated Users may read and execute. The differences are technical detail for the help
 * desk (they name XML elements and SIDs), not sentences for a person.
 */
import type { HelperTask } from './helper-task';

/** File access rights (winnt.h), as the Task Scheduler uses them for tasks. */
const FILE_ALL_ACCESS = 0x1f01ff;
const FILE_GENERIC_READ = 0x120089;
const FILE_GENERIC_EXECUTE = 0x1200a0;
const FILE_GENERIC_WRITE = 0x120116;
const RIGHTS: Readonly<Record<string, number>> = {
  FA: FILE_ALL_ACCESS,
  FR: FILE_GENERIC_READ,
  FX: FILE_GENERIC_EXECUTE,
  FW: FILE_GENERIC_WRITE,
  GA: FILE_ALL_ACCESS,
  GR: FILE_GENERIC_READ,
  GX: FILE_GENERIC_EXECUTE,
  GW: FILE_GENERIC_WRITE,
  SD: 0x10000,
  RC: 0x20000,
  WD: 0x40000,
  WO: 0x80000,
};
/** Rights that change or remove a task: write data/attributes, DELETE, WRITE_DAC, WRITE_OWNER. */
const CHANGE_RIGHTS = 0x000116 | 0x10000 | 0x40000 | 0x80000;

const SIDS: Readonly<Record<string, string>> = {
  SY: 'S-1-5-18',
  BA: 'S-1-5-32-544',
  AU: 'S-1-5-11',
  WD: 'S-1-1-0',
  BU: 'S-1-5-32-545',
  IU: 'S-1-5-4',
};
const MAY_CHANGE = new Set(['S-1-5-18', 'S-1-5-32-544']);

export interface Ace {
  allow: boolean;
  sid: string;
  mask: number;
}

function rightsMask(text: string): number | null {
  if (/^0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text.slice(2), 16);
  if (text.length % 2 !== 0) return null;
  let mask = 0;
  for (let i = 0; i < text.length; i += 2) {
    const right = RIGHTS[text.slice(i, i + 2).toUpperCase()];
    if (right === undefined) return null;
    mask |= right;
  }
  return mask;
}

/** The DACL's ACEs (allow/deny, SID, mask); null for SDDL this reader does not understand. */
export function readDacl(sddl: string): Ace[] | null {
  const dacl = /D:[A-Z]*((?:\([^)]*\))*)/.exec(sddl)?.[1];
  if (dacl === undefined) return null;
  const aces: Ace[] = [];
  for (const [, body = ''] of dacl.matchAll(/\(([^)]*)\)/g)) {
    const [type = '', , rights = '', , , account = ''] = body.split(';');
    const mask = rightsMask(rights);
    if ((type !== 'A' && type !== 'D') || mask === null) return null;
    aces.push({ allow: type === 'A', sid: SIDS[account.toUpperCase()] ?? account, mask });
  }
  return aces;
}

/** What is wrong with a descriptor for Regroup's tasks; empty when it is as it must be. */
export function sddlProblems(sddl: string | null): string[] {
  if (!sddl) return ['RegistrationInfo/SecurityDescriptor is missing'];
  const aces = readDacl(sddl);
  if (!aces) return [`SecurityDescriptor not understood: ${sddl}`];
  const problems: string[] = [];
  for (const ace of aces) {
    if (ace.allow && !MAY_CHANGE.has(ace.sid) && (ace.mask & CHANGE_RIGHTS) !== 0) {
      problems.push(`${ace.sid} may change the task (0x${ace.mask.toString(16)})`);
    }
  }
  const needed = FILE_GENERIC_READ | FILE_GENERIC_EXECUTE;
  const users = aces
    .filter((ace) => ace.allow && ace.sid === SIDS.AU)
    .reduce((mask, ace) => mask | ace.mask, 0);
  const denied = aces.some((ace) => !ace.allow && (ace.mask & needed) !== 0);
  if ((users & needed) !== needed || denied) {
    problems.push('Authenticated Users (S-1-5-11) may not read and run the task');
  }
  return problems;
}

function element(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return match ? (match[1] ?? '').trim() : null;
}

/** Every difference between the stored task and Regroup's; empty when it is Regroup's task. */
export function taskProblems(stored: string, task: HelperTask): string[] {
  const xml = stored.replace(/\0/g, '');
  const problems: string[] = [];
  const execs = xml.match(/<Exec>/g)?.length ?? 0;
  const actions = xml.match(/<(Exec|ComHandler|SendEmail|ShowMessage)[\s>]/g)?.length ?? 0;
  if (execs !== 1 || actions !== 1) problems.push(`Actions: ${actions} actions, not one Exec`);
  const command = element(xml, 'Command');
  if (command?.toLowerCase() !== task.command.toLowerCase())
    problems.push(`Command: ${command ?? '(none)'}`);
  const args = element(xml, 'Arguments');
  if (args !== task.arguments) problems.push(`Arguments: ${args ?? '(none)'}`);
  const user = element(xml, 'UserId');
  if (user !== 'S-1-5-18' && user?.toUpperCase() !== 'NT AUTHORITY\\SYSTEM')
    problems.push(`UserId: ${user ?? '(none)'}`);
  if (/<Triggers>\s*<\w/.test(xml)) problems.push('Triggers: the task has a trigger');
  if (element(xml, 'Enabled') === 'false') problems.push('Enabled: false');
  problems.push(...sddlProblems(element(xml, 'SecurityDescriptor')));
  return problems;
}
