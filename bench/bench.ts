/**
 * `npm run bench`: what Regroup costs, measured against the floor in the same run, on this machine.
 * One line per figure (name, measured, goal, PASS/FAIL/SKIP), the same in bench-results.json, and
 * exit code 0 whenever the bench ran: the figures depend on the machine and its load, so they
 * never fail a build. `--quick` (run by `npm test`) uses few repetitions and small inputs: it
 * proves every figure can still be measured, its numbers mean little.
 *
 * Figures (see each module): 1 list vs bare klist (real MIT realm; fake klist.exe), 2 parser
 * throughput and linearity, 3 paint in Chromium, 4 start-up (CLI, main.js), 5 idle (main process
 * in fake time; window first load and heap), 6 user refresh vs its bare tool runs.
 * Times are medians of runs alternated with their floor; the load average is printed with them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRealm } from '../test/realm/realm';
import { loadSamples } from './corpus';
import { fakeWindowsFigures, listVsRealMit } from './list-floor';
import type { Figure } from './measure';
import { parserFigures } from './parsers';
import { idleFigures, startFigures } from './start';
import { windowFigures } from './window';

const quick = process.argv.includes('--quick');
const root = path.resolve(__dirname, '..');

function print(figures: Figure[]): void {
  const name = Math.max(...figures.map((f) => f.name.length));
  const measured = Math.max(...figures.map((f) => f.measured.length));
  const goal = Math.max(...figures.map((f) => f.goal.length));
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(name)}  ${f.measured.padEnd(measured)}  ${f.goal.padEnd(goal)}  ${f.verdict}`,
    );
  }
}

async function section(
  figures: Figure[],
  title: string,
  run: () => Promise<Figure[]>,
): Promise<void> {
  process.stderr.write(`bench: ${title}...\n`);
  try {
    figures.push(...(await run()));
  } catch (error) {
    figures.push({
      name: title,
      measured: `not measured: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
      goal: '-',
      verdict: 'SKIP',
      value: null,
    });
  }
}

async function idleWithRealm(): Promise<Figure[]> {
  // The app idles with a real ticket in its cache, as on a desk: the test realm's.
  let realm;
  try {
    realm = await startRealm();
    await realm.kinit('alice', 'alice-pw');
  } catch {
    realm = undefined;
  }
  try {
    return await idleFigures(root, realm ? realm.env : process.env);
  } finally {
    realm?.stop();
  }
}

async function main(): Promise<void> {
  const load = os.loadavg();
  const samples = loadSamples(root);
  const figures: Figure[] = [];
  const r = (full: number, small: number): number => (quick ? small : full);
  await section(figures, 'list vs bare klist (real MIT)', async () => [
    await listVsRealMit(r(121, 5)),
  ]);
  await section(figures, 'parsers', async () =>
    parserFigures(root, samples, {
      bytes: r(10, 0.5) * 1024 * 1024,
      runs: r(9, 1),
      many: r(10_000, 1000),
    }),
  );
  await section(figures, 'paint (Chromium)', () => windowFigures(samples.windows, r(9, 2)));
  await section(figures, 'start-up', () =>
    startFigures(root, r(15, 3), path.join(root, 'test', 'fixtures', 'mit-real', 'klist-fea.txt')),
  );
  await section(figures, 'idle', idleWithRealm);
  await section(figures, 'fake klist.exe: list and refresh', () =>
    fakeWindowsFigures(r(15, 3), r(7, 2)),
  );

  const after = os.loadavg();
  print(figures);
  const machine = `${os.cpus().length} cores, load average ${load[0]?.toFixed(1)} before, ${after[0]?.toFixed(1)} after`;
  console.log(
    `${quick ? 'quick run (numbers not meaningful); ' : ''}${machine}; node ${process.version}`,
  );
  fs.writeFileSync(
    path.join(root, 'bench-results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), quick, machine, figures }, null, 2)}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
