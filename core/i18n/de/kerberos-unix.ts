/** The MIT and Heimdal side of the Kerberos core in German. Translated from en/kerberos-unix.ts; same keys, same ICU arguments. */
import type { kerberosUnix as en } from '../en/kerberos-unix';

export const kerberosUnix: Record<keyof typeof en, string> = {
  // --- klist's own error lines ---
  'unix.klist.noHostKeytab':
    'Dieser Computer hat keine Host-Keytab, daher können seine Tickets hier nicht aufgelistet werden. Bitten Sie einen Administrator, ihn in den Kerberos-Bereich aufzunehmen (zum Beispiel mit realm join oder adcli).',
  'unix.klist.noCredentials':
    'Sie haben noch keine Kerberos-Tickets ({family}-klist hat keinen Ticketcache gefunden). Melden Sie sich mit {command} an, oder melden Sie sich ab und wieder an, und versuchen Sie es dann erneut.',
  'unix.klist.failed':
    '{family}-klist konnte Ihre Tickets nicht auflisten. Wenn der Ticketcache beschädigt ist, entfernen Sie ihn mit kdestroy, und melden Sie sich dann mit kinit erneut an.',
  'unix.klist.emptyOutput':
    '{family}-klist hat nichts ausgegeben, daher kann Regroup nicht feststellen, welche Tickets Sie haben. Führen Sie klist in einem Terminal aus, um zu sehen, was es meldet.',
  'unix.klist.unreadable':
    'Regroup konnte diesen Text nicht als {family}-klist-Ausgabe lesen. Führen Sie klist in einem Terminal aus, um die Ausgabe zu prüfen; wenn Tickets aufgelistet werden, melden Sie den Text, damit er unterstützt werden kann.',

  // --- Listing the computer's tickets ---
  'unix.systemCache.notRoot':
    '{cache} ist keine Datei im Besitz von root, daher behandelt Regroup sie nicht als Tickets des Computers und fordert keine Administratorrechte an. Möglicherweise hat ein anderer Benutzer sie dort abgelegt: Bitten Sie Ihren IT-Helpdesk, sie zu entfernen.',
  'unix.list.computer.accessDenied':
    'Zum Lesen der Tickets des Computers ({cache}) sind Administratorrechte erforderlich. Führen Sie {command} aus, oder verwenden Sie „Computergruppen aktualisieren“.',
  'unix.list.computer.noTickets':
    'Der Computer hat keine Tickets in {cache}. Er erhält welche, wenn ein Dienst sie anfordert, oder jetzt mit „Computergruppen aktualisieren“ (dafür ist eine Host-Keytab erforderlich).',

  // --- "Refresh my groups" ---
  'unix.refresh.noPrincipal':
    'Ihr Ticketcache nennt keinen Prinzipal, daher kann Regroup nicht feststellen, wer angemeldet werden soll. Melden Sie sich mit {command} an, und aktualisieren Sie dann.',
  'unix.signIn.offer':
    'Sie sind noch nicht bei Kerberos angemeldet (es gibt keinen Ticketcache). Regroup meldet Sie als {principal} an; wenn das nicht Ihr Konto ist, melden Sie sich stattdessen mit {command} an.',
  'unix.signIn.noRealm':
    'Sie sind noch nicht bei Kerberos angemeldet, und dieser Computer hat keinen Standardbereich, daher kann Regroup nicht feststellen, welches Konto angemeldet werden soll. Melden Sie sich mit {command} an, und aktualisieren Sie dann.',
  'unix.signIn.passwordRequired':
    'Sie sind noch nicht bei Kerberos angemeldet. Geben Sie das Kennwort von {principal} ein, um sich anzumelden und ein Ticket mit Ihren aktuellen Gruppen zu erhalten.',
  'unix.signIn.done': 'Angemeldet: {principal} hat ein Ticket mit Ihren aktuellen Gruppen.',
  'unix.refresh.passwordRequired':
    'Geben Sie das Kennwort von {principal} ein, um ein neues Ticket mit Ihren aktuellen Gruppen zu erhalten. Ihre Tickets wurden nicht verändert.',
  'unix.refresh.passwordRequiredExpired':
    'Ihr Ticket ist um {expiredAt, time, short} am {expiredAt, date, medium} abgelaufen. Geben Sie das Kennwort von {principal} ein, um ein neues Ticket mit Ihren aktuellen Gruppen zu erhalten. Ihre Tickets wurden nicht verändert.',
  'unix.refresh.tempCacheFailed':
    'Regroup konnte keinen temporären Ticketcache anlegen, daher wurde nichts geändert. Prüfen Sie, ob der temporäre Ordner beschreibbar ist, und versuchen Sie es dann erneut.',
  'unix.refresh.replaceFailed':
    'Regroup hat ein neues Ticket erhalten, konnte es aber nicht an die Stelle Ihres Ticketcaches setzen, daher wurden Ihre Tickets nicht verändert. Prüfen Sie, ob der Ordner Ihres Ticketcaches beschreibbar ist, und versuchen Sie es dann erneut.',
  'unix.refresh.user.done':
    '{expired, select, yes {Ihr altes Ticket war abgelaufen. } other {}}{services, plural, =0 {Fertig: {principal} hat ein neues Ticket mit Ihren aktuellen Gruppen.} one {Fertig: {principal} hat ein neues Ticket mit Ihren aktuellen Gruppen, und # Dienstticket wurde erneut abgerufen.} other {Fertig: {principal} hat ein neues Ticket mit Ihren aktuellen Gruppen, und # Diensttickets wurden erneut abgerufen.}}',
  'unix.refresh.user.partial':
    '{expired, select, yes {Ihr altes Ticket war abgelaufen. } other {}}{principal} hat ein neues Ticket mit Ihren aktuellen Gruppen, aber {failed} von {services, plural, one {# Dienstticket} other {# Diensttickets}} {failed, plural, one {konnte nicht erneut abgerufen werden; es wird} other {konnten nicht erneut abgerufen werden; sie werden}} bei der nächsten Verwendung abgerufen.',
  'unix.refresh.user.unconfirmed':
    'kinit hat {principal} erneut angemeldet, aber die Ticketliste zeigt das neue Ticket nicht. Prüfen Sie es mit klist; wenn das alte Ticket noch vorhanden ist, aktualisieren Sie erneut.',

  // --- "Refresh computer groups" ---
  'unix.computer.noHostKeytab':
    'Dieser Computer hat keine Host-Keytab ({keytab}) und damit kein eigenes Kerberos-Konto, dessen Gruppen aktualisiert werden könnten. Computer, die mit realmd und sssd, adcli oder Samba winbind in die Domäne aufgenommen wurden, haben eine; fragen Sie Ihren IT-Helpdesk, ob dieser Computer in die Domäne aufgenommen werden soll.',

  // --- kinit failures ---
  'unix.kinit.wrongPassword':
    'Das Kennwort für {subject, select, computer {diesen Computer} unnamed {Ihr Konto} other {{principal}}} wurde nicht akzeptiert, daher wurden Ihre Tickets nicht verändert. Prüfen Sie das Kennwort (und die Feststelltaste), und versuchen Sie es erneut.',
  'unix.kinit.kdcUnreachable':
    'Kein Domänencontroller (KDC) Ihres Kerberos-Bereichs hat geantwortet, daher wurden Ihre Tickets nicht verändert. Stellen Sie eine Verbindung mit dem Firmennetzwerk oder dem VPN her, und versuchen Sie es erneut.',
  'unix.kinit.passwordExpired':
    'Das Kennwort {subject, select, computer {dieses Computers} unnamed {Ihres Kontos} other {von {principal}}} ist abgelaufen, daher wurde kein neues Ticket ausgestellt, und Ihre Tickets wurden nicht verändert. Ändern Sie Ihr Kennwort ({command} oder die Kennwortseite Ihrer Organisation), und aktualisieren Sie dann erneut.',
  'unix.kinit.accountLocked':
    'Die Domäne hat {subject, select, computer {diesen Computer} unnamed {Ihr Konto} other {{principal}}} abgelehnt: Das Konto ist gesperrt oder deaktiviert. Ihre Tickets wurden nicht verändert; bitten Sie Ihren IT-Helpdesk, das Konto zu entsperren.',
  'unix.kinit.unknownPrincipal':
    'Die Domäne kennt {subject, select, computer {diesen Computer} unnamed {Ihr Konto} other {{principal}}} nicht. Ihre Tickets wurden nicht verändert; prüfen Sie den Kontonamen, oder wenden Sie sich an Ihren IT-Helpdesk.',
  'unix.kinit.keytabUnusable':
    'Mit der Keytab konnte {subject, select, computer {dieser Computer} unnamed {Ihr Konto} other {{principal}}} nicht angemeldet werden. Ihre Tickets wurden nicht verändert; prüfen Sie, ob die Keytab existiert, lesbar ist und einen aktuellen Schlüssel für dieses Konto enthält.',
  'unix.kinit.clockSkew':
    'Die Uhrzeit dieses Computers weicht zu stark von der des Domänencontrollers ab, daher wurde kein Ticket ausgestellt. Ihre Tickets wurden nicht verändert; korrigieren Sie die Uhrzeit (aktivieren Sie die Zeitsynchronisierung), und versuchen Sie es erneut.',
  'unix.kinit.failed':
    'Für {subject, select, computer {diesen Computer} unnamed {Ihr Konto} other {{principal}}} konnte kein neues Ticket abgerufen werden; Ihre Tickets wurden nicht verändert. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, geben Sie die Details an Ihren IT-Helpdesk weiter.',

  // --- A service ticket that could not be fetched again after the new sign-in ticket ---
  'unix.service.unknown':
    'Die Domäne kennt diesen Dienst nicht mehr, daher konnte sein Ticket nicht erneut abgerufen werden.',
  'unix.service.kdcUnreachable':
    'Beim Abrufen dieses Tickets hat kein Domänencontroller geantwortet; es wird bei der nächsten Verwendung erneut abgerufen.',
  'unix.service.failed':
    'Dieses Ticket konnte nicht erneut abgerufen werden ({reason}); es wird bei der nächsten Verwendung erneut abgerufen.',
  'unix.service.failedNoReason':
    'Dieses Ticket konnte nicht erneut abgerufen werden; es wird bei der nächsten Verwendung erneut abgerufen.',
};
