/**
 * Why Regroup does not elevate through `@vscode/sudo-prompt` (core/kerberos/elevate.ts): the
 * library's REAL code, run for each of its platform branches with a stubbed child_process, fs and
 * os and a hostile current folder, puts `process.cwd()` into a shell line (Linux), into the script
 * root's shell reads from the user's $TMPDIR (macOS), or into a batch file in %TEMP% (Windows),
 * escaping only `"`. The library reads the folder from the global `process.cwd()` and takes no
 * option for it, so the only fix from outside would be changing the whole process's folder.
 *
 * The other half of the proof is that Regroup no longer loads the library at all.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const LIBRARY = require.resolve('@vscode/sudo-prompt');
const HOSTILE = '/home/alice/x$(id>/tmp/p)';

interface Trace {
  /** Command lines handed to child_process.exec (a shell). */
  shell: string[];
  /** Files written, with their text: scripts a shell runs later. */
  written: Record<string, string>;
}

/** Runs the library's exec() for one platform branch with stubs that record what reaches a shell. */
async function traceBranch(platform: 'linux' | 'darwin' | 'win32'): Promise<Trace> {
  const trace: Trace = { shell: [], written: {} };
  const child = {
    exec(
      command: string,
      _options: unknown,
      callback: (e: Error | null, o: string, r: string) => void,
    ) {
      trace.shell.push(command);
      // unzip and defaults (macOS) succeed; the prompt itself is where the trace stops.
      const prompt = /^(\.\/applet|powershell\.exe|cd )/.test(command);
      setImmediate(() => callback(prompt ? new Error('stub: stop here') : null, '', ''));
      return { stdin: { end() {} } };
    },
  };
  const fs = {
    stat: (_p: string, cb: (e: null, s: { size: number }) => void) => cb(null, { size: 0 }),
    mkdir: (_p: string, cb: (e: null) => void) => cb(null),
    writeFile: (p: string, data: string, _enc: unknown, cb?: (e: null) => void) => {
      trace.written[p] = String(data);
      (cb ?? (_enc as (e: null) => void))(null);
    },
    readFile: (_p: string, _e: unknown, cb: (e: Error) => void) => cb(new Error('stub')),
  };
  const os = {
    tmpdir: () => (platform === 'win32' ? 'C:\\Users\\alice\\AppData\\Local\\Temp' : '/tmp/u'),
  };
  const pathModule = platform === 'win32' ? path.win32 : path.posix;
  const stubs: Record<string, unknown> = {
    child_process: child,
    fs,
    os,
    path: pathModule,
    crypto: require('node:crypto'),
    util: require('node:util'),
  };
  const fakeProcess = {
    platform,
    cwd: () => (platform === 'win32' ? 'C:\\Users\\alice\\x&calc&' : HOSTILE),
    env: { USER: 'alice' },
    title: 'node',
  };
  const module = {
    exports: {} as { exec: (c: string, o: object, cb: (e?: Error) => void) => void },
  };
  // The library's own source, as Node would wrap it, with `process` and `require` in our hands.
  const source = readFileSync(LIBRARY, 'utf8');
  const wrapped = new Function('exports', 'require', 'module', 'process', source) as (
    ...args: unknown[]
  ) => void;
  wrapped(module.exports, (name: string) => stubs[name.replace(/^node:/, '')], module, fakeProcess);
  await new Promise<void>((resolve) =>
    module.exports.exec('echo hi', { name: 'Regroup' }, () => resolve()),
  );
  return trace;
}

describe('@vscode/sudo-prompt with a hostile current folder (upstream issue #131)', () => {
  it('Linux: the folder lands unescaped in the shell line that runs pkexec', async () => {
    const { shell } = await traceBranch('linux');
    expect(shell[0]).toContain(`cd "${HOSTILE}";`);
    // `$(...)` inside double quotes is expanded by the shell: the payload would run.
    expect(shell[0]).toMatch(/^cd "[^"]*\$\(id>\/tmp\/p\)"; "\/usr\/bin\/(kdesudo|pkexec)"/);
    expect(shell[0]).toContain('/bin/bash -c');
  });

  it("macOS: the folder lands in the script root's shell runs, in the user's $TMPDIR", async () => {
    const { written } = await traceBranch('darwin');
    const script = Object.entries(written).find(([p]) => p.endsWith('sudo-prompt-command'));
    expect(script?.[0]).toMatch(/^\/tmp\/u\//);
    expect(script?.[1]).toContain(`cd "${HOSTILE}"`);
  });

  it('Windows: the folder lands in command.bat in %TEMP%, which the elevated cmd.exe reads after the prompt', async () => {
    const { written, shell } = await traceBranch('win32');
    const command = Object.entries(written).find(([p]) => p.endsWith('command.bat'));
    expect(command?.[0]).toMatch(/^C:\\Users\\alice\\AppData\\Local\\Temp\\/);
    expect(command?.[1]).toContain('cd /d "C:\\Users\\alice\\x&calc&"');
    // The prompt is for powershell running execute.bat, a file in the same folder.
    expect(shell[0]).toMatch(/^powershell\.exe Start-Process -FilePath "'.*execute\.bat'"/);
  });
});

describe('Regroup itself', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });

  it('loads sudo-prompt nowhere in the app, the CLI or the core', () => {
    const importers = ['core', 'cli', 'electron']
      .flatMap(files)
      .filter((f) => !f.endsWith('.test.ts'))
      .filter((f) =>
        /from '@vscode\/sudo-prompt'|import\('@vscode\/sudo-prompt'\)|require\('@vscode\/sudo-prompt'\)/.test(
          readFileSync(f, 'utf8'),
        ),
      );
    expect(importers).toEqual([]);
  });

  it('ships it only as a development dependency (for this test)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(pkg.dependencies?.['@vscode/sudo-prompt']).toBeUndefined();
    expect(pkg.devDependencies?.['@vscode/sudo-prompt']).toBeDefined();
  });
});
