#!/usr/bin/env node
// A stand-in for Windows whoami.exe, for tests on machines without Windows. Tests link it as
// `<SystemRoot>/System32/whoami.exe` and point FAKE_WHOAMI_STATE at a JSON file:
//   { "sample": "/path/to/whoami-en-all-7.txt" }  -> `/groups` and `/all` print that real output verbatim;
//   { "user": { "name", "sid" }, "groups": [ { "name", "type", "sid", "attributes" } ],
//     "encoding": "cp850", "exitCode": 0 }       -> rendered in the layouts of the real samples.
// `/fo csv` prints every field in double quotes (inner quotes doubled), comma-separated, CRLF;
// `/nh` drops the (localized) header row. Table layout: columns as wide as their widest cell in
// console cells (CJK = 2), one space between, every cell padded, `=` line under the header.
// Every call is appended to the state's `calls`. Unknown options print whoami's error, exit 1.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const statePath = process.env.FAKE_WHOAMI_STATE;
if (!statePath) {
  process.stderr.write('fake whoami: FAKE_WHOAMI_STATE is not set\n');
  process.exit(70);
}
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
const args = process.argv.slice(2).map((a) => a.toLowerCase());
state.calls = [...(state.calls ?? []), { args: process.argv.slice(2) }];
fs.writeFileSync(statePath, JSON.stringify(state, null, 2));

function write(text) {
  const encoding = state.encoding ?? 'utf8';
  if (encoding === 'utf8') {
    process.stdout.write(text);
    return;
  }
  const iconv = createRequire(import.meta.url)('iconv-lite');
  process.stdout.write(iconv.encode(text, encoding));
}

const known = new Set(['/groups', '/user', '/all', '/fo', 'csv', 'table', 'list', '/nh']);
const bad = args.find((a) => !known.has(a));
if (bad || (args.includes('/nh') && !args.includes('csv'))) {
  write(`ERROR: Invalid argument/option - '${bad ?? '/nh'}'.\r\nType "WHOAMI /?" for usage.\r\n`);
  process.exit(1);
}
if (typeof state.exitCode === 'number' && state.exitCode !== 0) {
  write('ERROR: Unable to get group membership information.\r\n');
  process.exit(state.exitCode);
}

const format = args.includes('csv') ? 'csv' : args.includes('list') ? 'list' : 'table';
const what = args.includes('/user') ? 'user' : args.includes('/all') ? 'all' : 'groups';

if (state.sample && format === 'table') {
  process.stdout.write(fs.readFileSync(state.sample));
  process.exit(0);
}

const cells = (s) =>
  [...s].reduce((n, ch) => {
    const c = ch.codePointAt(0);
    return (
      n +
      ((c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xff00 && c <= 0xff60)
        ? 2
        : 1)
    );
  }, 0);
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - cells(s)));
const quote = (s) => `"${String(s).replaceAll('"', '""')}"`;

const userRows = state.user ? [[state.user.name, state.user.sid]] : [];
const groupRows = (state.groups ?? []).map((g) => [
  g.name ?? '',
  g.type ?? '',
  g.sid,
  g.attributes ?? '',
]);
const tables = [];
if (what === 'user' || what === 'all')
  tables.push({ title: 'USER INFORMATION', header: ['User Name', 'SID'], rows: userRows });
if (what === 'groups' || what === 'all') {
  tables.push({
    title: 'GROUP INFORMATION',
    header: ['Group Name', 'Type', 'SID', 'Attributes'],
    rows: groupRows,
  });
}

let out = '';
for (const table of tables) {
  if (format === 'csv') {
    if (!args.includes('/nh')) out += table.header.map(quote).join(',') + '\r\n';
    for (const row of table.rows) out += row.map(quote).join(',') + '\r\n';
    continue;
  }
  out += `\r\n${table.title}\r\n${'-'.repeat(table.title.length)}\r\n\r\n`;
  if (format === 'list') {
    for (const row of table.rows) {
      out += table.header.map((h, i) => pad(`${h}:`, 12) + row[i]).join('\r\n') + '\r\n\r\n';
    }
    continue;
  }
  const widths = table.header.map((h, i) =>
    Math.max(cells(h), ...table.rows.map((r) => cells(r[i]))),
  );
  out += table.header.map((h, i) => pad(h, widths[i])).join(' ') + '\r\n';
  out += widths.map((w) => '='.repeat(w)).join(' ') + '\r\n';
  for (const row of table.rows) out += row.map((c, i) => pad(c, widths[i])).join(' ') + '\r\n';
}
write(out);
