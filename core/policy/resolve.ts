/**
 * Checks a policy against the schema (settings.ts; one validator per setting, validators.ts) and
 * resolves it into what Regroup uses (types.ts). Each setting is checked on its own: a bad value
 * for one setting is reported and ignored, and every other setting still applies. A setting
 * Regroup does not know is reported too (a typing error in a GPO should reach the help desk), and
 * changes nothing. An empty text is the same as not set: Group Policy writes an empty text box as
 * an empty REG_SZ.
 */
import { msg } from '../i18n/message';
import { POLICY_NAMES, POLICY_SCHEMA, type PolicyName } from './settings';
import { defaultPolicy } from './defaults';
import type { HelpDeskContact, Policy, PolicyProblem } from './types';
import { validatorOf as settingValidator, type SettingValidator } from './validators';

/** The validator of a setting Regroup knows; undefined for any other name. */
function validatorOf(name: string): SettingValidator | undefined {
  return Object.hasOwn(POLICY_SCHEMA.properties, name)
    ? settingValidator(name as PolicyName)
    : undefined;
}

/** A setting that could not be used, for the person and (detail) the help desk. */
export function settingProblem(setting: string, detail: string): PolicyProblem {
  return { setting, message: msg('policy.problem.setting', { setting }), detail };
}

/** Checks every setting of `raw` on its own; resolves the valid ones. */
export function resolvePolicy(raw: unknown, source: string, earlier: PolicyProblem[] = []): Policy {
  const problems = [...earlier];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({
      setting: null,
      message: msg('policy.problem.unreadable', { source }),
      detail: `expected an object of settings, got ${Array.isArray(raw) ? 'an array' : typeof raw}`,
    });
    return defaultPolicy(source, problems);
  }
  const record = raw as Record<string, unknown>;
  const valid: Partial<Record<PolicyName, unknown>> = {};
  for (const [name, value] of Object.entries(record)) {
    // An empty text box of an enabled Group Policy setting arrives as an empty REG_SZ: not set.
    if (value === '') continue;
    const validate = validatorOf(name);
    if (!validate) {
      problems.push({
        setting: name,
        message: msg('policy.problem.unknown', { setting: name }),
        detail: `${name}: not a Regroup setting`,
      });
    } else if (validate(value)) {
      valid[name as PolicyName] = value;
    } else {
      const rule = (validate.errors ?? []).map((e) => `${e.keyword}: ${e.message ?? ''}`);
      problems.push(settingProblem(name, `${name}=${JSON.stringify(value)} (${rule.join('; ')})`));
    }
  }
  return fromValid(valid, source, problems);
}

function fromValid(
  valid: Partial<Record<PolicyName, unknown>>,
  source: string,
  problems: PolicyProblem[],
): Policy {
  const policy = defaultPolicy(source, problems);
  policy.managed = POLICY_NAMES.filter((name) => name in valid);
  const flag = (name: PolicyName): boolean | undefined =>
    typeof valid[name] === 'boolean' ? valid[name] : undefined;
  const textOf = (name: PolicyName): string | undefined =>
    typeof valid[name] === 'string' ? valid[name] : undefined;

  policy.hideComputerRefresh = flag('HideComputerRefresh') ?? false;
  const gpupdate = textOf('GpupdateAfterComputerRefresh');
  policy.gpupdate = gpupdate === 'default' || gpupdate === 'forced' ? gpupdate : 'person';
  policy.startAtLogin = flag('StartAtLogin') ?? null;
  policy.notifications = !(flag('DisableNotifications') ?? false);
  policy.waitForGroup = flag('AllowWaitForGroup') ?? true;
  policy.dc = textOf('DomainController') ?? null;
  const contact: HelpDeskContact = {};
  const name = textOf('HelpDeskName');
  const phone = textOf('HelpDeskPhone');
  const url = textOf('HelpDeskUrl');
  const text = textOf('HelpDeskText');
  if (name) contact.name = name;
  if (phone) contact.phone = phone;
  if (url) contact.url = url;
  if (text) contact.text = text;
  policy.helpDesk = Object.keys(contact).length ? contact : null;
  return policy;
}
