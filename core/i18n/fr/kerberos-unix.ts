/** Kerberos-unix in French. Translated from en/kerberos-unix.ts; same keys, same ICU arguments. */
import type { kerberosUnix as en } from '../en/kerberos-unix';

export const kerberosUnix: Record<keyof typeof en, string> = {
  // klist's own error lines
  'unix.klist.noHostKeytab':
    "Cet ordinateur n'a pas de keytab d'hôte\u00a0: ses tickets ne peuvent donc pas être listés ici. Demandez à un administrateur de le joindre au domaine (par exemple avec realm join ou adcli).",
  'unix.klist.noCredentials':
    "Vous n'avez pas encore de ticket Kerberos (klist {family} n'a trouvé aucun cache de tickets). Connectez-vous avec {command}, ou déconnectez-vous et reconnectez-vous, puis réessayez.",
  'unix.klist.failed':
    "klist {family} n'a pas pu lister vos tickets. Si le cache de tickets est endommagé, supprimez-le avec kdestroy, puis reconnectez-vous avec kinit.",
  'unix.klist.emptyOutput':
    "klist {family} n'a rien affiché\u00a0: Regroup ne peut donc pas savoir de quels tickets vous disposez. Exécutez klist dans un terminal pour voir ce qu'il indique.",
  'unix.klist.unreadable':
    "Regroup n'a pas pu lire ce texte comme une sortie de klist {family}. Exécutez klist dans un terminal pour la vérifier\u00a0; s'il liste des tickets, signalez ce texte afin qu'il puisse être pris en charge.",

  // Listing the computer's tickets
  'unix.systemCache.notRoot':
    "{cache} n'est pas un fichier appartenant à root\u00a0: Regroup ne le considère donc pas comme les tickets de l'ordinateur et ne demande pas de droits d'administrateur. Un autre utilisateur l'a peut-être placé là\u00a0: demandez à votre support informatique de le supprimer.",
  'unix.list.computer.accessDenied':
    "La lecture des tickets de l'ordinateur ({cache}) nécessite des droits d'administrateur. Exécutez {command}, ou utilisez «\u00a0Actualiser les groupes de l'ordinateur\u00a0».",
  'unix.list.computer.noTickets':
    "L'ordinateur n'a aucun ticket dans {cache}. Il en obtient quand un service en demande, ou dès maintenant avec «\u00a0Actualiser les groupes de l'ordinateur\u00a0» (un keytab d'hôte est alors nécessaire).",

  // "Refresh my groups"
  'unix.refresh.noPrincipal':
    "Votre cache de tickets n'indique aucun principal\u00a0: Regroup ne peut donc pas savoir qui connecter. Connectez-vous avec {command}, puis actualisez.",
  'unix.signIn.offer':
    "Vous n'êtes pas encore connecté à Kerberos (il n'y a pas de cache de tickets). Regroup vous connecte en tant que {principal}\u00a0; si ce n'est pas votre compte, connectez-vous plutôt avec {command}.",
  'unix.signIn.noRealm':
    "Vous n'êtes pas encore connecté à Kerberos et cet ordinateur n'a pas de domaine Kerberos par défaut\u00a0: Regroup ne peut donc pas savoir quel compte connecter. Connectez-vous avec {command}, puis actualisez.",
  'unix.signIn.passwordRequired':
    "Vous n'êtes pas encore connecté à Kerberos. Saisissez le mot de passe de {principal} pour vous connecter et obtenir un ticket avec vos groupes actuels.",
  'unix.signIn.done': 'Connecté\u00a0: {principal} a un ticket avec vos groupes actuels.',
  'unix.refresh.passwordRequired':
    'Saisissez le mot de passe de {principal} pour obtenir un nouveau ticket avec vos groupes actuels. Vos tickets ont été laissés tels quels.',
  'unix.refresh.passwordRequiredExpired':
    'Votre ticket a expiré à {expiredAt, time, short} le {expiredAt, date, medium}. Saisissez le mot de passe de {principal} pour obtenir un nouveau ticket avec vos groupes actuels. Vos tickets ont été laissés tels quels.',
  'unix.refresh.tempCacheFailed':
    "Regroup n'a pas pu créer de cache de tickets temporaire\u00a0: rien n'a donc été modifié. Vérifiez que le dossier temporaire est accessible en écriture, puis réessayez.",
  'unix.refresh.replaceFailed':
    "Regroup a obtenu un nouveau ticket, mais n'a pas pu le mettre à la place de votre cache de tickets\u00a0: vos tickets ont donc été laissés tels quels. Vérifiez que le dossier de votre cache de tickets est accessible en écriture, puis réessayez.",
  'unix.refresh.user.done':
    "{expired, select, yes {Votre ancien ticket avait expiré. } other {}}{services, plural, =0 {Terminé\u00a0: {principal} dispose d'un nouveau ticket avec vos groupes actuels.} one {Terminé\u00a0: {principal} dispose d'un nouveau ticket avec vos groupes actuels, et # ticket de service a été récupéré à nouveau.} other {Terminé\u00a0: {principal} dispose d'un nouveau ticket avec vos groupes actuels, et # tickets de service ont été récupérés à nouveau.}}",
  'unix.refresh.user.partial':
    "{expired, select, yes {Votre ancien ticket avait expiré. } other {}}{principal} dispose d'un nouveau ticket avec vos groupes actuels, mais {failed} sur {services, plural, one {# ticket de service} other {# tickets de service}} {failed, plural, one {n'a pas pu être récupéré à nouveau\u00a0; il le sera} other {n'ont pas pu être récupérés à nouveau\u00a0; ils le seront}} à la prochaine utilisation.",
  'unix.refresh.user.unconfirmed':
    "kinit a reconnecté {principal}, mais la liste des tickets n'affiche pas le nouveau ticket. Vérifiez avec klist\u00a0; si l'ancien ticket est toujours là, actualisez de nouveau.",

  // "Refresh computer groups"
  'unix.computer.noHostKeytab':
    "Cet ordinateur n'a pas de keytab d'hôte ({keytab})\u00a0: il n'a donc pas de compte Kerberos propre dont les groupes pourraient être actualisés. Les ordinateurs joints au domaine avec realmd et sssd, adcli ou Samba winbind en ont un\u00a0; contactez votre support informatique si cet ordinateur doit être joint au domaine.",

  // kinit failures
  'unix.kinit.wrongPassword':
    "Le mot de passe de {subject, select, computer {cet ordinateur} unnamed {votre compte} other {{principal}}} n'a pas été accepté\u00a0: vos tickets ont donc été laissés tels quels. Vérifiez le mot de passe (et la touche Verr. Maj), puis réessayez.",
  'unix.kinit.kdcUnreachable':
    "Aucun contrôleur de domaine (KDC) de votre domaine Kerberos n'a répondu\u00a0: vos tickets ont donc été laissés tels quels. Connectez-vous au réseau de l'entreprise ou au VPN et réessayez.",
  'unix.kinit.passwordExpired':
    "Le mot de passe de {subject, select, computer {cet ordinateur} unnamed {votre compte} other {{principal}}} a expiré\u00a0: aucun nouveau ticket n'a donc été émis et vos tickets ont été laissés tels quels. Modifiez votre mot de passe ({command}, ou la page de changement de mot de passe de votre organisation), puis actualisez de nouveau.",
  'unix.kinit.accountLocked':
    'Le domaine a refusé {subject, select, computer {cet ordinateur} unnamed {votre compte} other {{principal}}}\u00a0: le compte est verrouillé ou désactivé. Vos tickets ont été laissés tels quels\u00a0; demandez à votre support informatique de déverrouiller le compte.',
  'unix.kinit.unknownPrincipal':
    'Le domaine ne connaît pas {subject, select, computer {cet ordinateur} unnamed {votre compte} other {{principal}}}. Vos tickets ont été laissés tels quels\u00a0; vérifiez le nom du compte, ou contactez votre support informatique.',
  'unix.kinit.keytabUnusable':
    "Le keytab n'a pas pu être utilisé pour connecter {subject, select, computer {cet ordinateur} unnamed {votre compte} other {{principal}}}. Vos tickets ont été laissés tels quels\u00a0; vérifiez que le keytab existe, qu'il est lisible et qu'il contient une clé à jour pour ce compte.",
  'unix.kinit.clockSkew':
    "L'horloge de cet ordinateur est trop décalée par rapport à celle du contrôleur de domaine\u00a0: aucun ticket n'a donc été émis. Vos tickets ont été laissés tels quels\u00a0; corrigez l'horloge (activez la synchronisation de l'heure), puis réessayez.",
  'unix.kinit.failed':
    "Aucun nouveau ticket n'a pu être obtenu pour {subject, select, computer {cet ordinateur} unnamed {votre compte} other {{principal}}}\u00a0; vos tickets ont été laissés tels quels. Réessayez\u00a0; si l'échec persiste, transmettez les détails à votre support informatique.",

  // A service ticket that could not be fetched again
  'unix.service.unknown':
    "Le domaine ne connaît plus ce service\u00a0: son ticket n'a donc pas pu être récupéré à nouveau.",
  'unix.service.kdcUnreachable':
    "Aucun contrôleur de domaine n'a répondu pendant la récupération de ce ticket\u00a0; il sera récupéré à nouveau à sa prochaine utilisation.",
  'unix.service.failed':
    "Ce ticket n'a pas pu être récupéré à nouveau ({reason})\u00a0; il le sera à sa prochaine utilisation.",
  'unix.service.failedNoReason':
    "Ce ticket n'a pas pu être récupéré à nouveau\u00a0; il le sera à sa prochaine utilisation.",
};
