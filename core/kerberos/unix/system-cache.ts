/**
 * The computer's ticket cache (`FILE:/tmp/krb5cc_0` by default) sits in a folder every user can
 * write to. A local user can squat the name before root does: a folder there makes root's kinit
 * fail; a file of theirs would be shown by `list --computer` as the computer's tickets. So before
 * Regroup reads it or asks root to write it, the path must be absent (to write) or a regular file
 * owned by root, not a symbolic link (checked with lstat, which does not follow links).
 *
 * Root's kinit (MIT) then replaces the file itself, refusing to follow a link planted in between
 * (it creates the new file exclusively); the check here turns a squat into a sentence before any
 * administrator prompt instead of a failure after it.
 */
import { lstat } from 'node:fs/promises';
import { msg } from '../../i18n/message';
import type { KerberosError } from '../types';

export type Lstat = (
  file: string,
) => Promise<{ uid: number; isFile(): boolean; isSymbolicLink(): boolean }>;

/** The file of a `FILE:` (or plain path) cache; null for other cache types (KEYRING:, KCM:, API:). */
export function cacheFile(cache: string): string | null {
  if (cache.startsWith('FILE:')) return cache.slice(5);
  return cache.startsWith('/') ? cache : null;
}

/**
 * Null when the cache may be read (`purpose: 'read'`: a root-owned regular file, or absent) or
 * written by root (`'write'`: the same); the error for the person otherwise.
 */
export async function systemCacheProblem(
  cache: string,
  stat: Lstat = lstat,
): Promise<KerberosError | null> {
  const file = cacheFile(cache);
  if (file === null) return null;
  let info: Awaited<ReturnType<Lstat>>;
  try {
    info = await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return null; // unreadable for another reason: klist and kinit will say so themselves
  }
  if (info.isFile() && !info.isSymbolicLink() && info.uid === 0) return null;
  const what = info.isSymbolicLink()
    ? 'a symbolic link'
    : info.isFile()
      ? `a file owned by uid ${info.uid}`
      : 'not a regular file';
  return {
    code: 'cache-not-trusted',
    message: msg('unix.systemCache.notRoot', { cache }),
    detail: `${file} is ${what}.`,
  };
}
