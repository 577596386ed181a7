/**
 * The Kerberos core, in English: tool failures, Windows klist errors, the pre-flight, elevation,
 * refresh results and what a refresh does and does not reach. ICU MessageFormat.
 *
 * Words used throughout: "ticket" is a Kerberos ticket; "sign-in token" is what Windows builds at
 * sign-in for this PC's own permissions (not a ticket); "domain controller" is the Active
 * Directory server that issues tickets. Commands (`klist`, `gpupdate /target:computer`, `id`) and
 * product names (Windows, SSSD) stay as they are in every language.
 */
export const kerberos = {
  // A Kerberos tool (klist, kinit ...) could not be run. {tool} is its file name, e.g. klist.exe.
  'krb.tool.notFound.windows':
    '{tool} was not found in the Windows system folder. It is part of Windows, so this Windows installation is damaged; ask your IT help desk.',
  'krb.tool.notFound.unix':
    '{tool} was not found. Regroup needs the Kerberos tools: install krb5-user (Debian, Ubuntu) or krb5-workstation (Fedora, Red Hat), then try again. On macOS they are part of the system: ask your IT help desk.',
  'krb.tool.spawnFailed':
    '{tool} could not be started. Try again; if it keeps failing, ask your IT help desk.',
  'krb.tool.timeout':
    '{tool} did not answer within {seconds} seconds and was stopped. Check the network connection to your domain, then try again.',
  // {code} is the exit code: a number, or a Windows status code such as 0xC000005F.
  'krb.tool.exit':
    '{tool} reported a failure (exit code {code}). Try again; if it keeps happening, ask your IT help desk.',
  'krb.tool.unexpected':
    'The Kerberos tools could not be run. Try again; if it keeps failing, ask your IT help desk.',

  // Windows klist.exe failures, read from the status codes it prints.
  'krb.windows.noLogonSession':
    'Windows says the logon session whose tickets were asked for does not exist (it may have ended, or this session signed in without Kerberos). Sign out and sign in again with your domain account, then try again.',
  'krb.windows.accessDenied':
    "Windows denied access to these Kerberos tickets. The computer's tickets can only be read or removed with administrator rights: run the command as administrator, or approve the prompt when Regroup asks for it.",
  'krb.windows.noLogonServers':
    'No domain controller could be reached, so Windows could not get a Kerberos ticket. Connect to the corporate network or VPN, then try again.',
  'krb.windows.etypeNotSupported':
    'The domain controller refused the ticket because it does not support the requested encryption type. Ask your IT help desk to check the encryption types allowed for this account or service.',
  // SPN: service principal name, the name a service is registered under (cifs/fs01.contoso.com).
  'krb.windows.unknownService':
    'The domain controller does not know the requested service name (SPN). Check the name, or ask your IT help desk to register it.',
  'krb.windows.clockSkew':
    "This computer's clock differs too much from the domain controller's. Synchronise the time (Settings > Time & language > Sync now), then try again.",
  'krb.windows.noCredentials':
    'Windows has no Kerberos credentials for this session (for example after signing in with a local account, or with saved credentials while offline). Lock and unlock the computer, or sign out and in, while connected to the corporate network, then try again.',
  'krb.windows.noSuchDomain':
    'Windows could not find the Kerberos domain. If this computer is joined to a domain, connect to the corporate network or VPN and try again; otherwise Regroup has nothing to refresh here.',
  'krb.windows.logonFailure':
    'The domain controller rejected the account (wrong password, or the account is locked, disabled or expired). Sign out and in with your current password, or ask your IT help desk.',
  'krb.windows.accountLocked':
    'The domain controller says the account is locked out. Wait for it to unlock or ask your IT help desk to unlock it, then try again.',
  'krb.windows.accountDisabled':
    'The domain controller says the account is disabled or expired. Ask your IT help desk.',
  'krb.windows.passwordExpired':
    'The domain controller says the password has expired. Change your password (Ctrl+Alt+Del > Change a password), then try again.',
  'krb.windows.kdcRefused':
    'The domain controller refused the Kerberos request. Try again; if it keeps failing, give the details to your IT help desk.',
  // {codes}: one or two status codes, such as "0xC0000413, 0x80090342".
  'krb.windows.unrecognisedCode':
    'klist failed with an error Regroup does not recognise ({codes}). Try again; if it keeps failing, give the details to your IT help desk.',
  'krb.windows.unrecognised':
    'klist failed with an error Regroup does not recognise. Try again; if it keeps failing, give the details to your IT help desk.',

  // Windows klist.exe output that is not a ticket listing.
  'krb.windows.klist.empty':
    'klist printed nothing. Run it again; if it stays silent, restart the computer.',
  // `klist tgt` prints the secret session key; Regroup refuses to read it.
  'krb.windows.klist.tgtOutput':
    "This is the output of `klist tgt`, which Regroup does not read because it contains the ticket's session key. Run plain `klist` instead, and do not share `klist tgt` output: it lets others use your ticket.",
  'krb.windows.klist.sessionsOutput':
    'This is the output of `klist sessions` (a list of logon sessions), not a ticket listing. Run plain `klist` to see the tickets.',
  'krb.windows.klist.sessionsOutputDenied':
    'This is the output of `klist sessions` (a list of logon sessions), not a ticket listing. Run plain `klist` to see the tickets. klist was also denied access to the other sessions: only an administrator can list them.',
  'krb.windows.klist.purgeOutput':
    'This is the output of `klist purge` (tickets deleted), not a ticket listing. Run plain `klist` to see the tickets.',
  'krb.windows.klist.cutOff':
    'The klist output stops before its list of tickets (it was cut off). Run klist again.',
  'krb.windows.klist.notKlist':
    'This text is not Windows klist output that Regroup can read: it has no logon session line, ticket count or tickets. Run plain `klist` and try again.',
  'krb.windows.klist.purgeUnconfirmed':
    'Regroup could not confirm that klist deleted the tickets: its output does not look like a purge report. Run `klist purge` again and check that it says the tickets were purged.',

  // The Windows service.
  'krb.windows.notInDomain':
    'This Windows account is not signed in to a domain, so it has no Kerberos tickets or domain groups to refresh. Sign in with your domain account (or connect to the VPN before signing in) and try again.',
  // Reason shown next to the disabled "Refresh computer groups" action.
  'krb.windows.computerNotInDomain':
    'This Windows account is not signed in to a domain, so there are no computer groups to refresh.',
  // {code}: klist's exit code (a number, or a Windows status code such as 0xC000005F).
  'krb.windows.emptyRun':
    'klist printed nothing (exit code {code}). Try again; if it keeps happening, ask your IT help desk.',
  'krb.windows.computerListNeedsAdmin':
    'Reading the computer\'s tickets needs administrator rights. Run Regroup\'s command line from an elevated prompt (regroup list --computer), or use "Refresh computer groups", which asks for approval.',
  'krb.windows.purgeFailed':
    'klist could not remove your tickets (exit code {code}). Nothing was changed; try again.',

  // Elevation: the administrator prompt (UAC on Windows, polkit or sudo elsewhere).
  'krb.elevate.refused':
    'Regroup refused to run an unexpected command as administrator, so nothing was changed. Reinstall Regroup; if it keeps happening, ask your IT help desk.',
  // {path}: the kinit program, e.g. /usr/bin/kinit.
  'krb.elevate.kinitNotSystem':
    '{path} is not a system file (owned by root and writable only by root), so Regroup will not run it as administrator. Reinstall the Kerberos tools (krb5-user) and try again.',
  'krb.elevate.promptUnavailable':
    'The administrator prompt could not be opened. Try again; if it keeps failing, reinstall Regroup.',
  'krb.elevate.declined':
    "Administrator approval was not given, so nothing was changed. Refreshing the computer's groups needs an administrator's approval; restarting the computer has the same effect.",
  'krb.elevate.noPolkitAgent':
    'No administrator prompt is available on this desktop (no polkit agent). Run "sudo regroup refresh --computer" in a terminal instead.',
  'krb.elevate.failed':
    'The administrator command did not complete. Nothing else was changed; try again, or ask your IT help desk if it keeps failing.',
  // {tool}: the program that ran as administrator (klist.exe, gpupdate.exe); {seconds}: how long Regroup waited.
  'krb.elevate.timeout':
    '{tool} was still running as administrator after {seconds} seconds, so Regroup stopped waiting for it. It may still finish by itself; restarting the computer has the same effect as a refresh.',
  // The clock: Kerberos refuses requests when this computer's clock is more than 5 minutes from
  // the domain controller's. {host}: the domain controller's name.
  'krb.clock.noAnswer': 'Domain controller {host} did not answer when asked for its time.',
  'krb.clock.unreadable':
    'Domain controller {host} answered, but its time could not be read from the answer.',
  // {minutes}: whole minutes; {direction}: ahead or behind (this computer's clock compared with the
  // domain controller's). Windows: the next step names the Settings page and its button.
  'krb.clock.skewed.windows':
    "This computer's clock is {minutes, plural, one {# minute} other {# minutes}} {direction, select, ahead {ahead of} other {behind}} domain controller {host}, and Kerberos refuses sign-in beyond 5 minutes, so Regroup does not refresh your tickets until the clock is right. Open Settings > Time & language > Date & time, select Sync now, then refresh again.",
  'krb.clock.skewed.unix':
    "This computer's clock is {minutes, plural, one {# minute} other {# minutes}} {direction, select, ahead {ahead of} other {behind}} domain controller {host}, and Kerberos refuses sign-in beyond 5 minutes, so Regroup does not refresh your tickets until the clock is right. Turn on automatic time (Linux: timedatectl set-ntp true; macOS: System Settings > General > Date & Time), then refresh again.",

  // The pre-flight: before removing tickets, is a domain controller reachable?
  'krb.preflight.noKdcFound':
    'No domain controller for {realm} could be found (no DNS record and none configured). Connect to the corporate network or VPN and try again.',
  'krb.preflight.noKdcFoundNoRealm':
    'No domain controller for your domain could be found (no DNS record and none configured). Connect to the corporate network or VPN and try again.',
  'krb.preflight.kdcAnswers': 'Domain controller {host} answers.',
  // {url}: the KDC proxy's address, e.g. "https://proxy.contoso.com:443/KdcProxy". A KDC proxy
  // passes Kerberos requests to the domain controllers over HTTPS (for computers outside the network).
  'krb.preflight.kdcProxyAnswers': 'The KDC proxy server {url} answers (Kerberos over HTTPS).',
  // {tried}: the addresses tried, e.g. "dc01.contoso.com:88, dc02.contoso.com:88".
  'krb.preflight.noKdcAnswers':
    'No domain controller of {realm} answers (tried {tried}), so your tickets were left as they are: removing them now would leave you without any until you reconnect. Connect to the corporate network or VPN and try again.',

  // `regroup parse`: reading saved klist output.
  'krb.parse.empty':
    'The input is empty. Paste or save the complete output of klist and try again.',
  'krb.parse.notKlist':
    'This does not look like klist output (Windows klist.exe, MIT or Heimdal klist). Save the complete output of "klist" to a file and try again, or name the format with --format.',

  // The result of "Refresh my groups". {removed}: how many old tickets were removed; {client}:
  // the account, e.g. dyork@CONTOSO.COM.
  'krb.result.user.refreshed':
    'Done: {removed, plural, =0 {a new ticket} one {# old ticket was removed and a new ticket} other {# old tickets were removed and a new ticket}} was issued for {client} with your current groups.',
  'krb.result.user.refreshedNoClient':
    'Done: {removed, plural, =0 {a new ticket} one {# old ticket was removed and a new ticket} other {# old tickets were removed and a new ticket}} was issued with your current groups.',
  'krb.result.user.noTicket.windows':
    '{removed, plural, =0 {No old tickets were removed} one {Your old ticket was removed} other {Your # old tickets were removed}}, but a new ticket could not be obtained yet. Windows gets one by itself the next time you open a network resource; if that fails, check the network connection, then sign out and in again.',
  'krb.result.user.noTicket':
    '{removed, plural, =0 {No old tickets were removed} one {Your old ticket was removed} other {Your # old tickets were removed}}, but a new ticket could not be obtained. Check the network connection, then refresh again.',
  // {count}: how many tickets could not be fetched again.
  'krb.result.user.someFailed':
    'A new ticket with your current groups was issued, but {count, plural, one {# ticket} other {# tickets}} could not be fetched again; they are fetched again the next time they are used.',
  // The result of "Refresh computer groups".
  'krb.result.computer.refreshed.windows':
    "Done: the computer's tickets were removed. It gets new ones, with its current groups, at its next contact with a domain controller.",
  'krb.result.computer.refreshedWithPolicy.windows':
    "Done: the computer's tickets were removed and computer policy was re-applied with its current groups.",
  'krb.result.computer.policyFailed.windows':
    'The computer\'s tickets were removed, but re-applying computer policy failed. The policy refreshes by itself within 90 minutes, or run "gpupdate /target:computer" later.',
  'krb.result.computer.refreshed.unix':
    'Done: the computer has a new ticket from its keytab, with its current groups.',
  'krb.result.computer.refreshed':
    "Done: the computer's tickets were refreshed with its current groups.",
  'krb.result.computer.partial':
    "The computer's tickets were refreshed, but not every step completed; see the details.",
  'krb.result.nothingChanged': 'Nothing was changed.',

  // What a refresh does and does not reach, shown under every result.
  // Windows, "Refresh my groups":
  'krb.caveat.windows.user.newConnections':
    'Services you connect to with Kerberos from now on (file shares, intranet sites, SQL Server, mail) see your new groups when you next access them.',
  'krb.caveat.windows.user.openConnections':
    'Connections that are already open keep your old groups: Windows keeps using an open connection to a file server until it has been unused for about 15 minutes.',
  // A global catalog is a kind of domain controller; "universal groups" is the Active Directory term.
  'krb.caveat.windows.user.domainControllers':
    'If a domain controller has not received the change yet (changes take a while to reach every site, and some sites keep a cached copy of universal group memberships), your new ticket still has the old groups: refresh again later.',
  'krb.caveat.windows.user.signInToken':
    'This PC keeps the groups from your sign-in for its own permissions (local folders, administrator rights, what "whoami /groups" shows) until you sign out and in again.',
  // Linux and macOS (MIT or Heimdal Kerberos), "Refresh my groups":
  'krb.caveat.unix.user.newTicket':
    'You have a new ticket-granting ticket: services you sign in to with Kerberos from now on (shares you mount, intranet sites, SSH, databases) see your new groups.',
  'krb.caveat.unix.user.openConnections':
    'Shares that are already mounted and connections that are already open keep your old groups until they reconnect.',
  'krb.caveat.unix.user.localGroups':
    'What "id" shows does not come from your tickets but from this computer\'s directory service and its cache (SSSD, winbind, or Open Directory on macOS), so it can still show the old groups for a while.',
  // Windows, "Refresh computer groups":
  'krb.caveat.windows.computer.tickets':
    "The computer's Kerberos tickets were removed: it gets new ones, with its new groups, the next time it contacts a domain controller.",
  'krb.caveat.windows.computer.policy':
    'Group Policy settings that depend on computer groups apply at a policy refresh: the next automatic one (within about 90 minutes), or one started with "gpupdate /target:computer". Some settings apply only at a restart.',
  'krb.caveat.windows.computer.signInToken':
    "The computer's own sign-in token, which decides local permissions for services that run as the computer, keeps its old groups until the computer restarts.",
  // Linux and macOS, "Refresh computer groups":
  'krb.caveat.unix.computer.newTicket':
    "The computer has a new ticket from its keytab in the system cache: services that use that cache see the computer's new groups at their next request.",
  'krb.caveat.unix.computer.ownTickets':
    'Services that keep their own computer tickets (SSSD, rpc.gssd for NFS) get new ones on their own schedule or when they restart.',
  // When the kind of Kerberos is not known:
  'krb.caveat.user.newConnections':
    'Services you sign in to with Kerberos from now on see your new groups; connections that are already open keep the old groups until they reconnect.',
  'krb.caveat.computer.newTickets':
    'The computer gets tickets with its new groups at its next contact with a domain controller; connections that are already open keep the old groups.',
  // A refresh that was declined, failed or found no domain controller:
  'krb.caveat.user.nothingRemoved':
    'Nothing was removed: your tickets and your access stay as they were, with the groups you had before.',
  'krb.caveat.computer.nothingRemoved':
    'Nothing was removed: the computer keeps its tickets, with its old groups, until they expire or the computer restarts.',
  // The helper: two scheduled tasks IT installs so that people can refresh the computer's groups without an administrator prompt.
  'krb.helper.needsAdmin':
    'Installing or removing the Regroup helper needs administrator rights. Run the command from an elevated prompt, or as SYSTEM (for example from Intune or a startup script).',
  // {task} is a scheduled task path such as \Regroup\ComputerTickets; {code} an exit code.
  'krb.helper.createFailed':
    'Windows did not register the task {task} (exit code {code}). Nothing else was changed; the details say why.',
  'krb.helper.deleteFailed':
    'Windows did not remove the task {task} (exit code {code}). The details say why.',
  // {path} is the full path of schtasks.exe.
  'krb.helper.schtasksMissing':
    'The Task Scheduler tool was not found at {path}. It is part of Windows: ask your IT department to check this computer.',
  'krb.helper.notAsAsked':
    "Windows stored the helper's tasks differently from what Regroup asked for, so Regroup will not use them. The details list the differences; ask your IT department.",
  'krb.helper.notRun':
    "Regroup's helper task did not run, so nothing was changed. Ask your IT department to check the Regroup helper on this computer.",
  'krb.helper.timeout':
    "Regroup's helper task did not finish within {seconds} seconds. Try again in a few minutes; if it keeps happening, ask your IT department.",
  'krb.helper.purgeFailed':
    "klist could not remove the computer's tickets (exit code {code}). Nothing was changed; try again, or ask your IT department if it keeps failing.",
  'krb.helper.policyFailed':
    'Computer policy could not be re-applied (gpupdate exit code {code}). The tickets were refreshed; try gpupdate again later.',
} as const;
