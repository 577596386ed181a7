/**
 * MIT (and Heimdal `klist -f`) print ticket flags as letters (`Flags: FRIA`); the rest of Regroup
 * speaks Windows' flag names (`forwardable renewable initial pre_authent`).
 */

/** Flag letter -> Windows-style flag name, as MIT klist's `flags_string()` prints them. */
export const MIT_FLAG_NAMES: Record<string, string> = {
  F: 'forwardable',
  f: 'forwarded',
  P: 'proxiable',
  p: 'proxy',
  D: 'may_postdate',
  d: 'postdated',
  R: 'renewable',
  I: 'initial',
  i: 'invalid',
  H: 'hw_authent',
  A: 'pre_authent',
  T: 'transited_policy_checked',
  O: 'ok_as_delegate',
  a: 'anonymous',
};

/** The flag name of each ASCII code, '' for codes that are not flag letters. */
const NAME_BY_CODE: readonly string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return Object.hasOwn(MIT_FLAG_NAMES, ch) ? (MIT_FLAG_NAMES[ch] ?? '') : '';
});

/** True when every character of `text[from, to)` (at least one) is a known flag letter. */
export function isMitFlagLetters(text: string, from = 0, to = text.length): boolean {
  if (to <= from || to - from > 32) return false;
  for (let i = from; i < to; i++) if (!NAME_BY_CODE[text.charCodeAt(i)]) return false;
  return true;
}

/**
 * The names of each letter string already read: a listing repeats a handful of them (`FRIA`,
 * `FRT`) ticket after ticket; each ticket still gets its own array.
 */
const namesByLetters = new Map<string, readonly string[]>();

/** `FRIA` -> `['forwardable', 'renewable', 'initial', 'pre_authent']` (unknown letters skipped). */
export function mitFlagLettersToNames(letters: string): string[] {
  const known = namesByLetters.get(letters);
  if (known !== undefined) return known.slice();
  const names: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    const name = NAME_BY_CODE[letters.charCodeAt(i)];
    if (name && !names.includes(name)) names.push(name);
  }
  // Letters come from klist's output: a hostile input must not grow the table without bound.
  if (namesByLetters.size >= 256) namesByLetters.clear();
  namesByLetters.set(letters, names);
  return names.slice();
}
