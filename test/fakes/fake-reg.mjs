#!/usr/bin/env node
// A stand-in for Windows reg.exe, `query` only, over a registry held in the JSON file that
// FAKE_REG_STATE names: { "keys": { "HKEY_LOCAL_MACHINE\\SOFTWARE\\...": [ { "name", "type",
// "data" } ] }, "calls": [...] }. It answers as reg.exe does (layout checked against Wine's
// reg.exe, test/fixtures/wine-reg):
//   reg query <KEY> [/v <name>] [/s] [/reg:32 | /reg:64]
// - the root may be written HKLM or HKEY_LOCAL_MACHINE and is printed in full; keys compare
//   without case; subkeys exist where a longer key path begins with `<KEY>\`;
// - output: CRLF lines, a blank line, then per key its path, its values as
//   `    name    TYPE    data`, a blank line; without /s the subkeys' paths follow the values;
// - a key (or a /v value) that is not there: "ERROR: The system was unable to find the specified
//   registry key or value." on stderr, exit 1; a switch it does not know: "ERROR: Invalid
//   syntax." and the usage hint on stderr, exit 1.
// Every call is appended to the state's `calls`.
import fs from 'node:fs';

const statePath = process.env.FAKE_REG_STATE;
const state = statePath ? JSON.parse(fs.readFileSync(statePath, 'utf8')) : { keys: {} };
const args = process.argv.slice(2);
state.calls = [...(state.calls ?? []), { args }];
if (statePath) fs.writeFileSync(statePath, JSON.stringify(state, null, 2));

const ROOTS = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER', HKU: 'HKEY_USERS' };
// The error is in the display language (`language` in the state: en or de), so Regroup must not
// read its words: exit 1 with no key listed is the answer.
const NOT_FOUND = {
  en: 'ERROR: The system was unable to find the specified registry key or value.',
  de: 'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.',
}[state.language ?? 'en'];

function fail(text) {
  process.stderr.write(`${text}\r\n`);
  process.exit(1);
}
function invalid() {
  fail('ERROR: Invalid syntax.\r\nType "REG QUERY /?" for usage.');
}

const [verb, keyArg, ...rest] = args;
if (verb?.toLowerCase() !== 'query' || !keyArg) invalid();
let recurse = false;
let valueName = null;
for (let i = 0; i < rest.length; i += 1) {
  const option = rest[i].toLowerCase();
  if (option === '/s') recurse = true;
  else if (option === '/reg:64' || option === '/reg:32') continue;
  else if (option === '/v' && rest[i + 1] !== undefined) valueName = rest[++i];
  else invalid();
}

const [root, ...tail] = keyArg.replace(/\\+$/, '').split('\\');
const fullRoot = ROOTS[root.toUpperCase()] ?? root.toUpperCase();
if (!Object.values(ROOTS).includes(fullRoot)) invalid();
const wanted = [fullRoot, ...tail].join('\\').toLowerCase();

const keys = Object.keys(state.keys ?? {});
const find = (lower) => keys.find((k) => k.toLowerCase() === lower);
/** Every key path at or below `lower`, including the parents a deeper key implies. */
function below(lower) {
  const found = new Map();
  for (const key of keys) {
    const parts = key.split('\\');
    for (let n = parts.length; n > 0; n -= 1) {
      const path = parts.slice(0, n).join('\\');
      if (path.toLowerCase() === lower || path.toLowerCase().startsWith(`${lower}\\`)) {
        if (!found.has(path.toLowerCase())) found.set(path.toLowerCase(), path);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

const tree = below(wanted);
if (tree.length === 0) fail(NOT_FOUND);
const values = (path) => state.keys[find(path.toLowerCase()) ?? ''] ?? [];
const line = (v) => `    ${v.name}    ${v.type}    ${v.data}`;
const out = [''];
if (valueName !== null) {
  const value = values(tree[0]).find((v) => v.name.toLowerCase() === valueName.toLowerCase());
  if (!value) fail(NOT_FOUND);
  out.push(tree[0], line(value), '');
} else if (recurse) {
  for (const path of tree) out.push(path, ...values(path).map(line), '');
} else {
  const depth = tree[0].split('\\').length;
  const children = tree.filter((p) => p.split('\\').length === depth + 1);
  out.push(tree[0], ...values(tree[0]).map(line), '', ...children);
}
process.stdout.write(`${out.join('\r\n')}\r\n`);
