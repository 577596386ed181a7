/**
 * The one rule for a password Regroup hands to kinit, wherever it comes from (the window's
 * password field over IPC, `regroup refresh --password-stdin`): one line of 1 to 1,024
 * characters. kinit reads one line; a second line or a NUL would be a different password than the
 * person thinks they gave, and a megabyte of input is not a password.
 */
export const MAX_PASSWORD_LENGTH = 1024;

/** Why a password cannot be used, or null when it can. */
export function passwordProblem(password: string): 'empty' | 'too-long' | 'not-one-line' | null {
  if (password.length === 0) return 'empty';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long';
  if (/[\r\n\0]/.test(password)) return 'not-one-line';
  return null;
}
