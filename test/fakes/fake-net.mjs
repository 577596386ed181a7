#!/usr/bin/env node
// A stand-in for Windows net.exe, for tests on machines without Windows: only `net use` (list),
// in the layout of the real outputs in test/fixtures/net-use (Status 13 columns, Local 10,
// Remote 26, then the provider; a remote too long for its column pushes the provider onto the
// next line, indented to column 48). FAKE_NET_STATE points at a JSON file:
//   { "connections": [ { "status": "OK", "local": "Z:" | null, "remote": "\\\\fs01\\Finance" } ],
//     "exitCode": 0, "calls": [] }
// Every call is appended to `calls`. Anything but `net use` with no further argument is refused
// with net's syntax error (exit 1): Regroup only ever lists.
import fs from 'node:fs';

const statePath = process.env.FAKE_NET_STATE;
if (!statePath) {
  process.stderr.write('fake net: FAKE_NET_STATE is not set\n');
  process.exit(70);
}
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
const args = process.argv.slice(2);
state.calls = [...(state.calls ?? []), { args }];
fs.writeFileSync(statePath, JSON.stringify(state, null, 2));

if (args.length !== 1 || args[0].toLowerCase() !== 'use') {
  process.stdout.write('The syntax of this command is:\r\n\r\nNET USE\r\n');
  process.exit(1);
}
if (typeof state.exitCode === 'number' && state.exitCode !== 0) {
  process.stderr.write(
    'System error 1222 has occurred.\r\n\r\nThe network is not present or not started.\r\n',
  );
  process.exit(state.exitCode);
}
const connections = state.connections ?? [];
const lines = ['New connections will be remembered.', ''];
if (connections.length === 0) {
  lines.push('There are no entries in the list.', '');
} else {
  lines.push('', 'Status       Local     Remote                    Network', '', '-'.repeat(79));
  for (const c of connections) {
    const head = `${c.status.padEnd(13)}${(c.local ?? '').padEnd(10)}`;
    if (c.remote.length > 25) {
      lines.push(`${head}${c.remote}`, `${' '.repeat(48)}Microsoft Windows Network`);
    } else {
      lines.push(`${head}${c.remote.padEnd(26)}Microsoft Windows Network`);
    }
  }
  lines.push('The command completed successfully.', '');
}
process.stdout.write(lines.join('\r\n'));
