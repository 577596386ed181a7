#!/usr/bin/env node
// A stand-in for powershell.exe running Regroup's constant ADSI script (core/groups/windows-adsi.ts),
// for tests on machines without Windows. Tests link it as
// `<SystemRoot>/System32/WindowsPowerShell/v1.0/powershell.exe` and point FAKE_ADSI_STATE at a JSON file:
//   { "dc": "DC01.contoso.com", "user": { "sid", "name" }, "directory": [ { "sid", "name" } ],
//     "krbError": "...", "dirError": "..." }
// It answers as the script does, one tab-separated line each: `dc`, `user`, `krb` (the rootDSE's
// tokenGroups: the groups in the PAC of the ticket ADSI used), `dir` (the user object's
// tokenGroups: the directory now), `err krb|dir <HRESULT> <message>`. The helper's task scripts
// (core/kerberos/windows/helper-task.ts) go to fake-task-run.mjs instead. An error is given as the
// message ADSI prints ("The server is not operational."; its real HRESULT is added from the table
// below) or as "0x8007203A The server is not operational.".
// The PAC model: the current logon session's TGT in the fake klist's state (FAKE_KLIST_STATE)
// carries its groups in `groups` (SIDs) when the test gave it some; a TGT the fake klist issued
// later (after a purge) has none and carries the groups the issuing domain controller has for the
// person: `issuingDc` (SIDs) when the test says that domain controller has not received a change
// yet, else the directory's groups as they are now. Without a TGT there is no ticket to bind with. Only `-EncodedCommand` with the ADSI script is accepted.
import fs from 'node:fs';

const fail = (message, code = 1) => {
  process.stderr.write(`${message}\r\n`);
  process.exit(code);
};
const args = process.argv.slice(2);
const at = args.findIndex((a) => a.toLowerCase() === '-encodedcommand');
const script = at >= 0 ? Buffer.from(args[at + 1] ?? '', 'base64').toString('utf16le') : '';
// The helper's run scripts (one per scheduled task) are answered by the fake Task Scheduler.
if (script.includes('Start-ScheduledTask')) {
  const { runTaskScript } = await import('./fake-task-run.mjs');
  process.exit(runTaskScript(script));
}
const statePath = process.env.FAKE_ADSI_STATE;
if (!statePath) fail('fake powershell: FAKE_ADSI_STATE is not set', 70);
if (!script.includes("RefreshCache([string[]]@('tokenGroups','dnsHostName'))")) {
  fail('fake powershell: only the ADSI script of Regroup is known here');
}
const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
state.calls = (state.calls ?? 0) + 1;
fs.writeFileSync(statePath, JSON.stringify(state, null, 2));

// The HRESULTs ADSI throws with these messages (the innermost COMException's, as the script prints them).
const HRESULTS = {
  'The server is not operational.': '0x8007203A',
  'The specified domain either does not exist or could not be contacted.': '0x8007054B',
  'A referral was returned from the server.': '0x8007202B',
  'Access is denied.': '0x80070005',
};
const errLine = (view, error) => {
  const given = /^(0x[0-9A-Fa-f]{8}) (.*)$/.exec(error);
  const message = given ? given[2] : error;
  const hresult = given ? given[1] : (HRESULTS[message] ?? '0x80004005');
  return `err\t${view}\t${hresult}\t${message}`;
};

const lines = [];
const directory = state.directory ?? [];
const nameOf = (sid) => directory.find((g) => g.sid === sid)?.name ?? state.names?.[sid] ?? '';

let tgt = null;
const klistState = process.env.FAKE_KLIST_STATE;
if (klistState && fs.existsSync(klistState)) {
  const klist = JSON.parse(fs.readFileSync(klistState, 'utf8'));
  const session = klist.sessions?.[klist.currentLogonId];
  tgt = session?.tickets?.find((t) => t.server.toLowerCase().startsWith('krbtgt/')) ?? null;
}

if (state.krbError) {
  lines.push(errLine('krb', state.krbError));
} else if (!tgt) {
  // No ticket to bind with.
  lines.push(errLine('krb', 'A referral was returned from the server.'));
} else {
  lines.push(`dc\t${state.dc ?? ''}`);
  const sids = tgt.groups ?? state.issuingDc ?? directory.map((g) => g.sid);
  for (const sid of [state.user.sid, ...sids]) {
    lines.push(`krb\t${sid}\t${sid === state.user.sid ? state.user.name : nameOf(sid)}`);
  }
}
if (state.dirError) {
  lines.push(errLine('dir', state.dirError));
} else {
  lines.push(`user\t${state.user.sid}\t${state.user.name}`);
  for (const g of directory) lines.push(`dir\t${g.sid}\t${g.name ?? ''}`);
}
process.stdout.write(`${lines.join('\r\n')}\r\n`);
