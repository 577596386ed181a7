/**
 * The MIT and Heimdal side of the Kerberos core (Linux, macOS), in English: klist, kinit and the
 * host keytab. ICU MessageFormat.
 *
 * For translators: kinit, klist, kdestroy, kpasswd, adcli, realmd, sssd, winbind and Regroup are
 * names of programs and stay as they are. A value such as {command} is a command line the person
 * may type; it is filled in unchanged. "Refresh my groups" and "Refresh computer groups" are the
 * names of Regroup's buttons (tray.menu.refreshUser, tray.menu.refreshComputer): use the same words.
 */
export const kerberosUnix = {
  // --- klist's own error lines, read from its output ({family} is MIT or Heimdal) ---

  // The computer has no host keytab, so klist cannot list the computer's tickets.
  'unix.klist.noHostKeytab':
    'This computer has no host keytab, so its tickets cannot be listed here. Ask an administrator to join it to the realm (for example with realm join or adcli).',
  // {command} is an example sign-in command: kinit your.name@YOUR.REALM
  'unix.klist.noCredentials':
    'You have no Kerberos tickets yet ({family} klist found no ticket cache). Sign in with {command} or sign out and in again, then try again.',
  // The reason klist gave is shown to the help desk as detail.
  'unix.klist.failed':
    '{family} klist could not list your tickets. If the ticket cache is damaged, remove it with kdestroy, then sign in again with kinit.',
  'unix.klist.emptyOutput':
    '{family} klist printed nothing, so Regroup cannot tell which tickets you have. Run klist in a terminal to see what it reports.',
  // The text was pasted or saved by the person (regroup parse) or printed by klist.
  'unix.klist.unreadable':
    'Regroup could not read this text as {family} klist output. Run klist in a terminal to check it; if it lists tickets, report the text so that it can be supported.',

  // --- Listing the computer's tickets ({cache} is the system ticket cache, e.g. FILE:/tmp/krb5cc_0) ---

  // {command} is: sudo regroup list --computer
  // {cache}: the computer's ticket cache, e.g. FILE:/tmp/krb5cc_0.
  'unix.systemCache.notRoot':
    "{cache} is not a file owned by root, so Regroup does not treat it as the computer's tickets and does not ask for administrator rights. Another user may have placed it there: ask your IT help desk to remove it.",
  'unix.list.computer.accessDenied':
    'Reading the computer\'s tickets ({cache}) needs administrator rights. Run {command}, or use "Refresh computer groups".',
  'unix.list.computer.noTickets':
    'The computer has no tickets in {cache}. It gets some when a service asks for them, or now with "Refresh computer groups" (this needs a host keytab).',

  // --- "Refresh my groups" ---

  // {command} is an example sign-in command: kinit your-name@YOUR.REALM
  'unix.refresh.noPrincipal':
    'Your ticket cache names no principal, so Regroup cannot tell whom to sign in. Sign in with {command}, then refresh.',

  // --- No ticket cache yet: the first sign-in. {principal} is the account Regroup offers, made of
  // the local user name and the computer's default realm, e.g. alice@EXAMPLE.COM. {command} is an
  // example sign-in command: kinit your.name@YOUR.REALM ---
  'unix.signIn.offer':
    'You are not signed in to Kerberos yet (there is no ticket cache). Regroup signs you in as {principal}; if that is not your account, sign in with {command} instead.',
  'unix.signIn.noRealm':
    'You are not signed in to Kerberos yet, and this computer has no default realm, so Regroup cannot tell which account to sign in. Sign in with {command}, then refresh.',
  'unix.signIn.passwordRequired':
    'You are not signed in to Kerberos yet. Enter the password of {principal} to sign in and get a ticket with your current groups.',
  'unix.signIn.done': 'Signed in: {principal} has a ticket with your current groups.',

  // {principal} is a Kerberos account such as alice@EXAMPLE.COM.
  'unix.refresh.passwordRequired':
    'Enter the password of {principal} to get a new ticket with your current groups. Your tickets were left as they are.',
  // {expiredAt} is when the old ticket expired (a time and a date).
  'unix.refresh.passwordRequiredExpired':
    'Your ticket expired at {expiredAt, time, short} on {expiredAt, date, medium}. Enter the password of {principal} to get a new ticket with your current groups. Your tickets were left as they are.',
  'unix.refresh.tempCacheFailed':
    'Regroup could not create a temporary ticket cache, so nothing was changed. Check that the temporary folder is writable, then try again.',
  // The new ticket was obtained, but the file of the old ticket cache could not be replaced.
  'unix.refresh.replaceFailed':
    'Regroup got a new ticket but could not put it in place of your ticket cache, so your tickets were left as they are. Check that the folder of your ticket cache is writable, then try again.',
  // {services} is how many service tickets (file shares, web sites ...) were fetched again.
  'unix.refresh.user.done':
    '{expired, select, yes {Your old ticket had expired. } other {}}{services, plural, =0 {Done: {principal} has a new ticket with your current groups.} one {Done: {principal} has a new ticket with your current groups, and # service ticket was fetched again.} other {Done: {principal} has a new ticket with your current groups, and # service tickets were fetched again.}}',
  // {failed} of {services} service tickets could not be fetched again.
  'unix.refresh.user.partial':
    '{expired, select, yes {Your old ticket had expired. } other {}}{principal} has a new ticket with your current groups, but {failed} of {services, plural, one {# service ticket} other {# service tickets}} could not be fetched again; {failed, plural, one {it is} other {they are}} fetched on next use.',
  // kinit succeeded, but the ticket list read afterwards does not show a new ticket.
  'unix.refresh.user.unconfirmed':
    'kinit signed in {principal} again, but the ticket list does not show the new ticket. Check with klist; if the old ticket is still there, refresh again.',

  // --- "Refresh computer groups" ---

  // {keytab} is the host keytab file, e.g. /etc/krb5.keytab.
  'unix.computer.noHostKeytab':
    'This computer has no host keytab ({keytab}), so it has no Kerberos account of its own whose groups could be refreshed. Computers joined to the domain with realmd and sssd, adcli or Samba winbind have one; ask your IT help desk if this computer should be joined.',

  // --- kinit failures. {subject}: "named" for {principal}, "computer" for this computer's own
  // account (host keytab), "unnamed" when the account is not known. ---

  'unix.kinit.wrongPassword':
    'The password for {subject, select, computer {this computer} unnamed {your account} other {{principal}}} was not accepted, so your tickets were left as they are. Check the password (and Caps Lock) and try again.',
  'unix.kinit.kdcUnreachable':
    'No domain controller (KDC) of your realm answered, so your tickets were left as they are. Connect to the corporate network or VPN and try again.',
  // {command} is the password change command: kpasswd
  'unix.kinit.passwordExpired':
    "The password of {subject, select, computer {this computer} unnamed {your account} other {{principal}}} has expired, so no new ticket was issued and your tickets were left as they are. Change your password ({command}, or your organisation's password page), then refresh again.",
  'unix.kinit.accountLocked':
    'The domain refused {subject, select, computer {this computer} unnamed {your account} other {{principal}}}: the account is locked or disabled. Your tickets were left as they are; ask your IT help desk to unlock the account.',
  'unix.kinit.unknownPrincipal':
    'The domain does not know {subject, select, computer {this computer} unnamed {your account} other {{principal}}}. Your tickets were left as they are; check the account name, or ask your IT help desk.',
  'unix.kinit.keytabUnusable':
    'The keytab could not be used to sign in {subject, select, computer {this computer} unnamed {your account} other {{principal}}}. Your tickets were left as they are; check that the keytab exists, is readable and holds a current key for this account.',
  'unix.kinit.clockSkew':
    "This computer's clock differs too much from the domain controller's, so no ticket was issued. Your tickets were left as they are; correct the clock (turn on time synchronisation) and try again.",
  'unix.kinit.failed':
    'No new ticket could be obtained for {subject, select, computer {this computer} unnamed {your account} other {{principal}}}; your tickets were left as they are. Try again; if it keeps failing, give the details to your IT help desk.',

  // --- A service ticket that could not be fetched again after the new sign-in ticket ---

  'unix.service.unknown':
    'The domain no longer knows this service, so its ticket could not be fetched again.',
  'unix.service.kdcUnreachable':
    'No domain controller answered while fetching this ticket; it is fetched again on next use.',
  // {reason} is the last line the tool (kvno or kgetcred) printed, in English.
  'unix.service.failed':
    'This ticket could not be fetched again ({reason}); it is fetched again on next use.',
  'unix.service.failedNoReason':
    'This ticket could not be fetched again; it is fetched again on next use.',
} as const;
