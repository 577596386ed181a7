/**
 * The `regroup` executable: binds the command line to this process (argv, environment, stdio,
 * files, TTY). `runCli` reads only the language from the environment (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`); the services read theirs themselves.
 *
 * Two ways in: run by Node.js (`bin/regroup.js`, the Linux package's launcher), it runs at once;
 * required by the packaged Windows app for `Regroup.exe --cli ...` (electron/main.ts: the RunAsNode
 * fuse is off, so the app itself cannot be a Node.js), it exports `runRegroup` and the app exits
 * with the code it resolves to.
 */
import fs from 'node:fs';
import { createKerberosService } from '../core/kerberos/create-service';
import { createWindowsHelper } from '../core/kerberos/windows/helper';
import { readPolicy } from '../core/policy/read';
import { createGroupsCommands } from './groups-commands';
import { runCli } from './main';
import { promptHidden } from './prompt';
import { terminalFrom } from './terminal';

declare const __REGROUP_VERSION__: string;

async function readLimited(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(buf);
    size += buf.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks);
}

/** Runs one command line against this process; resolves to its exit code. */
export function runRegroup(argv: readonly string[]): Promise<number> {
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: (limit) => readLimited(process.stdin, limit),
    readFile: (path, limit) => readLimited(fs.createReadStream(path), limit),
    promptPassword: (question) => promptHidden(question),
    service: () => createKerberosService(),
    groups: createGroupsCommands(),
    helper: () => (process.platform === 'win32' ? createWindowsHelper() : null),
    version: typeof __REGROUP_VERSION__ === 'string' ? __REGROUP_VERSION__ : 'dev',
    now: () => new Date(),
    env: process.env,
    terminal: terminalFrom(process.stdout, process.env),
    stdinIsTTY: () => Boolean(process.stdin.isTTY),
    platform: process.platform,
    policy: () => readPolicy({ platform: process.platform, env: process.env }),
  });
}

if (require.main === module) {
  void runRegroup(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
