#!/usr/bin/env node
// A stand-in for Windows gpupdate.exe: only `/target:computer /force` is accepted. It prints the
// English original's lines; with `gpupdateFails` in the fake klist's state (FAKE_KLIST_STATE) it
// fails as the real one can, with exit code 1. Every call is appended to that state's `calls`.
import fs from 'node:fs';

const statePath = process.env.FAKE_KLIST_STATE;
const state = statePath ? JSON.parse(fs.readFileSync(statePath, 'utf8')) : {};
const args = process.argv.slice(2);
state.calls = [
  ...(state.calls ?? []),
  { args: ['gpupdate', ...args], elevated: Boolean(process.env.FAKE_ELEVATED) },
];
if (statePath) fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
if (args.join(' ').toLowerCase() !== '/target:computer /force') {
  process.stdout.write(`Invalid Syntax: ${args.join(' ')}\r\n`);
  process.exit(1);
}
process.stdout.write('Updating policy...\r\n\r\n');
if (state.gpupdateFails) {
  process.stdout.write('Computer policy could not be updated successfully.\r\n');
  process.exit(1);
}
process.stdout.write('Computer Policy update has completed successfully.\r\n');
