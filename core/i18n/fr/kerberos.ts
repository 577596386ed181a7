/** Kerberos in French. Translated from en/kerberos.ts; same keys, same ICU arguments. */
import type { kerberos as en } from '../en/kerberos';

export const kerberos: Record<keyof typeof en, string> = {
  // A Kerberos tool could not be run.
  'krb.tool.notFound.windows':
    '{tool} est introuvable dans le dossier système de Windows. Ce programme fait partie de Windows\u00a0: cette installation de Windows est donc endommagée. Contactez votre support informatique.',
  'krb.tool.notFound.unix':
    '{tool} est introuvable. Regroup a besoin des outils Kerberos\u00a0: installez krb5-user (Debian, Ubuntu) ou krb5-workstation (Fedora, Red Hat), puis réessayez. Sous macOS, ils font partie du système\u00a0: contactez votre support informatique.',
  'krb.tool.spawnFailed':
    "Impossible de démarrer {tool}. Réessayez\u00a0; si l'échec persiste, contactez votre support informatique.",
  'krb.tool.timeout':
    "{tool} n'a pas répondu dans un délai de {seconds} secondes et a été arrêté. Vérifiez la connexion réseau à votre domaine, puis réessayez.",
  'krb.tool.exit':
    '{tool} a signalé un échec (code de sortie {code}). Réessayez\u00a0; si le problème persiste, contactez votre support informatique.',
  'krb.tool.unexpected':
    "Impossible d'exécuter les outils Kerberos. Réessayez\u00a0; si l'échec persiste, contactez votre support informatique.",

  // Windows klist.exe failures.
  'krb.windows.noLogonSession':
    "Windows indique que la session de connexion dont les tickets ont été demandés n'existe pas (elle a peut-être pris fin, ou cette session a été ouverte sans Kerberos). Déconnectez-vous, reconnectez-vous avec votre compte de domaine, puis réessayez.",
  'krb.windows.accessDenied':
    "Windows a refusé l'accès à ces tickets Kerberos. Les tickets de l'ordinateur ne peuvent être lus ou supprimés qu'avec des droits d'administrateur\u00a0: exécutez la commande en tant qu'administrateur, ou acceptez la demande d'approbation quand Regroup l'affiche.",
  'krb.windows.noLogonServers':
    "Aucun contrôleur de domaine n'a pu être joint\u00a0: Windows n'a donc pas pu obtenir de ticket Kerberos. Connectez-vous au réseau de l'entreprise ou au VPN, puis réessayez.",
  'krb.windows.etypeNotSupported':
    'Le contrôleur de domaine a refusé le ticket, car il ne prend pas en charge le type de chiffrement demandé. Demandez à votre support informatique de vérifier les types de chiffrement autorisés pour ce compte ou ce service.',
  'krb.windows.unknownService':
    "Le contrôleur de domaine ne connaît pas le nom de service demandé (SPN). Vérifiez le nom, ou demandez à votre support informatique de l'enregistrer.",
  'krb.windows.clockSkew':
    "L'horloge de cet ordinateur est trop décalée par rapport à celle du contrôleur de domaine. Synchronisez l'heure (Paramètres > Heure et langue > Synchroniser maintenant), puis réessayez.",
  'krb.windows.noCredentials':
    "Windows ne dispose d'aucune information d'identification Kerberos pour cette session (par exemple après une connexion avec un compte local, ou avec des informations d'identification enregistrées, hors connexion). Verrouillez puis déverrouillez l'ordinateur, ou déconnectez-vous et reconnectez-vous, en étant connecté au réseau de l'entreprise, puis réessayez.",
  'krb.windows.noSuchDomain':
    "Windows n'a pas trouvé le domaine Kerberos. Si cet ordinateur est joint à un domaine, connectez-vous au réseau de l'entreprise ou au VPN et réessayez\u00a0; sinon, Regroup n'a rien à actualiser ici.",
  'krb.windows.logonFailure':
    'Le contrôleur de domaine a rejeté le compte (mot de passe incorrect, ou compte verrouillé, désactivé ou expiré). Déconnectez-vous et reconnectez-vous avec votre mot de passe actuel, ou contactez votre support informatique.',
  'krb.windows.accountLocked':
    'Le contrôleur de domaine indique que le compte est verrouillé. Attendez son déverrouillage ou demandez à votre support informatique de le déverrouiller, puis réessayez.',
  'krb.windows.accountDisabled':
    'Le contrôleur de domaine indique que le compte est désactivé ou expiré. Contactez votre support informatique.',
  'krb.windows.passwordExpired':
    'Le contrôleur de domaine indique que le mot de passe a expiré. Modifiez votre mot de passe (Ctrl+Alt+Suppr > Modifier un mot de passe), puis réessayez.',
  'krb.windows.kdcRefused':
    "Le contrôleur de domaine a refusé la demande Kerberos. Réessayez\u00a0; si l'échec persiste, transmettez les détails à votre support informatique.",
  'krb.windows.unrecognisedCode':
    "klist a échoué avec une erreur que Regroup ne reconnaît pas ({codes}). Réessayez\u00a0; si l'échec persiste, transmettez les détails à votre support informatique.",
  'krb.windows.unrecognised':
    "klist a échoué avec une erreur que Regroup ne reconnaît pas. Réessayez\u00a0; si l'échec persiste, transmettez les détails à votre support informatique.",

  // Windows klist.exe output that is not a ticket listing.
  'krb.windows.klist.empty':
    "klist n'a rien affiché. Exécutez-le de nouveau\u00a0; s'il n'affiche toujours rien, redémarrez l'ordinateur.",
  'krb.windows.klist.tgtOutput':
    "Ceci est la sortie de `klist tgt`, que Regroup ne lit pas, car elle contient la clé de session du ticket. Exécutez plutôt `klist` seul, et ne partagez pas la sortie de `klist tgt`\u00a0: elle permet à d'autres personnes d'utiliser votre ticket.",
  'krb.windows.klist.sessionsOutput':
    'Ceci est la sortie de `klist sessions` (une liste de sessions de connexion), et non une liste de tickets. Exécutez `klist` seul pour voir les tickets.',
  'krb.windows.klist.sessionsOutputDenied':
    "Ceci est la sortie de `klist sessions` (une liste de sessions de connexion), et non une liste de tickets. Exécutez `klist` seul pour voir les tickets. De plus, l'accès aux autres sessions a été refusé à klist\u00a0: seul un administrateur peut les lister.",
  'krb.windows.klist.purgeOutput':
    'Ceci est la sortie de `klist purge` (tickets supprimés), et non une liste de tickets. Exécutez `klist` seul pour voir les tickets.',
  'krb.windows.klist.cutOff':
    "La sortie de klist s'arrête avant sa liste de tickets (elle a été tronquée). Exécutez de nouveau klist.",
  'krb.windows.klist.notKlist':
    "Ce texte n'est pas une sortie de klist Windows que Regroup sait lire\u00a0: il ne contient ni ligne de session de connexion, ni nombre de tickets, ni tickets. Exécutez `klist` seul et réessayez.",
  'krb.windows.klist.purgeUnconfirmed':
    "Regroup n'a pas pu confirmer que klist a supprimé les tickets\u00a0: sa sortie ne ressemble pas à un compte rendu de purge. Exécutez de nouveau `klist purge` et vérifiez qu'il indique que les tickets ont été supprimés.",

  // The Windows service.
  'krb.windows.notInDomain':
    "Ce compte Windows n'est pas connecté à un domaine\u00a0: il n'a donc ni tickets Kerberos ni groupes de domaine à actualiser. Connectez-vous avec votre compte de domaine (ou établissez la connexion VPN avant de vous connecter), puis réessayez.",
  'krb.windows.computerNotInDomain':
    "Ce compte Windows n'est pas connecté à un domaine\u00a0: il n'y a donc aucun groupe de l'ordinateur à actualiser.",
  'krb.windows.emptyRun':
    "klist n'a rien affiché (code de sortie {code}). Réessayez\u00a0; si le problème persiste, contactez votre support informatique.",
  'krb.windows.computerListNeedsAdmin':
    "La lecture des tickets de l'ordinateur nécessite des droits d'administrateur. Exécutez la ligne de commande de Regroup depuis une invite de commandes ouverte en tant qu'administrateur (regroup list --computer), ou utilisez «\u00a0Actualiser les groupes de l'ordinateur\u00a0», qui demande l'approbation.",
  'krb.windows.purgeFailed':
    "klist n'a pas pu supprimer vos tickets (code de sortie {code}). Rien n'a été modifié\u00a0; réessayez.",

  // Elevation.
  'krb.elevate.refused':
    "Regroup a refusé d'exécuter une commande inattendue en tant qu'administrateur\u00a0: rien n'a donc été modifié. Réinstallez Regroup\u00a0; si le problème persiste, contactez votre support informatique.",
  'krb.elevate.kinitNotSystem':
    "{path} n'est pas un fichier système (appartenant à root et modifiable uniquement par root)\u00a0: Regroup ne l'exécutera donc pas en tant qu'administrateur. Réinstallez les outils Kerberos (krb5-user), puis réessayez.",
  'krb.elevate.promptUnavailable':
    "Impossible d'ouvrir la demande d'approbation de l'administrateur. Réessayez\u00a0; si l'échec persiste, réinstallez Regroup.",
  'krb.elevate.declined':
    "L'approbation de l'administrateur n'a pas été donnée\u00a0: rien n'a donc été modifié. L'actualisation des groupes de l'ordinateur nécessite l'approbation d'un administrateur\u00a0; redémarrer l'ordinateur a le même effet.",
  'krb.elevate.noPolkitAgent':
    "Aucune demande d'approbation de l'administrateur n'est disponible sur ce bureau (pas d'agent polkit). Exécutez plutôt «\u00a0sudo regroup refresh --computer\u00a0» dans un terminal.",
  'krb.elevate.failed':
    "La commande d'administration n'a pas abouti. Rien d'autre n'a été modifié\u00a0; réessayez, ou contactez votre support informatique si l'échec persiste.",
  'krb.elevate.timeout':
    "{tool} était toujours en cours d'exécution en tant qu'administrateur après {seconds}\u00a0secondes\u00a0; Regroup a donc cessé de l'attendre. Il se peut qu'il se termine de lui-même\u00a0; redémarrer l'ordinateur a le même effet qu'une actualisation.",
  'krb.clock.noAnswer':
    'Le contrôleur de domaine {host} n’a pas répondu à la demande de son heure.',
  'krb.clock.unreadable':
    'Le contrôleur de domaine {host} a répondu, mais son heure n’a pas pu être lue dans la réponse.',
  'krb.clock.skewed.windows':
    'L’horloge de cet ordinateur a {minutes, plural, one {# minute} other {# minutes}} {direction, select, ahead {d’avance} other {de retard}} sur le contrôleur de domaine {host}, et Kerberos refuse la connexion au-delà de 5 minutes : Regroup n’actualise donc pas vos tickets tant que l’heure n’est pas juste. Ouvrez Paramètres > Heure et langue > Date et heure, sélectionnez Synchroniser maintenant, puis actualisez à nouveau.',
  'krb.clock.skewed.unix':
    'L’horloge de cet ordinateur a {minutes, plural, one {# minute} other {# minutes}} {direction, select, ahead {d’avance} other {de retard}} sur le contrôleur de domaine {host}, et Kerberos refuse la connexion au-delà de 5 minutes : Regroup n’actualise donc pas vos tickets tant que l’heure n’est pas juste. Activez le réglage automatique de l’heure (Linux : timedatectl set-ntp true ; macOS : Réglages Système > Général > Date et heure), puis actualisez à nouveau.',

  // The pre-flight.
  'krb.preflight.noKdcFound':
    "Aucun contrôleur de domaine n'a été trouvé pour {realm} (aucun enregistrement DNS et aucun contrôleur configuré). Connectez-vous au réseau de l'entreprise ou au VPN et réessayez.",
  'krb.preflight.noKdcFoundNoRealm':
    "Aucun contrôleur de domaine n'a été trouvé pour votre domaine (aucun enregistrement DNS et aucun contrôleur configuré). Connectez-vous au réseau de l'entreprise ou au VPN et réessayez.",
  'krb.preflight.kdcAnswers': 'Le contrôleur de domaine {host} répond.',
  'krb.preflight.kdcProxyAnswers': 'Le serveur proxy KDC {url} répond (Kerberos sur HTTPS).',
  'krb.preflight.noKdcAnswers':
    "Aucun contrôleur de domaine de {realm} ne répond (adresses essayées\u00a0: {tried})\u00a0: vos tickets ont donc été laissés tels quels, car les supprimer maintenant vous laisserait sans aucun ticket jusqu'à votre reconnexion. Connectez-vous au réseau de l'entreprise ou au VPN et réessayez.",

  // `regroup parse`.
  'krb.parse.empty':
    "L'entrée est vide. Collez ou enregistrez la sortie complète de klist, puis réessayez.",
  'krb.parse.notKlist':
    'Ceci ne ressemble pas à une sortie de klist (klist.exe de Windows, klist MIT ou Heimdal). Enregistrez la sortie complète de «\u00a0klist\u00a0» dans un fichier et réessayez, ou indiquez le format avec --format.',

  // The result of "Refresh my groups".
  'krb.result.user.refreshed':
    'Terminé\u00a0: {removed, plural, =0 {un nouveau ticket a été émis} one {# ancien ticket a été supprimé et un nouveau ticket a été émis} other {# anciens tickets ont été supprimés et un nouveau ticket a été émis}} pour {client} avec vos groupes actuels.',
  'krb.result.user.refreshedNoClient':
    'Terminé\u00a0: {removed, plural, =0 {un nouveau ticket a été émis} one {# ancien ticket a été supprimé et un nouveau ticket a été émis} other {# anciens tickets ont été supprimés et un nouveau ticket a été émis}} avec vos groupes actuels.',
  'krb.result.user.noTicket.windows':
    "{removed, plural, =0 {Aucun ancien ticket n'a été supprimé} one {Votre ancien ticket a été supprimé} other {Vos # anciens tickets ont été supprimés}}, mais aucun nouveau ticket n'a encore pu être obtenu. Windows en obtiendra un automatiquement la prochaine fois que vous ouvrirez une ressource réseau\u00a0; en cas d'échec, vérifiez la connexion réseau, puis déconnectez-vous et reconnectez-vous.",
  'krb.result.user.noTicket':
    "{removed, plural, =0 {Aucun ancien ticket n'a été supprimé} one {Votre ancien ticket a été supprimé} other {Vos # anciens tickets ont été supprimés}}, mais aucun nouveau ticket n'a pu être obtenu. Vérifiez la connexion réseau, puis actualisez de nouveau.",
  'krb.result.user.someFailed':
    "Un nouveau ticket avec vos groupes actuels a été émis, mais {count, plural, one {# ticket n'a pas pu être récupéré à nouveau\u00a0; il le sera à sa prochaine utilisation} other {# tickets n'ont pas pu être récupérés à nouveau\u00a0; ils le seront à leur prochaine utilisation}}.",
  // The result of "Refresh computer groups".
  'krb.result.computer.refreshed.windows':
    "Terminé\u00a0: les tickets de l'ordinateur ont été supprimés. Il en obtiendra de nouveaux, avec ses groupes actuels, lors de son prochain contact avec un contrôleur de domaine.",
  'krb.result.computer.refreshedWithPolicy.windows':
    "Terminé\u00a0: les tickets de l'ordinateur ont été supprimés et la stratégie d'ordinateur a été réappliquée avec ses groupes actuels.",
  'krb.result.computer.policyFailed.windows':
    "Les tickets de l'ordinateur ont été supprimés, mais la réapplication de la stratégie d'ordinateur a échoué. La stratégie s'actualise d'elle-même dans un délai de 90 minutes\u00a0; vous pouvez aussi exécuter «\u00a0gpupdate /target:computer\u00a0» plus tard.",
  'krb.result.computer.refreshed.unix':
    "Terminé\u00a0: l'ordinateur dispose d'un nouveau ticket issu de son keytab, avec ses groupes actuels.",
  'krb.result.computer.refreshed':
    "Terminé\u00a0: les tickets de l'ordinateur ont été actualisés avec ses groupes actuels.",
  'krb.result.computer.partial':
    "Les tickets de l'ordinateur ont été actualisés, mais toutes les étapes n'ont pas abouti\u00a0; consultez les détails.",
  'krb.result.nothingChanged': "Rien n'a été modifié.",

  // What a refresh does and does not reach.
  'krb.caveat.windows.user.newConnections':
    'Les services auxquels vous vous connectez désormais avec Kerberos (partages de fichiers, sites intranet, SQL Server, messagerie) voient vos nouveaux groupes lors de votre prochain accès.',
  'krb.caveat.windows.user.openConnections':
    "Les connexions déjà ouvertes conservent vos anciens groupes\u00a0: Windows continue d'utiliser une connexion ouverte vers un serveur de fichiers jusqu'à ce qu'elle soit restée inutilisée pendant environ 15 minutes.",
  'krb.caveat.windows.user.domainControllers':
    "Si un contrôleur de domaine n'a pas encore reçu la modification (les modifications mettent un certain temps à atteindre tous les sites, et certains sites conservent une copie en cache des appartenances aux groupes universels), votre nouveau ticket contient encore les anciens groupes\u00a0: actualisez de nouveau plus tard.",
  'krb.caveat.windows.user.signInToken':
    "Ce PC conserve les groupes de votre connexion pour ses propres autorisations (dossiers locaux, droits d'administrateur, ce qu'affiche «\u00a0whoami /groups\u00a0») jusqu'à ce que vous vous déconnectiez et vous reconnectiez.",
  'krb.caveat.unix.user.newTicket':
    "Vous disposez d'un nouveau ticket d'octroi de tickets (TGT)\u00a0: les services auxquels vous vous connectez désormais avec Kerberos (partages montés, sites intranet, SSH, bases de données) voient vos nouveaux groupes.",
  'krb.caveat.unix.user.openConnections':
    "Les partages déjà montés et les connexions déjà ouvertes conservent vos anciens groupes jusqu'à leur reconnexion.",
  'krb.caveat.unix.user.localGroups':
    "Ce qu'affiche «\u00a0id\u00a0» ne provient pas de vos tickets, mais du service d'annuaire de cet ordinateur et de son cache (SSSD, winbind ou Open Directory sous macOS)\u00a0: il peut donc encore afficher les anciens groupes pendant un moment.",
  'krb.caveat.windows.computer.tickets':
    "Les tickets Kerberos de l'ordinateur ont été supprimés\u00a0: il en obtiendra de nouveaux, avec ses nouveaux groupes, la prochaine fois qu'il contactera un contrôleur de domaine.",
  'krb.caveat.windows.computer.policy':
    "Les paramètres de stratégie de groupe qui dépendent des groupes de l'ordinateur s'appliquent lors d'une actualisation de la stratégie\u00a0: la prochaine actualisation automatique (dans un délai d'environ 90 minutes) ou une actualisation lancée avec «\u00a0gpupdate /target:computer\u00a0». Certains paramètres ne s'appliquent qu'au redémarrage.",
  'krb.caveat.windows.computer.signInToken':
    "Le jeton de connexion propre à l'ordinateur, qui détermine les autorisations locales des services exécutés sous le compte de l'ordinateur, conserve ses anciens groupes jusqu'au redémarrage de l'ordinateur.",
  'krb.caveat.unix.computer.newTicket':
    "L'ordinateur dispose d'un nouveau ticket issu de son keytab dans le cache système\u00a0: les services qui utilisent ce cache voient les nouveaux groupes de l'ordinateur à leur prochaine demande.",
  'krb.caveat.unix.computer.ownTickets':
    "Les services qui conservent leurs propres tickets d'ordinateur (SSSD, rpc.gssd pour NFS) en obtiennent de nouveaux selon leur propre calendrier ou à leur redémarrage.",
  'krb.caveat.user.newConnections':
    "Les services auxquels vous vous connectez désormais avec Kerberos voient vos nouveaux groupes\u00a0; les connexions déjà ouvertes conservent les anciens groupes jusqu'à leur reconnexion.",
  'krb.caveat.computer.newTickets':
    "L'ordinateur obtiendra des tickets avec ses nouveaux groupes lors de son prochain contact avec un contrôleur de domaine\u00a0; les connexions déjà ouvertes conservent les anciens groupes.",
  'krb.caveat.user.nothingRemoved':
    "Rien n'a été supprimé\u00a0: vos tickets et vos accès restent inchangés, avec les groupes que vous aviez auparavant.",
  'krb.caveat.computer.nothingRemoved':
    "Rien n'a été supprimé\u00a0: l'ordinateur conserve ses tickets, avec ses anciens groupes, jusqu'à leur expiration ou jusqu'au redémarrage de l'ordinateur.",
  'krb.helper.needsAdmin':
    "L'installation ou la suppression de l'assistant Regroup nécessite des droits d'administrateur. Exécutez la commande dans une invite de commandes en tant qu'administrateur, ou en tant que SYSTEM (par exemple depuis Intune ou un script de démarrage).",
  'krb.helper.createFailed':
    "Windows n'a pas inscrit la tâche {task} (code de sortie {code}). Rien d'autre n'a été modifié\u00a0; les détails en indiquent la raison.",
  'krb.helper.deleteFailed':
    "Windows n'a pas supprimé la tâche {task} (code de sortie {code}). Les détails en indiquent la raison.",
  'krb.helper.schtasksMissing':
    "L'outil du Planificateur de tâches est introuvable à l'emplacement {path}. Il fait partie de Windows\u00a0: demandez à votre service informatique de vérifier cet ordinateur.",
  'krb.helper.notAsAsked':
    "Windows a enregistré les tâches de l'assistant autrement que Regroup ne l'a demandé\u00a0; Regroup ne les utilisera donc pas. Les détails indiquent les différences\u00a0; contactez votre service informatique.",
  'krb.helper.notRun':
    "La tâche de l'assistant Regroup ne s'est pas exécutée\u00a0; rien n'a donc été modifié. Demandez à votre service informatique de vérifier l'assistant Regroup sur cet ordinateur.",
  'krb.helper.timeout':
    "La tâche de l'assistant Regroup ne s'est pas terminée en {seconds}\u00a0secondes. Réessayez dans quelques minutes\u00a0; si le problème persiste, contactez votre service informatique.",
  'krb.helper.purgeFailed':
    "klist n'a pas pu supprimer les tickets de l'ordinateur (code de sortie {code}). Rien n'a été modifié\u00a0; réessayez, ou contactez votre service informatique si l'échec persiste.",
  'krb.helper.policyFailed':
    "La stratégie de l'ordinateur n'a pas pu être réappliquée (code de sortie de gpupdate\u00a0: {code}). Les tickets ont été actualisés\u00a0; relancez gpupdate plus tard.",
};
