#!/usr/bin/env node
// A stand-in for Windows reg.exe, `query` only, printing what the real one prints:
//
//   (empty line)
//   HKEY_LOCAL_MACHINE\Software\Policies\Regroup
//       HideComputerRefresh    REG_DWORD    0x1
//       HelpDeskName    REG_SZ    Contoso IT
//   (empty line)
//   HKEY_LOCAL_MACHINE\Software\Policies\Regroup\Sub        (one line per subkey)
//
// with CRLF line ends; REG_DWORD as lower-case hexadecimal without padding, REG_SZ as it is (an
// empty string leaves nothing after the type), REG_MULTI_SZ joined by `\0`. A key that does not
// exist: the localized "unable to find" error on standard error, nothing on standard output, exit
// code 1. Bad syntax: exit 1 with "Invalid syntax." Its registry is FAKE_REG_STATE (a JSON file:
// { keys: { "<HKLM\\path>": { values: [{ name, type, data }], subkeys: [] } }, language?,
// calls }); every call is appended to `calls`.
import fs from 'node:fs';

const statePath = process.env.FAKE_REG_STATE;
const state = statePath ? JSON.parse(fs.readFileSync(statePath, 'utf8')) : { keys: {} };
const args = process.argv.slice(2);
state.calls = [...(state.calls ?? []), { args }];
if (statePath) fs.writeFileSync(statePath, JSON.stringify(state, null, 2));

const NOT_FOUND = {
  en: 'ERROR: The system was unable to find the specified registry key or value.',
  de: 'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.',
};
const SYNTAX = {
  en: 'ERROR: Invalid syntax.\r\nType "REG QUERY /?" for usage.',
  de: 'FEHLER: Ungültige Syntax.\r\nGeben Sie "REG QUERY /?" ein, um die Syntax anzuzeigen.',
};
const language = state.language ?? 'en';

const [command, key, ...options] = args;
const known = options.every((o) => /^\/reg:(32|64)$/i.test(o));
if (command?.toLowerCase() !== 'query' || !key || !known) {
  process.stderr.write(`${SYNTAX[language]}\r\n`);
  process.exit(1);
}
// The registry view: only keys written in the 64-bit view exist there (what GPO and Intune use).
const view = options.find((o) => /^\/reg:/i.test(o))?.toLowerCase() ?? '/reg:native';
const full = key.replace(/^HKLM\\/i, 'HKEY_LOCAL_MACHINE\\');
const entry = Object.entries(state.keys ?? {}).find(
  ([name]) => name.replace(/^HKLM\\/i, 'HKEY_LOCAL_MACHINE\\').toLowerCase() === full.toLowerCase(),
)?.[1];
if (!entry || (entry.view ?? '/reg:64') !== view) {
  process.stderr.write(`${NOT_FOUND[language]}\r\n`);
  process.exit(1);
}
if (state.failWith) {
  process.stderr.write(`${state.failWith}\r\n`);
  process.exit(state.failExit ?? 1);
}

const data = (value) => {
  if (value.type === 'REG_DWORD') return `0x${(value.data >>> 0).toString(16)}`;
  if (value.type === 'REG_MULTI_SZ') return value.data.join('\\0');
  return String(value.data);
};
const lines = ['', full];
for (const value of entry.values ?? []) {
  const shown = data(value);
  lines.push(`    ${value.name}    ${value.type}${shown === '' ? '    ' : `    ${shown}`}`);
}
lines.push('');
for (const sub of entry.subkeys ?? []) lines.push(`${full}\\${sub}`);
if (entry.subkeys?.length) lines.push('');
process.stdout.write(`${lines.join('\r\n')}\r\n`);
