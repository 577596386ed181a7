#!/usr/bin/env node
// A stand-in for /usr/bin/pkexec (polkit), for Regroup's Linux helper. Like the UAC stand-in it
// accepts only the one command line Regroup uses:
//   pkexec --disable-internal-agent /opt/Regroup/helper/regroup-host-kinit
// Anything else is refused as pkexec refuses an action it is not allowed (exit 127, "Not
// authorized") and is recorded in the log as a violation.
//
// It decides as polkit would, from the REAL policy file: it reads the action whose
// `org.freedesktop.policykit.exec.path` annotation names the program (in FAKE_PKEXEC_ACTIONS, a
// folder of .policy files) and takes `allow_active` for an active local session, `allow_inactive`
// otherwise (FAKE_PKEXEC_SESSION=active|inactive). `yes` runs the program; `auth_admin*` asks:
// FAKE_PKEXEC_ANSWER=approve runs it, decline is a dismissed dialog (126), no-agent is pkexec's
// "No authentication agent found" (127). No action for the program is pkexec's own default,
// auth_admin. The program runs as pkexec runs it: as root (this process's user; the tests run as
// root), no arguments of the caller's, a minimal environment, output passed through, and pkexec
// exits with the program's exit code. Each run is appended to FAKE_PKEXEC_LOG (JSON lines).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const FIXED = ['--disable-internal-agent', '/opt/Regroup/helper/regroup-host-kinit'];
const PREFIX = 'Error executing command as another user: ';

const args = process.argv.slice(2);
const actions = process.env.FAKE_PKEXEC_ACTIONS ?? '/usr/share/polkit-1/actions';
const session = process.env.FAKE_PKEXEC_SESSION ?? 'active';
const answer = process.env.FAKE_PKEXEC_ANSWER ?? 'decline';
const log = process.env.FAKE_PKEXEC_LOG;

function record(entry) {
  if (log) fs.appendFileSync(log, `${JSON.stringify({ args, ...entry })}\n`);
}

function refuse(code, text, entry) {
  record(entry);
  process.stderr.write(`${PREFIX}${text}\n`);
  process.exit(code);
}

if (args.length !== FIXED.length || args.some((a, i) => a !== FIXED[i])) {
  refuse(127, 'Not authorized\n\nThis incident has been reported.', { violation: true });
}
const program = FIXED[1];

/** The defaults of the action for `program`, read from the .policy files; null when none names it. */
function defaultsFor(file) {
  let names = [];
  try {
    names = fs.readdirSync(actions).filter((n) => n.endsWith('.policy'));
  } catch {
    return null;
  }
  for (const name of names) {
    const xml = fs.readFileSync(path.join(actions, name), 'utf8');
    for (const [, body] of xml.matchAll(/<action id="[^"]+">([\s\S]*?)<\/action>/g)) {
      const exec =
        /<annotate key="org\.freedesktop\.policykit\.exec\.path">([^<]+)<\/annotate>/.exec(body);
      if (exec?.[1]?.trim() !== file) continue;
      const pick = (key) => new RegExp(`<${key}>([^<]+)</${key}>`).exec(body)?.[1]?.trim() ?? 'no';
      return { active: pick('allow_active'), inactive: pick('allow_inactive') };
    }
  }
  return null;
}

const defaults = defaultsFor(program) ?? { active: 'auth_admin', inactive: 'auth_admin' };
const decision = session === 'active' ? defaults.active : defaults.inactive;
if (decision === 'no')
  refuse(127, 'Not authorized\n\nThis incident has been reported.', { decision });
if (decision !== 'yes') {
  if (answer === 'decline') refuse(126, 'Request dismissed', { decision, asked: true });
  if (answer === 'no-agent')
    refuse(127, 'No authentication agent found.', { decision, asked: true });
}
if (!fs.existsSync(program)) {
  record({ decision, missing: true });
  process.stderr.write(`Cannot run program ${program}: No such file or directory\n`);
  process.exit(127);
}
record({ decision, asked: decision !== 'yes', ran: program });
const ran = spawnSync(program, [], {
  cwd: '/root',
  env: {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
    USER: 'root',
    LOGNAME: 'root',
    HOME: '/root',
    SHELL: '/bin/sh',
    PKEXEC_UID: String(process.getuid()),
  },
  stdio: 'inherit',
});
process.exit(ran.status ?? 1);
