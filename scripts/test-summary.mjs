// Prints the closing line of the last Vitest run ("Tests: N passed, N failed, N skipped") from
// its JSON report, for CI logs that read a plain summary line.
import fs from 'node:fs';

const file = process.argv[2] ?? 'test-output/vitest-results.json';
if (!fs.existsSync(file)) {
  console.log('Tests: 0 passed, 1 failed (no test report was written)');
  process.exit(0);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(
  `Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
