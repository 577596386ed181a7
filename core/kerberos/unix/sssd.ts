/**
 * Whether this computer looks up groups through SSSD: the `group:` line of /etc/nsswitch.conf
 * names the `sss` source (nsswitch.conf(5): "database: source [criteria] source ..."). Then `id`
 * and new local sign-ins read the groups from SSSD's cache, which keeps a group membership until
 * the entry expires (sssd.conf(5) `entry_cache_timeout`, 5400 s by default) or an administrator
 * clears it (`sss_cache -E`, sss_cache(8)): a refresh of the tickets does not reach it, and the
 * person is told so (krb.caveat.unix.user.sssdCache) instead of the general sentence about `id`.
 * The file is read as text, never run; a file that cannot be read means "not known to use SSSD".
 */
import { readFile } from 'node:fs/promises';

export const NSSWITCH_CONF = '/etc/nsswitch.conf';

/** True when the `group` database lists the `sss` source. */
export function groupsThroughSssd(nsswitch: string): boolean {
  for (const raw of nsswitch.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^group\s*:(.*)$/.exec(line);
    if (!match) continue;
    // Criteria in brackets (`[NOTFOUND=return]`) are not sources.
    const sources = (match[1] ?? '').replace(/\[[^\]]*\]/g, ' ').split(/\s+/);
    return sources.includes('sss');
  }
  return false;
}

export async function readGroupsThroughSssd(path: string = NSSWITCH_CONF): Promise<boolean> {
  try {
    return groupsThroughSssd(await readFile(path, 'utf8'));
  } catch {
    return false;
  }
}
