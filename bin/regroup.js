#!/usr/bin/env node
// The `regroup` command. `npm ci` builds dist/cli/regroup.js (the "prepare" script).
const path = require('node:path');
const fs = require('node:fs');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'regroup.js');
if (!fs.existsSync(entry)) {
  // English only, on purpose: this runs before anything is built, so there is no catalogue to
  // speak another language from (the built command follows --lang, LC_ALL, LC_MESSAGES, LANG).
  process.stderr.write(
    'Regroup is not built yet. Run "npm run build" (or "npm ci") in the project folder first.\n',
  );
  process.exit(2);
}
// The bundle runs by itself only as the main module; required from here, it is asked to.
require(entry)
  .runRegroup(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
