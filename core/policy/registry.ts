/**
 * Reads `reg.exe query <key> /reg:64` output into the policy's raw shape. reg.exe prints, per
 * key, a header line (`HKEY_LOCAL_MACHINE\Software\Policies\Regroup`) and one line per value,
 * indented by four spaces, with name, type and data separated by four spaces:
 *
 *     HideComputerRefresh    REG_DWORD    0x1
 *     HelpDeskName    REG_SZ    Contoso IT Service Desk
 *
 * A REG_DWORD is hexadecimal; a REG_SZ is the rest of the line (it may hold spaces, and is empty
 * for an empty string). Subkeys are further header lines and are ignored (the key's values come
 * first). Value names are matched as Windows does, ignoring case. A value of another type
 * (REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD ...) is kept as a problem, so the help desk sees why.
 */
import { isBooleanSetting, POLICY_NAMES, type PolicyName } from './settings';

export interface RegistryValue {
  name: string;
  type: string;
  data: string;
}

const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;

/** The values of the first key in the output (the queried key itself). */
export function parseRegQuery(output: string): RegistryValue[] {
  const values: RegistryValue[] = [];
  let keys = 0;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      keys += 1;
      continue;
    }
    if (keys !== 1) continue;
    const match = VALUE_LINE.exec(line);
    if (match) values.push({ name: match[1] ?? '', type: match[2] ?? '', data: match[3] ?? '' });
  }
  return values;
}

/** True when the output lists no key at all (reg.exe's "key not found" prints no such line). */
export function listsNoKey(output: string): boolean {
  return !output.split(/\r?\n/).some((line) => /^HKEY_/i.test(line));
}

/**
 * Registry values as policy.json would hold them: a REG_DWORD of a boolean setting 0 / 1 becomes
 * false / true, another REG_DWORD a number, a REG_SZ a string. The name is the table's spelling.
 */
export function registryToRaw(values: readonly RegistryValue[]): {
  raw: Record<string, unknown>;
  wrongType: RegistryValue[];
} {
  const raw: Record<string, unknown> = {};
  const wrongType: RegistryValue[] = [];
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
