/**
 * Runs @doyensec/electronegativity through its API (the programmatic `run` its CLI also calls) on
 * each folder given, and writes one JSON array of results to <out.json> (the scanner itself prints
 * to stdout):
 *   node test/packaging/scan-electronegativity.mjs <out.json> <electron version> <folder>...
 * The Electron version is given (the one package.json pins) because the scanner judges defaults
 * by version and cannot read it from a staged folder. Its one online check is left out:
 * AvailableSecurityFixesGlobalCheck downloads Electron's release list; Electron updates are
 * followed through npm instead. (Its start-up fetch of updated translations fails offline and it
 * uses its bundled English, as it does on any machine without internet access.)
 * Run by test/system/electronegativity.test.ts, offline.
 */
import run from '@doyensec/electronegativity';
import fs from 'node:fs';

const [out, electronVersion, ...inputs] = process.argv.slice(2);
if (!out || !electronVersion || inputs.length === 0) {
  throw new Error('usage: scan-electronegativity.mjs <out.json> <electron version> <folder>...');
}
const results = [];
for (const input of inputs) {
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
  });
  results.push({
    input,
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors,
    issues: result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    })),
  });
}
fs.writeFileSync(out, JSON.stringify(results, null, 2));
