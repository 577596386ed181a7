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

/** True when every character of `text` (at least one) is a known flag letter. */
export function isMitFlagLetters(text: string): boolean {
  if (text.length === 0 || text.length > 32) return false;
  for (const ch of text) if (!Object.hasOwn(MIT_FLAG_NAMES, ch)) return false;
  return true;
}

/** `FRIA` -> `['forwardable', 'renewable', 'initial', 'pre_authent']` (unknown letters skipped). */
export function mitFlagLettersToNames(letters: string): string[] {
  const names: string[] = [];
  for (const ch of letters) {
    const name = Object.hasOwn(MIT_FLAG_NAMES, ch) ? MIT_FLAG_NAMES[ch] : undefined;
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}
