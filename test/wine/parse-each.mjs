// Runs under Windows Node in Wine: `regroup parse --json FILE` for each FILE, each in its own
// node.exe as a person would run it, and writes [{ file, code, stdout, stderr }] to OUT as JSON.
// One Wine start for all the samples, and a few node.exe at a time, keep this to seconds.
//   node.exe parse-each.mjs REGROUP_JS OUT FILE...
import { execFile } from 'node:child_process';
import fs from 'node:fs';

const [regroup, out, ...files] = process.argv.slice(2);
const AT_ONCE = 4;

const parse = (file) =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [regroup, 'parse', '--json', file],
      { encoding: 'utf8', windowsHide: true, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ file, code, stdout, stderr, error: code === null ? error.message : undefined });
      },
    );
  });

const results = new Array(files.length);
let next = 0;
const worker = async () => {
  while (next < files.length) {
    const index = next++;
    results[index] = await parse(files[index]);
  }
};
await Promise.all(Array.from({ length: AT_ONCE }, worker));
fs.writeFileSync(out, JSON.stringify(results));
