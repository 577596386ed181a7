/**
 * Where a refresh builds the new ticket cache, and how it replaces the user's cache only once the
 * new TGT (and the service tickets) are in hand.
 *
 * - FILE caches (`FILE:/tmp/krb5cc_1000`, a bare path, or a `DIR::/dir/tktXXXX` member): the new
 *   cache is written into a private temporary folder (mode 0700) in the SAME folder as the old one,
 *   then `rename(2)`d over it: atomic, so a reader sees the old cache or the new one, never a mix.
 * - Every other type (KEYRING, KCM, API, a `DIR:` collection name, MEMORY): the new cache is built
 *   in a private temporary FILE cache first (proof that the password works and the KDC answers);
 *   only then does the caller run kinit into the real cache by name. The old cache stays as it is
 *   until that second kinit succeeds, because kinit writes a cache only after the KDC issued the
 *   ticket.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TempCache {
  /** The cache name to give kinit/kvno (`FILE:/dir/.regroup-XXXX/ccache`). */
  name: string;
  /** The file behind it. */
  file: string;
  /** The FILE path of the user's cache this one can be renamed over, or null (see above). */
  replaces: string | null;
  /** Removes the temporary folder (and the cache in it, if it was not renamed away). */
  dispose(): Promise<void>;
}

/** The file of a FILE-type cache name (also `DIR::/path` members and bare paths), else null. */
export function fileOfCache(name: string): string | null {
  if (name.startsWith('/')) return name;
  const file = /^FILE:(\/.+)$/.exec(name);
  if (file?.[1]) return file[1];
  const member = /^DIR::(\/.+)$/.exec(name);
  if (member?.[1]) return member[1];
  return null;
}

async function makeTempDir(
  preferredParent: string | null,
): Promise<{ dir: string; sameFolder: boolean }> {
  if (preferredParent) {
    try {
      return { dir: await mkdtemp(path.join(preferredParent, '.regroup-')), sameFolder: true };
    } catch {
      /* the folder is not writable for us: fall back to the temp folder and a second kinit */
    }
  }
  return { dir: await mkdtemp(path.join(os.tmpdir(), 'regroup-')), sameFolder: false };
}

/** A fresh, private temporary cache next to `target` when possible. */
export async function createTempCache(target: string): Promise<TempCache> {
  const targetFile = fileOfCache(target);
  const { dir, sameFolder } = await makeTempDir(targetFile ? path.dirname(targetFile) : null);
  const file = path.join(dir, 'ccache');
  return {
    name: `FILE:${file}`,
    file,
    replaces: sameFolder ? targetFile : null,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Puts the finished temporary cache in place of the user's FILE cache in one atomic step. Throws
 * the OS error (or this guard's) untranslated: the caller reports its own sentence
 * (`unix.refresh.replaceFailed`) and keeps this text as the help desk's detail.
 */
export async function commitTempCache(temp: TempCache): Promise<void> {
  if (!temp.replaces) throw new Error('This cache type cannot be replaced by renaming a file.');
  await rename(temp.file, temp.replaces);
}
