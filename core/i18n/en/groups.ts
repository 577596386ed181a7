/**
 * Group insight ("My groups"), in English: the meaning of a row, why a view could not be read,
 * the verdict after a refresh and the hints. ICU MessageFormat.
 *
 * For translators: the three views are named as in the window: the sign-in token (what this
 * computer's local permissions use until the next sign-in), Kerberos services (what file shares
 * and web apps see now) and the directory (what the next ticket will carry). "Refresh my groups"
 * is the name of the app's button: use the same words as the button. Commands, options, package
 * and file names are values (`{option}`, `{debianTools}`) so that they stay exactly as they are.
 */
export const groups = {
  // The meaning of a row whose marks differ; shown under the group's name, starting lower-case.
  'insight.meaning.newGroup': 'new: reaches file shares and web apps after Refresh my groups',
  'insight.meaning.needsSignOut': 'reaches them now; local permissions on this PC need a sign-out',
  'insight.meaning.removedInDirectory': 'removed in the directory: refresh to drop it',
  'insight.meaning.droppedNeedsSignOut':
    'no longer reaches file shares and web apps; local permissions on this PC keep it until you sign out',
  'insight.meaning.local':
    'a group of this PC: not in Kerberos tickets, so Refresh my groups does not change it; a sign-out does',

  // Hints: why a refresh may not have helped. {groups} is a list of group names (`LAB\Finance, LAB\Sales`).
  'insight.hint.localGroup':
    '{count, plural, one {{groups} is a group of this PC, not of the domain} other {{groups} are groups of this PC, not of the domain}}: Refresh my groups cannot change that. Sign out and sign in again.',
  // Replication times (Microsoft, "How the Active Directory Replication Model Works"): within a
  // site, change notification sends a change to the first partner after 15 s and the next ones
  // 3 s apart; between sites, replication follows the site link schedule, 180 minutes by default.
  'insight.hint.notReplicated':
    'The directory on {dc} lists you in {groups}, but your current tickets do not carry {count, plural, one {it} other {them}}. If you already refreshed, the domain controller that issued your ticket may not have the change yet (within a site a change reaches the other domain controllers within about a minute; between sites it waits for the replication schedule, every 3 hours by default). Wait, then refresh again.',
  // The same hint when the name of the domain controller is not known.
  'insight.hint.notReplicatedNoDc':
    'The directory lists you in {groups}, but your current tickets do not carry {count, plural, one {it} other {them}}. If you already refreshed, the domain controller that issued your ticket may not have the change yet (within a site a change reaches the other domain controllers within about a minute; between sites it waits for the replication schedule, every 3 hours by default). Wait, then refresh again.',
  // {limit} is 1024, the number of groups above which Windows refuses a sign-in.
  'insight.hint.tokenTooLarge':
    'Your token holds {count, plural, one {# group} other {# groups}}. Near {limit, number} Windows refuses sign-ins, and large tickets can exceed what servers accept (MaxTokenSize). Ask your IT department to reduce nested groups.',
  'insight.hint.smbSession':
    'A file share keeps the rights of a connection that is already open. Close the files and windows that use the share (or wait until the connection is closed for being idle), then open it again.',
  // {example} is a share path by IP address, {named} the same share by its DNS name.
  'insight.hint.ntlm':
    'A share opened by IP address ({example}) uses NTLM, not Kerberos, and does not use the new ticket. Open it by its name ({named}).',

  // The verdict after a refresh could not be made (headline; the cause follows as its own sentence).
  'insight.verdict.kerberosUnreadable':
    '{when, select, before {What Kerberos services see could not be read before the refresh.} other {What Kerberos services see could not be read after the refresh.}}',
  'insight.verify.refreshNotDone': 'The refresh did not happen, so there is nothing to compare.',
  'insight.verify.readFailed':
    '{when, select, before {Your groups could not be read before the refresh.} other {Your groups could not be read after the refresh.}}',
  // {seconds} is a number such as 20 or 0.2; "s" is the unit symbol for seconds.
  'insight.verify.readTimeout':
    '{when, select, before {Your groups could not be read before the refresh within {seconds, number} s.} other {Your groups could not be read after the refresh within {seconds, number} s.}} Check the connection to your domain (VPN), then open My groups to compare again.',

  // Why a view could not be read.
  'insight.view.failed':
    'This view could not be read. Try again; if it keeps failing, ask your IT department.',
  'insight.signIn.notMapped':
    'This computer does not map directory groups to local groups (no sssd or winbind), so its sign-in groups cannot be compared with the directory. File shares and web apps use the Kerberos view.',

  // Finding the domain controller. {option} is the command line option (`--dc`, `--dc HOST`).
  'insight.dc.invalidName':
    '"{name}" is not a valid domain controller name. Give a DNS name or an IP address.',
  'insight.dc.noRealm':
    'No Kerberos realm is known (there are no tickets), so no domain controller can be found. Refresh your groups first, or name a domain controller with {option}.',
  // {record} is a DNS record name, {file} the Kerberos configuration file.
  'insight.dc.notFound':
    'No domain controller of {realm} was found (no DNS SRV record {record}, no KDC in {file}). Name one with {option}.',

  // Asking the domain controller over LDAP (Linux, macOS).
  'insight.ldap.unreachable':
    'The domain controller {dc} could not be reached over LDAP. Check the network connection (VPN), or name another domain controller with {option}.',
  'insight.ldap.timeout':
    'The domain controller {dc} did not answer within {seconds, plural, one {# second} other {# seconds}}. Check the network connection (VPN), then try again.',
  'insight.ldap.noCredentials':
    'You have no Kerberos tickets, so the domain controller cannot be asked who you are. Refresh your groups (or sign in again), then try again.',
  'insight.ldap.expired':
    "Your Kerberos tickets have expired, or this computer's clock differs from the domain controller's clock. Refresh your groups, then try again.",
  // {principal} is a Kerberos service principal name such as ldap/dc1.example.com.
  'insight.ldap.spnMissing':
    'The domain controller name "{dc}" is not known to Kerberos (there is no {principal} service principal). Use the full DNS name of the domain controller with {option}.',
  'insight.ldap.failed':
    '{tool} could not read from {dc} (exit code {code}). Try again; if it keeps failing, ask your IT department.',
  // {debianTools} and {debianSasl}, {fedoraTools} and {fedoraSasl} are package names.
  'insight.ldap.toolMissing':
    '{tool} is not installed, so the directory cannot be asked. Install {debianTools} and {debianSasl} (Debian, Ubuntu) or {fedoraTools} and {fedoraSasl} (Fedora, RHEL).',
  'insight.ldap.saslMissing':
    'The Kerberos (GSSAPI) module of {tool} is not installed, so the directory cannot be asked. Install {debianSasl} (Debian, Ubuntu) or {fedoraSasl} (Fedora, RHEL).',
  'insight.ldap.noTokenGroups':
    'The domain controller {dc} returned no groups for your tickets. Refresh your groups, then try again; if it keeps happening, ask your IT department.',
  'insight.ldap.accountUnknown':
    'Your account {principal} could not be looked up in the directory of {dc}, so only what Kerberos services see is shown.',
  'insight.ldap.accountNotFound':
    'The account {account} was not found in the directory of {dc}, so only what Kerberos services see is shown.',

  // The sign-in token: whoami.exe on Windows, id on Linux and macOS.
  'insight.whoami.missing':
    '{tool} was not found at {path}. It is part of Windows: ask your IT department to check this computer.',
  'insight.whoami.failed':
    '{tool} could not list your sign-in groups (exit code {code}). Try again; if it keeps failing, ask your IT department.',
  'insight.whoami.unreadable':
    '{tool} printed no groups that Regroup can read. If it keeps happening, ask your IT department.',
  'insight.id.missing':
    'The {tool} command was not found, so the groups of your sign-in cannot be read. Ask your IT department to check this computer.',
  'insight.id.failed':
    '{tool} could not list your groups (exit code {code}). Try again; if it keeps failing, ask your IT department.',

  // Asking the domain controller through Windows PowerShell and ADSI (Windows).
  'insight.adsi.powershellMissing':
    'Windows PowerShell was not found at {path}, so the domain controller cannot be asked. It is part of Windows: ask your IT department to check this computer.',
  'insight.adsi.timeout':
    'The domain controller did not answer within {seconds, plural, one {# second} other {# seconds}}. Check the connection to your domain (VPN), then try again.',
  'insight.adsi.unreachable':
    'The domain controller could not be reached. Check the connection to your domain (VPN), then try again.',
  'insight.adsi.failed':
    'The domain controller could not be asked. Check the connection to your domain (VPN), then try again; if it keeps failing, ask your IT department.',
  'insight.adsi.noAnswer':
    'The domain controller gave no answer. Check the connection to your domain (VPN), then try again.',

  // Any tool of group insight (ldapsearch, whoami.exe, powershell.exe, id).
  'insight.tool.notStarted':
    '{tool} could not be started. Try again; if it keeps failing, ask your IT department.',
  'insight.tool.timeout':
    '{tool} did not answer within {seconds, plural, one {# second} other {# seconds}}. Try again.',
  'insight.tool.exit':
    '{tool} stopped with exit code {code}. Try again; if it keeps failing, ask your IT department.',

  // The headline of a refresh (core/model/outcome.ts): what a person reads first. "Network services" are file shares, websites, databases and mail: what uses Kerberos tickets. {groups} is a list of group names (`LAB\Finance, LAB\Sales`); {count} is how many.
  'insight.outcome.declined': 'Administrator approval was not given',
  'insight.outcome.failed': 'Nothing was changed',
  'insight.outcome.offline': 'Your domain could not be reached; nothing was changed',
  'insight.outcome.partial': 'Refreshed, with gaps',
  'insight.outcome.computer': "This computer's tickets are renewed",
  'insight.outcome.renewed': 'You have a new sign-in ticket',
  'insight.outcome.checking':
    'Checking which groups file shares, websites and other network services see now…',
  'insight.outcome.notChecked': 'Which groups network services see now was not checked.',
  'insight.outcome.unchecked':
    'You have a new sign-in ticket, but your groups could not be checked',
  'insight.outcome.gained':
    'You are now in {groups} for file shares, websites and other network services',
  'insight.outcome.lost':
    'File shares, websites and other network services no longer see you in {groups}',
  // Expected and harmless: said calmly, under a green headline.
  'insight.outcome.gained.localLater':
    "This computer's own permissions (local folders, administrator rights) get {groups} when you sign out and sign in again: that is expected.",
  'insight.outcome.notReplicated':
    '{count, plural, one {{groups} has not reached your sign-in ticket yet} other {{groups} have not reached your sign-in ticket yet}}',
  'insight.outcome.notReplicated.body':
    'The directory lists you there, but the domain controller that issued your new sign-in ticket does not have the change yet.',
  'insight.outcome.signOut': 'This computer applies {groups} only after you sign out',
  'insight.outcome.signOut.body':
    'Network services already see you there. What this computer itself allows (local folders, administrator rights) was fixed when you signed in, and a new sign-in updates it.',
  'insight.outcome.noChange': 'No new group yet',
  'insight.outcome.noChange.body':
    'Your new sign-in ticket has the same groups as before. If someone has just added you to a group, the change may not have reached your domain controller yet.',
  'insight.outcome.next.signOut': 'Save your work, then sign out and sign in again.',
  // Linux and macOS: Regroup cannot sign the person out there, so it says how.
  'insight.outcome.next.signOutUnix':
    'Save your work, then sign out of your desktop session and sign in again.',
  // Same source as insight.hint.notReplicated above: about a minute within a site (15 s + 3 s per
  // partner), the site link schedule (180 minutes by default) between sites.
  'insight.outcome.next.wait':
    'Within a site a change reaches the other domain controllers in about a minute; between sites it can take up to 3 hours: refresh again later.',
} as const;
