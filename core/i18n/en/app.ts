/**
 * The window, the tray tooltip and the tray menu, in English (ICU MessageFormat). Plain data only:
 * the main process imports this file too.
 */
export const app = {
  'app.name': 'Regroup',
  'app.tagline': 'Kerberos tickets and group membership',

  // Tray
  'tray.tooltip.valid': '{principal} — sign-in ticket valid for {left}',
  'tray.tooltip.expiring': '{principal} — sign-in ticket ends in {left}',
  'tray.tooltip.expired': '{principal} — sign-in ticket ended. Open Regroup to get a new one.',
  'tray.tooltip.renewedBySystem':
    '{principal} — signed in. Windows renews your sign-in ticket by itself.',
  'tray.tooltip.none': 'Regroup — no Kerberos ticket. Open Regroup to get one.',
  'tray.tooltip.error': 'Regroup — could not read your tickets. Open Regroup for details.',
  'tray.tooltip.busy': 'Regroup — refreshing…',
  'tray.menu.open': 'Open Regroup',
  'tray.menu.refreshUser': 'Refresh my groups',
  'tray.menu.refreshComputer': 'Refresh computer groups…',
  'tray.menu.startAtLogin': 'Start at sign-in',
  // The tray item when policy sets "start at sign-in"; it cannot be changed then.
  'tray.menu.startAtLoginManaged': 'Start at sign-in (set by your IT department)',
  'tray.menu.quit': 'Quit Regroup',

  // Window chrome
  'window.close': 'Hide window',
  'window.loading': 'Reading your tickets…',
  'nav.label': 'Views',
  'nav.tickets': 'Tickets',
  'nav.groups': 'My groups',

  // Identity
  'identity.heading': 'Signed in as',
  'identity.realm': 'Realm',
  'identity.session': 'Logon session',
  'identity.cache': 'Ticket cache',
  'identity.unknown': 'Unknown user',

  // TGT card
  'tgt.heading': 'Sign-in ticket (TGT)',
  'tgt.validFor': 'Valid for {left}',
  'tgt.expiresIn': 'Expires in {left}',
  'tgt.expired': 'Expired',
  // Status of the sign-in ticket on Windows, where the system renews it: no countdown is shown.
  'tgt.renewedBySystem': 'Windows renews it by itself',
  'tgt.missing': 'No sign-in ticket. Refresh my groups to get one.',
  'tgt.issued': 'Issued',
  'tgt.ends': 'Ends',
  'tgt.renewUntil': 'Renewable until',
  'tgt.expiringHint':
    'Ends within the hour. Refresh my groups gets a new one now, without signing out.',
  'tgt.expiredHint':
    'Services will ask for your password again. Refresh my groups gets a new ticket.',
  // A notification on Linux and macOS, 15 and 5 minutes before the sign-in ticket ends ({minutes}).
  'expiry.notify.title':
    '{minutes, plural, one {Your sign-in ticket ends in # minute} other {Your sign-in ticket ends in # minutes}}',
  'expiry.notify.body':
    'Open Regroup and choose Refresh my groups to get a new one, so that file shares and websites keep working.',
  'tgt.renewedBySystemHint':
    'Windows renews this ticket before it ends and gets a new one from your sign-in when needed. Its end time needs nothing from you.',
  // Protected Users is the name of an Active Directory group; use the name Microsoft uses in your language.
  'tgt.protectedUsersHint':
    'Your account is in the Protected Users group: this ticket lasts at most 4 hours and Windows cannot renew it. When it ends, sign in again; locking this computer and unlocking it with your password is enough.',

  // Service tickets
  'tickets.heading': 'Service tickets ({count})',
  'tickets.none':
    'No service tickets yet. They appear when you open a share, a web app or a mail server.',
  'tickets.timeLeft': '{left} left',
  // {time} is a time of day such as 3:07 PM, or a date and time.
  'tickets.endsAt': 'Ends {time}',
  'tickets.expired': 'Expired',
  'tickets.endedRenewed': 'Ended; Windows gets a new one when needed',
  'tickets.expiringSoon': 'ends within the hour',
  'tickets.details': 'Details for {server}',
  'tickets.server': 'Service name (SPN)',
  'tickets.encryption': 'Encryption',
  'tickets.sessionKey': 'Session key',
  'tickets.flags': 'Flags',
  'tickets.start': 'Start',
  'tickets.end': 'End',
  'tickets.renew': 'Renewable until',
  'tickets.kdc': 'Issued by',
  'tickets.incomplete': 'Some tickets could not be read; the list may be incomplete.',
  'tickets.listLabel': 'Service tickets',

  // Encryption in plain words
  'enc.aes': 'current',
  'enc.rc4': 'an older type; IT can move this service to AES',
  'enc.des': 'a very old type; IT should move this service to AES',
  'enc.unknown': 'unknown',
  // Friendly names of the services a ticket is for. {host} is a computer name (fs01) or, for a website, its address.
  'service.signIn': 'Sign-in ticket',
  'service.signInOther': 'Sign-in to the domain {domain}',
  'service.fileShare': 'File share on {host}',
  'service.website': 'Website {host}',
  'service.sql': 'SQL Server {host}',
  // {instance} is the name of a SQL Server instance; host\instance is how SQL Server writes it.
  'service.sqlInstance': 'SQL Server {host}\\{instance}',
  'service.mail': 'Mail',
  // The Active Directory domain controller {host}.
  'service.directory': 'Directory ({host})',
  'service.replication': 'Directory replication ({host})',
  'service.remoteDesktop': 'Remote Desktop on {host}',
  'service.remoteManagement': 'Remote management on {host}',
  'service.remoteProcedure': 'Remote procedure calls on {host}',
  'service.computer': 'Computer {host}',
  'service.dns': 'DNS server {host}',
  'service.password': 'Password change',
  // {service} is a technical service name (for example HTTP or FTP), shown as it is.
  'service.other': '{service} on {host}',

  // Flags in plain words
  'flag.forwardable': 'Can be forwarded to another server on your behalf',
  'flag.forwarded': 'Was forwarded from another computer',
  'flag.proxiable': 'Can be used by a proxy',
  'flag.proxy': 'Is a proxy ticket',
  'flag.may_postdate': 'May be post-dated',
  'flag.postdated': 'Is post-dated',
  'flag.invalid': 'Not valid yet',
  'flag.renewable': 'Can be renewed without your password',
  'flag.initial': 'Issued directly from your password or smart card',
  'flag.pre_authent': 'You proved who you are before it was issued',
  'flag.hw_authent': 'Issued after hardware authentication',
  'flag.ok_as_delegate': 'The server is trusted for delegation',
  'flag.name_canonicalize': 'The server name was resolved to its canonical form',
  'flag.anonymous': 'Anonymous ticket',
  'flag.transited_policy_checked': 'The realms on the way were checked',
  'flag.reserved': 'Reserved flag',
  'flag.other': 'Other flag {name}',

  // Empty / error
  'empty.heading': 'No Kerberos tickets',
  'empty.body':
    'Your ticket cache is empty. Refresh my groups gets a new sign-in ticket; services then get their tickets when you use them.',
  'error.heading': 'Could not read your tickets',
  'error.retry': 'Try again',
  'error.details': 'Technical details',
  'error.unexpected':
    'Something went wrong inside Regroup: {message}. Try again; if it keeps happening, restart Regroup.',

  // Actions
  'actions.label': 'Actions',
  'actions.refreshUser': 'Refresh my groups',
  'actions.refreshUser.hint': 'Your own tickets; no administrator needed',
  'actions.refreshComputer': 'Refresh computer groups',
  'actions.refreshComputer.hint': "This computer's tickets; asks for administrator approval",
  'actions.refreshComputer.unavailable': 'Refresh computer groups is not available here: {reason}',
  // "Copy diagnostics": a report for the help desk (what `regroup diagnose` prints) to the clipboard.
  'actions.copyDiagnostics': 'Copy diagnostics',
  'actions.copyDiagnostics.hint': 'A report for your IT help desk, copied to the clipboard',
  'actions.copyDiagnostics.busy': 'Collecting diagnostics…',
  'actions.copyDiagnostics.done':
    'Diagnostics copied. Paste them into your message to the IT help desk.',
  // {detail}: why, for the help desk (an error message).
  'actions.copyDiagnostics.failed': 'The diagnostics could not be copied: {detail}',

  // Progress
  'progress.user': 'Refreshing your groups…',
  'progress.userDetail': 'Removing your tickets and getting a new sign-in ticket.',
  'progress.computer': "Refreshing this computer's groups…",
  'progress.computerDetail': 'Approve the administrator prompt to continue.',
  'progress.closeSafe': 'You can close this window; the refresh finishes in the background.',

  // Computer confirm
  'computer.heading': 'Refresh computer groups',
  'computer.body':
    "This removes the computer's own Kerberos tickets so it picks up new computer group memberships. Windows will ask for administrator approval once.",
  'computer.bodyUnix':
    "This removes the computer's Kerberos tickets so it picks up new group memberships. The system will ask for administrator approval once.",
  'computer.gpupdate': 'Also re-apply computer policy (gpupdate)',
  'computer.gpupdateHint': 'Takes up to a minute. Needed for policies that target the new groups.',
  'computer.continue': 'Continue',
  'computer.cancel': 'Cancel',

  // Policy: settings an IT department sets for Regroup (Group Policy, Intune, policy.json).
  // {setting} is a setting name such as HelpDeskUrl; {source} a registry key or file path.
  'policy.managed.title': 'Managed by your IT department',
  'policy.managed.computerHidden': "Refreshing the computer's groups is turned off.",
  'policy.managed.gpupdateForced': 'Computer policy is always re-applied after a computer refresh.',
  'policy.managed.gpupdateDefault': 'Re-applying computer policy is selected by default.',
  'policy.managed.startAtLoginOn': 'Regroup always starts at sign-in.',
  'policy.managed.startAtLoginOff': 'Regroup does not start at sign-in.',
  'policy.managed.notificationsOff': 'Regroup shows no notifications.',
  'policy.managed.waitForGroupOn': 'Waiting for a group is allowed.',
  'policy.managed.waitForGroupOff': 'Waiting for a group is turned off.',
  'policy.managed.dc': 'Group reads use the domain controller {dc}.',
  'policy.managed.helpDesk': 'The help desk contact below is set.',
  'policy.managed.problems':
    '{count, plural, one {One setting from your IT department could not be used and is ignored: {settings}.} other {# settings from your IT department could not be used and are ignored: {settings}.}}',
  'policy.gpupdateRequired': 'Your IT department requires this.',
  'policy.problem.setting':
    'The setting {setting} from your IT department has a value Regroup cannot use, so Regroup ignores it.',
  'policy.problem.unknown':
    'Regroup does not know the setting {setting} from your IT department and ignores it.',
  'policy.problem.unreadable':
    'The settings from your IT department ({source}) could not be read, so Regroup uses its defaults.',
  // The help desk contact IT configured: {name}, {phone}, {url} are IT's own text.
  'helpDesk.name': 'Your help desk: {name}',
  'helpDesk.unnamed': 'Your help desk:',
  'helpDesk.phone': 'Phone: {phone}',
  'helpDesk.web': 'Web: {url}',

  // Password (MIT / Heimdal)
  'password.heading': 'Your password',
  'password.body':
    'A new sign-in ticket needs your password for {principal}. It is passed to kinit once and never stored.',
  'password.label': 'Password',
  'password.submit': 'Refresh',
  'password.cancel': 'Cancel',

  // Results
  'result.removed': '{count} tickets removed',
  'result.removedOne': '1 ticket removed',
  'result.removedNone': 'No tickets to remove',
  'result.newTgt': 'New sign-in ticket issued {time}, valid for {left}',
  'result.noTgt': 'No new sign-in ticket yet',
  'result.failedItems': 'Could not get back:',
  'result.gpupdate': 'Computer policy re-applied',
  'result.caveatsHeading': 'What this does and does not refresh',
  // Waiting for a group ("Tell me when it arrives"): on the headline that says a group has not arrived yet, and the wait state. {group} is a group name; {time} a time of day.
  'wait.offer': 'Tell me when it arrives',
  'wait.groupLabel': 'Group you were added to',
  'wait.groupHint': 'Its name, for example Finance, or its SID.',
  'wait.heading': 'Waiting for {group}',
  'wait.since': 'Waiting since',
  'wait.nextCheck': 'Next check',
  'wait.checkingNow': 'Checking now…',
  'wait.until': 'Stops at',
  'wait.closeSafe':
    'You can close this window: Regroup keeps checking and tells you when it arrives.',
  'wait.cancel': 'Stop waiting',
  'wait.dismiss': 'OK',
  'wait.notAllowed': 'Your organization has turned off waiting for groups in Regroup.',
  'wait.badGroup': 'Type the name or the SID of the group.',
  // Notification titles; the body is the sentence of how the wait ended.
  'wait.notify.arrived': 'Your new group has arrived',
  'wait.notify.timedOut': 'Your new group has not arrived',
  'wait.notify.refreshFailed': 'Your new group is ready: open Regroup to renew your tickets',
  'result.openConnectionsHeading': 'Open connections to file servers',
  'result.done': 'Back to tickets',
  'result.doneGroups': 'Back to my groups',
  'result.tryAgain': 'Try again',
  // The offline panel's button (Windows): purge and refresh although no domain controller answered.
  // The warning beside it is the command line's --force help (cli.help.option.force).
  'result.refreshAnyway': 'Refresh anyway',

  // My groups
  'groups.heading': 'My groups',
  'groups.loading': 'Reading your groups…',
  'groups.loadingDetail': 'This asks your domain controller and can take a few seconds.',
  'groups.dc': 'Domain controller',
  'groups.readAt': 'Read',
  'groups.readAgain': 'Read again',
  'groups.column.group': 'Group',
  'groups.column.signInToken': 'This computer until you sign out',
  'groups.column.kerberosServices': 'Network services',
  'groups.column.directory': 'Directory',
  'groups.legend.heading': 'The three views',
  'groups.legend.signInToken':
    'This computer until you sign out: the groups in your sign-in token, which this computer uses for local permissions until you sign out.',
  'groups.legend.kerberosServices':
    'Network services: the groups file shares and websites see in your current sign-in ticket.',
  'groups.legend.directory':
    'Directory: your groups in Active Directory now; your next sign-in ticket carries them.',
  'groups.legend.marks':
    '✓ member · ✕ not a member · not yet: arrives with a refresh or a sign-out · – not available',
  'groups.mark.yes': 'member',
  'groups.mark.no': 'not a member',
  // Shown in a cell where the difference is expected: the group arrives later.
  'groups.mark.notYet': 'not yet',
  'groups.mark.notYetSignOut': 'not yet: this computer takes it when you sign out and in again',
  'groups.mark.notYetRefresh': 'not yet: Refresh my groups brings it',
  'groups.mark.unknown': 'not available',
  'groups.view.signInToken': 'Sign-in token of this computer',
  'groups.view.kerberosServices': 'Network services',
  'groups.view.directory': 'Directory',
  'groups.view.unavailable': '{view} not available here: {reason}',
  'groups.domainHeading': 'Domain groups ({count})',
  'groups.domainLabel': 'Domain groups',
  'groups.localHeading': 'Groups of this computer ({count})',
  'groups.localLabel': 'Groups of this computer',
  'groups.localHint':
    'Built-in and local groups are not in Kerberos tickets: Refresh my groups does not change them; a sign-out does.',
  'groups.none': 'No groups could be read. The reasons are above.',
  'groups.hintsHeading': 'Why a refresh may not help',
  'groups.hint.found': 'Found:',
  'groups.hint.more': 'If it still does not work ({count})',
  'groups.error.heading': 'Could not read your groups',
  'groups.notAvailable':
    'My groups is not available in this copy of Regroup. Use the command line: regroup groups.',
  'groups.readFailed':
    'Regroup could not read your groups ({detail}). Try again; if it keeps happening, restart Regroup.',

  // Verdict after Refresh my groups
  'verdict.heading': 'Did it work?',
  'verdict.showGroups': 'Show my groups',

  // Main-process failures
  'busy.message': 'Another refresh is already running. Wait for it to finish, then try again.',
  'busy.verifying':
    'Regroup is still checking your groups after the last refresh. Try again in a few seconds.',
  'internal.listFailed':
    'Regroup could not read your tickets ({detail}). Try again; if it keeps happening, restart Regroup.',
  'internal.refreshFailed':
    'The refresh stopped unexpectedly ({detail}). Open Regroup to see your tickets, then try again.',
  'ipc.untrusted': 'This request did not come from the Regroup window and was refused.',
  'ipc.badRequest':
    'Regroup received a malformed request ({detail}) and ignored it. Restart Regroup if this keeps happening.',

  // Time
  'time.justNow': 'just now',
  'time.at': 'at {time}',
  // The person cannot approve the administrator prompt: the button opens the explanation.
  'actions.refreshComputer.hintCannot': "This computer's tickets; needs an administrator",
  'computer.close': 'Close',
  'actions.refreshComputer.hintHelper': "This computer's tickets; no administrator approval needed",
  'computer.bodyHelper':
    "This removes the computer's own Kerberos tickets so it picks up new computer group memberships. Your IT department has set this up, so no administrator approval is needed.",
  'computer.bodyDirect':
    "This removes the computer's own Kerberos tickets so it picks up new computer group memberships. Regroup already runs with administrator rights, so no approval is needed.",
  'progress.computerDetailHelper': 'This takes a few seconds. No approval is needed.',

  // Signing out, offered when only a new sign-in brings a group to this computer.
  'outcome.signOutNow': 'Sign out now…',
  'signOut.heading': 'Sign out now?',
  'signOut.body':
    'Save your work first: signing out closes all your programs. When you sign in again, this computer applies your new groups.',
  'signOut.confirm': 'Sign out',
  'signOut.cancel': 'Not now',
  'signOut.failed':
    'Regroup could not sign you out ({detail}). Sign out from the Start menu instead.',
  'signOut.unavailable': 'Signing out from Regroup is not available here.',
  // A new sign-in for one program ("Run as different user" with the person's own account), offered
  // beside "Sign out now". {account} is the person's account (dyork@CONTOSO.COM); {detail} a Windows error code.
  'outcome.freshSignIn': 'Start a program with a new sign-in…',
  'freshSignIn.heading': 'Start one program with a new sign-in',
  'freshSignIn.body':
    'Windows asks for a user name and password, as with "Run as different user". Enter your own account ({account}). The program you choose then starts with a new sign-in, with your current groups, and you can use it for what needs the new group.',
  'freshSignIn.unchanged':
    'Nothing else changes: the desktop, File Explorer and your other programs keep the groups from your sign-in until you sign out.',
  'freshSignIn.program': 'Program',
  'freshSignIn.cmd': 'Command Prompt',
  'freshSignIn.powershell': 'Windows PowerShell',
  'freshSignIn.start': 'Start',
  'freshSignIn.cancel': 'Not now',
  'freshSignIn.started':
    'The program started with a new sign-in. It has your current groups; your other programs do not.',
  'freshSignIn.cancelled': 'Nothing was started, because the Windows sign-in was cancelled.',
  'freshSignIn.wrongPassword':
    'Windows did not accept the user name or password, so nothing was started. Try again with your own account.',
  'freshSignIn.failed':
    'Windows could not start the program with a new sign-in ({detail}). Sign out and sign in again instead.',
  'freshSignIn.unavailable': 'Starting a program with a new sign-in is not available here.',
} as const;
