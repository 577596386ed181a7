/**
 * Windows: can this person approve the administrator prompt (UAC) for the computer refresh?
 *
 * Two fixed reads, each by its absolute path in System32 with an argument array:
 *
 * 1. `whoami.exe /groups /fo csv /nh`: the groups of this process's token. Read by SID only (the
 *    third CSV field; core/token/whoami.ts), never by the localized name, type or attribute
 *    text ("Group used for deny only" is "Группа, используемая только для запрета" in Russian).
 *    The person can approve when BUILTIN\Administrators, S-1-5-32-544, is in the token: enabled
 *    (already elevated, or UAC is off) or deny-only (UAC filtered it at sign-in and keeps the
 *    full token linked: the consent prompt hands that one over). Which of the two it is follows
 *    from the integrity label, also a SID: High (S-1-16-12288) or System means the enabled one.
 *    A listing is taken as complete only with Everyone (S-1-1-0) and an integrity label
 *    (S-1-16-*), as every sign-in token since Windows Vista has them; otherwise: unknown.
 *
 * 2. `reg.exe query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System /reg:64`: the
 *    UAC policy. Values from Microsoft's "User Account Control settings and configuration"
 *    (learn.microsoft.com/windows/security/application-security/application-control/
 *    user-account-control/settings-and-configuration):
 *      EnableLUA                  0 = UAC (Admin Approval Mode) off; 1 (default) = on
 *      ConsentPromptBehaviorAdmin 0 = elevate without prompting ... 5 (default) = consent
 *                                 for non-Windows binaries (klist.exe is a Windows binary)
 *      ConsentPromptBehaviorUser  0 = automatically deny elevation requests;
 *                                 1 = credentials on the secure desktop; 3 (default) = credentials
 *    reg.exe prints value names, types and hex data untranslated; only its error line is.
 *
 * The answer for a person without S-1-5-32-544 is always "no": the credentials prompt
 * (ConsentPromptBehaviorUser 1 or 3) asks for ANOTHER account, an administrator's, and 0 or UAC
 * off refuse outright. The policy only chooses which sentence says so, so a failed reg.exe never
 * turns "no" into anything else: it leaves the general sentence.
 */
import { msg } from '../../i18n/message';
import { runTool } from '../../process/run';
import type { System32Tool } from '../../process/windows-paths';
import { parseWhoami } from '../../token/whoami';
import type { Approval } from '../approval';
import type { RunFn } from './helper';
import { dwordValue, findKey, parseRegQuery } from './reg-query';

export const ADMINISTRATORS_SID = 'S-1-5-32-544';
const EVERYONE_SID = 'S-1-1-0';
const LABEL = /^S-1-16-(\d+)$/;
/** SECURITY_MANDATORY_HIGH_RID: an elevated administrator's token (System is above). */
const HIGH_RID = 12288;

export const UAC_POLICY_KEY =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System';

/** What the token says, from its SIDs alone. */
export interface TokenFacts {
  /** Everyone and an integrity label are there: the listing is a whole token. */
  complete: boolean;
  /** `enabled` at High or System integrity, `deny-only` below (UAC's filtered token), or absent. */
  administrators: 'enabled' | 'deny-only' | 'absent';
  /** The integrity label's SID (`S-1-16-8192`), or null. */
  label: string | null;
}

export function tokenFacts(sids: readonly string[]): TokenFacts {
  const label = sids.find((sid) => LABEL.test(sid)) ?? null;
  const rid = label ? Number(LABEL.exec(label)?.[1]) : 0;
  const member = sids.includes(ADMINISTRATORS_SID);
  return {
    complete: label !== null && sids.includes(EVERYONE_SID),
    administrators: !member ? 'absent' : rid >= HIGH_RID ? 'enabled' : 'deny-only',
    label,
  };
}

/** The UAC policy values that matter here; null where reg.exe did not list them. */
export interface UacPolicy {
  enableLua: number | null;
  consentPromptBehaviorAdmin: number | null;
  consentPromptBehaviorUser: number | null;
}

/** The policy from reg.exe's listing of the key (reg-query.ts reads it by structure). */
export function uacPolicy(listing: string): UacPolicy {
  const key = findKey(parseRegQuery(listing), '\\Policies\\System');
  return {
    enableLua: dwordValue(key, 'EnableLUA'),
    consentPromptBehaviorAdmin: dwordValue(key, 'ConsentPromptBehaviorAdmin'),
    consentPromptBehaviorUser: dwordValue(key, 'ConsentPromptBehaviorUser'),
  };
}

const hex = (value: number | null): string =>
  value === null ? 'unset' : `0x${value.toString(16)}`;

function describe(token: TokenFacts, policy: UacPolicy | null): string {
  const read = [
    `whoami: ${ADMINISTRATORS_SID} ${token.administrators}, label ${token.label ?? 'none'}`,
    policy
      ? `reg: EnableLUA=${hex(policy.enableLua)} ConsentPromptBehaviorAdmin=${hex(policy.consentPromptBehaviorAdmin)} ConsentPromptBehaviorUser=${hex(policy.consentPromptBehaviorUser)}`
      : 'reg: not read',
  ];
  return read.join('; ');
}

/** The decision (see the module header); pure. */
export function windowsApproval(token: TokenFacts, policy: UacPolicy | null): Approval {
  const detail = describe(token, policy);
  if (!token.complete) return { can: null, detail };
  if (token.administrators !== 'absent') return { can: true, detail };
  const reason =
    policy?.enableLua === 0
      ? msg('krb.approval.windows.uacOff')
      : policy?.consentPromptBehaviorUser === 0
        ? msg('krb.approval.windows.denied')
        : msg('krb.approval.windows.standardUser');
  return { can: false, reason, detail };
}

export interface WindowsAccessOptions {
  tool: (name: System32Tool) => string;
  env: NodeJS.ProcessEnv;
  run?: RunFn;
}

/** One read of the token: its facts, or why there are none (for the help desk). */
export type TokenReading = { ok: true; facts: TokenFacts } | { ok: false; detail: string };

/** Elevated: a High or System integrity label (an elevated administrator, SYSTEM). */
export function isElevatedToken(reading: TokenReading): boolean {
  const rid = reading.ok && reading.facts.label ? Number(LABEL.exec(reading.facts.label)?.[1]) : 0;
  return rid >= HIGH_RID;
}

export interface WindowsAccess {
  /** `whoami.exe /groups /fo csv /nh`, read by SID. Never throws. */
  token(): Promise<TokenReading>;
  /** The decision for that token; reads the UAC policy only where it chooses the sentence. */
  approval(reading: TokenReading): Promise<Approval>;
}

export function createWindowsAccess(options: WindowsAccessOptions): WindowsAccess {
  const { tool, env } = options;
  const run = options.run ?? runTool;

  async function token(): Promise<TokenReading> {
    try {
      const who = await run(tool('whoami.exe'), ['/groups', '/fo', 'csv', '/nh'], {
        env,
        timeoutMs: 10_000,
      });
      if (who.exitCode !== 0) return { ok: false, detail: `whoami.exe exit ${who.exitCode}` };
      return { ok: true, facts: tokenFacts(parseWhoami(who.stdout).groups.map((g) => g.sid)) };
    } catch (error) {
      return { ok: false, detail: `whoami.exe: ${(error as Error).message}` };
    }
  }

  async function policy(): Promise<UacPolicy | null> {
    try {
      const reg = await run(tool('reg.exe'), ['query', UAC_POLICY_KEY, '/reg:64'], {
        env,
        timeoutMs: 10_000,
      });
      return reg.exitCode === 0 ? uacPolicy(reg.stdout) : null;
    } catch {
      // reg.exe could not run: the answer stays "no", with the general sentence.
      return null;
    }
  }

  return {
    token,
    async approval(reading) {
      if (!reading.ok) return { can: null, detail: reading.detail };
      const { facts } = reading;
      const needsPolicy = facts.complete && facts.administrators === 'absent';
      return windowsApproval(facts, needsPolicy ? await policy() : null);
    },
  };
}
