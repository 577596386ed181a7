// Runs the built CLI's `regroup parse --json FILE` for each FILE and writes
// [{ file, code, stdout, stderr }] to OUT as JSON. The Wine tests run it under Windows Node and
// under Linux Node and compare the two.
//   node parse-each.mjs REGROUP_JS OUT FILE...
//
// Every FILE is parsed in THIS process: the bundle is loaded afresh and run through its
// `runRegroup` export with `parse --json FILE` (process.argv set the same way), its writes to stdout and stderr are kept, and
// its exit code is read from process.exitCode. One node.exe start costs ~1 s under Wine on a busy
// machine; one per sample would cost a minute. The tests run whole processes for the rest.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [regroup, out, ...files] = process.argv.slice(2);
const entry = require.resolve(path.resolve(regroup));
const write = { stdout: process.stdout.write, stderr: process.stderr.write };
const PER_FILE_MS = 30_000;

const results = [];
for (const file of files) {
  const said = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr']) {
    process[stream].write = (chunk) => {
      said[stream] += String(chunk);
      return true;
    };
  }
  process.argv = [process.argv[0], entry, 'parse', '--json', file];
  process.exitCode = undefined;
  delete require.cache[entry];
  // The bundle runs by itself only as the main module; loaded here, it is run through its export
  // (as `Regroup.exe --cli` runs it).
  const bundle = require(entry);
  if (typeof bundle.runRegroup === 'function') {
    process.exitCode = await bundle.runRegroup(['parse', '--json', file]);
  }
  const deadline = Date.now() + PER_FILE_MS;
  while (process.exitCode === undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  results.push({ file, code: process.exitCode ?? null, ...said });
}
process.stdout.write = write.stdout;
process.stderr.write = write.stderr;
process.exitCode = 0;
fs.writeFileSync(out, JSON.stringify(results));
