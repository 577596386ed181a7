/**
 * Turns the values of the policy key, as `reg.exe query <key> /reg:64` lists them (read by the
 * one reg.exe reader, core/kerberos/windows/reg-query.ts: the queried key comes first, its
 * subkeys after), into the policy's raw shape. A REG_DWORD is hexadecimal; a REG_SZ is the rest of
 * the line (it may hold spaces, and is empty for an empty string). Value names are matched as
 * Windows does, ignoring case. A value of another type (REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD
 * ...) is kept as a problem, so the help desk sees why.
 */
import type { RegValue } from '../kerberos/windows/reg-query';
import { isBooleanSetting, POLICY_NAMES, type PolicyName } from './settings';

/**
 * Registry values as policy.json would hold them: a REG_DWORD of a boolean setting 0 / 1 becomes
 * false / true, another REG_DWORD a number, a REG_SZ a string. The name is the table's spelling.
 */
export function registryToRaw(values: readonly RegValue[]): {
  raw: Record<string, unknown>;
  wrongType: RegValue[];
} {
  const raw: Record<string, unknown> = {};
  const wrongType: RegValue[] = [];
  for (const value of values) {
    const name: PolicyName | string =
      POLICY_NAMES.find((n) => n.toLowerCase() === value.name.toLowerCase()) ?? value.name;
    if (value.type === 'REG_DWORD' && /^0x[0-9a-f]{1,8}$/i.test(value.data)) {
      const number = Number.parseInt(value.data, 16);
      const known = POLICY_NAMES.includes(name as PolicyName);
      raw[name] =
        known && isBooleanSetting(name as PolicyName) && (number === 0 || number === 1)
          ? number === 1
          : number;
    } else if (value.type === 'REG_SZ') {
      raw[name] = value.data;
    } else {
      wrongType.push(value);
    }
  }
  return { raw, wrongType };
}
