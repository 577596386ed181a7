/**
 * Figure 4 (start) and the main-process half of figure 5 (idle).
 * - CLI start-up: `regroup --help` and `regroup parse --json <sample>` as whole processes, against
 *   bare `node -e 0`, alternated; medians.
 * - main.js: a process that evaluates the built dist/main/main.js against the tests' recording
 *   Electron fake and exits, against bare `node -e 0`. The measured side carries Node, the fake
 *   (bundled with bench/main-run.ts once per run, so no TypeScript is compiled in the child) and
 *   main.js; the floor is Node alone.
 * - Idle: the same child runs the app with its window hidden, then 10 minutes of virtual time
 *   (the tests' fake clock): klist spawns and timer wake-ups are counted.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { alternate, figure, skipped, versus, type Figure, type FigureGoal } from './measure';

const CLI_HELP: FigureGoal = {
  name: 'CLI start: regroup --help vs bare node',
  goal: '<= 1.50x',
  max: 1.5,
};
const CLI_JSON: FigureGoal = {
  name: 'CLI start: regroup parse --json vs bare node',
  goal: '<= 1.50x',
  max: 1.5,
};
const MAIN: FigureGoal = {
  name: 'evaluate dist/main/main.js (Electron fake) vs bare node',
  goal: '<= 1.50x',
  max: 1.5,
};
const IDLE_SPAWNS: FigureGoal = {
  name: 'idle 10 min, window hidden: klist spawns',
  goal: '0',
  max: 0,
};
const IDLE_WAKEUPS: FigureGoal = {
  name: 'idle 10 min, window hidden: timer wake-ups',
  goal: '<= 10 (1 a minute)',
  max: 10,
};

function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
  });
}

/**
 * bench/main-run.ts with the Electron fake, bundled into one script in a temporary folder; `done`
 * removes it.
 */
async function mainRunner(root: string): Promise<{ script: string; done(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-bench-'));
  const script = path.join(dir, 'main-run.cjs');
  await build({
    entryPoints: [path.join(root, 'bench', 'main-run.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
  });
  return { script, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function startFigures(
  root: string,
  rounds: number,
  sample: string | null,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const bare = (): Promise<string> => runNode(['-e', '0']);
  const cli = path.join(root, 'bin', 'regroup.js');
  if (fs.existsSync(path.join(root, 'dist', 'cli', 'regroup.js'))) {
    figures.push(versus(CLI_HELP, await alternate(rounds, () => runNode([cli, '--help']), bare)));
    if (sample) {
      figures.push(
        versus(
          CLI_JSON,
          await alternate(rounds, () => runNode([cli, 'parse', '--json', sample]), bare),
        ),
      );
    }
  } else {
    figures.push(skipped(CLI_HELP, 'dist/cli is not built (npm run build)'));
  }
  if (fs.existsSync(path.join(root, 'dist', 'main', 'main.js'))) {
    const runner = await mainRunner(root);
    try {
      const evaluate = (): Promise<string> => runNode([runner.script, '--evaluate-only', root]);
      figures.push(versus(MAIN, await alternate(rounds, evaluate, bare)));
    } finally {
      runner.done();
    }
  } else {
    figures.push(skipped(MAIN, 'dist/main is not built (npm run build)'));
  }
  return figures;
}

interface IdleReport {
  idleSpawns?: number;
  idleWakeups?: number;
  idleWakeupSeconds?: number[];
  error?: string;
}

/** `env` gives the app a real ticket cache (the test realm's) when there is one. */
export async function idleFigures(root: string, env: NodeJS.ProcessEnv): Promise<Figure[]> {
  if (!fs.existsSync(path.join(root, 'dist', 'main', 'main.js'))) {
    return [
      skipped(IDLE_SPAWNS, 'dist/main is not built'),
      skipped(IDLE_WAKEUPS, 'dist/main is not built'),
    ];
  }
  const runner = await mainRunner(root);
  let out: string;
  try {
    out = await runNode([runner.script, '--idle', root], env);
  } finally {
    runner.done();
  }
  const report = JSON.parse(out.trim().split('\n').pop() ?? '{}') as IdleReport;
  if (report.error || report.idleSpawns === undefined || report.idleWakeups === undefined) {
    const why = `the run against the Electron fake failed: ${report.error ?? out.slice(0, 200)}`;
    return [skipped(IDLE_SPAWNS, why), skipped(IDLE_WAKEUPS, why)];
  }
  const at = (report.idleWakeupSeconds ?? []).slice(0, 4).join(', ');
  return [
    figure(IDLE_SPAWNS, report.idleSpawns, String(report.idleSpawns)),
    figure(
      IDLE_WAKEUPS,
      report.idleWakeups,
      `${report.idleWakeups} (at ${at}${report.idleWakeups > 4 ? ' ...' : ''} s)`,
    ),
  ];
}
