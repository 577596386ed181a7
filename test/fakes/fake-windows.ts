/**
 * A throwaway "Windows" for tests: a temp folder laid out as %SystemRoot% whose System32 holds the
 * fake klist.exe (and fake whoami.exe), and the JSON state file the fakes read and write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The fake's script (bundled callers such as the benchmark name it with REGROUP_FAKE_KLIST). */
export const FAKE_KLIST =
  process.env.REGROUP_FAKE_KLIST ?? path.resolve(__dirname, 'fake-klist.mjs');
const FAKE_CHCP = path.join(path.dirname(FAKE_KLIST), 'fake-chcp.mjs');

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
  hang?: boolean;
  elevated?: boolean;
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
  read(): FakeKlistState;
  write(state: FakeKlistState): void;
  update(change: (state: FakeKlistState) => void): void;
  cleanup(): void;
}

const HOUR = 3_600_000;

/** A user session with a TGT and one service ticket, and the computer's session, as in the samples. */
export function domainState(now = Date.now()): FakeKlistState {
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

export function createFakeWindows(state: FakeKlistState = domainState()): FakeWindows {
  const systemRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-win-'));
  const system32 = path.join(systemRoot, 'System32');
  fs.mkdirSync(system32);
  const klistPath = path.join(system32, 'klist.exe');
  fs.symlinkSync(FAKE_KLIST, klistPath);
  fs.symlinkSync(FAKE_CHCP, path.join(system32, 'chcp.com'));
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
      USERDNSDOMAIN: 'CONTOSO.COM',
      LOGONSERVER: '\\\\DC01',
    },
    read,
    write,
    update(change) {
      const s = read();
      change(s);
      write(s);
    },
    cleanup() {
      fs.rmSync(systemRoot, { recursive: true, force: true });
    },
  };
}
