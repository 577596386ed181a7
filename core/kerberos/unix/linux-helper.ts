/**
 * Regroup's Linux helper, as the deb installs it: a root-owned script with one fixed job (a fresh
 * TGT for this computer from the host keytab into root's cache, `kinit -k -t /etc/krb5.keytab -c
 * FILE:/tmp/krb5cc_0`; assets/linux/regroup-host-kinit) and a polkit action for exactly that
 * program (assets/linux/com.regroup.app.host-kinit.policy: `allow_active` yes, `auth_admin`
 * otherwise). `pkexec <script>` then runs it without a password for the person at the computer.
 *
 * Regroup uses it only when both are in place and the script is a root-owned file nobody else may
 * change (a script a user could edit would run as root), and only for the computer refresh it
 * was made for: the default host keytab and system cache (the script has them built in).
 * Nothing from Regroup reaches the script: pkexec gets the fixed argv below and nothing else.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';

/** Where the deb installs the script (electron-builder.yml: linux.extraFiles). */
export const LINUX_HELPER = '/opt/Regroup/helper/regroup-host-kinit';
/** The polkit action's id and the file after-install.tpl copies it to. */
export const LINUX_HELPER_ACTION = 'com.regroup.app.host-kinit';
export const LINUX_HELPER_POLICY = `/usr/share/polkit-1/actions/${LINUX_HELPER_ACTION}.policy`;

export interface LinuxHelperCheck {
  /** True for a root-owned file that neither its group nor others may change. */
  isSystemFile(file: string): Promise<boolean>;
  /** Whether a file exists; node's access() unless a test says. */
  exists?(file: string): Promise<boolean>;
  /** Test seams for the two paths; the app uses the constants above. */
  script?: string;
  policy?: string;
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The script and every folder above it up to `/`: whoever may change one of them owns the script. */
function chainOf(file: string): string[] {
  const chain = [file];
  for (let dir = path.dirname(file); dir !== '/' && dir !== '.'; dir = path.dirname(dir))
    chain.push(dir);
  return chain;
}

/**
 * Whether the helper is installed as the deb installs it: the policy in place, and the script and
 * its folders root-owned and not writable by group or others.
 */
export async function linuxHelperInstalled(check: LinuxHelperCheck): Promise<boolean> {
  const exists = check.exists ?? fileExists;
  const script = check.script ?? LINUX_HELPER;
  const policy = check.policy ?? LINUX_HELPER_POLICY;
  if (!(await exists(policy))) return false;
  for (const file of chainOf(script)) if (!(await check.isSystemFile(file))) return false;
  return true;
}
