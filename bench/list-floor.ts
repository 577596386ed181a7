/**
 * Figures 1 and 6: what Regroup adds on top of the tools it runs.
 *
 * - List vs the floor (real MIT): the core's `list()` (spawn, decode, parse, shape) against a bare
 *   spawn of the same `klist -A -f -e` that only collects its bytes, on the same cache of a
 *   throwaway MIT realm (test/realm), alternated in one process.
 * - List vs the floor (fake klist.exe): the same against the fake klist.exe, a Node script that
 *   takes ~100 ms to start where klist.exe takes ~20 ms; labelled so, it hides most of Regroup's cost.
 * - Refresh overhead: a whole user refresh through the fake klist.exe (list, purge, get krbtgt,
 *   list; the pre-flight stubbed, chcp asked once before) against the same four runs done bare.
 */
import { spawn } from 'node:child_process';
import { msg } from '../core/i18n';
import type { KerberosService } from '../core/kerberos/service';
import { createUnixService } from '../core/kerberos/unix/service';
import { createWindowsService } from '../core/kerberos/windows/service';
import { createFakeWindows, domainState } from '../test/fakes/fake-windows';
import { startRealm } from '../test/realm/realm';
import { alternate, skipped, versus, type Figure, type FigureGoal } from './measure';

const LIST_MIT: FigureGoal = {
  name: 'list vs bare klist (real MIT realm)',
  goal: '<= 1.10x',
  max: 1.1,
};
const LIST_FAKE: FigureGoal = {
  name: 'list vs bare klist (fake klist.exe, a Node script)',
  goal: '<= 1.10x',
  max: 1.1,
};
const REFRESH: FigureGoal = {
  name: 'user refresh vs its 4 bare tool runs (fake klist.exe)',
  goal: '<= 1.10x',
  max: 1.1,
};

/** The floor: start the tool, collect its output, wait for it to end. Nothing else. */
export function bareRun(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

async function mustList(service: KerberosService, computer = false): Promise<void> {
  const listing = await service.list({ computer });
  if (listing.error)
    throw new Error(`list failed: ${listing.error.code} ${listing.error.detail ?? ''}`);
}

export async function listVsRealMit(rounds: number): Promise<Figure> {
  let realm;
  try {
    realm = await startRealm();
  } catch (error) {
    return skipped(LIST_MIT, `no MIT realm (${String(error).split('\n')[0]})`);
  }
  try {
    const kinit = await realm.kinit('alice', 'alice-pw');
    if (kinit.exitCode !== 0) throw new Error(`kinit: ${kinit.stderr}`);
    for (const service of ['HTTP/web.regroup.test', 'cifs/fs1.regroup.test', 'ldap/127.0.0.1']) {
      await realm.kvno(service);
    }
    const service = createUnixService({ kind: 'mit', env: realm.env });
    const env = { ...realm.env, LC_ALL: 'C', LANG: 'C' };
    const t = await alternate(
      rounds,
      () => mustList(service),
      () => bareRun('klist', ['-A', '-f', '-e'], env),
    );
    return versus(LIST_MIT, t);
  } finally {
    realm.stop();
  }
}

export async function fakeWindowsFigures(
  listRounds: number,
  refreshRounds: number,
): Promise<Figure[]> {
  const win = createFakeWindows(domainState());
  try {
    const service = createWindowsService({
      env: win.env,
      klistPath: win.klistPath,
      preflight: async () => ({
        reachable: true,
        kdc: null,
        tried: [],
        message: msg('krb.preflight.kdcAnswers', { host: 'localhost' }),
      }),
    });
    const list = await alternate(
      listRounds,
      () => mustList(service),
      () => bareRun(win.klistPath, ['tickets'], win.env),
    );
    const fresh = (): void => win.write(domainState());
    const steps: string[][] = [['tickets'], ['purge'], ['get', 'krbtgt'], ['tickets']];
    const refresh = await alternate(
      refreshRounds,
      async () => {
        fresh();
        const result = await service.refresh('user');
        if (result.outcome !== 'refreshed') throw new Error(`refresh: ${result.outcome}`);
      },
      async () => {
        fresh();
        for (const args of steps) await bareRun(win.klistPath, args, win.env);
      },
    );
    return [versus(LIST_FAKE, list), versus(REFRESH, refresh)];
  } finally {
    win.cleanup();
  }
}
