/**
 * Whether Windows keeps this person's sign-in ticket (TGT) fresh by itself, so whether its end
 * time is worth a warning (types.ts `TgtUpkeep`).
 *
 * After a password sign-in the LSA renews the TGT while it is renewable and, when it cannot renew
 * any more, gets a new one with the credentials it keeps for the logon session: the end time
 * klist prints needs nothing from the person, and a countdown or an amber tray icon would only
 * alarm them. Two cases where Windows cannot:
 *
 * - Members of Protected Users (the domain group with RID 525: `S-1-5-21-<domain>-525` in the
 *   token, read from `whoami /groups` by SID, never by its localized name). Microsoft: "Kerberos
 *   won't renew user tickets beyond the original four-hour lifetime" and the device "won't cache
 *   plaintext credentials or long-term keys", so when the ticket ends only a new sign-in (or
 *   unlocking the PC with the password) gets another.
 *   https://learn.microsoft.com/windows-server/security/credentials-protection-and-management/protected-users-security-group
 *
 * - A smart-card sign-in whose card has since been removed: the LSA needs the card's key for a
 *   new ticket. This is NOT detected: the token of a smart-card sign-in carries no SID that tells
 *   it apart reliably (S-1-18-1, "Authentication authority asserted identity", is there for a
 *   password sign-in too; the issuance-policy groups of Authentication Mechanism Assurance exist
 *   only where IT configured them), and whether a card sits in a reader is a WinSCard API question
 *   no built-in command answers without a prompt. Rather than guess, such a person is treated like
 *   a password sign-in; the ticket's renewal still runs until its "renew until" time.
 *
 * Order of the checks, cheapest first: a TGT that Windows may still renew past its end
 * (renew-until later than the end time) is not a Protected Users ticket, whose lifetime cannot be
 * renewed, so it is kept by the system without asking anything. Only a TGT that cannot be renewed
 * past its end asks the token: Protected Users says why; any other token means Windows gets a new
 * one with the credentials it holds; no readable token keeps the ordinary warning (`person`),
 * without claiming a reason Regroup did not read.
 */
import { parseWhoami } from '../../token/whoami';
import type { Ticket, TgtUpkeep } from '../types';

/** The relative ID of the Protected Users group in every domain ([MS-DTYP] 2.4.2.4). */
export const PROTECTED_USERS_RID = 525;

const DOMAIN_SID_525 = new RegExp(`^S-1-5-21-\\d+-\\d+-\\d+-${PROTECTED_USERS_RID}$`, 'i');

/** True for the Protected Users group of any domain: `S-1-5-21-<a>-<b>-<c>-525`. */
export function isProtectedUsersSid(sid: string): boolean {
  return DOMAIN_SID_525.test(sid.trim());
}

/** True when the TGT can still be renewed past its end time (so it is no Protected Users ticket). */
function renewablePastEnd(tgt: Ticket): boolean {
  if (!tgt.endTime || !tgt.renewUntil) return false;
  return Date.parse(tgt.renewUntil) > Date.parse(tgt.endTime);
}

/**
 * The upkeep of a Windows user's TGT, as klist lists it; `tokenSids` reads the SIDs of the
 * person's token (null when whoami could not be read) and is called only when the ticket itself
 * does not settle it.
 */
export async function windowsUpkeep(
  tgt: Ticket | null,
  tokenSids: () => Promise<readonly string[] | null>,
): Promise<TgtUpkeep> {
  if (!tgt || renewablePastEnd(tgt)) return 'system';
  const sids = await tokenSids();
  if (!sids) return 'person';
  return sids.some(isProtectedUsersSid) ? 'protected-users' : 'system';
}

/** The SIDs of the groups in whoami's output (any layout, any language); null when none. */
export function tokenSidsFromWhoami(text: string): string[] | null {
  const groups = parseWhoami(text).groups;
  return groups.length === 0 ? null : groups.map((group) => group.sid);
}
