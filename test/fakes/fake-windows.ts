/**
 * A throwaway "Windows" for tests: a temp folder laid out as %SystemRoot% whose System32 holds the
 * fake klist.exe, whoami.exe, powershell.exe (the ADSI script of "My groups" and the helper's task
 * scripts), schtasks.exe, gpupdate.exe and reg.exe, and the JSON state files the fakes read and
 * write. The registry starts with the real listing of the UAC policy key (default settings).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { msg } from '../../core/i18n';
import type { PreflightResult } from '../../core/kerberos/preflight';
import { runScript } from '../../core/kerberos/windows/helper-task';
import type { System32Tool } from '../../core/process/windows-paths';
import { parseRegQuery } from '../../core/kerberos/windows/reg-query';

/** The fake's script (bundled callers such as the benchmark name it with REGROUP_FAKE_KLIST). */
export const FAKE_KLIST =
  process.env.REGROUP_FAKE_KLIST ?? path.resolve(__dirname, 'fake-klist.mjs');
const FAKE_CHCP = path.join(path.dirname(FAKE_KLIST), 'fake-chcp.mjs');
const FAKE_WHOAMI = path.join(path.dirname(FAKE_KLIST), 'fake-whoami.mjs');
const FAKE_POWERSHELL = path.join(path.dirname(FAKE_KLIST), 'fake-powershell.mjs');
const FAKE_SCHTASKS = path.join(path.dirname(FAKE_KLIST), 'fake-schtasks.mjs');
const FAKE_GPUPDATE = path.join(path.dirname(FAKE_KLIST), 'fake-gpupdate.mjs');
const FAKE_REG = path.join(path.dirname(FAKE_KLIST), 'fake-reg.mjs');

/** A value as reg.exe prints it (fake-reg.mjs): `REG_DWORD` data as `0x1`. */
export interface FakeRegValue {
  name: string;
  type: string;
  data: string;
}

/** The fake registry: full key paths (`HKEY_LOCAL_MACHINE\\...`) and their values. */
export interface FakeRegState {
  keys: Record<string, FakeRegValue[]>;
  /** The display language of reg.exe's error messages (default en). */
  language?: 'en' | 'de';
  calls?: Array<{ args: string[] }>;
}

/** A real `reg query` of the UAC policy key (default settings): the fake registry starts with it. */
const REAL_POLICY_LISTING = path.resolve(
  __dirname,
  '../fixtures/windows-real/reg-query-policies-system.txt',
);

/** The registry of a default Windows: the real listing's key and its values. */
function defaultRegistry(): FakeRegState['keys'] {
  const keys = parseRegQuery(fs.readFileSync(REAL_POLICY_LISTING, 'utf8'));
  return Object.fromEntries(keys.map((key) => [key.path, key.values]));
}

const FAKE_NET = path.join(path.dirname(FAKE_KLIST), 'fake-net.mjs');

/** One connection the fake net.exe lists (fake-net.mjs renders it as `net use` does). */
export interface FakeNetConnection {
  status: string;
  local: string | null;
  remote: string;
}

/** The fake Task Scheduler's state (fake-task-scheduler.mjs). */
export interface FakeTasksState {
  tasks: Record<string, { xml: string; lastRunTime: number; lastResult: number }>;
  language?: 'en' | 'de';
  /** A started task never finishes. */
  hang?: boolean;
  calls?: Array<{ tool: string; args?: string[]; task?: string }>;
  violations?: string[];
}

/** The mandatory label of an elevated administrator's token, as `whoami /groups` lists it. */
export const HIGH_LABEL: FakeWhoamiGroup = {
  name: 'Mandatory Label\\High Mandatory Level',
  type: 'Label',
  sid: 'S-1-16-12288',
  attributes: '',
};

export interface FakeTicket {
  client: string;
  server: string;
  encryptionType?: string;
  sessionKeyType?: string;
  flags?: number;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  renew?: number | null;
  cacheFlags?: number;
  kdcCalled?: string;
  /** A TGT's groups (SIDs in its PAC) for the fake ADSI; absent: the directory's groups at issue. */
  groups?: string[];
}

/** One row of `whoami /groups` (fake-whoami.mjs renders it). */
export interface FakeWhoamiGroup {
  name: string;
  type: string;
  sid: string;
  attributes: string;
}

/** What the fake whoami.exe prints: the sign-in token of this logon. */
export interface FakeWhoamiState {
  user?: { name: string; sid: string };
  groups: FakeWhoamiGroup[];
  encoding?: string;
  exitCode?: number;
  calls?: Array<{ args: string[] }>;
}

/** What the fake powershell.exe answers for the ADSI script (see fake-powershell.mjs). */
export interface FakeAdsiState {
  dc: string;
  user: { sid: string; name: string };
  /** The directory now (the user object's tokenGroups). */
  directory: Array<{ sid: string; name: string | null }>;
  /**
   * The groups the domain controller that issues new tickets has for the person, when it has not
   * received a change yet (replication); absent: the same as `directory`.
   */
  issuingDc?: string[];
  krbError?: string;
  dirError?: string;
  calls?: number;
}

export interface FakeGroupsState {
  whoami: FakeWhoamiState;
  adsi: FakeAdsiState;
}

export interface FakeKlistState {
  language?: 'en' | 'fr' | 'es' | 'zh';
  format?: 'modern' | 'legacy';
  encoding?: string;
  currentLogonId: string;
  client: string;
  kdc?: string;
  kdcReachable?: boolean;
  failList?: boolean;
  /** `klist purge` fails with access denied (exit 1, as the fake's NTSTATUS exits are). */
  failPurge?: boolean;
  hang?: boolean;
  elevated?: boolean;
  /** The fake gpupdate.exe fails (fake-gpupdate.mjs). */
  gpupdateFails?: boolean;
  ticketLifetimeMinutes?: number;
  /** The fake KDC's clock for new tickets (epoch ms); real time when absent. */
  now?: number;
  sessions: Record<string, { client?: string; tickets: FakeTicket[] }>;
  calls?: Array<{ args: string[]; elevated: boolean }>;
  violations?: string[];
}

export interface FakeWindows {
  systemRoot: string;
  klistPath: string;
  statePath: string;
  env: NodeJS.ProcessEnv;
  /** The fake whoami's and ADSI's state files (FAKE_WHOAMI_STATE, FAKE_ADSI_STATE). */
  whoamiPath: string;
  adsiPath: string;
  read(): FakeKlistState;
  write(state: FakeKlistState): void;
  update(change: (state: FakeKlistState) => void): void;
  /** Changes what whoami and ADSI answer. */
  updateGroups(change: (state: FakeGroupsState) => void): void;
  /** The path of a tool in the fake System32 (what `system32Tool` gives on Windows). */
  tool(name: System32Tool): string;
  /** The fake Task Scheduler's registered tasks, runs and calls. */
  tasks(): FakeTasksState;
  updateTasks(change: (state: FakeTasksState) => void): void;
  /** The fake registry that reg.exe reads (the real UAC policy key at first), and its calls. */
  registry(): FakeRegState;
  setRegistry(keys: FakeRegState['keys']): void;
  /** Sets a REG_DWORD of the UAC policy key (EnableLUA, ConsentPromptBehaviorUser ...). */
  setPolicy(name: string, value: number): void;
  /** Makes this process's token elevated (whoami lists the High label) or not. */
  setElevated(elevated: boolean): void;
  /** What the fake net.exe lists for `net use` (none at first). */
  setConnections(connections: FakeNetConnection[]): void;
  cleanup(): void;
}

const HOUR = 3_600_000;

/** The pre-flight's answer when the fake domain's controller answers on port 88. */
export const KDC_ANSWERS: PreflightResult = {
  reachable: true,
  kdc: null,
  tried: ['DC01.contoso.com:88'],
  message: msg('krb.preflight.kdcAnswers', { host: 'DC01.contoso.com' }),
};

/**
 * A user session with a TGT and one service ticket, and the computer's session, as in the samples.
 * `groups` (SIDs) are the groups in the user's TGT, which the next whoami after a refresh lists.
 */
export function domainState(now = Date.now(), groups?: string[]): FakeKlistState {
  const start = now - 2 * HOUR;
  return {
    currentLogonId: '0:0x11b5a5',
    client: 'dyork@CONTOSO.COM',
    kdc: 'DC01.contoso.com',
    sessions: {
      '0:0x11b5a5': {
        tickets: [
          {
            client: 'dyork@CONTOSO.COM',
            server: 'krbtgt/CONTOSO.COM@CONTOSO.COM',
            flags: 0x40e10000,
            start,
            end: start + 10 * HOUR,
            renew: start + 7 * 24 * HOUR,
            cacheFlags: 0x1,
            kdcCalled: 'DC01.contoso.com',
            ...(groups ? { groups } : {}),
          },
          {
            client: 'dyork@CONTOSO.COM',
            server: 'cifs/fs01.contoso.com@CONTOSO.COM',
            flags: 0x40a50000,
            start: start + HOUR,
            end: start + 10 * HOUR,
            renew: start + 7 * 24 * HOUR,
            kdcCalled: 'DC01.contoso.com',
          },
        ],
      },
      '0:0x3e7': {
        client: 'WS042$@CONTOSO.COM',
        tickets: [
          {
            client: 'WS042$@CONTOSO.COM',
            server: 'krbtgt/CONTOSO.COM@CONTOSO.COM',
            flags: 0x40e10000,
            start,
            end: start + 10 * HOUR,
            renew: start + 7 * 24 * HOUR,
            cacheFlags: 0x1,
            kdcCalled: 'DC01.contoso.com',
          },
        ],
      },
    },
  };
}

const ENABLED = 'Mandatory group, Enabled by default, Enabled group';
const D = 'S-1-5-21-1004336348-1177238915-682003330';

/**
 * dyork signed in before joining Finance: whoami (his sign-in token) has Domain Users and Sales;
 * the directory lists Finance too, unless `inDirectory` is false (IT has not added him yet).
 */
export function financePending(inDirectory = true): FakeGroupsState {
  return {
    whoami: {
      user: { name: 'contoso\\dyork', sid: `${D}-1103` },
      groups: [
        { name: 'Everyone', type: 'Well-known group', sid: 'S-1-1-0', attributes: ENABLED },
        { name: 'CONTOSO\\Domain Users', type: 'Group', sid: `${D}-513`, attributes: ENABLED },
        { name: 'CONTOSO\\Sales', type: 'Group', sid: `${D}-1110`, attributes: ENABLED },
      ],
    },
    adsi: {
      dc: 'DC01.contoso.com',
      user: { sid: `${D}-1103`, name: 'CONTOSO\\dyork' },
      directory: [
        { sid: `${D}-513`, name: 'CONTOSO\\Domain Users' },
        { sid: `${D}-1110`, name: 'CONTOSO\\Sales' },
        ...(inDirectory ? [{ sid: `${D}-1111`, name: 'CONTOSO\\Finance' }] : []),
      ],
    },
  };
}

/** A person with no groups to show: whoami lists none, the directory is empty. */
const NO_GROUPS: FakeGroupsState = {
  whoami: { groups: [] },
  adsi: { dc: 'DC01.contoso.com', user: { sid: 'S-1-5-21-1-2-3-1000', name: '' }, directory: [] },
};

export function createFakeWindows(
  state: FakeKlistState = domainState(),
  groups: FakeGroupsState = NO_GROUPS,
): FakeWindows {
  const systemRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-win-'));
  const system32 = path.join(systemRoot, 'System32');
  fs.mkdirSync(system32);
  const klistPath = path.join(system32, 'klist.exe');
  fs.symlinkSync(FAKE_KLIST, klistPath);
  fs.symlinkSync(FAKE_CHCP, path.join(system32, 'chcp.com'));
  fs.symlinkSync(FAKE_WHOAMI, path.join(system32, 'whoami.exe'));
  const powershellDir = path.join(system32, 'WindowsPowerShell', 'v1.0');
  fs.mkdirSync(powershellDir, { recursive: true });
  fs.symlinkSync(FAKE_POWERSHELL, path.join(powershellDir, 'powershell.exe'));
  fs.symlinkSync(FAKE_SCHTASKS, path.join(system32, 'schtasks.exe'));
  fs.symlinkSync(FAKE_GPUPDATE, path.join(system32, 'gpupdate.exe'));
  fs.symlinkSync(FAKE_REG, path.join(system32, 'reg.exe'));
  const regPath = path.join(systemRoot, 'reg-state.json');
  fs.writeFileSync(regPath, JSON.stringify({ keys: defaultRegistry() }));
  const readRegistry = (): FakeRegState =>
    JSON.parse(fs.readFileSync(regPath, 'utf8')) as FakeRegState;
  fs.symlinkSync(FAKE_NET, path.join(system32, 'net.exe'));
  const netPath = path.join(systemRoot, 'net-state.json');
  fs.writeFileSync(netPath, JSON.stringify({ connections: [] }));
  const tasksPath = path.join(systemRoot, 'tasks-state.json');
  const scriptsPath = path.join(systemRoot, 'task-scripts.json');
  fs.writeFileSync(tasksPath, JSON.stringify({ tasks: {} }));
  // The only scripts the fake powershell runs for the helper: Regroup's own constants.
  fs.writeFileSync(
    scriptsPath,
    JSON.stringify({ tickets: runScript('tickets'), policy: runScript('policy') }),
  );
  const readTasks = (): FakeTasksState =>
    JSON.parse(fs.readFileSync(tasksPath, 'utf8')) as FakeTasksState;
  const whoamiPath = path.join(systemRoot, 'whoami-state.json');
  const adsiPath = path.join(systemRoot, 'adsi-state.json');
  const writeGroups = (g: FakeGroupsState): void => {
    fs.writeFileSync(whoamiPath, JSON.stringify(g.whoami));
    fs.writeFileSync(adsiPath, JSON.stringify(g.adsi));
  };
  writeGroups(groups);
  const statePath = path.join(systemRoot, 'fake-state.json');
  const write = (s: FakeKlistState): void => fs.writeFileSync(statePath, JSON.stringify(s));
  const read = (): FakeKlistState =>
    JSON.parse(fs.readFileSync(statePath, 'utf8')) as FakeKlistState;
  write(state);
  return {
    systemRoot,
    klistPath,
    statePath,
    env: {
      ...process.env,
      FAKE_KLIST_STATE: statePath,
      FAKE_WHOAMI_STATE: whoamiPath,
      FAKE_NET_STATE: netPath,
      FAKE_ADSI_STATE: adsiPath,
      FAKE_TASKS_STATE: tasksPath,
      FAKE_TASK_SCRIPTS: scriptsPath,
      FAKE_SYSTEM_ROOT: systemRoot,
      FAKE_REG_STATE: regPath,
      USERNAME: 'dyork',
      USERDNSDOMAIN: 'CONTOSO.COM',
      LOGONSERVER: '\\\\DC01',
    },
    whoamiPath,
    adsiPath,
    read,
    write,
    update(change) {
      const s = read();
      change(s);
      write(s);
    },
    updateGroups(change) {
      const current: FakeGroupsState = {
        whoami: JSON.parse(fs.readFileSync(whoamiPath, 'utf8')) as FakeWhoamiState,
        adsi: JSON.parse(fs.readFileSync(adsiPath, 'utf8')) as FakeAdsiState,
      };
      change(current);
      writeGroups(current);
    },
    tool: (name) => path.join(system32, ...name.split('\\')),
    tasks: readTasks,
    updateTasks(change) {
      const current = readTasks();
      change(current);
      fs.writeFileSync(tasksPath, JSON.stringify(current));
    },
    registry: readRegistry,
    setRegistry(keys) {
      fs.writeFileSync(regPath, JSON.stringify({ keys }));
    },
    setPolicy(name, value) {
      const registry = readRegistry();
      const data = `0x${value.toString(16)}`;
      for (const values of Object.values(registry.keys)) {
        const found = values.find((v) => v.name.toLowerCase() === name.toLowerCase());
        if (found) found.data = data;
        else values.push({ name, type: 'REG_DWORD', data });
      }
      fs.writeFileSync(regPath, JSON.stringify(registry));
    },
    setElevated(elevated) {
      const whoami = JSON.parse(fs.readFileSync(whoamiPath, 'utf8')) as FakeWhoamiState;
      const others = whoami.groups.filter((g) => g.sid !== HIGH_LABEL.sid);
      whoami.groups = elevated ? [...others, HIGH_LABEL] : others;
      fs.writeFileSync(whoamiPath, JSON.stringify(whoami));
    },
    setConnections(connections) {
      fs.writeFileSync(netPath, JSON.stringify({ connections }));
    },
    cleanup() {
      fs.rmSync(systemRoot, { recursive: true, force: true });
    },
  };
}
