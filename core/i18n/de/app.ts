/** The window, the tray tooltip and the tray menu in German. Translated from en/app.ts; same keys, same ICU arguments. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Regroup',
  'app.tagline': 'Kerberos-Tickets und Gruppenmitgliedschaft',

  // Tray
  'tray.tooltip.valid': '{principal} — Anmeldeticket noch {left} gültig',
  'tray.tooltip.expiring': '{principal} — Anmeldeticket endet in {left}',
  'tray.tooltip.expired':
    '{principal} — Anmeldeticket abgelaufen. Öffnen Sie Regroup, um ein neues zu erhalten.',
  'tray.tooltip.renewedBySystem':
    '{principal} — angemeldet. Windows erneuert Ihr Anmeldeticket selbst.',
  'tray.tooltip.none': 'Regroup — kein Kerberos-Ticket. Öffnen Sie Regroup, um eines zu erhalten.',
  'tray.tooltip.error':
    'Regroup — Ihre Tickets konnten nicht gelesen werden. Öffnen Sie Regroup, um Details anzuzeigen.',
  'tray.tooltip.busy': 'Regroup — wird aktualisiert…',
  'tray.menu.open': 'Regroup öffnen',
  'tray.menu.refreshUser': 'Meine Gruppen aktualisieren',
  'tray.menu.refreshComputer': 'Computergruppen aktualisieren…',
  'tray.menu.startAtLogin': 'Bei Anmeldung starten',
  'tray.menu.startAtLoginManaged': 'Bei Anmeldung starten (von Ihrer IT-Abteilung festgelegt)',
  'tray.menu.quit': 'Regroup beenden',

  // Window chrome
  'window.close': 'Fenster ausblenden',
  'window.loading': 'Ihre Tickets werden gelesen…',
  'nav.label': 'Ansichten',
  'nav.tickets': 'Tickets',
  'nav.groups': 'Meine Gruppen',

  // Identity
  'identity.heading': 'Angemeldet als',
  'identity.realm': 'Kerberos-Bereich',
  'identity.session': 'Anmeldesitzung',
  'identity.cache': 'Ticketcache',
  'identity.unknown': 'Unbekannter Benutzer',

  // TGT card
  'tgt.heading': 'Anmeldeticket (TGT)',
  'tgt.validFor': 'Noch {left} gültig',
  'tgt.expiresIn': 'Läuft in {left} ab',
  'tgt.expired': 'Abgelaufen',
  'tgt.renewedBySystem': 'Windows erneuert es selbst',
  'tgt.missing': 'Kein Anmeldeticket. Mit „Meine Gruppen aktualisieren“ erhalten Sie eines.',
  'tgt.issued': 'Ausgestellt',
  'tgt.ends': 'Endet',
  'tgt.renewUntil': 'Erneuerbar bis',
  'tgt.expiringHint':
    'Endet innerhalb einer Stunde. „Meine Gruppen aktualisieren“ holt jetzt ein neues, ohne dass Sie sich abmelden müssen.',
  'tgt.expiredHint':
    'Dienste fragen erneut nach Ihrem Kennwort. „Meine Gruppen aktualisieren“ holt ein neues Ticket.',
  'expiry.notify.title':
    '{minutes, plural, one {Ihr Anmeldeticket läuft in # Minute ab} other {Ihr Anmeldeticket läuft in # Minuten ab}}',
  'expiry.notify.body':
    'Öffnen Sie Regroup und wählen Sie „Meine Gruppen aktualisieren“, um ein neues zu erhalten, damit Dateifreigaben und Websites weiter funktionieren.',
  'tgt.renewedBySystemHint':
    'Windows erneuert dieses Ticket, bevor es endet, und holt bei Bedarf mit Ihrer Anmeldung ein neues. Um das Ende müssen Sie sich nicht kümmern.',
  'tgt.protectedUsersHint':
    'Ihr Konto ist Mitglied der Gruppe „Geschützte Benutzer“ (Protected Users): Dieses Ticket gilt höchstens 4 Stunden, und Windows kann es nicht erneuern. Wenn es endet, melden Sie sich erneut an; es genügt, den Computer zu sperren und mit Ihrem Kennwort zu entsperren.',

  // Service tickets
  'tickets.heading': 'Diensttickets ({count})',
  'tickets.none':
    'Noch keine Diensttickets. Sie erscheinen, wenn Sie eine Freigabe, eine Webanwendung oder einen Mailserver öffnen.',
  'tickets.timeLeft': 'noch {left}',
  'tickets.endsAt': 'Endet {time}',
  'tickets.expired': 'Abgelaufen',
  'tickets.endedRenewed': 'Beendet; Windows holt bei Bedarf ein neues',
  'tickets.expiringSoon': 'endet innerhalb einer Stunde',
  'tickets.details': 'Details zu {server}',
  'tickets.server': 'Dienstname (SPN)',
  'tickets.encryption': 'Verschlüsselung',
  'tickets.sessionKey': 'Sitzungsschlüssel',
  'tickets.flags': 'Kennzeichen',
  'tickets.start': 'Beginn',
  'tickets.end': 'Ende',
  'tickets.renew': 'Erneuerbar bis',
  'tickets.kdc': 'Ausgestellt von',
  'tickets.incomplete':
    'Einige Tickets konnten nicht gelesen werden; die Liste ist möglicherweise unvollständig.',
  'tickets.listLabel': 'Diensttickets',

  // Encryption in plain words
  'enc.aes': 'aktuell',
  'enc.rc4': 'ein älteres Verfahren; die IT kann diesen Dienst auf AES umstellen',
  'enc.des': 'ein sehr altes Verfahren; die IT sollte diesen Dienst auf AES umstellen',
  'enc.unknown': 'unbekannt',
  'service.signIn': 'Anmeldeticket',
  'service.signInOther': 'Anmeldung bei der Domäne {domain}',
  'service.fileShare': 'Dateifreigabe auf {host}',
  'service.website': 'Website {host}',
  'service.sql': 'SQL Server {host}',
  'service.sqlInstance': 'SQL Server {host}\\{instance}',
  'service.mail': 'E-Mail',
  'service.directory': 'Verzeichnis ({host})',
  'service.replication': 'Verzeichnisreplikation ({host})',
  'service.remoteDesktop': 'Remotedesktop auf {host}',
  'service.remoteManagement': 'Remoteverwaltung auf {host}',
  'service.remoteProcedure': 'Remoteprozeduraufrufe auf {host}',
  'service.computer': 'Computer {host}',
  'service.dns': 'DNS-Server {host}',
  'service.password': 'Kennwortänderung',
  'service.other': '{service} auf {host}',

  // Flags in plain words
  'flag.forwardable': 'Kann in Ihrem Namen an einen anderen Server weitergeleitet werden',
  'flag.forwarded': 'Wurde von einem anderen Computer weitergeleitet',
  'flag.proxiable': 'Kann von einem Proxy verwendet werden',
  'flag.proxy': 'Ist ein Proxyticket',
  'flag.may_postdate': 'Kann vordatiert werden',
  'flag.postdated': 'Ist vordatiert',
  'flag.invalid': 'Noch nicht gültig',
  'flag.renewable': 'Kann ohne Ihr Kennwort erneuert werden',
  'flag.initial': 'Direkt mit Ihrem Kennwort oder Ihrer Smartcard ausgestellt',
  'flag.pre_authent': 'Sie haben Ihre Identität vor der Ausstellung nachgewiesen',
  'flag.hw_authent': 'Nach einer Hardwareauthentifizierung ausgestellt',
  'flag.ok_as_delegate': 'Der Server gilt als vertrauenswürdig für die Delegierung',
  'flag.name_canonicalize': 'Der Servername wurde in seine kanonische Form aufgelöst',
  'flag.anonymous': 'Anonymes Ticket',
  'flag.transited_policy_checked': 'Die durchlaufenen Bereiche wurden geprüft',
  'flag.reserved': 'Reserviertes Kennzeichen',
  'flag.other': 'Anderes Kennzeichen {name}',

  // Empty / error
  'empty.heading': 'Keine Kerberos-Tickets',
  'empty.body':
    'Ihr Ticketcache ist leer. „Meine Gruppen aktualisieren“ holt ein neues Anmeldeticket; Dienste erhalten ihre Tickets dann, wenn Sie sie verwenden.',
  'error.heading': 'Ihre Tickets konnten nicht gelesen werden',
  'error.retry': 'Erneut versuchen',
  'error.details': 'Technische Details',
  'error.unexpected':
    'In Regroup ist ein Fehler aufgetreten: {message}. Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, starten Sie Regroup neu.',

  // Actions
  'actions.label': 'Aktionen',
  'actions.refreshUser': 'Meine Gruppen aktualisieren',
  'actions.refreshUser.hint': 'Ihre eigenen Tickets; kein Administrator erforderlich',
  'actions.refreshComputer': 'Computergruppen aktualisieren',
  'actions.refreshComputer.hint': 'Tickets dieses Computers; fragt nach Administratorgenehmigung',
  'actions.refreshComputer.unavailable':
    '„Computergruppen aktualisieren“ ist hier nicht verfügbar: {reason}',
  'actions.copyDiagnostics': 'Diagnose kopieren',
  'actions.copyDiagnostics.hint':
    'Ein Bericht für Ihren IT-Helpdesk, in die Zwischenablage kopiert',
  'actions.copyDiagnostics.busy': 'Diagnose wird erstellt…',
  'actions.copyDiagnostics.done':
    'Diagnose kopiert. Fügen Sie sie in Ihre Nachricht an den IT-Helpdesk ein.',
  'actions.copyDiagnostics.failed': 'Die Diagnose konnte nicht kopiert werden: {detail}',

  // Progress
  'progress.user': 'Ihre Gruppen werden aktualisiert…',
  'progress.userDetail':
    'Ihre Tickets werden entfernt, und ein neues Anmeldeticket wird abgerufen.',
  'progress.computer': 'Die Gruppen dieses Computers werden aktualisiert…',
  'progress.computerDetail': 'Bestätigen Sie die Administratorabfrage, um fortzufahren.',
  'progress.closeSafe':
    'Sie können dieses Fenster schließen; die Aktualisierung wird im Hintergrund abgeschlossen.',

  // Computer confirm
  'computer.heading': 'Computergruppen aktualisieren',
  'computer.body':
    'Dadurch werden die eigenen Kerberos-Tickets des Computers entfernt, damit er neue Computergruppenmitgliedschaften übernimmt. Windows fragt einmal nach der Administratorgenehmigung.',
  'computer.bodyUnix':
    'Dadurch werden die Kerberos-Tickets des Computers entfernt, damit er neue Gruppenmitgliedschaften übernimmt. Das System fragt einmal nach der Administratorgenehmigung.',
  'computer.gpupdate': 'Auch die Computerrichtlinie erneut anwenden (gpupdate)',
  'computer.gpupdateHint':
    'Dauert bis zu einer Minute. Nötig für Richtlinien, die auf die neuen Gruppen abzielen.',
  'computer.continue': 'Weiter',
  'computer.cancel': 'Abbrechen',

  'policy.managed.title': 'Von Ihrer IT-Abteilung verwaltet',
  'policy.managed.computerHidden': 'Das Aktualisieren der Computergruppen ist deaktiviert.',
  'policy.managed.gpupdateForced':
    'Nach einer Aktualisierung des Computers wird die Computerrichtlinie immer erneut angewendet.',
  'policy.managed.gpupdateDefault':
    'Das erneute Anwenden der Computerrichtlinie ist standardmäßig ausgewählt.',
  'policy.managed.startAtLoginOn': 'Regroup wird bei der Anmeldung immer gestartet.',
  'policy.managed.startAtLoginOff': 'Regroup wird bei der Anmeldung nicht gestartet.',
  'policy.managed.notificationsOff': 'Regroup zeigt keine Benachrichtigungen an.',
  'policy.managed.waitForGroupOn': 'Das Warten auf eine Gruppe ist zulässig.',
  'policy.managed.waitForGroupOff': 'Das Warten auf eine Gruppe ist deaktiviert.',
  'policy.managed.dc': 'Gruppen werden vom Domänencontroller {dc} gelesen.',
  'policy.managed.helpDesk': 'Die unten angegebenen Kontaktdaten des Helpdesks sind festgelegt.',
  'policy.managed.problems':
    '{count, plural, one {Eine Einstellung Ihrer IT-Abteilung konnte nicht verwendet werden und wird ignoriert: {settings}.} other {# Einstellungen Ihrer IT-Abteilung konnten nicht verwendet werden und werden ignoriert: {settings}.}}',
  'policy.gpupdateRequired': 'Ihre IT-Abteilung schreibt dies vor.',
  'policy.problem.setting':
    'Die Einstellung {setting} Ihrer IT-Abteilung hat einen Wert, den Regroup nicht verwenden kann. Regroup ignoriert sie.',
  'policy.problem.unknown':
    'Regroup kennt die Einstellung {setting} Ihrer IT-Abteilung nicht und ignoriert sie.',
  'policy.problem.unreadable':
    'Die Einstellungen Ihrer IT-Abteilung ({source}) konnten nicht gelesen werden. Regroup verwendet seine Standardwerte.',
  'helpDesk.name': 'Ihr Helpdesk: {name}',
  'helpDesk.unnamed': 'Ihr Helpdesk:',
  'helpDesk.phone': 'Telefon: {phone}',
  'helpDesk.web': 'Web: {url}',

  // Password (MIT / Heimdal)
  'password.heading': 'Ihr Kennwort',
  'password.body':
    'Für ein neues Anmeldeticket wird Ihr Kennwort für {principal} benötigt. Es wird einmal an kinit übergeben und nie gespeichert.',
  'password.label': 'Kennwort',
  'password.submit': 'Aktualisieren',
  'password.cancel': 'Abbrechen',

  // Results
  'result.removed': '{count} Tickets entfernt',
  'result.removedOne': '1 Ticket entfernt',
  'result.removedNone': 'Keine Tickets zum Entfernen',
  'result.newTgt': 'Neues Anmeldeticket {time} ausgestellt, gültig für {left}',
  'result.noTgt': 'Noch kein neues Anmeldeticket',
  'result.failedItems': 'Nicht wieder erhalten:',
  'result.gpupdate': 'Computerrichtlinie erneut angewendet',
  'result.caveatsHeading': 'Was dadurch aktualisiert wird und was nicht',
  'wait.offer': 'Benachrichtigen, wenn sie ankommt',
  'wait.groupLabel': 'Gruppe, zu der Sie hinzugefügt wurden',
  'wait.groupHint': 'Ihr Name, zum Beispiel Finance, oder ihre SID.',
  'wait.heading': 'Warten auf {group}',
  'wait.since': 'Wartet seit',
  'wait.nextCheck': 'Nächste Prüfung',
  'wait.checkingNow': 'Wird jetzt geprüft…',
  'wait.until': 'Endet um',
  'wait.closeSafe':
    'Sie können dieses Fenster schließen: Regroup prüft weiter und benachrichtigt Sie, wenn sie ankommt.',
  'wait.cancel': 'Warten beenden',
  'wait.dismiss': 'OK',
  'wait.notAllowed': 'Ihre Organisation hat das Warten auf Gruppen in Regroup deaktiviert.',
  'wait.badGroup': 'Geben Sie den Namen oder die SID der Gruppe ein.',
  'wait.notify.arrived': 'Ihre neue Gruppe ist angekommen',
  'wait.notify.timedOut': 'Ihre neue Gruppe ist nicht angekommen',
  'wait.notify.refreshFailed':
    'Ihre neue Gruppe ist bereit: Öffnen Sie Regroup, um Ihre Tickets zu erneuern',
  'result.openConnectionsHeading': 'Geöffnete Verbindungen zu Dateiservern',
  'result.done': 'Zurück zu den Tickets',
  'result.doneGroups': 'Zurück zu „Meine Gruppen“',
  'result.tryAgain': 'Erneut versuchen',
  'result.refreshAnyway': 'Trotzdem aktualisieren',

  // My groups
  'groups.heading': 'Meine Gruppen',
  'groups.loading': 'Ihre Gruppen werden gelesen…',
  'groups.loadingDetail':
    'Dabei wird Ihr Domänencontroller abgefragt; das kann einige Sekunden dauern.',
  'groups.dc': 'Domänencontroller',
  'groups.readAt': 'Abgerufen',
  'groups.readAgain': 'Erneut abrufen',
  'groups.column.group': 'Gruppe',
  'groups.column.signInToken': 'Dieser Computer bis zur Abmeldung',
  'groups.column.kerberosServices': 'Netzwerkdienste',
  'groups.column.directory': 'Verzeichnis',
  'groups.legend.heading': 'Die drei Ansichten',
  'groups.legend.signInToken':
    'Dieser Computer bis zur Abmeldung: die Gruppen in Ihrem Anmeldetoken, die dieser Computer für lokale Berechtigungen verwendet, bis Sie sich abmelden.',
  'groups.legend.kerberosServices':
    'Netzwerkdienste: die Gruppen, die Dateifreigaben und Websites in Ihrem aktuellen Anmeldeticket sehen.',
  'groups.legend.directory':
    'Verzeichnis: Ihre Gruppen jetzt im Active Directory; Ihr nächstes Anmeldeticket enthält sie.',
  'groups.legend.marks':
    '✓ Mitglied · ✕ kein Mitglied · noch nicht: kommt mit einer Aktualisierung oder Abmeldung · – nicht verfügbar',
  'groups.mark.yes': 'Mitglied',
  'groups.mark.no': 'kein Mitglied',
  'groups.mark.notYet': 'noch nicht',
  'groups.mark.notYetSignOut':
    'noch nicht: dieser Computer übernimmt sie, wenn Sie sich ab- und wieder anmelden',
  'groups.mark.notYetRefresh': 'noch nicht: „Meine Gruppen aktualisieren“ bringt sie',
  'groups.mark.unknown': 'nicht verfügbar',
  'groups.view.signInToken': 'Anmeldetoken dieses Computers',
  'groups.view.kerberosServices': 'Netzwerkdienste',
  'groups.view.directory': 'Verzeichnis',
  'groups.view.unavailable': '{view} hier nicht verfügbar: {reason}',
  'groups.domainHeading': 'Domänengruppen ({count})',
  'groups.domainLabel': 'Domänengruppen',
  'groups.localHeading': 'Gruppen dieses Computers ({count})',
  'groups.localLabel': 'Gruppen dieses Computers',
  'groups.localHint':
    'Integrierte und lokale Gruppen sind nicht in Kerberos-Tickets enthalten: „Meine Gruppen aktualisieren“ ändert sie nicht, eine Abmeldung schon.',
  'groups.none': 'Es konnten keine Gruppen gelesen werden. Die Gründe stehen oben.',
  'groups.hintsHeading': 'Warum eine Aktualisierung möglicherweise nicht hilft',
  'groups.hint.found': 'Gefunden:',
  'groups.hint.more': 'Falls es weiterhin nicht funktioniert ({count})',
  'groups.error.heading': 'Ihre Gruppen konnten nicht gelesen werden',
  'groups.notAvailable':
    '„Meine Gruppen“ ist in dieser Regroup-Version nicht verfügbar. Verwenden Sie die Befehlszeile: regroup groups.',
  'groups.readFailed':
    'Regroup konnte Ihre Gruppen nicht lesen ({detail}). Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, starten Sie Regroup neu.',

  // Verdict after Refresh my groups
  'verdict.heading': 'Hat es funktioniert?',
  'verdict.showGroups': 'Meine Gruppen anzeigen',

  // Main-process failures
  'busy.message':
    'Es läuft bereits eine andere Aktualisierung. Warten Sie, bis sie abgeschlossen ist, und versuchen Sie es dann erneut.',
  'busy.verifying':
    'Regroup prüft nach der letzten Aktualisierung noch Ihre Gruppen. Versuchen Sie es in einigen Sekunden erneut.',
  'internal.listFailed':
    'Regroup konnte Ihre Tickets nicht lesen ({detail}). Versuchen Sie es erneut; wenn das Problem weiterhin auftritt, starten Sie Regroup neu.',
  'internal.refreshFailed':
    'Die Aktualisierung wurde unerwartet abgebrochen ({detail}). Öffnen Sie Regroup, um Ihre Tickets anzuzeigen, und versuchen Sie es dann erneut.',
  'ipc.untrusted': 'Diese Anfrage kam nicht aus dem Regroup-Fenster und wurde abgelehnt.',
  'ipc.badRequest':
    'Regroup hat eine fehlerhafte Anfrage erhalten ({detail}) und sie ignoriert. Starten Sie Regroup neu, wenn dies weiterhin auftritt.',

  // Time
  'time.justNow': 'gerade eben',
  'time.at': 'um {time}',
  'actions.refreshComputer.hintCannot': 'Tickets dieses Computers; erfordert einen Administrator',
  'computer.close': 'Schließen',
  'actions.refreshComputer.hintHelper':
    'Tickets dieses Computers; keine Administratorgenehmigung erforderlich',
  'computer.bodyHelper':
    'Dadurch werden die eigenen Kerberos-Tickets des Computers entfernt, damit er neue Computergruppenmitgliedschaften übernimmt. Ihre IT-Abteilung hat dies eingerichtet, daher ist keine Administratorgenehmigung erforderlich.',
  'computer.bodyDirect':
    'Dadurch werden die eigenen Kerberos-Tickets des Computers entfernt, damit er neue Computergruppenmitgliedschaften übernimmt. Regroup läuft bereits mit Administratorrechten, daher ist keine Genehmigung erforderlich.',
  'progress.computerDetailHelper':
    'Das dauert einige Sekunden. Es ist keine Genehmigung erforderlich.',

  'outcome.signOutNow': 'Jetzt abmelden…',
  'signOut.heading': 'Jetzt abmelden?',
  'signOut.body':
    'Speichern Sie zuerst Ihre Arbeit: Beim Abmelden werden alle Ihre Programme geschlossen. Wenn Sie sich wieder anmelden, übernimmt dieser Computer Ihre neuen Gruppen.',
  'signOut.confirm': 'Abmelden',
  'signOut.cancel': 'Nicht jetzt',
  'signOut.failed':
    'Regroup konnte Sie nicht abmelden ({detail}). Melden Sie sich stattdessen über das Startmenü ab.',
  'signOut.unavailable': 'Das Abmelden über Regroup ist hier nicht verfügbar.',
  'outcome.freshSignIn': 'Programm mit neuer Anmeldung starten…',
  'freshSignIn.heading': 'Ein Programm mit neuer Anmeldung starten',
  'freshSignIn.body':
    'Windows fragt wie bei „Als anderer Benutzer ausführen“ nach Benutzername und Kennwort. Geben Sie Ihr eigenes Konto ein ({account}). Das ausgewählte Programm startet dann mit einer neuen Anmeldung und Ihren aktuellen Gruppen, und Sie können es für das verwenden, wofür Sie die neue Gruppe benötigen.',
  'freshSignIn.unchanged':
    'Sonst ändert sich nichts: Der Desktop, der Explorer und Ihre anderen Programme behalten die Gruppen Ihrer Anmeldung, bis Sie sich abmelden.',
  'freshSignIn.program': 'Programm',
  'freshSignIn.cmd': 'Eingabeaufforderung',
  'freshSignIn.powershell': 'Windows PowerShell',
  'freshSignIn.start': 'Starten',
  'freshSignIn.cancel': 'Jetzt nicht',
  'freshSignIn.started':
    'Das Programm wurde mit einer neuen Anmeldung gestartet. Es hat Ihre aktuellen Gruppen, Ihre anderen Programme nicht.',
  'freshSignIn.cancelled': 'Es wurde nichts gestartet, da die Windows-Anmeldung abgebrochen wurde.',
  'freshSignIn.wrongPassword':
    'Windows hat den Benutzernamen oder das Kennwort nicht akzeptiert, daher wurde nichts gestartet. Versuchen Sie es erneut mit Ihrem eigenen Konto.',
  'freshSignIn.failed':
    'Windows konnte das Programm nicht mit einer neuen Anmeldung starten ({detail}). Melden Sie sich stattdessen ab und wieder an.',
  'freshSignIn.unavailable':
    'Das Starten eines Programms mit neuer Anmeldung ist hier nicht verfügbar.',
};
