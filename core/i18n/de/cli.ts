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
  'cli.usage.goesWith': '{option} ist nur mit {other} möglich.',
  'cli.usage.badDuration':
    '{option} erwartet eine Zeit von 1 Minute bis 24 Stunden, zum Beispiel {examples}, nicht „{value}“.',
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
  'cli.list.noName': '(kein Name)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'SERVER',
  'cli.list.column.ends': 'ENDET',
  'cli.list.column.left': 'VERBLEIBEND',
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
  'cli.password.signInPrompt': 'Kennwort für {principal}:',
  'cli.password.cancelled': 'Abgebrochen: Es wurde nichts geändert.',
  'cli.password.noTerminal':
    'Für ein neues Ticket wird Ihr Kennwort benötigt, und es gibt kein Terminal, um danach zu fragen. Übergeben Sie es per Pipe mit {option}, oder führen Sie den Befehl in einem Terminal aus.',
  'cli.password.stdinInvalid':
    'Das mit {option} übergebene Kennwort muss aus einer Zeile mit 1 bis {max} Zeichen bestehen. Es wurde nichts geändert.',
  'cli.verify.unavailable': 'Die Gruppenprüfung ist in diesem Build nicht verfügbar.',
  'cli.wait.started': 'Warten auf {group} bis {time}. Zum Beenden drücken Sie {keys}.',
  'cli.wait.nextCheck': 'Nächste Prüfung um {time}.',
  'cli.policy.computerOff':
    'Das Aktualisieren der Computergruppen wurde von Ihrer IT-Abteilung deaktiviert.',

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
  'cli.diagnose.title': 'Regroup-Diagnose, {time}',
  'cli.diagnose.redacted':
    'Benutzer-, Computer- und Domänennamen sind in diesem Bericht durch Platzhalter ersetzt (user1, host1, domain1.example).',
  'cli.diagnose.label.app': 'Regroup-Version',
  'cli.diagnose.label.system': 'Betriebssystem',
  'cli.diagnose.label.computer': 'Computer',
  'cli.diagnose.heading.identity': 'Wer',
  'cli.diagnose.label.principal': 'Prinzipal',
  'cli.diagnose.label.realm': 'Bereich (Realm)',
  'cli.diagnose.label.logonSession': 'Anmeldesitzung',
  'cli.diagnose.label.cache': 'Ticketcache',
  'cli.diagnose.heading.tickets': '{count, plural, =0 {Tickets} one {# Ticket} other {# Tickets}}',
  'cli.diagnose.heading.kdc': 'Domänencontroller (KDC)',
  'cli.diagnose.kdc.answered': '{host} hat nach {ms} ms geantwortet (versucht: {tried}).',
  'cli.diagnose.heading.clock': 'Uhrzeit',
  'cli.diagnose.label.kdcTime': 'Domänencontroller',
  'cli.diagnose.label.localTime': 'Dieser Computer',
  'cli.diagnose.label.offset': 'Unterschied',
  'cli.diagnose.clock.offset': '{offset} Sekunden (Umlaufzeit {ms} ms)',
  'cli.diagnose.clock.withinLimit':
    'Die Uhr dieses Computers liegt nah genug an der des Domänencontrollers für Kerberos (weniger als 4 Minuten Unterschied).',
  'cli.diagnose.heading.groups': 'Gruppen',
  'cli.diagnose.groups.read': '{view}: gelesen mit {source}',
  'cli.diagnose.heading.lastRefresh': 'Letzte Aktualisierung',
  'cli.diagnose.label.finished': 'Beendet',
  'cli.diagnose.label.outcome': 'Ergebnis',
  'cli.diagnose.label.result': 'Meldung',
  'cli.diagnose.label.errorDetail': 'Details',
  'cli.diagnose.label.gained': 'Hinzugekommene Gruppen',
  'cli.diagnose.label.lost': 'Weggefallene Gruppen',
  'cli.diagnose.label.needsSignOut': 'Erfordert eine Abmeldung',
  'cli.diagnose.label.unverified': 'Nicht überprüft',
  'cli.diagnose.none': 'keine',
  'cli.diagnose.notRead': 'Nicht gelesen: {problem}',
  'cli.diagnose.detail': 'Details: {detail}',
  'cli.diagnose.probeFailed':
    'Dieser Teil konnte wegen eines unerwarteten Fehlers nicht gelesen werden; die Details sind für Ihren IT-Helpdesk.',
  'cli.diagnose.noRealm':
    'Hier ist keine Domäne bekannt (kein Kerberos-Ticket und keine Domäne in der Umgebung), daher wurde kein Domänencontroller gesucht.',
  'cli.diagnose.noKdcForClock':
    'Die Uhren wurden nicht verglichen, weil kein Domänencontroller geantwortet hat.',
  'cli.diagnose.noRefreshKept':
    'Die Befehlszeile speichert frühere Aktualisierungen nicht. „Diagnose kopieren“ im Regroup-Fenster enthält die letzte dort ausgeführte Aktualisierung.',
  'cli.diagnose.noRefreshYet': 'Seit dem Start von Regroup wurde keine Aktualisierung ausgeführt.',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.found': 'Gefunden: {hint}',
  'cli.verdict.note': 'Hinweis: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Bei Regroup ist ein unerwartetes Problem aufgetreten: {detail}. Sonst wurde nichts geändert. Bitte melden Sie dies zusammen mit dem Befehl, den Sie ausgeführt haben.',

  // Added for the help desk (issue 11).
  'cli.usage.badEncoding':
    '{option} erwartet eine Codierung wie {example}; „{encoding}“ kann Regroup nicht lesen.',
  'cli.usage.more': 'Mehr: {command}',
  'cli.list.tgtLeft': 'Anmeldeticket: noch {left}, ausgestellt {issued}',
  'cli.list.tgtRenewedBySystem': 'Anmeldeticket: Windows erneuert es selbst (ausgestellt {issued})',
  'cli.list.tgtLeftProtectedUsers':
    'Anmeldeticket: noch {left}, ausgestellt {issued}. Ihr Konto ist in „Geschützte Benutzer“ (Protected Users): Windows kann es nicht erneuern; wenn es endet, melden Sie sich erneut an (Computer sperren und entsperren).',
  'cli.list.tgtExpired':
    'Anmeldeticket: vor {ago} abgelaufen (ausgestellt {issued}). Ein neues erhalten Sie mit „{command}“.',
  'cli.list.noTgt': 'Kein Anmeldeticket. Eines erhalten Sie mit „{command}“.',
  'cli.parse.tgtCaptured':
    'Anmeldeticket: ausgestellt {issued}, endet {ends} (Laufzeit {lifetime})',
  'cli.parse.noTgt': 'Diese Ausgabe enthält kein Anmeldeticket.',
  'cli.list.column.issued': 'AUSGESTELLT',
  'cli.list.column.start': 'BEGINN',
  'cli.list.column.lifetime': 'LAUFZEIT',
  'cli.field.client': 'Client',
  'cli.field.service': 'Dienst',
  'cli.field.start': 'Beginn',
  'cli.field.end': 'Ende',
  'cli.field.left': 'Verbleibend',
  'cli.field.lifetime': 'Laufzeit',
  'cli.field.renewUntil': 'Erneuerbar bis',
  'cli.field.encryption': 'Verschlüsselung',
  'cli.field.encryptionValue': '{ticket} (Ticket), {sessionKey} (Sitzungsschlüssel)',
  'cli.field.flags': 'Kennzeichen',
  'cli.field.cacheFlags': 'Cachekennzeichen',
  'cli.field.kdcCalled': 'Aufgerufener KDC',
  'cli.field.cache': 'Cache',
  'cli.parse.failed': 'Diese klist-Ausgabe ist ein Fehler, keine Liste von Tickets.',
  'cli.parse.toolSaid': 'klist meldete: {detail}',
  'cli.parse.pasteHint':
    'Fügen Sie die klist-Ausgabe hier ein und drücken Sie dann in einer neuen Zeile {keys}. Um stattdessen eine gespeicherte Datei zu lesen: {command}',
  'cli.parse.pasteHintWindows':
    'Fügen Sie die klist-Ausgabe hier ein und drücken Sie dann {ctrlZ} und danach {enter}. Um stattdessen eine gespeicherte Datei zu lesen: {command}',
  'cli.help.heading.commands': 'Befehle:',
  'cli.help.heading.options': 'Optionen:',
  'cli.help.heading.environment': 'Umgebung:',
  'cli.help.heading.examples': 'Beispiele:',
  'cli.help.more': 'Hilfe zu einem Befehl: {command}',
  'cli.help.list.summary':
    'Zeigt Ihre Kerberos-Tickets: zuerst Ihr Anmeldeticket und wie lange es gilt, dann jedes Ticket mit Ausstellungszeit und verbleibender Zeit.',
  'cli.help.refresh.summary':
    'Holt neue Kerberos-Tickets, damit neue Gruppenmitgliedschaften ohne Abmelden gelten: löscht die alten Tickets und holt neue.',
  'cli.help.parse.summary':
    'Liest klist-Ausgabe, die jemand gespeichert oder eingefügt hat (Windows, MIT oder Heimdal), und zeigt die Tickets so, wie sie bei der Aufnahme waren, oder die Ursache des gezeigten Fehlers.',
  'cli.help.groups.summary':
    'Zeigt Ihre Gruppen in drei Ansichten nebeneinander: Ihr Anmeldetoken, was Kerberos-Dienste sehen, und das Verzeichnis jetzt.',
  'cli.help.diagnose.summary':
    'Gibt einen Bericht für den IT-Helpdesk aus: Versionen, Ihre Tickets (nie deren Schlüssel), den Domänencontroller und seine Antwortzeit, den Zeitunterschied, Ihre Gruppen und die letzte Aktualisierung.',
  'cli.help.help.summary': 'Zeigt die Hilfe zu Regroup oder zu einem Befehl.',
  'cli.help.version.summary': 'Zeigt die Version von Regroup.',
  'cli.help.option.json':
    'Schreibt das Ergebnis als JSON für Skripts; die Meldungen darin sind in der gewählten Sprache.',
  'cli.help.option.verbose':
    'Zeigt jedes Feld jedes Tickets: Client, Zeiten, Verschlüsselung, Kennzeichen, Cachekennzeichen und den aufgerufenen KDC.',
  'cli.help.option.listComputer':
    'Listet die Tickets dieses Computers (Windows: Anmeldesitzung 0x3e7) statt Ihrer eigenen.',
  'cli.help.option.user':
    'Aktualisiert Ihre eigenen Tickets. Unter Linux und macOS ohne Ticketcache meldet es Sie mit Ihrem Benutzernamen im Standardbereich an (ihr.name@IHR.BEREICH).',
  'cli.help.option.refreshComputer':
    'Aktualisiert die Tickets dieses Computers, für die Gruppenmitgliedschaften des Computers. Dafür sind Administratorrechte nötig: Hat Regroup sie bereits (Eingabeaufforderung mit erhöhten Rechten, SYSTEM oder root) oder hat die IT das Regroup-Hilfsprogramm installiert (Windows, Linux), wird niemand gefragt; sonst wird eine Administratorgenehmigung angefordert, außer bei einem Konto, das sie nicht erteilen kann: Ihm wird gesagt, wer es kann und dass ein Neustart dieselbe Wirkung hat.',
  'cli.help.option.verify':
    'Vergleicht Ihre Gruppen vor und nach der Aktualisierung und sagt, was sich geändert hat und was noch eine Abmeldung braucht.',
  'cli.help.option.waitFor':
    'Wartet, bis das Verzeichnis Sie in dieser Gruppe führt (LAB\\Finance oder eine SID), aktualisiert dann und prüft. Exitcode 3: nicht rechtzeitig angekommen.',
  'cli.help.option.timeout':
    'Wie lange auf die Gruppe gewartet wird, zum Beispiel 90m oder 2h (Standard 2 Stunden, höchstens 24 Stunden).',
  'cli.help.option.dc': 'Fragt diesen Domänencontroller nach Ihren Gruppen statt des gefundenen.',
  'cli.help.option.redact':
    'Ersetzt Benutzer-, Computer- und Domänennamen durch Platzhalter (user1, host1, domain1.example); derselbe Name erhält immer denselben Platzhalter.',
  'cli.help.option.passwordStdin':
    'Liest das Kennwort von der Standardeingabe, statt im Terminal zu fragen (Linux und macOS).',
  'cli.help.option.force':
    'Aktualisiert auch, wenn kein Domänencontroller antwortet. Unter Windows werden die alten Tickets dann gelöscht, und neue gibt es erst, wenn wieder einer antwortet.',
  'cli.help.option.gpupdate':
    'Wendet außerdem die Computer-Gruppenrichtlinie erneut an (gpupdate /target:computer /force), in derselben Administratorabfrage.',
  'cli.help.option.format':
    'Gibt an, welches klist den Text ausgegeben hat: auto (Standard), windows, mit oder heimdal.',
  'cli.help.option.encoding':
    'Liest die Eingabe in dieser Codierung (cp850, cp936, utf-16le ...), statt sie zu erkennen.',
  'cli.help.option.lang': 'Spricht diese Sprache: en, de, fr, es, ja oder zh-CN.',
  'cli.help.option.help': 'Zeigt diese Hilfe.',
  'cli.help.operand.file':
    'Die Datei mit der klist-Ausgabe; - oder nichts liest die Standardeingabe.',
  'cli.help.operand.command':
    'Der zu erklärende Befehl: list, refresh, parse, groups, diagnose, helper, help oder version.',
  'cli.help.env.language': 'Wählen die Sprache, wenn --lang fehlt: die erste gesetzte gilt.',
  'cli.help.env.colour':
    'NO_COLOR schaltet Farbe aus; FORCE_COLOR schaltet sie ein, wenn die Ausgabe kein Terminal ist.',
  'cli.help.env.columns':
    'Die Breite der Ausgabe in Zeichen, wenn sie kein Terminal ist (sonst 80).',
  'cli.help.env.keytab':
    'Linux und macOS: eine Keytab für Ihr eigenes Konto; refresh --user verwendet sie, statt nach einem Kennwort zu fragen.',
  'cli.help.env.dc': 'Der Domänencontroller, der nach Ihren Gruppen gefragt wird, wenn --dc fehlt.',
  'cli.help.list.example1': 'Ihre Tickets und wie lange Ihr Anmeldeticket gilt.',
  'cli.help.list.example2': 'Die Tickets dieses Computers, mit jedem Feld.',
  'cli.help.refresh.example1':
    'Neue Tickets für Sie, dann welche Gruppen Sie gewonnen oder verloren haben.',
  'cli.help.refresh.example2':
    'Neue Tickets für diesen Computer, und seine Gruppenrichtlinie erneut angewendet.',
  'cli.help.parse.example1':
    'Liest die klist-Ausgabe, die ein Benutzer in klist.txt gespeichert hat.',
  'cli.help.parse.example2':
    'Liest eine Datei, die cmd unter chinesischem Windows gespeichert hat, mit jedem Feld jedes Tickets.',
  'cli.help.groups.example1': 'Ihre Gruppen in den drei Ansichten.',
  'cli.help.groups.example2': 'Dasselbe von einem bestimmten Domänencontroller, als JSON.',
  'cli.help.diagnose.example1': 'Der Bericht, zum Einfügen in eine Nachricht an den Helpdesk.',
  'cli.help.diagnose.example2': 'Dasselbe als JSON, mit ersetzten Namen.',
  'cli.help.help.example1': 'Wie man aktualisiert, mit jeder Option.',
  'cli.help.help.example2': 'Die Hilfe zu parse auf Deutsch.',
  'cli.help.version.example1': 'Die Version, für eine Meldung an den IT-Support.',
  'cli.help.version.example2': 'Dasselbe, mit dem Befehl als Wort.',
  'cli.help.helper.summary':
    'Installiert, entfernt oder prüft das Regroup-Hilfsprogramm unter Windows: zwei geplante Aufgaben, mit denen Benutzer die Gruppen dieses Computers ohne Administratorgenehmigung aktualisieren können.',
  'cli.help.operand.helperAction':
    'Was zu tun ist: install, remove oder status (ob das Hilfsprogramm installiert und unverändert ist; Exitcode 0, wenn ja, sonst 1).',
  'cli.help.helper.example1':
    'Installiert das Hilfsprogramm; führen Sie es als Administrator oder als SYSTEM aus, zum Beispiel über Intune.',
  'cli.help.helper.example2':
    'Ob das Hilfsprogramm installiert und unverändert ist, als JSON für ein Skript.',

  'cli.usage.helperAction': '„{command}“ erwartet eines von: {actions}.',
  'cli.helper.installed':
    'Das Regroup-Hilfsprogramm ist installiert. Benutzer dieses Computers können seine Gruppen jetzt ohne Administratorgenehmigung aktualisieren.',
  'cli.helper.removed':
    'Das Regroup-Hilfsprogramm wurde entfernt. Zum Aktualisieren der Computergruppen ist wieder eine Administratorgenehmigung erforderlich.',
  'cli.helper.present': 'Das Regroup-Hilfsprogramm ist installiert und unverändert.',
  'cli.helper.absent':
    'Das Regroup-Hilfsprogramm ist nicht installiert. Ein Administrator kann es mit {command} installieren.',
  'cli.helper.altered':
    'Die Aufgaben des Regroup-Hilfsprogramms wurden nach der Installation geändert, daher verwendet Regroup sie nicht. Ein Administrator kann sie mit {command} erneut installieren.',
  'cli.helper.windowsOnly':
    'Dieser Befehl ist für Windows bestimmt. Unter Linux installiert das Regroup-deb-Paket das Hilfsprogramm; unter macOS fragt Regroup nach der Administratorgenehmigung.',
  'cli.helper.state.installed': 'installiert',
  'cli.helper.state.missing': 'nicht installiert',
  'cli.helper.state.altered': 'geändert',
  'cli.helper.row': '{task}: {state} ({command})',

  'cli.outcome.verifyHint':
    'Um zu prüfen, welche Gruppen Netzwerkdienste jetzt sehen, fügen Sie {option} hinzu.',
};
