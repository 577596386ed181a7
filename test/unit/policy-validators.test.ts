/**
 * The built app checks policies with validators generated at build time from the schema
 * (scripts/policy-validators.ts, ajv's standalone code) instead of compiling the schema with ajv
 * at run time (core/policy/validators.ts, what the other policy tests run). Here the same values go
 * through both, setting by setting: each must be accepted or refused alike, with the same errors
 * (the help desk reads them in the policy's problem detail).
 */
import Module from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_NAMES, type PolicyName } from '../../core/policy/settings';
import { validatorOf, type SettingValidator } from '../../core/policy/validators';
import { policyValidatorsCode } from '../../scripts/policy-validators';

const ROOT = path.resolve(__dirname, '../..');

/** Loads the generated code as the bundle would: a CommonJS module resolving from the project. */
function loadGenerated(): { validatorOf(setting: string): SettingValidator | undefined } {
  const filename = path.join(ROOT, 'core', 'policy', 'generated-validators.js');
  const module = new Module(filename) as Module & { _compile(code: string, file: string): void };
  module.filename = filename;
  module.paths = (
    Module as unknown as { _nodeModulePaths(dir: string): string[] }
  )._nodeModulePaths(ROOT);
  module._compile(policyValidatorsCode(), filename);
  return module.exports as { validatorOf(setting: string): SettingValidator | undefined };
}

const long = (n: number): string => 'x'.repeat(n);
const FLAGS = { accepted: [true, false], refused: [0, 1, 'true', null, [], {}] };
/** Values as they arrive from policy.json or the registry (REG_DWORD numbers, REG_SZ text). */
const CASES: Record<PolicyName, { accepted: unknown[]; refused: unknown[] }> = {
  HideComputerRefresh: FLAGS,
  StartAtLogin: FLAGS,
  DisableNotifications: FLAGS,
  AllowWaitForGroup: FLAGS,
  GpupdateAfterComputerRefresh: {
    accepted: ['default', 'forced'],
    refused: ['Forced', 'always', '', 1, true],
  },
  HelpDeskName: {
    // 80 characters that are two UTF-16 units each: the limit counts characters, as ajv does.
    accepted: ['IT Service Desk', 'Zentrale IT (Bau 3)', '\u{1F4DE}'.repeat(80), long(80)],
    refused: ['', long(81), 'line one\nline two', 'bell\u0007', 'esc\u001b[31m', 42],
  },
  HelpDeskPhone: {
    accepted: ['+49 30 1234-5678', '(555) 010-0199 #2', 'x.1234'],
    refused: ['', '+49 30 1234-5678 ext. <9>', long(41), '☎ 1234', 5551234],
  },
  HelpDeskUrl: {
    accepted: ['https://help.example.com/regroup', 'http://intranet/it'],
    refused: [
      'help.example.com',
      'https://help example.com',
      'ftp://x',
      '',
      `https://${long(300)}`,
    ],
  },
  HelpDeskText: {
    accepted: ['Call us before you sign out.', long(300)],
    refused: ['', long(301), 'two\r\nlines', false],
  },
  DomainController: {
    accepted: ['dc01.corp.example.com', 'DC01', '10.0.0.5'],
    refused: ['', '-dc.example.com', 'ldap://dc01', 'dc01:389', 'dc01/x', `a${long(253)}`, 7],
  },
};

function outcome(validate: SettingValidator, value: unknown): unknown {
  const ok = validate(value);
  return {
    ok,
    errors: (validate.errors ?? []).map(({ keyword, message }) => ({ keyword, message })),
  };
}

describe('the generated policy validators', () => {
  const generated = loadGenerated();

  it('exist for exactly the settings of the schema', () => {
    for (const name of POLICY_NAMES)
      expect(generated.validatorOf(name), name).toBeTypeOf('function');
    expect(generated.validatorOf('HideComputerRefreshh')).toBeUndefined();
    expect(generated.validatorOf('toString')).toBeUndefined();
  });

  it.each(POLICY_NAMES)(
    'accept and refuse the values of %s as ajv does with the schema',
    (name) => {
      const own = generated.validatorOf(name);
      if (!own) throw new Error(`no generated validator for ${name}`);
      for (const value of CASES[name].accepted) {
        expect(outcome(own, value), `${name}=${JSON.stringify(value)}`).toEqual({
          ok: true,
          errors: [],
        });
        expect(outcome(validatorOf(name), value)).toEqual({ ok: true, errors: [] });
      }
      for (const value of CASES[name].refused) {
        const theirs = outcome(validatorOf(name), value);
        expect(theirs, `${name}=${JSON.stringify(value)}`).toMatchObject({ ok: false });
        expect(outcome(own, value), `${name}=${JSON.stringify(value)}`).toEqual(theirs);
      }
    },
  );
});
