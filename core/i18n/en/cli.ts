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
  // {groups} is the command "regroup groups".
  'cli.usage.dcNeedsVerify': '{option} goes with {verify} (or with "{groups}").',
  // {formats} is the list of accepted values, e.g. "auto, windows, mit, heimdal".
  'cli.usage.badFormat': '{option} takes one of {formats}; not "{format}".',
  // {stdin} is "-", the name that stands for standard input.
  'cli.usage.parseOneFile': '"{command}" reads one file (or {stdin} for standard input).',
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
  'cli.list.count': '{count, plural, one {# ticket:} other {# tickets:}}',
  'cli.list.incomplete': 'Note: the output was incomplete; only the tickets shown could be read.',
  // The mark of the sign-in ticket (ticket-granting ticket) in the first column of the table.
  'cli.list.tgt': 'TGT',
  'cli.list.noName': '(no name)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'SERVER',
  'cli.list.column.ends': 'ENDS',
  'cli.list.column.left': 'TIME LEFT',
  'cli.list.column.encryption': 'ENCRYPTION',
  'cli.list.column.flags': 'FLAGS',
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
  'cli.password.cancelled': 'Cancelled: nothing was changed.',
  'cli.password.noTerminal':
    'A fresh ticket needs your password, and there is no terminal to ask for it. Pipe it in with {option}, or run the command in a terminal.',
  // {option}: --password-stdin; {max}: the longest password, in characters (1024).
  'cli.password.stdinInvalid':
    'The password given with {option} must be one line of 1 to {max} characters. Nothing was changed.',
  'cli.verify.unavailable': 'Group verification is not available in this build.',

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

  // `regroup refresh --user --verify`: what the refresh changed. {groups} is a list of group names.
  'cli.verdict.unverified': 'Not verified: {reason}',
  'cli.verdict.gained': 'Gained for Kerberos services: {groups}',
  'cli.verdict.noneGained': 'No group was gained for Kerberos services.',
  'cli.verdict.lost': 'Lost for Kerberos services: {groups}',
  'cli.verdict.needsSignOut': 'Still needs a sign-out on this PC (local permissions): {groups}',
  // {hint} is a sentence: a reason, seen here, why a refresh may not have helped.
  'cli.verdict.found': 'Found: {hint}',
  // {hint} is a sentence: general advice that could not be checked from here.
  'cli.verdict.note': 'Note: {hint}',

  // Anything else that went wrong. {detail} is the program's own error text, for the help desk.
  'cli.unexpected':
    'Regroup hit an unexpected problem: {detail}. Nothing else was changed. Please report this with the command you ran.',
} as const;
