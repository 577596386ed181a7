/**
 * Reads the output of `reg.exe query <key> [/s]` by its structure, never by its words (which
 * Windows translates): a line that starts with `HKEY_` opens a key; a line of four spaces, a value
 * name, four spaces, a `REG_*` type and (unless the data is empty) four spaces and the data is a
 * value of the key above it. Anything else (blank lines, a translated "(Default)", an error) is
 * skipped. The layout is that of reg.exe on Windows and of Wine's reg.exe (test/fixtures/wine-reg).
 */

export interface RegValue {
  name: string;
  /** `REG_SZ`, `REG_DWORD`, `REG_MULTI_SZ` ... */
  type: string;
  /** As reg.exe prints it: a DWORD as `0x1`, a REG_MULTI_SZ with `\0` between items. */
  data: string;
}

export interface RegKey {
  /** The full path as printed (`HKEY_LOCAL_MACHINE\SOFTWARE\...`). */
  path: string;
  values: RegValue[];
}

const VALUE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;

export function parseRegQuery(text: string): RegKey[] {
  const keys: RegKey[] = [];
  let current: RegKey | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('HKEY_')) {
      current = { path: line.trimEnd(), values: [] };
      keys.push(current);
      continue;
    }
    const value = VALUE.exec(line);
    if (!current || !value?.[1] || !value[2]) continue;
    current.values.push({ name: value[1], type: value[2], data: (value[3] ?? '').trimEnd() });
  }
  return keys;
}

/** The key whose path ends with `suffix` (compared without case), or null. */
export function findKey(keys: RegKey[], suffix: string): RegKey | null {
  const wanted = suffix.toLowerCase();
  return keys.find((key) => key.path.toLowerCase().endsWith(wanted)) ?? null;
}

/** A REG_DWORD's number (`0x1` -> 1), or null when the value is absent or of another type. */
export function dwordValue(key: RegKey | null, name: string): number | null {
  const value = key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
  if (!value || value.type !== 'REG_DWORD' || !/^0x[0-9a-f]+$/i.test(value.data)) return null;
  return Number.parseInt(value.data.slice(2), 16);
}
