/**
 * What a refresh does and does not reach, per platform family, scope and outcome. Every refresh
 * result carries these (never an empty list), so that neither the window nor the CLI can report a
 * refresh without them; only the ones that apply are chosen, and each says only what is true.
 *
 * Why each sentence is true (the sources):
 *
 * Windows, "Refresh my groups" (klist purge, then a new TGT):
 * - New Kerberos connections see the new groups: the KDC builds the PAC (the groups) from the
 *   directory when it issues the TGT ([MS-KILE] 3.3.5.6.4) and copies it into every service ticket
 *   issued from that TGT, adding domain-local groups ([MS-KILE] 3.3.5.7). A server builds the
 *   person's token from the service ticket's PAC at its next authentication.
 * - Open connections keep the old groups: an SMB server builds the session's token once, at
 *   session set-up ([MS-SMB2] 3.3.5.5), and the client reuses an open session to that server; the
 *   server closes a session that has been idle for 15 minutes (LanmanServer `autodisconnect`,
 *   default 15).
 * - NTLM is NOT among what keeps old groups: a new NTLM logon is checked by a domain controller
 *   through Netlogon pass-through ([MS-APDS] 3.1), which returns the groups as they are then.
 * - A domain controller that has not received the change gives the old groups: membership changes
 *   replicate between domain controllers (intra-site within seconds, between sites on the
 *   replication schedule); in a site without a global catalog, universal group membership caching
 *   keeps a cached copy that is refreshed every 8 hours by default.
 * - This PC's sign-in token (local permissions, `whoami /groups`) is built once at sign-in by LSA
 *   and does not change until the person signs out and in.
 *
 * Windows, "Refresh computer groups" (klist -li 0x3e7 purge):
 * - The computer's tickets are removed; it asks for a new TGT, with a new PAC, at its next contact
 *   with a domain controller (same sources as above).
 * - Computer Group Policy applies at the background refresh (every 90 minutes with a random
 *   offset of up to 30) or at `gpupdate /target:computer`; some extensions (software
 *   installation, folder redirection) apply only at start-up.
 * - The computer's own sign-in token (SYSTEM's, built at start-up) keeps its groups until restart.
 *
 * MIT / Heimdal (Linux, macOS):
 * - A new TGT from kinit carries the KDC's current view (the PAC, with Active Directory).
 * - Mounted shares and open sessions authenticated once, at connect time, and keep that.
 * - `id` reads the name service (SSSD, winbind, Open Directory), with its own cache; tickets
 *   play no part in it.
 * - The computer refresh is `kinit -k` into the system cache: a new ticket, nothing removed from
 *   other caches; SSSD and rpc.gssd keep their own.
 *
 * A declined, failed or offline refresh removed nothing: its caveat says so, and nothing else.
 */
import { msg, type Message } from '../i18n/message';
import type { MessageId } from '../i18n/catalogue';
import type { KlistKind, RefreshOutcome, RefreshScope } from './types';

type CaveatTable = Record<RefreshScope, readonly MessageId[]>;

/** MIT and Heimdal say the same: the difference is in their tools, not in what a ticket reaches. */
const UNIX: CaveatTable = {
  user: [
    'krb.caveat.unix.user.newTicket',
    'krb.caveat.unix.user.openConnections',
    'krb.caveat.unix.user.localGroups',
  ],
  computer: ['krb.caveat.unix.computer.newTicket', 'krb.caveat.unix.computer.ownTickets'],
};

/** What a refresh that removed tickets reaches and does not reach, per platform family. */
const DONE: Record<KlistKind, CaveatTable> = {
  windows: {
    user: [
      'krb.caveat.windows.user.newConnections',
      'krb.caveat.windows.user.openConnections',
      'krb.caveat.windows.user.domainControllers',
      'krb.caveat.windows.user.signInToken',
    ],
    computer: [
      'krb.caveat.windows.computer.tickets',
      'krb.caveat.windows.computer.policy',
      'krb.caveat.windows.computer.signInToken',
    ],
  },
  mit: UNIX,
  heimdal: UNIX,
  unknown: {
    user: ['krb.caveat.user.newConnections'],
    computer: ['krb.caveat.computer.newTickets'],
  },
};

/** A refresh that changed nothing (declined, failed, offline), on every platform. */
const NOTHING_REMOVED: CaveatTable = {
  user: ['krb.caveat.user.nothingRemoved'],
  computer: ['krb.caveat.computer.nothingRemoved'],
};

/** True for the outcomes in which tickets were removed or replaced. */
export function changedTickets(outcome: RefreshOutcome): boolean {
  return outcome === 'refreshed' || outcome === 'partial';
}

/** The caveats for a refresh of `scope` on a `kind` platform that ended in `outcome`. Never empty. */
export function caveatsFor(
  kind: KlistKind,
  scope: RefreshScope,
  outcome: RefreshOutcome,
): Message[] {
  const ids = changedTickets(outcome) ? DONE[kind][scope] : NOTHING_REMOVED[scope];
  return ids.map((id) => msg(id));
}
