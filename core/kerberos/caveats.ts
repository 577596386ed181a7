/**
 * What a ticket refresh does and does not reach. Every refresh result carries these sentences, so
 * that neither the window nor the CLI can report a refresh without them.
 */
import type { RefreshScope } from './types';

export const USER_CAVEATS: readonly string[] = [
  'Services that sign you in with Kerberos (file shares you open from now on, intranet sites, ' +
    'SQL Server, Exchange) see your new groups from your next access.',
  'File shares that are already open, services that use NTLM (for example a share opened by IP ' +
    'address) and the permissions of this computer itself (your sign-in token, what ' +
    '"whoami /groups" shows) keep the old groups until you sign out and in again.',
];

export const COMPUTER_CAVEATS: readonly string[] = [
  "The computer's Kerberos tickets were removed: it gets new ones, with its new groups, the next " +
    'time it contacts a domain controller (group policy, software deployment, computer-account ' +
    'file shares).',
  'Group policy settings that depend on computer groups apply at the next policy refresh; choose ' +
    '"also re-apply computer policy" to do that now. Some policies still need a restart.',
];

export function caveatsFor(scope: RefreshScope): string[] {
  return [...(scope === 'user' ? USER_CAVEATS : COMPUTER_CAVEATS)];
}
