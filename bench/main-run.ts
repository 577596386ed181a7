/**
 * Runs the built main process (dist/main/main.js) against the tests' recording Electron fake
 * (test/fakes/load-main.ts, fake-electron.ts) in a child process of the benchmark, and prints one
 * JSON line. bench/start.ts bundles this file with the fake into one script first, so that the
 * child spends no time compiling TypeScript: what it runs is Node, the fake (about 40 KB of
 * JavaScript) and main.js. No Electron binary exists here; the fake answers as Electron does for a
 * hidden window on a quiet desktop and records every call.
 *
 *   --evaluate-only  exits as soon as main.js has been evaluated (figure 4, start)
 *   --idle           lets the app start (ready, first listing, window hidden), then lets 10 minutes
 *                    of virtual time pass (fake-clock.ts): every timer fired is a wake-up, every
 *                    child process a tool run (figure 5, idle)
 * Arguments after the flag: the project root (for dist/main/main.js and the app's files).
 */
import childProcess from 'node:child_process';
import path from 'node:path';
import { createVirtualClock } from '../test/fakes/fake-clock';
import { loadMainWithFakeElectron } from '../test/fakes/load-main';
import { isView } from '../test/fakes/main-events';

const IDLE_MS = 10 * 60_000;

interface Report {
  evaluateMs?: number;
  idleWakeups?: number;
  idleWakeupSeconds?: number[];
  idleSpawns?: number;
  idleMinutes?: number;
  error?: string;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

async function main(): Promise<Report> {
  const root = path.resolve(process.argv[3] ?? '.');
  const idle = process.argv[2] === '--idle';
  const spawns: string[] = [];
  const spawn = childProcess.spawn;
  // Every tool the app starts is counted (klist, kinit ...): main.js requires this same module.
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
    spawns.push(path.basename(String(args[0])));
    return spawn(...args);
  }) as typeof spawn;
  const clock = idle ? createVirtualClock() : undefined;
  const started = process.hrtime.bigint();
  const loaded = loadMainWithFakeElectron({
    mainPath: path.join(root, 'dist', 'main', 'main.js'),
    appPath: root,
    platform: 'linux',
    clock,
  });
  const evaluateMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (!clock) return { evaluateMs };

  const { electron } = loaded;
  const firstView = electron.next(isView);
  await electron.ready();
  await firstView;
  if (electron.windows.some((w) => w.state.visible)) throw new Error('the window is shown');
  const before = spawns.length;
  const start = clock.now();
  const wakeups: number[] = [];
  for (let next = clock.peek(); next && next.at <= start + IDLE_MS; next = clock.peek()) {
    const ran = spawns.length;
    clock.fireNext();
    wakeups.push(Math.round((clock.now() - start) / 1000));
    await settle();
    // A wake-up that read the tickets again: its listing reaches the window before time moves on.
    if (spawns.length > ran) await electron.next(isView);
  }
  loaded.dispose();
  return {
    evaluateMs,
    idleWakeups: wakeups.length,
    idleWakeupSeconds: wakeups,
    idleSpawns: spawns.length - before,
    idleMinutes: IDLE_MS / 60_000,
  };
}

main().then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stdout.write(`${JSON.stringify({ error: text })}\n`);
    process.exit(1);
  },
);
