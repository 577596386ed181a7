/**
 * Can this person approve the UAC prompt? Read from the real whoami samples (by SID only: the
 * Russian, French, Spanish, Chinese and Japanese ones have no English word to lean on) and from a
 * real `reg query` of the UAC policy key; then end to end through the fake whoami.exe (CSV, as
 * Regroup runs it) and the fake reg.exe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { say } from '../../../test/fakes/english';
import { TOKENS, tokenOfSample, WHOAMI_SAMPLES } from '../../../test/fakes/fake-tokens';
import { createFakeWindows, type FakeWindows } from '../../../test/fakes/fake-windows';
import { parseWhoami } from '../../token/whoami';
import {
  createWindowsAccess,
  isElevatedToken,
  tokenFacts,
  uacPolicy,
  UAC_POLICY_KEY,
  windowsApproval,
} from './approval';

const factsOf = (file: string) =>
  tokenFacts(
    parseWhoami(fs.readFileSync(path.join(WHOAMI_SAMPLES, file), 'utf8')).groups.map((g) => g.sid),
  );
const REAL_REG = fs.readFileSync(
  path.resolve(__dirname, '../../../test/fixtures/windows-real/reg-query-policies-system.txt'),
  'utf8',
);
const DEFAULTS = uacPolicy(REAL_REG);

describe('the token, by SID alone', () => {
  it.each([
    // A domain user at Medium (English, French, Spanish with mojibake, Chinese, Medium Plus).
    ['whoami-en-all-7.txt', 'absent', 'S-1-16-8192'],
    ['whoami-fr-groups-2.txt', 'absent', 'S-1-16-8192'],
    ['whoami-es-all-2.txt', 'absent', 'S-1-16-8192'],
    ['whoami-zh-groups-1.txt', 'absent', 'S-1-16-8192'],
    ['whoami-zh-all-1.txt', 'absent', 'S-1-16-8448'],
    // Administrators filtered by UAC ("Group used for deny only", "Группа, используемая только для запрета").
    ['whoami-en-all-6.txt', 'deny-only', 'S-1-16-8192'],
    ['whoami-en-groups-2.txt', 'deny-only', 'S-1-16-8192'],
    ['whoami-ru-groups-1.txt', 'deny-only', 'S-1-16-8192'],
    ['whoami-ja-groups-list-1.txt', 'deny-only', 'S-1-16-8192'],
    // Elevated: High, or System (impacket shell as SYSTEM on French Windows).
    ['whoami-en-all-5.txt', 'enabled', 'S-1-16-12288'],
    ['whoami-fr-groups-1.txt', 'enabled', 'S-1-16-16384'],
  ])('%s: Administrators %s, label %s', (file, administrators, label) => {
    expect(factsOf(file)).toEqual({ complete: true, administrators, label });
  });

  it('takes no conclusion from a listing without a label (Server 2003, rows cut by the author)', () => {
    expect(factsOf('whoami-zh-all-5.txt').complete).toBe(false);
    expect(factsOf('whoami-zh-all-4.txt').complete).toBe(false);
    expect(factsOf('whoami-ja-groups-1.txt').complete).toBe(false);
  });
});

describe('the UAC policy, from reg.exe', () => {
  it("reads a real listing's values (the default settings)", () => {
    expect(DEFAULTS).toEqual({
      enableLua: 1,
      consentPromptBehaviorAdmin: 5,
      consentPromptBehaviorUser: 3,
    });
  });

  it('leaves a value that is absent, or not a REG_DWORD, unset', () => {
    const listing = REAL_REG.replace(/ {4}EnableLUA {4}REG_DWORD {4}0x1\r\n/, '').replace(
      'ConsentPromptBehaviorUser    REG_DWORD    0x3',
      'ConsentPromptBehaviorUser    REG_SZ    3',
    );
    expect(uacPolicy(listing)).toEqual({
      enableLua: null,
      consentPromptBehaviorAdmin: 5,
      consentPromptBehaviorUser: null,
    });
  });
});

describe('the decision', () => {
  const standard = factsOf(TOKENS.standardUser);
  it('a standard user cannot approve, whatever the credentials prompt would ask', () => {
    const answer = windowsApproval(standard, DEFAULTS);
    expect(answer.can).toBe(false);
    if (answer.can !== false) return;
    expect(say(answer.reason)).toBe(
      "Refreshing this computer's groups needs an administrator, and your account is not one on this computer. Restart the computer, which does the same, or ask your IT department to refresh it or to install the Regroup helper.",
    );
    expect(answer.detail).toBe(
      'whoami: S-1-5-32-544 absent, label S-1-16-8192; reg: EnableLUA=0x1 ConsentPromptBehaviorAdmin=0x5 ConsentPromptBehaviorUser=0x3',
    );
  });

  it('says that the computer refuses when ConsentPromptBehaviorUser is 0 (automatically deny)', () => {
    const answer = windowsApproval(standard, { ...DEFAULTS, consentPromptBehaviorUser: 0 });
    expect(answer.can === false && answer.reason.id).toBe('krb.approval.windows.denied');
  });

  it('says that UAC is off when EnableLUA is 0', () => {
    const answer = windowsApproval(standard, { ...DEFAULTS, enableLua: 0 });
    expect(answer.can === false && answer.reason.id).toBe('krb.approval.windows.uacOff');
  });

  it('keeps "no" with the general sentence when the policy could not be read', () => {
    const answer = windowsApproval(standard, null);
    expect(answer.can === false && answer.reason.id).toBe('krb.approval.windows.standardUser');
  });

  it('counts High and System as elevated, Medium and Medium Plus as not', () => {
    const reading = (file: string) => ({ ok: true as const, facts: factsOf(file) });
    expect(isElevatedToken(reading(TOKENS.elevatedAdmin))).toBe(true);
    expect(isElevatedToken(reading('whoami-fr-groups-1.txt'))).toBe(true);
    expect(isElevatedToken(reading(TOKENS.filteredAdmin))).toBe(false);
    expect(isElevatedToken(reading('whoami-zh-all-1.txt'))).toBe(false);
    expect(isElevatedToken({ ok: false, detail: 'whoami.exe exit 1' })).toBe(false);
  });

  it('an administrator under UAC can approve; an unreadable token is not a "no"', () => {
    expect(windowsApproval(factsOf(TOKENS.filteredAdmin), DEFAULTS).can).toBe(true);
    expect(windowsApproval(factsOf(TOKENS.russianAdmin), null).can).toBe(true);
    expect(windowsApproval(tokenFacts([]), DEFAULTS).can).toBeNull();
  });
});

describe('through the fake whoami.exe and reg.exe', { timeout: 30_000 }, () => {
  let win: FakeWindows;
  afterEach(() => win?.cleanup());
  const setUp = (sample: string) => {
    win = createFakeWindows();
    win.updateGroups((g) => (g.whoami.groups = tokenOfSample(sample)));
    const access = createWindowsAccess({ tool: win.tool, env: win.env });
    return async () => access.approval(await access.token());
  };

  it('reads a standard user as "no", asking reg.exe for the policy key in the 64-bit view', async () => {
    const approval = setUp(TOKENS.standardUser);
    const answer = await approval();
    expect(answer.can).toBe(false);
    expect(win.registry().calls).toEqual([{ args: ['query', UAC_POLICY_KEY, '/reg:64'] }]);
    win.setPolicy('ConsentPromptBehaviorUser', 0);
    const denied = await approval();
    expect(denied.can === false && denied.reason.id).toBe('krb.approval.windows.denied');
  });

  it('reads a French standard user the same way, from SIDs alone', async () => {
    const answer = await setUp(TOKENS.frenchUser)();
    expect(answer.can === false && answer.reason.id).toBe('krb.approval.windows.standardUser');
  });

  it('reads an administrator under UAC as "yes" without asking reg.exe', async () => {
    const answer = await setUp(TOKENS.filteredAdmin)();
    expect(answer.can).toBe(true);
    expect(win.registry().calls ?? []).toEqual([]);
  });

  it('answers "unknown" when whoami.exe fails, and "no" with the general sentence when reg.exe does', async () => {
    const approval = setUp(TOKENS.standardUser);
    win.updateGroups((g) => (g.whoami.exitCode = 1));
    expect(await approval()).toEqual({ can: null, detail: 'whoami.exe exit 1' });
    win.updateGroups((g) => delete g.whoami.exitCode);
    win.setRegistry({});
    const answer = await approval();
    expect(answer.can === false && answer.reason.id).toBe('krb.approval.windows.standardUser');
    expect(answer.detail).toContain('reg: not read');
  });
});
