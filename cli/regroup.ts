/**
 * The `regroup` executable: binds the command line to this process (argv, environment, stdio,
 * files, TTY). `runCli` reads only the language from the environment (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`); the services read theirs themselves.
 */
import fs from 'node:fs';
import { createKerberosService } from '../core/kerberos/create-service';
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

async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: (limit) => readLimited(process.stdin, limit),
    readFile: (path, limit) => readLimited(fs.createReadStream(path), limit),
    promptPassword: (question) => promptHidden(question),
    service: () => createKerberosService(),
    groups: createGroupsCommands(),
    version: typeof __REGROUP_VERSION__ === 'string' ? __REGROUP_VERSION__ : 'dev',
    now: () => new Date(),
    env: process.env,
    terminal: terminalFrom(process.stdout, process.env),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    platform: process.platform,
  });
}

void main();
