/**
 * The `regroup` command line's own words, in English: usage, tables, headlines, the refresh and
 * groups reports, prompts. ICU MessageFormat. The core's own sentences (errors, caveats, hints)
 * are in the other area files; the CLI formats those as they come.
 *
 * Commands, options and environment variables a person types (`regroup refresh --user`,
 * `--password-stdin`, `LANG`) are values, never text of a message (`{command}`, `{option}` ...),
 * so that no translation can change them. Put your language's quotation marks where English has
 * "...". Column headings are upper case in English to set them apart from the rows; use what fits
 * your language.
 */
export const cli = {
  // Usage. The command lines themselves (`regroup list [--computer] [--json]`) are not translated.
  'cli.usage.heading': 'Usage:',
  // {option} is "--lang LANGUAGE"; {languages} a list such as "en (English), de (Deutsch)";
  // {variables} the environment variables, "LC_ALL, LC_MESSAGES, LANG".
  'cli.usage.language':
    'Every command also takes {option}, one of: {languages}. Without it, Regroup follows the first of {variables} that is set, and speaks English when that names another language.',
  'cli.usage.exitCodes':
    'Exit codes: 0 success, 1 the operation failed (the reason is on standard error, and in the JSON), 2 bad usage or unreadable input.',

  // Usage errors: the command line could not be read. Each is followed by the usage above.
  // {help} is the command that shows the usage, "regroup --help".
  'cli.usage.unknownCommand': 'Unknown command "{command}". Try "{help}".',
  'cli.usage.noValue': '{option} takes no value.',
  // {example} is the option with a value, e.g. "--dc dc1.example.com".
  'cli.usage.needsValue': '{option} needs a value, for example {example}.',
  // {command} is a command such as "regroup list".
  'cli.usage.unknownOption': '"{command}" has no option {option}. Try "{help}".',
  // {example} is a host name such as dc1.example.com.
  'cli.usage.badHost':
    '"{host}" is not a host name or address; {option} takes a name such as {example}.',
  'cli.usage.extraWord': '"{command}" takes no file or word "{word}".',
  // {user} and {computer} are the two commands, "regroup refresh --user" and "... --computer".
  'cli.usage.refreshScope': 'Say what to refresh: "{user}" or "{computer}".',
  'cli.usage.userOnly': '{verify}, {dc} and {passwordStdin} go with {user} only.',
  'cli.usage.computerOnly': '{option} goes with {computer} only.',
  // {option} and {other} are options as typed (`--timeout`, `--wait-for`).
  'cli.usage.goesWith': '{option} goes with {other} only.',
  // {examples}: `90m, 2h, 1h30m` (m: minutes, h: hours; typed as is).
  'cli.usage.badDuration':
    '{option} takes a time from 1 minute to 24 hours, such as {examples}; not "{value}".',
  // {groups} is the command "regroup groups".
  'cli.usage.dcNeedsVerify': '{option} goes with {verify} (or with "{groups}").',
  // {formats} is the list of accepted values, e.g. "auto, windows, mit, heimdal".
  'cli.usage.badFormat': '{option} takes one of {formats}; not "{format}".',
  // {stdin} is "-", the name that stands for standard input.
  'cli.usage.parseOneFile': '"{command}" reads one file (or {stdin} for standard input).',
  // {example} is a list of encodings such as "cp850, utf-16le".
  'cli.usage.badEncoding':
    '{option} takes an encoding such as {example}; Regroup cannot read "{encoding}".',
  // After a usage error: where to read more. {command} is e.g. "regroup help refresh".
  'cli.usage.more': 'More: {command}',
  // {languages}: the language codes Regroup speaks, e.g. "en, de, fr, es, ja, zh-CN".
  'cli.usage.badLanguage':
    'Regroup does not speak "{language}". {option} takes one of {languages}.',

  // `regroup list` and `regroup parse`: the headline of a listing. {principal} is a Kerberos
  // name such as dyork@CONTOSO.COM; {session} a Windows logon session number such as 0:0x3e7.
  'cli.list.session': '{principal} - logon session {session}',
  'cli.list.computerSession': '{principal} - logon session {session} (this computer)',
  // {cache} is the name of a Kerberos ticket cache, e.g. FILE:/tmp/krb5cc_1000.
  'cli.list.cache': '{principal} - cache {cache}',
  'cli.list.noPrincipal': 'No principal',
  // Stands in for a logon session or cache that klist did not name.
  'cli.list.unknown': 'unknown',
  'cli.list.caches': 'Caches: {caches}',
  'cli.list.defaultCache': '{cache} (default)',
  'cli.list.noTickets':
    'No Kerberos tickets. You get one when you next open a file share or intranet site, or with "{command}".',
  // The first line of `regroup list`: the sign-in ticket (ticket-granting ticket). {left} is a
  // duration such as "9 h 59 min"; {issued} a time such as "19:09"; {command} "regroup refresh --user".
  'cli.list.tgtLeft': 'Sign-in ticket: {left} left, issued {issued}',
  'cli.list.tgtRenewedBySystem': 'Sign-in ticket: Windows renews it by itself (issued {issued})',
  'cli.list.tgtLeftProtectedUsers':
    'Sign-in ticket: {left} left, issued {issued}. Your account is in Protected Users: Windows cannot renew it; when it ends, sign in again (lock and unlock this computer).',
  // {ago} is a duration such as "2 h 5 min".
  'cli.list.tgtExpired':
    'Sign-in ticket: expired {ago} ago (issued {issued}). Get a new one with "{command}".',
  'cli.list.noTgt': 'No sign-in ticket. Get one with "{command}".',
  // `regroup parse`: the sign-in ticket as it was when klist printed it. {issued} and {ends} are
  // dates with times; {lifetime} a duration such as "10 h".
  'cli.parse.tgtCaptured': 'Sign-in ticket: issued {issued}, ends {ends} (lifetime {lifetime})',
  'cli.parse.noTgt': 'No sign-in ticket in this output.',
  'cli.list.count': '{count, plural, one {# ticket:} other {# tickets:}}',
  'cli.list.incomplete': 'Note: the output was incomplete; only the tickets shown could be read.',
  'cli.list.noName': '(no name)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'SERVER',
  'cli.list.column.ends': 'ENDS',
  'cli.list.column.left': 'LEFT',
  // When the ticket was issued (its start time), and, for saved output, its whole lifetime.
  'cli.list.column.issued': 'ISSUED',
  'cli.list.column.start': 'START',
  'cli.list.column.lifetime': 'LIFETIME',
  // `-v`: every field of a ticket, one per line, after the ticket's name.
  'cli.field.client': 'Client',
  'cli.field.service': 'Service',
  'cli.field.start': 'Start',
  'cli.field.end': 'End',
  'cli.field.left': 'Time left',
  'cli.field.lifetime': 'Lifetime',
  'cli.field.renewUntil': 'Renew until',
  'cli.field.encryption': 'Encryption',
  // {ticket} and {sessionKey} are encryption type names such as aes256-cts-hmac-sha1-96.
  'cli.field.encryptionValue': '{ticket} (ticket), {sessionKey} (session key)',
  'cli.field.flags': 'Flags',
  'cli.field.cacheFlags': 'Cache flags',
  // The domain controller that issued the ticket (Windows "Kdc Called").
  'cli.field.kdcCalled': 'KDC called',
  'cli.field.cache': 'Cache',
  // Time left on a ticket. {duration} is e.g. "2 h 5 min".
  'cli.time.expiredAgo': 'expired {duration} ago',
  'cli.time.expired': 'expired',
  'cli.time.unknown': 'unknown',

  // `regroup refresh`: the report after the core's own sentence.
  'cli.refresh.removed': 'Removed ({count}):',
  'cli.refresh.acquired': 'New ({count}):',
  // After the name of a new ticket. {duration} is e.g. "10 h".
  'cli.refresh.validFor': '(valid for {duration})',
  // A ticket reported as new whose end time has already passed: the clocks disagree. {duration}: e.g. 2 h 5 min.
  'cli.refresh.alreadyExpired': '(already expired {duration} ago: check the computer clock)',
  'cli.refresh.notObtained': 'Not obtained:',
  // {server} is a ticket's name; {reason} the sentence that says why it was not obtained.
  'cli.refresh.failedTicket': '{server}: {reason}',
  // {reason} is the sentence saying why nothing was purged (no domain controller answered);
  // {option} is "--force".
  'cli.refresh.forceHint': '{reason} To purge anyway, add {option}.',
  // Asked on the terminal; what is typed is not shown.
  'cli.password.prompt': 'Password for a fresh Kerberos ticket:',
  'cli.password.signInPrompt': 'Password for {principal}:',
  'cli.password.cancelled': 'Cancelled: nothing was changed.',
  'cli.password.noTerminal':
    'A fresh ticket needs your password, and there is no terminal to ask for it. Pipe it in with {option}, or run the command in a terminal.',
  // {option}: --password-stdin; {max}: the longest password, in characters (1024).
  'cli.password.stdinInvalid':
    'The password given with {option} must be one line of 1 to {max} characters. Nothing was changed.',
  'cli.verify.unavailable': 'Group verification is not available in this build.',
  // Waiting for a group, on standard error while it waits. {time} is a time of day; {keys} is Ctrl+C.
  'cli.wait.started': 'Waiting for {group} until {time}. To stop, press {keys}.',
  'cli.wait.nextCheck': 'Next check at {time}.',
  // `regroup refresh --computer` when the IT department turned the computer refresh off.
  'cli.policy.computerOff':
    "Refreshing the computer's groups has been turned off by your IT department.",

  // `regroup parse`: the input could not be read. {file} is the path as typed.
  'cli.parse.noSuchFile':
    'Cannot read {file}: there is no such file. Check the path and try again.',
  'cli.parse.noPermission':
    'Cannot read {file}: you do not have permission to read it. Copy it somewhere you can read, or ask its owner.',
  'cli.parse.isFolder':
    'Cannot read {file}: it is a folder. Name the file that holds the klist output.',
  // {code} is the operating system's error code, e.g. EIO.
  // {code}: the system's error code, e.g. EBADF; {command}: e.g. regroup parse klist.txt.
  'cli.parse.stdinUnreadable':
    'Standard input could not be read (error {code}). Give the file name instead ({command}), or pipe the text into the command.',
  'cli.parse.cannotRead': 'Cannot read {file} (error {code}). Check the path and try again.',
  // klist's own error output was given to `regroup parse`: the first line, before the reason.
  'cli.parse.failed': 'This klist output is an error, not a list of tickets.',
  // {detail} is klist's own error text, as it printed it.
  'cli.parse.toolSaid': 'klist printed: {detail}',
  // Shown when `regroup parse` waits for input on a terminal. {keys} is "Ctrl+D"; {command} e.g.
  // "regroup parse klist.txt".
  'cli.parse.pasteHint':
    'Paste the klist output here, then press {keys} on a new line. To read a saved file instead: {command}',
  // The same on Windows: {ctrlZ} is "Ctrl+Z", {enter} "Enter".
  'cli.parse.pasteHintWindows':
    'Paste the klist output here, then press {ctrlZ} and then {enter}. To read a saved file instead: {command}',
  'cli.parse.tooLarge':
    'The input is larger than {megabytes} MB; klist output is a few kilobytes. Check that this is the right file.',

  // `regroup groups`: who was asked about, and where. {dc} is a host name such as dc1.lab.test.
  'cli.groups.who': '{principal} - domain controller {dc}',
  'cli.groups.unknownUser': 'Unknown user',
  // Column headings: the three views of the groups, then the group's name.
  'cli.groups.column.signInToken': 'SIGN-IN',
  'cli.groups.column.kerberosServices': 'KERBEROS',
  'cli.groups.column.directory': 'DIRECTORY',
  'cli.groups.column.group': 'GROUP',
  // Marks in the three view columns: the group is in this view, or it is not.
  'cli.groups.yes': 'yes',
  'cli.groups.no': 'no',
  'cli.groups.view.signInToken': 'Sign-in token',
  'cli.groups.view.kerberosServices': 'Kerberos services',
  'cli.groups.view.directory': 'Directory',
  // {view} is one of the three view names above; {reason} why it could not be read.
  'cli.groups.viewReason': '{view}: {reason}',
  'cli.groups.legend.signInToken':
    'Sign-in token: what this computer uses for local permissions until you sign out.',
  'cli.groups.legend.kerberosServices':
    'Kerberos services: what file shares and web apps see with your current tickets.',
  'cli.groups.legend.directory':
    'Directory: your groups in Active Directory now (what your next ticket will carry).',
  'cli.groups.noView': 'None of the three views of your groups could be read here.',
  'cli.groups.unavailable': 'Group insight is not available in this build.',
  // `regroup diagnose` and the window's "Copy diagnostics": one report for the IT help desk.
  // {time}: when the report was made (date and time).
  'cli.diagnose.title': 'Regroup diagnosis, {time}',
  'cli.diagnose.redacted':
    'User, computer and domain names in this report are replaced by placeholders (user1, host1, domain1.example).',
  'cli.diagnose.label.app': 'Regroup version',
  'cli.diagnose.label.system': 'Operating system',
  'cli.diagnose.label.computer': 'Computer',
  // Headings and labels of the report.
  'cli.diagnose.heading.identity': 'Who',
  'cli.diagnose.label.principal': 'Principal',
  'cli.diagnose.label.realm': 'Realm',
  'cli.diagnose.label.logonSession': 'Logon session',
  'cli.diagnose.label.cache': 'Ticket cache',
  'cli.diagnose.heading.tickets': '{count, plural, =0 {Tickets} one {# ticket} other {# tickets}}',
  'cli.diagnose.heading.kdc': 'Domain controller (KDC)',
  // {host}: host:port; {ms}: milliseconds; {tried}: every address tried.
  'cli.diagnose.kdc.answered': '{host} answered after {ms} ms (tried: {tried}).',
  'cli.diagnose.heading.clock': 'Clock',
  // The clock reading, one line each: the domain controller's time (then its host:port in
  // parentheses), this computer's, and the difference. {offset}: seconds with a sign (+: this
  // computer is behind); {ms}: round trip in milliseconds.
  'cli.diagnose.label.kdcTime': 'Domain controller',
  'cli.diagnose.label.localTime': 'This computer',
  'cli.diagnose.label.offset': 'Difference',
  'cli.diagnose.clock.offset': '{offset} seconds (round trip {ms} ms)',
  'cli.diagnose.clock.withinLimit':
    "This computer's clock is close enough to the domain controller's for Kerberos (less than 4 minutes apart).",
  'cli.diagnose.heading.groups': 'Groups',
  // {view}: a view name (Sign-in token ...); {source}: the tool that read it.
  'cli.diagnose.groups.read': '{view}: read with {source}',
  'cli.diagnose.heading.lastRefresh': 'Last refresh',
  'cli.diagnose.label.finished': 'Finished',
  // Labels of the last refresh: its outcome code (refreshed, failed ...), its message, and the verdict.
  'cli.diagnose.label.outcome': 'Outcome',
  'cli.diagnose.label.result': 'Result',
  'cli.diagnose.label.errorDetail': 'Detail',
  'cli.diagnose.label.gained': 'Groups gained',
  'cli.diagnose.label.lost': 'Groups lost',
  'cli.diagnose.label.needsSignOut': 'Needs a sign-out',
  'cli.diagnose.label.unverified': 'Not verified',
  'cli.diagnose.none': 'none',
  // {problem}: why this part of the report could not be read (a sentence).
  'cli.diagnose.notRead': 'Not read: {problem}',
  // {detail}: the tool's own words or an error code, for the help desk.
  'cli.diagnose.detail': 'Detail: {detail}',
  'cli.diagnose.probeFailed':
    'This part could not be read because of an unexpected error; the detail is for your IT help desk.',
  'cli.diagnose.noRealm':
    'No domain is known here (no Kerberos ticket and no domain in the environment), so no domain controller was looked for.',
  'cli.diagnose.noKdcForClock':
    'The clocks were not compared, because no domain controller answered.',
  'cli.diagnose.noRefreshKept':
    'The command line keeps no record of earlier refreshes. Copy diagnostics in the Regroup window includes the last refresh made there.',
  'cli.diagnose.noRefreshYet': 'No refresh has run since Regroup started.',

  // `regroup refresh --user --verify`: the hints under the headline.
  // {hint} is a sentence: a reason, seen here, why a refresh may not have helped.
  'cli.verdict.found': 'Found: {hint}',
  // {hint} is a sentence: general advice that could not be checked from here.
  'cli.verdict.note': 'Note: {hint}',

  // `regroup help` and `regroup COMMAND --help`. Headings of the parts of a command's help.
  'cli.help.heading.commands': 'Commands:',
  'cli.help.heading.options': 'Options:',
  'cli.help.heading.environment': 'Environment:',
  'cli.help.heading.examples': 'Examples:',
  // {command} is "regroup help COMMAND".
  'cli.help.more': 'Help on one command: {command}',
  // What each command does, one sentence.
  'cli.help.list.summary':
    'Shows your Kerberos tickets: first your sign-in ticket and how long it lasts, then each ticket with when it was issued and the time left.',
  'cli.help.refresh.summary':
    'Gets fresh Kerberos tickets, so that new group memberships count without signing out: removes the old tickets and gets new ones.',
  'cli.help.parse.summary':
    'Reads klist output that someone saved or pasted (Windows, MIT or Heimdal) and shows the tickets as they were when it was captured, or the cause of the error it shows.',
  'cli.help.groups.summary':
    'Shows your groups in three views side by side: your sign-in token, what Kerberos services see, and the directory now.',
  'cli.help.diagnose.summary':
    'Prints one report for the IT help desk: versions, your tickets (never their keys), the domain controller and how fast it answered, the clock difference, your groups and the last refresh.',
  'cli.help.help.summary': 'Shows the help of Regroup or of one command.',
  'cli.help.version.summary': 'Shows the version of Regroup.',
  // Options.
  'cli.help.option.json':
    'Writes the result as JSON for scripts; the messages in it are in the chosen language.',
  'cli.help.option.verbose':
    'Shows every field of each ticket: client, times, encryption, flags, cache flags and the KDC called.',
  'cli.help.option.listComputer':
    "Lists this computer's own tickets (Windows: logon session 0x3e7) instead of yours.",
  'cli.help.option.user':
    'Refreshes your own tickets. On Linux and macOS with no ticket cache yet, signs you in as your user name in the default realm (your.name@YOUR.REALM).',
  // The routes of core/kerberos/windows/computer-route.ts (direct, helper, prompt, cannot); root on Linux/macOS.
  'cli.help.option.refreshComputer':
    "Refreshes this computer's tickets, for the computer's group memberships. It needs administrator rights: when Regroup already has them (an elevated prompt, SYSTEM or root) or IT has installed the Regroup helper (Windows, Linux), nobody is asked; otherwise it asks for administrator approval, except of an account that cannot give it, which is told who can and that a restart does the same.",
  'cli.help.option.verify':
    'Compares your groups before and after the refresh and says what changed, and what still needs a sign-out.',
  'cli.help.option.waitFor':
    'Waits until the directory lists you in this group (LAB\\Finance, or a SID), then refreshes and verifies. Exit code 3: it did not arrive in time.',
  'cli.help.option.timeout':
    'How long to wait for the group, such as 90m or 2h (the default is 2 hours, the longest 24 hours).',
  'cli.help.option.dc': 'Asks this domain controller for your groups, instead of the one found.',
  'cli.help.option.redact':
    'Replaces user, computer and domain names with placeholders (user1, host1, domain1.example); the same name always gets the same placeholder.',
  'cli.help.option.passwordStdin':
    'Reads the password from standard input instead of asking on the terminal (Linux and macOS).',
  // Also the warning beside the window's "Refresh anyway" button (result.refreshAnyway).
  'cli.help.option.force':
    'Refreshes even when no domain controller answers. Without one, the old tickets are removed and new ones come only when one answers again.',
  'cli.help.option.gpupdate':
    'Also applies the computer Group Policy again (gpupdate /target:computer /force), in the same administrator prompt.',
  'cli.help.option.format':
    'Says which klist printed the text: auto (the default), windows, mit or heimdal.',
  'cli.help.option.encoding':
    'Reads the input in this encoding (cp850, cp936, utf-16le ...) instead of recognising it.',
  'cli.help.option.lang': 'Speaks this language: en, de, fr, es, ja or zh-CN.',
  'cli.help.option.help': 'Shows this help.',
  'cli.help.operand.file':
    'The file that holds the klist output; - or nothing reads standard input.',
  'cli.help.operand.command':
    'The command to explain: list, refresh, parse, groups, diagnose, helper, help or version.',
  // Environment variables.
  'cli.help.env.language':
    'Choose the language when there is no --lang: the first one that is set counts.',
  'cli.help.env.colour':
    'NO_COLOR turns colour off; FORCE_COLOR turns it on when the output is not a terminal.',
  'cli.help.env.columns':
    'The width of the output in characters, when it is not a terminal (otherwise 80).',
  'cli.help.env.keytab':
    'Linux and macOS: a keytab for your own account; refresh --user uses it instead of asking for a password.',
  'cli.help.env.dc': 'The domain controller to ask for your groups when there is no --dc.',
  // Examples: what the command above each sentence does.
  'cli.help.list.example1': 'Your tickets, and how long your sign-in ticket lasts.',
  'cli.help.list.example2': "This computer's tickets, with every field.",
  'cli.help.refresh.example1': 'New tickets for you, then which groups you gained or lost.',
  'cli.help.refresh.example2': 'New tickets for this computer, and its Group Policy applied again.',
  'cli.help.parse.example1': 'Reads the klist output a user saved in klist.txt.',
  'cli.help.parse.example2':
    'Reads a file saved by cmd on Chinese Windows, with every field of each ticket.',
  'cli.help.groups.example1': 'Your groups in the three views.',
  'cli.help.groups.example2': 'The same from one domain controller, as JSON.',
  'cli.help.diagnose.example1': 'The report, to paste into a message to the help desk.',
  'cli.help.diagnose.example2': 'The same as JSON, with names replaced.',
  'cli.help.help.example1': 'How to refresh, with every option.',
  'cli.help.help.example2': 'The help of parse in German.',
  'cli.help.version.example1': 'The version, for a report to the help desk.',
  'cli.help.version.example2': 'The same, with the command given as a word.',
  // `regroup helper`: the Windows helper, two scheduled tasks IT installs.
  // install, remove and status are typed as they are: not translated.
  'cli.help.helper.summary':
    "Installs, removes or checks the Regroup helper on Windows: two scheduled tasks that let people refresh this computer's groups without administrator approval.",
  'cli.help.operand.helperAction':
    'What to do: install, remove, or status (whether the helper is installed and unchanged; exit code 0 if it is, 1 if not).',
  'cli.help.helper.example1':
    'Installs the helper; run it as an administrator or as SYSTEM, for example from Intune.',
  'cli.help.helper.example2':
    'Whether the helper is installed and unchanged, as JSON for a script.',

  // Anything else that went wrong. {detail} is the program's own error text, for the help desk.
  'cli.unexpected':
    'Regroup hit an unexpected problem: {detail}. Nothing else was changed. Please report this with the command you ran.',
  // {command} is "regroup helper"; {actions} the words to type after it: install, remove, status.
  'cli.usage.helperAction': '"{command}" needs one of: {actions}.',
  'cli.helper.installed':
    'The Regroup helper is installed. People on this computer can now refresh its groups without administrator approval.',
  'cli.helper.removed':
    "The Regroup helper is removed. Refreshing the computer's groups asks for administrator approval again.",
  'cli.helper.present': 'The Regroup helper is installed and unchanged.',
  // {command} is the command to type, "regroup helper install".
  'cli.helper.absent':
    'The Regroup helper is not installed. An administrator can install it with {command}.',
  'cli.helper.altered':
    "The Regroup helper's tasks were changed after they were installed, so Regroup does not use them. An administrator can install them again with {command}.",
  'cli.helper.windowsOnly':
    'This command is for Windows. On Linux, the Regroup deb package installs the helper; on macOS, Regroup asks for administrator approval.',
  // The state of one helper task, in a list.
  'cli.helper.state.installed': 'installed',
  'cli.helper.state.missing': 'not installed',
  'cli.helper.state.altered': 'changed',
  // One line per task: {task} its path, {state} one of the three states above, {command} what it runs.
  'cli.helper.row': '{task}: {state} ({command})',

  // The command line under the headline of a refresh.
  'cli.outcome.verifyHint': 'To check which groups network services see now, add {option}.',
} as const;
