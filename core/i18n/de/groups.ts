/** Group insight ("My groups") in German. Translated from en/groups.ts; same keys, same ICU arguments. */
import type { groups as en } from '../en/groups';

export const groups: Record<keyof typeof en, string> = {
  // The meaning of a row whose marks differ; shown under the group's name, starting lower-case.
  'insight.meaning.newGroup':
    'neu: erreicht Dateifreigaben und Webanwendungen nach „Meine Gruppen aktualisieren“',
  'insight.meaning.needsSignOut':
    'erreicht sie jetzt; lokale Berechtigungen auf diesem PC erfordern eine Abmeldung',
  'insight.meaning.removedInDirectory':
    'im Verzeichnis entfernt: Aktualisieren Sie, damit sie wegfällt',
  'insight.meaning.droppedNeedsSignOut':
    'erreicht Dateifreigaben und Webanwendungen nicht mehr; lokale Berechtigungen auf diesem PC behalten sie, bis Sie sich abmelden',
  'insight.meaning.local':
    'eine Gruppe dieses PCs: nicht in Kerberos-Tickets enthalten, daher ändert „Meine Gruppen aktualisieren“ sie nicht, eine Abmeldung schon',

  // Hints: why a refresh may not have helped.
  'insight.hint.localGroup':
    '{count, plural, one {{groups} ist eine Gruppe dieses PCs, nicht der Domäne} other {{groups} sind Gruppen dieses PCs, nicht der Domäne}}: „Meine Gruppen aktualisieren“ kann daran nichts ändern. Melden Sie sich ab und wieder an.',
  'insight.hint.notReplicated':
    'Das Verzeichnis auf {dc} führt Sie als Mitglied von {groups}, aber Ihre aktuellen Tickets enthalten {count, plural, one {diese Gruppe} other {diese Gruppen}} nicht. Falls Sie bereits aktualisiert haben, hat der Domänencontroller, der Ihr Ticket ausgestellt hat, die Änderung möglicherweise noch nicht (innerhalb eines Standorts erreicht eine Änderung die anderen Domänencontroller in etwa einer Minute; zwischen Standorten wartet sie auf den Replikationszeitplan, standardmäßig alle 3 Stunden). Warten Sie, und aktualisieren Sie dann erneut.',
  'insight.hint.notReplicatedNoDc':
    'Das Verzeichnis führt Sie als Mitglied von {groups}, aber Ihre aktuellen Tickets enthalten {count, plural, one {diese Gruppe} other {diese Gruppen}} nicht. Falls Sie bereits aktualisiert haben, hat der Domänencontroller, der Ihr Ticket ausgestellt hat, die Änderung möglicherweise noch nicht (innerhalb eines Standorts erreicht eine Änderung die anderen Domänencontroller in etwa einer Minute; zwischen Standorten wartet sie auf den Replikationszeitplan, standardmäßig alle 3 Stunden). Warten Sie, und aktualisieren Sie dann erneut.',
  'insight.hint.tokenTooLarge':
    'Ihr Token enthält {count, plural, one {# Gruppe} other {# Gruppen}}. Bei etwa {limit, number} Gruppen verweigert Windows Anmeldungen, und große Tickets können die Größe überschreiten, die Server akzeptieren (MaxTokenSize). Bitten Sie Ihre IT-Abteilung, verschachtelte Gruppen zu reduzieren.',
  'insight.hint.smbSession':
    'Eine Dateifreigabe behält die Rechte einer bereits offenen Verbindung. Schließen Sie die Dateien und Fenster, die die Freigabe verwenden (oder warten Sie, bis die Verbindung wegen Inaktivität geschlossen wird), und öffnen Sie sie dann erneut.',
  'insight.hint.ntlm':
    'Eine über die IP-Adresse geöffnete Freigabe ({example}) verwendet NTLM statt Kerberos und nutzt das neue Ticket nicht. Öffnen Sie sie über ihren Namen ({named}).',

  // The verdict after a refresh could not be made.
  'insight.verdict.kerberosUnreadable':
    '{when, select, before {Was Kerberos-Dienste sehen, konnte vor der Aktualisierung nicht gelesen werden.} other {Was Kerberos-Dienste sehen, konnte nach der Aktualisierung nicht gelesen werden.}}',
  'insight.verify.refreshNotDone':
    'Die Aktualisierung wurde nicht durchgeführt, daher gibt es nichts zu vergleichen.',
  'insight.verify.readFailed':
    '{when, select, before {Ihre Gruppen konnten vor der Aktualisierung nicht gelesen werden.} other {Ihre Gruppen konnten nach der Aktualisierung nicht gelesen werden.}}',
  'insight.verify.readTimeout':
    '{when, select, before {Ihre Gruppen konnten vor der Aktualisierung nicht innerhalb von {seconds, number} s gelesen werden.} other {Ihre Gruppen konnten nach der Aktualisierung nicht innerhalb von {seconds, number} s gelesen werden.}} Prüfen Sie die Verbindung zu Ihrer Domäne (VPN), und öffnen Sie dann „Meine Gruppen“, um erneut zu vergleichen.',

  // Why a view could not be read.
  'insight.view.failed':
    'Diese Ansicht konnte nicht gelesen werden. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.signIn.notMapped':
    'Dieser Computer ordnet Verzeichnisgruppen keinen lokalen Gruppen zu (kein sssd oder winbind), daher können seine Anmeldegruppen nicht mit dem Verzeichnis verglichen werden. Dateifreigaben und Webanwendungen verwenden die Kerberos-Ansicht.',

  // Finding the domain controller.
  'insight.dc.invalidName':
    '„{name}“ ist kein gültiger Domänencontrollername. Geben Sie einen DNS-Namen oder eine IP-Adresse an.',
  'insight.dc.noRealm':
    'Es ist kein Kerberos-Bereich bekannt (es gibt keine Tickets), daher kann kein Domänencontroller gefunden werden. Aktualisieren Sie zuerst Ihre Gruppen, oder geben Sie mit {option} einen Domänencontroller an.',
  'insight.dc.notFound':
    'Es wurde kein Domänencontroller von {realm} gefunden (kein DNS-SRV-Eintrag {record}, kein KDC in {file}). Geben Sie mit {option} einen an.',

  // Asking the domain controller over LDAP (Linux, macOS).
  'insight.ldap.unreachable':
    'Der Domänencontroller {dc} war über LDAP nicht erreichbar. Prüfen Sie die Netzwerkverbindung (VPN), oder geben Sie mit {option} einen anderen Domänencontroller an.',
  'insight.ldap.timeout':
    'Der Domänencontroller {dc} hat nicht innerhalb von {seconds, plural, one {# Sekunde} other {# Sekunden}} geantwortet. Prüfen Sie die Netzwerkverbindung (VPN), und versuchen Sie es dann erneut.',
  'insight.ldap.noCredentials':
    'Sie haben keine Kerberos-Tickets, daher kann der Domänencontroller nicht gefragt werden, wer Sie sind. Aktualisieren Sie Ihre Gruppen (oder melden Sie sich erneut an), und versuchen Sie es dann erneut.',
  'insight.ldap.expired':
    'Ihre Kerberos-Tickets sind abgelaufen, oder die Uhrzeit dieses Computers weicht von der des Domänencontrollers ab. Aktualisieren Sie Ihre Gruppen, und versuchen Sie es dann erneut.',
  'insight.ldap.spnMissing':
    'Der Domänencontrollername „{dc}“ ist Kerberos nicht bekannt (es gibt keinen Dienstprinzipal {principal}). Verwenden Sie mit {option} den vollständigen DNS-Namen des Domänencontrollers.',
  'insight.ldap.failed':
    '{tool} konnte nicht von {dc} lesen (Exitcode {code}). Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.ldap.toolMissing':
    '{tool} ist nicht installiert, daher kann das Verzeichnis nicht abgefragt werden. Installieren Sie {debianTools} und {debianSasl} (Debian, Ubuntu) oder {fedoraTools} und {fedoraSasl} (Fedora, RHEL).',
  'insight.ldap.saslMissing':
    'Das Kerberos-Modul (GSSAPI) von {tool} ist nicht installiert, daher kann das Verzeichnis nicht abgefragt werden. Installieren Sie {debianSasl} (Debian, Ubuntu) oder {fedoraSasl} (Fedora, RHEL).',
  'insight.ldap.noTokenGroups':
    'Der Domänencontroller {dc} hat für Ihre Tickets keine Gruppen zurückgegeben. Aktualisieren Sie Ihre Gruppen, und versuchen Sie es dann erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.ldap.accountUnknown':
    'Ihr Konto {principal} konnte im Verzeichnis von {dc} nicht abgefragt werden, daher wird nur angezeigt, was Kerberos-Dienste sehen.',
  'insight.ldap.accountNotFound':
    'Das Konto {account} wurde im Verzeichnis von {dc} nicht gefunden, daher wird nur angezeigt, was Kerberos-Dienste sehen.',

  // The sign-in token: whoami.exe on Windows, id on Linux and macOS.
  'insight.whoami.missing':
    '{tool} wurde unter {path} nicht gefunden. Es ist Teil von Windows: Bitten Sie Ihre IT-Abteilung, diesen Computer zu überprüfen.',
  'insight.whoami.failed':
    '{tool} konnte Ihre Anmeldegruppen nicht auflisten (Exitcode {code}). Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.whoami.unreadable':
    '{tool} hat keine Gruppen ausgegeben, die Regroup lesen kann. Wenn das weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.id.missing':
    'Der Befehl {tool} wurde nicht gefunden, daher können die Gruppen Ihrer Anmeldung nicht gelesen werden. Bitten Sie Ihre IT-Abteilung, diesen Computer zu überprüfen.',
  'insight.id.failed':
    '{tool} konnte Ihre Gruppen nicht auflisten (Exitcode {code}). Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',

  // Asking the domain controller through Windows PowerShell and ADSI (Windows).
  'insight.adsi.powershellMissing':
    'Windows PowerShell wurde unter {path} nicht gefunden, daher kann der Domänencontroller nicht abgefragt werden. Es ist Teil von Windows: Bitten Sie Ihre IT-Abteilung, diesen Computer zu überprüfen.',
  'insight.adsi.timeout':
    'Der Domänencontroller hat nicht innerhalb von {seconds, plural, one {# Sekunde} other {# Sekunden}} geantwortet. Prüfen Sie die Verbindung zu Ihrer Domäne (VPN), und versuchen Sie es dann erneut.',
  'insight.adsi.unreachable':
    'Der Domänencontroller war nicht erreichbar. Prüfen Sie die Verbindung zu Ihrer Domäne (VPN), und versuchen Sie es dann erneut.',
  'insight.adsi.failed':
    'Der Domänencontroller konnte nicht abgefragt werden. Prüfen Sie die Verbindung zu Ihrer Domäne (VPN), und versuchen Sie es dann erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.adsi.noAnswer':
    'Der Domänencontroller hat keine Antwort gegeben. Prüfen Sie die Verbindung zu Ihrer Domäne (VPN), und versuchen Sie es dann erneut.',

  // Any tool of group insight (ldapsearch, whoami.exe, powershell.exe, id).
  'insight.tool.notStarted':
    '{tool} konnte nicht gestartet werden. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',
  'insight.tool.timeout':
    '{tool} hat nicht innerhalb von {seconds, plural, one {# Sekunde} other {# Sekunden}} geantwortet. Versuchen Sie es erneut.',
  'insight.tool.exit':
    '{tool} wurde mit Exitcode {code} beendet. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihre IT-Abteilung.',

  'insight.outcome.declined': 'Die Administratorgenehmigung wurde nicht erteilt',
  'insight.outcome.failed': 'Es wurde nichts geändert',
  'insight.outcome.offline': 'Ihre Domäne war nicht erreichbar; es wurde nichts geändert',
  'insight.outcome.partial': 'Aktualisiert, mit Lücken',
  'insight.outcome.computer': 'Die Tickets dieses Computers sind erneuert',
  'insight.outcome.renewed': 'Sie haben ein neues Anmeldeticket',
  'insight.outcome.checking':
    'Es wird geprüft, welche Gruppen Dateifreigaben, Websites und andere Netzwerkdienste jetzt sehen…',
  'insight.outcome.notChecked': 'Welche Gruppen Netzwerkdienste jetzt sehen, wurde nicht geprüft.',
  'insight.outcome.unchecked':
    'Sie haben ein neues Anmeldeticket, aber Ihre Gruppen konnten nicht geprüft werden',
  'insight.outcome.gained':
    'Sie sind jetzt für Dateifreigaben, Websites und andere Netzwerkdienste Mitglied von {groups}',
  'insight.outcome.lost':
    'Dateifreigaben, Websites und andere Netzwerkdienste sehen Sie nicht mehr als Mitglied von {groups}',
  'insight.outcome.gained.localLater':
    'Die eigenen Berechtigungen dieses Computers (lokale Ordner, Administratorrechte) erhalten {groups} erst, wenn Sie sich ab- und wieder anmelden. Das ist zu erwarten.',
  'insight.outcome.notReplicated':
    '{count, plural, one {{groups} ist noch nicht in Ihrem Anmeldeticket angekommen} other {{groups} sind noch nicht in Ihrem Anmeldeticket angekommen}}',
  'insight.outcome.notReplicated.body':
    'Das Verzeichnis führt Sie dort als Mitglied, aber der Domänencontroller, der Ihr neues Anmeldeticket ausgestellt hat, hat die Änderung noch nicht.',
  'insight.outcome.signOut': 'Dieser Computer übernimmt {groups} erst, wenn Sie sich abmelden',
  'insight.outcome.signOut.body':
    'Netzwerkdienste sehen Sie dort bereits als Mitglied. Was dieser Computer selbst erlaubt (lokale Ordner, Administratorrechte), wurde bei Ihrer Anmeldung festgelegt; eine neue Anmeldung aktualisiert es.',
  'insight.outcome.noChange': 'Noch keine neue Gruppe',
  'insight.outcome.noChange.body':
    'Ihr neues Anmeldeticket enthält dieselben Gruppen wie zuvor. Wenn Sie gerade erst zu einer Gruppe hinzugefügt wurden, hat Ihr Domänencontroller die Änderung möglicherweise noch nicht.',
  'insight.outcome.next.signOut':
    'Speichern Sie Ihre Arbeit, und melden Sie sich dann ab und wieder an.',
  'insight.outcome.next.signOutUnix':
    'Speichern Sie Ihre Arbeit, und melden Sie sich dann von Ihrer Desktopsitzung ab und wieder an.',
  'insight.outcome.next.wait':
    'Innerhalb eines Standorts erreicht eine Änderung die anderen Domänencontroller in etwa einer Minute, zwischen Standorten kann es bis zu 3 Stunden dauern: Aktualisieren Sie später erneut.',
};
