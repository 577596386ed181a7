#!/usr/bin/env node
// A stand-in for Windows reg.exe (`reg query` only), for tests on machines without Windows. Tests
// link it as `<SystemRoot>/System32/reg.exe` and point FAKE_REG_STATE at a JSON file:
//   { "keys": { "HKEY_LOCAL_MACHINE\\SOFTWARE\\...\\System": [["EnableLUA", "REG_DWORD", "0x1"], ...] } }
// It answers as the real one does (test/fixtures/windows-real/reg-query-policies-system.txt):
// a blank line, the key as typed with `HKLM` spelled out, one line per value (four spaces, name,
// four spaces, type, four spaces, data), a blank line, CRLF; `/v NAME` lists that value only.
// A key (or value) that is not there: "ERROR: The system was unable to find the specified
// registry key or value." on standard error, exit 1; anything but `query KEY [/v NAME]
// [/reg:32|/reg:64]`: "ERROR: Invalid syntax.", exit 1. Every call is appended to `calls`.
import fs from 'node:fs';

const statePath = process.env.FAKE_REG_STATE;
if (!statePath) {
  process.stderr.write('fake reg: FAKE_REG_STATE is not set\n');
  process.exit(70);
}
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
const args = process.argv.slice(2);
state.calls = [...(state.calls ?? []), { args }];
fs.writeFileSync(statePath, JSON.stringify(state, null, 2));

const invalid = () => {
  process.stderr.write('ERROR: Invalid syntax.\r\nType "REG QUERY /?" for usage.\r\n');
  process.exit(1);
};
const notFound = () => {
  process.stderr.write(
    'ERROR: The system was unable to find the specified registry key or value.\r\n',
  );
  process.exit(1);
};

if (args[0]?.toLowerCase() !== 'query' || !args[1]) invalid();
let value = null;
for (let i = 2; i < args.length; i += 1) {
  const option = args[i].toLowerCase();
  if (option === '/reg:64' || option === '/reg:32') continue;
  if (option === '/v' && args[i + 1] && value === null) {
    value = args[i + 1];
    i += 1;
    continue;
  }
  invalid();
}
const typed = args[1].replace(/^HKLM(?=\\|$)/i, 'HKEY_LOCAL_MACHINE');
const key = Object.keys(state.keys ?? {}).find((k) => k.toLowerCase() === typed.toLowerCase());
if (!key) notFound();
const rows = state.keys[key].filter(
  ([name]) => value === null || name.toLowerCase() === value.toLowerCase(),
);
if (value !== null && rows.length === 0) notFound();
let out = `\r\n${typed}\r\n`;
for (const [name, type, data] of rows) out += `    ${name}    ${type}    ${data}\r\n`;
process.stdout.write(`${out}\r\n`);
