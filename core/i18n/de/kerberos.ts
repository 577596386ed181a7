/** The Kerberos core in German. Translated from en/kerberos.ts; same keys, same ICU arguments. */
import type { kerberos as en } from '../en/kerberos';

export const kerberos: Record<keyof typeof en, string> = {
  // A Kerberos tool (klist, kinit ...) could not be run.
  'krb.tool.notFound.windows':
    '{tool} wurde im Windows-Systemordner nicht gefunden. Es ist Teil von Windows, daher ist diese Windows-Installation beschädigt; wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.tool.notFound.unix':
    '{tool} wurde nicht gefunden. Regroup benötigt die Kerberos-Tools: Installieren Sie krb5-user (Debian, Ubuntu) oder krb5-workstation (Fedora, Red Hat), und versuchen Sie es dann erneut. Unter macOS sind sie Teil des Systems: Wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.tool.spawnFailed':
    '{tool} konnte nicht gestartet werden. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.tool.timeout':
    '{tool} hat nicht innerhalb von {seconds} Sekunden geantwortet und wurde beendet. Prüfen Sie die Netzwerkverbindung zu Ihrer Domäne, und versuchen Sie es dann erneut.',
  'krb.tool.exit':
    '{tool} hat einen Fehler gemeldet (Exitcode {code}). Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.tool.unexpected':
    'Die Kerberos-Tools konnten nicht ausgeführt werden. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren IT-Helpdesk.',

  // Windows klist.exe failures, read from the status codes it prints.
  'krb.windows.noLogonSession':
    'Laut Windows gibt es die Anmeldesitzung nicht, deren Tickets abgefragt wurden (sie wurde möglicherweise beendet, oder diese Sitzung wurde ohne Kerberos angemeldet). Melden Sie sich ab und mit Ihrem Domänenkonto wieder an, und versuchen Sie es dann erneut.',
  'krb.windows.accessDenied':
    'Windows hat den Zugriff auf diese Kerberos-Tickets verweigert. Die Tickets des Computers können nur mit Administratorrechten gelesen oder entfernt werden: Führen Sie den Befehl als Administrator aus, oder bestätigen Sie die Abfrage, wenn Regroup danach fragt.',
  'krb.windows.noLogonServers':
    'Es konnte kein Domänencontroller erreicht werden, daher konnte Windows kein Kerberos-Ticket abrufen. Stellen Sie eine Verbindung mit dem Firmennetzwerk oder dem VPN her, und versuchen Sie es dann erneut.',
  'krb.windows.etypeNotSupported':
    'Der Domänencontroller hat das Ticket abgelehnt, weil er den angeforderten Verschlüsselungstyp nicht unterstützt. Bitten Sie Ihren IT-Helpdesk, die für dieses Konto oder diesen Dienst zulässigen Verschlüsselungstypen zu prüfen.',
  'krb.windows.unknownService':
    'Der Domänencontroller kennt den angeforderten Dienstnamen (SPN) nicht. Prüfen Sie den Namen, oder bitten Sie Ihren IT-Helpdesk, ihn zu registrieren.',
  'krb.windows.clockSkew':
    'Die Uhrzeit dieses Computers weicht zu stark von der des Domänencontrollers ab. Synchronisieren Sie die Uhrzeit (Einstellungen > Zeit und Sprache > Jetzt synchronisieren), und versuchen Sie es dann erneut.',
  'krb.windows.noCredentials':
    'Windows hat für diese Sitzung keine Kerberos-Anmeldeinformationen (zum Beispiel nach einer Anmeldung mit einem lokalen Konto oder offline mit gespeicherten Anmeldeinformationen). Sperren und entsperren Sie den Computer, oder melden Sie sich ab und wieder an, während eine Verbindung mit dem Firmennetzwerk besteht, und versuchen Sie es dann erneut.',
  'krb.windows.noSuchDomain':
    'Windows konnte die Kerberos-Domäne nicht finden. Wenn dieser Computer Mitglied einer Domäne ist, stellen Sie eine Verbindung mit dem Firmennetzwerk oder dem VPN her, und versuchen Sie es erneut; andernfalls gibt es für Regroup hier nichts zu aktualisieren.',
  'krb.windows.logonFailure':
    'Der Domänencontroller hat das Konto abgelehnt (falsches Kennwort, oder das Konto ist gesperrt, deaktiviert oder abgelaufen). Melden Sie sich ab und mit Ihrem aktuellen Kennwort wieder an, oder wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.windows.accountLocked':
    'Laut Domänencontroller ist das Konto gesperrt. Warten Sie, bis es entsperrt wird, oder bitten Sie Ihren IT-Helpdesk, es zu entsperren, und versuchen Sie es dann erneut.',
  'krb.windows.accountDisabled':
    'Laut Domänencontroller ist das Konto deaktiviert oder abgelaufen. Wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.windows.passwordExpired':
    'Laut Domänencontroller ist das Kennwort abgelaufen. Ändern Sie Ihr Kennwort (Strg+Alt+Entf > Kennwort ändern), und versuchen Sie es dann erneut.',
  'krb.windows.kdcRefused':
    'Der Domänencontroller hat die Kerberos-Anfrage abgelehnt. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, geben Sie die Details an Ihren IT-Helpdesk weiter.',
  'krb.windows.unrecognisedCode':
    'klist ist mit einem Fehler fehlgeschlagen, den Regroup nicht kennt ({codes}). Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, geben Sie die Details an Ihren IT-Helpdesk weiter.',
  'krb.windows.unrecognised':
    'klist ist mit einem Fehler fehlgeschlagen, den Regroup nicht kennt. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, geben Sie die Details an Ihren IT-Helpdesk weiter.',

  // Windows klist.exe output that is not a ticket listing.
  'krb.windows.klist.empty':
    'klist hat nichts ausgegeben. Führen Sie es erneut aus; wenn es weiterhin nichts ausgibt, starten Sie den Computer neu.',
  'krb.windows.klist.tgtOutput':
    'Dies ist die Ausgabe von `klist tgt`, die Regroup nicht liest, weil sie den Sitzungsschlüssel des Tickets enthält. Führen Sie stattdessen nur `klist` aus, und geben Sie die Ausgabe von `klist tgt` nicht weiter: Damit können andere Ihr Ticket verwenden.',
  'krb.windows.klist.sessionsOutput':
    'Dies ist die Ausgabe von `klist sessions` (eine Liste von Anmeldesitzungen), keine Ticketliste. Führen Sie nur `klist` aus, um die Tickets anzuzeigen.',
  'krb.windows.klist.sessionsOutputDenied':
    'Dies ist die Ausgabe von `klist sessions` (eine Liste von Anmeldesitzungen), keine Ticketliste. Führen Sie nur `klist` aus, um die Tickets anzuzeigen. Außerdem wurde klist der Zugriff auf die anderen Sitzungen verweigert: Nur ein Administrator kann sie auflisten.',
  'krb.windows.klist.purgeOutput':
    'Dies ist die Ausgabe von `klist purge` (Tickets gelöscht), keine Ticketliste. Führen Sie nur `klist` aus, um die Tickets anzuzeigen.',
  'krb.windows.klist.cutOff':
    'Die klist-Ausgabe endet vor der Ticketliste (sie wurde abgeschnitten). Führen Sie klist erneut aus.',
  'krb.windows.klist.notKlist':
    'Dieser Text ist keine Windows-klist-Ausgabe, die Regroup lesen kann: Er enthält keine Zeile zur Anmeldesitzung, keine Ticketanzahl und keine Tickets. Führen Sie nur `klist` aus, und versuchen Sie es erneut.',
  'krb.windows.klist.purgeUnconfirmed':
    'Regroup konnte nicht bestätigen, dass klist die Tickets gelöscht hat: Die Ausgabe sieht nicht wie ein Löschbericht aus. Führen Sie `klist purge` erneut aus, und prüfen Sie, ob dort steht, dass die Tickets gelöscht wurden.',

  // The Windows service.
  'krb.windows.notInDomain':
    'Dieses Windows-Konto ist nicht bei einer Domäne angemeldet und hat daher keine Kerberos-Tickets oder Domänengruppen, die aktualisiert werden könnten. Melden Sie sich mit Ihrem Domänenkonto an (oder stellen Sie vor der Anmeldung eine VPN-Verbindung her), und versuchen Sie es erneut.',
  'krb.windows.computerNotInDomain':
    'Dieses Windows-Konto ist nicht bei einer Domäne angemeldet, daher gibt es keine Computergruppen zu aktualisieren.',
  'krb.windows.emptyRun':
    'klist hat nichts ausgegeben (Exitcode {code}). Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.windows.computerListNeedsAdmin':
    'Zum Lesen der Tickets des Computers sind Administratorrechte erforderlich. Führen Sie die Befehlszeile von Regroup in einer Eingabeaufforderung mit Administratorrechten aus (regroup list --computer), oder verwenden Sie „Computergruppen aktualisieren“; dabei wird nach der Genehmigung gefragt.',
  'krb.windows.purgeFailed':
    'klist konnte Ihre Tickets nicht entfernen (Exitcode {code}). Es wurde nichts geändert; versuchen Sie es erneut.',

  // Elevation: the administrator prompt (UAC on Windows, polkit or sudo elsewhere).
  'krb.elevate.refused':
    'Regroup hat es abgelehnt, einen unerwarteten Befehl als Administrator auszuführen, daher wurde nichts geändert. Installieren Sie Regroup neu; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihren IT-Helpdesk.',
  'krb.elevate.kinitNotSystem':
    '{path} ist keine Systemdatei (im Besitz von root und nur für root beschreibbar), daher führt Regroup die Datei nicht als Administrator aus. Installieren Sie die Kerberos-Tools (krb5-user) neu, und versuchen Sie es erneut.',
  'krb.elevate.promptUnavailable':
    'Die Administratorabfrage konnte nicht geöffnet werden. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, installieren Sie Regroup neu.',
  'krb.elevate.declined':
    'Die Administratorgenehmigung wurde nicht erteilt, daher wurde nichts geändert. Zum Aktualisieren der Computergruppen ist die Genehmigung eines Administrators erforderlich; ein Neustart des Computers hat dieselbe Wirkung.',
  'krb.elevate.noPolkitAgent':
    'Auf diesem Desktop ist keine Administratorabfrage verfügbar (kein polkit-Agent). Führen Sie stattdessen „sudo regroup refresh --computer“ in einem Terminal aus.',
  'krb.elevate.failed':
    'Der Administratorbefehl wurde nicht abgeschlossen. Sonst wurde nichts geändert; versuchen Sie es erneut, oder wenden Sie sich an Ihren IT-Helpdesk, wenn der Fehler weiterhin auftritt.',
  'krb.elevate.timeout':
    '{tool} lief nach {seconds} Sekunden noch immer als Administrator, daher wartet Regroup nicht länger darauf. Der Vorgang wird möglicherweise noch von selbst abgeschlossen; ein Neustart des Computers hat dieselbe Wirkung wie eine Aktualisierung.',
  'krb.clock.noAnswer':
    'Domänencontroller {host} hat auf die Frage nach seiner Uhrzeit nicht geantwortet.',
  'krb.clock.unreadable':
    'Domänencontroller {host} hat geantwortet, aber seine Uhrzeit konnte aus der Antwort nicht gelesen werden.',
  'krb.clock.skewed.windows':
    'Die Uhr dieses Computers geht {minutes, plural, one {# Minute} other {# Minuten}} {direction, select, ahead {vor} other {nach}} gegenüber Domänencontroller {host}, und Kerberos verweigert die Anmeldung ab 5 Minuten Unterschied; daher aktualisiert Regroup Ihre Tickets erst, wenn die Uhr stimmt. Öffnen Sie Einstellungen > Zeit und Sprache > Datum und Uhrzeit, wählen Sie „Jetzt synchronisieren“, und aktualisieren Sie dann erneut.',
  'krb.clock.skewed.unix':
    'Die Uhr dieses Computers geht {minutes, plural, one {# Minute} other {# Minuten}} {direction, select, ahead {vor} other {nach}} gegenüber Domänencontroller {host}, und Kerberos verweigert die Anmeldung ab 5 Minuten Unterschied; daher aktualisiert Regroup Ihre Tickets erst, wenn die Uhr stimmt. Schalten Sie die automatische Zeiteinstellung ein (Linux: timedatectl set-ntp true; macOS: Systemeinstellungen > Allgemein > Datum & Uhrzeit), und aktualisieren Sie dann erneut.',

  // The pre-flight: before removing tickets, is a domain controller reachable?
  'krb.preflight.noKdcFound':
    'Für {realm} wurde kein Domänencontroller gefunden (kein DNS-Eintrag und keiner konfiguriert). Stellen Sie eine Verbindung mit dem Firmennetzwerk oder dem VPN her, und versuchen Sie es erneut.',
  'krb.preflight.noKdcFoundNoRealm':
    'Für Ihre Domäne wurde kein Domänencontroller gefunden (kein DNS-Eintrag und keiner konfiguriert). Stellen Sie eine Verbindung mit dem Firmennetzwerk oder dem VPN her, und versuchen Sie es erneut.',
  'krb.preflight.kdcAnswers': 'Domänencontroller {host} antwortet.',
  'krb.preflight.kdcProxyAnswers': 'Der KDC-Proxyserver {url} antwortet (Kerberos über HTTPS).',
  'krb.preflight.noKdcAnswers':
    'Kein Domänencontroller von {realm} antwortet (versucht: {tried}), daher wurden Ihre Tickets nicht verändert: Würden sie jetzt entfernt, hätten Sie bis zur erneuten Verbindung keine mehr. Stellen Sie eine Verbindung mit dem Firmennetzwerk oder dem VPN her, und versuchen Sie es erneut.',

  // `regroup parse`: reading saved klist output.
  'krb.parse.empty':
    'Die Eingabe ist leer. Fügen Sie die vollständige Ausgabe von klist ein oder speichern Sie sie, und versuchen Sie es erneut.',
  'krb.parse.notKlist':
    'Das sieht nicht wie eine klist-Ausgabe aus (Windows klist.exe, MIT- oder Heimdal-klist). Speichern Sie die vollständige Ausgabe von „klist“ in einer Datei, und versuchen Sie es erneut, oder geben Sie das Format mit --format an.',

  // The result of "Refresh my groups".
  'krb.result.user.refreshed':
    'Fertig: {removed, plural, =0 {Ein neues Ticket} one {# altes Ticket wurde entfernt, und ein neues Ticket} other {# alte Tickets wurden entfernt, und ein neues Ticket}} wurde für {client} mit Ihren aktuellen Gruppen ausgestellt.',
  'krb.result.user.refreshedNoClient':
    'Fertig: {removed, plural, =0 {Ein neues Ticket} one {# altes Ticket wurde entfernt, und ein neues Ticket} other {# alte Tickets wurden entfernt, und ein neues Ticket}} wurde mit Ihren aktuellen Gruppen ausgestellt.',
  'krb.result.user.noTicket.windows':
    '{removed, plural, =0 {Es wurden keine alten Tickets entfernt} one {Ihr altes Ticket wurde entfernt} other {Ihre # alten Tickets wurden entfernt}}, aber ein neues Ticket konnte noch nicht abgerufen werden. Windows ruft selbst eines ab, wenn Sie das nächste Mal eine Netzwerkressource öffnen; falls das fehlschlägt, prüfen Sie die Netzwerkverbindung, und melden Sie sich dann ab und wieder an.',
  'krb.result.user.noTicket':
    '{removed, plural, =0 {Es wurden keine alten Tickets entfernt} one {Ihr altes Ticket wurde entfernt} other {Ihre # alten Tickets wurden entfernt}}, aber es konnte kein neues Ticket abgerufen werden. Prüfen Sie die Netzwerkverbindung, und aktualisieren Sie dann erneut.',
  'krb.result.user.someFailed':
    'Ein neues Ticket mit Ihren aktuellen Gruppen wurde ausgestellt, aber {count, plural, one {# Ticket konnte nicht erneut abgerufen werden; es wird} other {# Tickets konnten nicht erneut abgerufen werden; sie werden}} bei der nächsten Verwendung erneut abgerufen.',
  // The result of "Refresh computer groups".
  'krb.result.computer.refreshed.windows':
    'Fertig: Die Tickets des Computers wurden entfernt. Er erhält beim nächsten Kontakt mit einem Domänencontroller neue, mit seinen aktuellen Gruppen.',
  'krb.result.computer.refreshedWithPolicy.windows':
    'Fertig: Die Tickets des Computers wurden entfernt, und die Computerrichtlinie wurde mit seinen aktuellen Gruppen erneut angewendet.',
  'krb.result.computer.policyFailed.windows':
    'Die Tickets des Computers wurden entfernt, aber das erneute Anwenden der Computerrichtlinie ist fehlgeschlagen. Die Richtlinie wird innerhalb von 90 Minuten automatisch aktualisiert, oder führen Sie später „gpupdate /target:computer“ aus.',
  'krb.result.computer.refreshed.unix':
    'Fertig: Der Computer hat ein neues Ticket aus seiner Keytab, mit seinen aktuellen Gruppen.',
  'krb.result.computer.refreshed':
    'Fertig: Die Tickets des Computers wurden mit seinen aktuellen Gruppen aktualisiert.',
  'krb.result.computer.partial':
    'Die Tickets des Computers wurden aktualisiert, aber nicht alle Schritte wurden abgeschlossen; siehe Details.',
  'krb.result.nothingChanged': 'Es wurde nichts geändert.',

  // What a refresh does and does not reach, shown under every result.
  // Windows, "Refresh my groups":
  'krb.caveat.windows.user.newConnections':
    'Dienste, mit denen Sie sich ab jetzt über Kerberos verbinden (Dateifreigaben, Intranetseiten, SQL Server, E-Mail), sehen Ihre neuen Gruppen beim nächsten Zugriff.',
  'krb.caveat.windows.user.openConnections':
    'Bereits offene Verbindungen behalten Ihre alten Gruppen: Windows verwendet eine offene Verbindung zu einem Dateiserver weiter, bis sie etwa 15 Minuten lang nicht genutzt wurde.',
  'krb.caveat.windows.user.domainControllers':
    'Wenn ein Domänencontroller die Änderung noch nicht erhalten hat (Änderungen brauchen eine Weile, bis sie jeden Standort erreichen, und manche Standorte speichern universelle Gruppenmitgliedschaften zwischen), enthält Ihr neues Ticket noch die alten Gruppen: Aktualisieren Sie später erneut.',
  'krb.caveat.windows.user.signInToken':
    'Dieser PC behält für seine eigenen Berechtigungen (lokale Ordner, Administratorrechte, was „whoami /groups“ anzeigt) die Gruppen aus Ihrer Anmeldung, bis Sie sich ab- und wieder anmelden.',
  // Linux and macOS (MIT or Heimdal Kerberos), "Refresh my groups":
  'krb.caveat.unix.user.newTicket':
    'Sie haben ein neues Ticket-Granting-Ticket: Dienste, bei denen Sie sich ab jetzt über Kerberos anmelden (Freigaben, die Sie einbinden, Intranetseiten, SSH, Datenbanken), sehen Ihre neuen Gruppen.',
  'krb.caveat.unix.user.openConnections':
    'Bereits eingebundene Freigaben und bereits offene Verbindungen behalten Ihre alten Gruppen, bis sie sich neu verbinden.',
  'krb.caveat.unix.user.localGroups':
    'Was „id“ anzeigt, stammt nicht aus Ihren Tickets, sondern vom Verzeichnisdienst dieses Computers und dessen Cache (SSSD, winbind oder Open Directory unter macOS); daher kann dort eine Weile noch die alten Gruppen stehen.',
  // Windows, "Refresh computer groups":
  'krb.caveat.windows.computer.tickets':
    'Die Kerberos-Tickets des Computers wurden entfernt: Er erhält neue, mit seinen neuen Gruppen, wenn er das nächste Mal einen Domänencontroller kontaktiert.',
  'krb.caveat.windows.computer.policy':
    'Gruppenrichtlinieneinstellungen, die von Computergruppen abhängen, werden bei einer Richtlinienaktualisierung angewendet: bei der nächsten automatischen (innerhalb von etwa 90 Minuten) oder bei einer, die mit „gpupdate /target:computer“ gestartet wird. Manche Einstellungen werden erst bei einem Neustart angewendet.',
  'krb.caveat.windows.computer.signInToken':
    'Das eigene Anmeldetoken des Computers, das über die lokalen Berechtigungen von Diensten entscheidet, die als Computer ausgeführt werden, behält seine alten Gruppen, bis der Computer neu gestartet wird.',
  // Linux and macOS, "Refresh computer groups":
  'krb.caveat.unix.computer.newTicket':
    'Der Computer hat ein neues Ticket aus seiner Keytab im Systemcache: Dienste, die diesen Cache verwenden, sehen die neuen Gruppen des Computers bei ihrer nächsten Anfrage.',
  'krb.caveat.unix.computer.ownTickets':
    'Dienste, die eigene Computertickets vorhalten (SSSD, rpc.gssd für NFS), erhalten neue nach ihrem eigenen Zeitplan oder bei ihrem Neustart.',
  // When the kind of Kerberos is not known:
  'krb.caveat.user.newConnections':
    'Dienste, bei denen Sie sich ab jetzt über Kerberos anmelden, sehen Ihre neuen Gruppen; bereits offene Verbindungen behalten die alten Gruppen, bis sie sich neu verbinden.',
  'krb.caveat.computer.newTickets':
    'Der Computer erhält beim nächsten Kontakt mit einem Domänencontroller Tickets mit seinen neuen Gruppen; bereits offene Verbindungen behalten die alten Gruppen.',
  // A refresh that was declined, failed or found no domain controller:
  'krb.caveat.user.nothingRemoved':
    'Es wurde nichts entfernt: Ihre Tickets und Ihr Zugriff bleiben unverändert, mit den Gruppen, die Sie vorher hatten.',
  'krb.caveat.computer.nothingRemoved':
    'Es wurde nichts entfernt: Der Computer behält seine Tickets mit seinen alten Gruppen, bis sie ablaufen oder der Computer neu gestartet wird.',
  'krb.helper.needsAdmin':
    'Zum Installieren oder Entfernen des Regroup-Hilfsprogramms sind Administratorrechte erforderlich. Führen Sie den Befehl in einer Eingabeaufforderung mit Administratorrechten oder als SYSTEM aus (zum Beispiel über Intune oder ein Startskript).',
  'krb.helper.createFailed':
    'Windows hat die Aufgabe {task} nicht registriert (Exitcode {code}). Sonst wurde nichts geändert; die Details nennen den Grund.',
  'krb.helper.deleteFailed':
    'Windows hat die Aufgabe {task} nicht entfernt (Exitcode {code}). Die Details nennen den Grund.',
  'krb.helper.schtasksMissing':
    'Das Aufgabenplanungsprogramm wurde unter {path} nicht gefunden. Es ist Teil von Windows: Bitten Sie Ihre IT-Abteilung, diesen Computer zu überprüfen.',
  'krb.helper.notAsAsked':
    'Windows hat die Aufgaben des Hilfsprogramms anders gespeichert, als Regroup es angefordert hat, daher verwendet Regroup sie nicht. Die Details nennen die Unterschiede; wenden Sie sich an Ihre IT-Abteilung.',
  'krb.helper.notRun':
    'Die Aufgabe des Regroup-Hilfsprogramms wurde nicht ausgeführt, daher wurde nichts geändert. Bitten Sie Ihre IT-Abteilung, das Regroup-Hilfsprogramm auf diesem Computer zu überprüfen.',
  'krb.helper.timeout':
    'Die Aufgabe des Regroup-Hilfsprogramms wurde nicht innerhalb von {seconds} Sekunden abgeschlossen. Versuchen Sie es in einigen Minuten erneut; wenn das weiterhin geschieht, wenden Sie sich an Ihre IT-Abteilung.',
  'krb.helper.purgeFailed':
    'klist konnte die Tickets des Computers nicht entfernen (Exitcode {code}). Es wurde nichts geändert; versuchen Sie es erneut, oder wenden Sie sich an Ihre IT-Abteilung, wenn der Fehler weiterhin auftritt.',
  'krb.helper.policyFailed':
    'Die Computerrichtlinie konnte nicht erneut angewendet werden (gpupdate-Exitcode {code}). Die Tickets wurden aktualisiert; führen Sie gpupdate später erneut aus.',
};
