/** The `regroup` command line in German. Translated from en/cli.ts; same keys, same ICU arguments. */
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  // Usage.
  'cli.usage.heading': 'Verwendung:',
  'cli.usage.language':
    'Jeder Befehl akzeptiert außerdem {option}, eine der Sprachen: {languages}. Ohne diese Option richtet sich Regroup nach der ersten gesetzten Variablen aus {variables} und spricht Englisch, wenn diese eine andere Sprache nennt.',
  'cli.usage.exitCodes':
    'Exitcodes: 0 Erfolg, 1 der Vorgang ist fehlgeschlagen (der Grund steht in der Standardfehlerausgabe und im JSON), 2 falsche Verwendung oder unlesbare Eingabe.',

  // Usage errors.
  'cli.usage.unknownCommand': 'Unbekannter Befehl „{command}“. Versuchen Sie „{help}“.',
  'cli.usage.noValue': '{option} akzeptiert keinen Wert.',
  'cli.usage.needsValue': '{option} benötigt einen Wert, zum Beispiel {example}.',
  'cli.usage.unknownOption': '„{command}“ hat keine Option {option}. Versuchen Sie „{help}“.',
  'cli.usage.badHost':
    '„{host}“ ist weder ein Hostname noch eine Adresse; {option} erwartet einen Namen wie {example}.',
  'cli.usage.extraWord': '„{command}“ akzeptiert keine Datei und kein Wort wie „{word}“.',
  'cli.usage.refreshScope':
    'Geben Sie an, was aktualisiert werden soll: „{user}“ oder „{computer}“.',
  'cli.usage.userOnly': '{verify}, {dc} und {passwordStdin} sind nur mit {user} möglich.',
  'cli.usage.computerOnly': '{option} ist nur mit {computer} möglich.',
  'cli.usage.dcNeedsVerify': '{option} ist nur mit {verify} (oder mit „{groups}“) möglich.',
  'cli.usage.badFormat': '{option} erwartet einen der Werte {formats}, nicht „{format}“.',
  'cli.usage.parseOneFile': '„{command}“ liest eine Datei (oder {stdin} für die Standardeingabe).',
  'cli.usage.badLanguage':
    'Regroup spricht kein „{language}“. {option} erwartet eine der Sprachen {languages}.',

  // `regroup list` and `regroup parse`: the headline of a listing.
  'cli.list.session': '{principal} - Anmeldesitzung {session}',
  'cli.list.computerSession': '{principal} - Anmeldesitzung {session} (dieser Computer)',
  'cli.list.cache': '{principal} - Cache {cache}',
  'cli.list.noPrincipal': 'Kein Prinzipal',
  'cli.list.unknown': 'unbekannt',
  'cli.list.caches': 'Caches: {caches}',
  'cli.list.defaultCache': '{cache} (Standard)',
  'cli.list.noTickets':
    'Keine Kerberos-Tickets. Sie erhalten eines, wenn Sie das nächste Mal eine Dateifreigabe oder Intranetseite öffnen, oder mit „{command}“.',
  'cli.list.count': '{count, plural, one {# Ticket:} other {# Tickets:}}',
  'cli.list.incomplete':
    'Hinweis: Die Ausgabe war unvollständig; nur die angezeigten Tickets konnten gelesen werden.',
  'cli.list.tgt': 'TGT',
  'cli.list.noName': '(kein Name)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'SERVER',
  'cli.list.column.ends': 'ENDET',
  'cli.list.column.left': 'VERBLEIBEND',
  'cli.list.column.encryption': 'VERSCHLÜSSELUNG',
  'cli.list.column.flags': 'KENNZEICHEN',
  // Time left on a ticket.
  'cli.time.expiredAgo': 'vor {duration} abgelaufen',
  'cli.time.expired': 'abgelaufen',
  'cli.time.unknown': 'unbekannt',

  // `regroup refresh`: the report after the core's own sentence.
  'cli.refresh.removed': 'Entfernt ({count}):',
  'cli.refresh.acquired': 'Neu ({count}):',
  'cli.refresh.validFor': '(gültig für {duration})',
  'cli.refresh.alreadyExpired':
    '(bereits vor {duration} abgelaufen: Überprüfen Sie die Uhrzeit des Computers)',
  'cli.refresh.notObtained': 'Nicht erhalten:',
  'cli.refresh.failedTicket': '{server}: {reason}',
  'cli.refresh.forceHint': '{reason} Um trotzdem zu löschen, fügen Sie {option} hinzu.',
  'cli.password.prompt': 'Kennwort für ein neues Kerberos-Ticket:',
  'cli.password.cancelled': 'Abgebrochen: Es wurde nichts geändert.',
  'cli.password.noTerminal':
    'Für ein neues Ticket wird Ihr Kennwort benötigt, und es gibt kein Terminal, um danach zu fragen. Übergeben Sie es per Pipe mit {option}, oder führen Sie den Befehl in einem Terminal aus.',
  'cli.password.stdinInvalid':
    'Das mit {option} übergebene Kennwort muss aus einer Zeile mit 1 bis {max} Zeichen bestehen. Es wurde nichts geändert.',
  'cli.verify.unavailable': 'Die Gruppenprüfung ist in diesem Build nicht verfügbar.',

  // `regroup parse`: the input could not be read.
  'cli.parse.noSuchFile':
    '{file} kann nicht gelesen werden: Die Datei existiert nicht. Prüfen Sie den Pfad, und versuchen Sie es erneut.',
  'cli.parse.noPermission':
    '{file} kann nicht gelesen werden: Sie haben keine Leseberechtigung dafür. Kopieren Sie die Datei an einen Ort, an dem Sie sie lesen können, oder wenden Sie sich an den Besitzer.',
  'cli.parse.isFolder':
    '{file} kann nicht gelesen werden: Es ist ein Ordner. Geben Sie die Datei an, die die klist-Ausgabe enthält.',
  'cli.parse.stdinUnreadable':
    'Die Standardeingabe konnte nicht gelesen werden (Fehler {code}). Geben Sie stattdessen den Dateinamen an ({command}), oder übergeben Sie den Text per Pipe an den Befehl.',
  'cli.parse.cannotRead':
    '{file} kann nicht gelesen werden (Fehler {code}). Prüfen Sie den Pfad, und versuchen Sie es erneut.',
  'cli.parse.tooLarge':
    'Die Eingabe ist größer als {megabytes} MB; eine klist-Ausgabe umfasst wenige Kilobyte. Prüfen Sie, ob dies die richtige Datei ist.',

  // `regroup groups`: who was asked about, and where.
  'cli.groups.who': '{principal} - Domänencontroller {dc}',
  'cli.groups.unknownUser': 'Unbekannter Benutzer',
  // Column headings: the three views of the groups, then the group's name.
  'cli.groups.column.signInToken': 'ANMELDUNG',
  'cli.groups.column.kerberosServices': 'KERBEROS',
  'cli.groups.column.directory': 'VERZEICHNIS',
  'cli.groups.column.group': 'GRUPPE',
  // Marks in the three view columns.
  'cli.groups.yes': 'ja',
  'cli.groups.no': 'nein',
  'cli.groups.view.signInToken': 'Anmeldetoken',
  'cli.groups.view.kerberosServices': 'Kerberos-Dienste',
  'cli.groups.view.directory': 'Verzeichnis',
  'cli.groups.viewReason': '{view}: {reason}',
  'cli.groups.legend.signInToken':
    'Anmeldetoken: was dieser Computer für lokale Berechtigungen verwendet, bis Sie sich abmelden.',
  'cli.groups.legend.kerberosServices':
    'Kerberos-Dienste: was Dateifreigaben und Webanwendungen mit Ihren aktuellen Tickets sehen.',
  'cli.groups.legend.directory':
    'Verzeichnis: Ihre Gruppen, wie sie jetzt im Active Directory stehen (was Ihr nächstes Ticket enthalten wird).',
  'cli.groups.noView': 'Keine der drei Ansichten Ihrer Gruppen konnte hier gelesen werden.',
  'cli.groups.unavailable': 'Die Gruppenanalyse ist in diesem Build nicht verfügbar.',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.unverified': 'Nicht überprüft: {reason}',
  'cli.verdict.gained': 'Hinzugekommen für Kerberos-Dienste: {groups}',
  'cli.verdict.noneGained': 'Für Kerberos-Dienste ist keine Gruppe hinzugekommen.',
  'cli.verdict.lost': 'Weggefallen für Kerberos-Dienste: {groups}',
  'cli.verdict.needsSignOut':
    'Auf diesem PC ist weiterhin eine Abmeldung nötig (lokale Berechtigungen): {groups}',
  'cli.verdict.found': 'Gefunden: {hint}',
  'cli.verdict.note': 'Hinweis: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Bei Regroup ist ein unerwartetes Problem aufgetreten: {detail}. Sonst wurde nichts geändert. Bitte melden Sie dies zusammen mit dem Befehl, den Sie ausgeführt haben.',
};
