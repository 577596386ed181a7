/** App in French. Translated from en/app.ts; same keys, same ICU arguments. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Regroup',
  'app.tagline': 'Tickets Kerberos et appartenance aux groupes',

  // Tray
  'tray.tooltip.valid': '{principal} — ticket de connexion valide encore {left}',
  'tray.tooltip.expiring': '{principal} — le ticket de connexion se termine dans {left}',
  'tray.tooltip.expired':
    '{principal} — ticket de connexion expiré. Ouvrez Regroup pour en obtenir un nouveau.',
  'tray.tooltip.renewedBySystem':
    '{principal} — connecté. Windows renouvelle lui-même votre ticket de connexion.',
  'tray.tooltip.none': 'Regroup — aucun ticket Kerberos. Ouvrez Regroup pour en obtenir un.',
  'tray.tooltip.error':
    'Regroup — impossible de lire vos tickets. Ouvrez Regroup pour plus de détails.',
  'tray.tooltip.busy': 'Regroup — actualisation…',
  'tray.menu.open': 'Ouvrir Regroup',
  'tray.menu.refreshUser': 'Actualiser mes groupes',
  'tray.menu.refreshComputer': "Actualiser les groupes de l'ordinateur…",
  'tray.menu.startAtLogin': 'Lancer à la connexion',
  'tray.menu.startAtLoginManaged': 'Lancer à la connexion (défini par votre service informatique)',
  'tray.menu.quit': 'Quitter Regroup',

  // Window chrome
  'window.close': 'Masquer la fenêtre',
  'window.loading': 'Lecture de vos tickets…',
  'nav.label': 'Vues',
  'nav.tickets': 'Tickets',
  'nav.groups': 'Mes groupes',

  // Identity
  'identity.heading': 'Connecté en tant que',
  'identity.realm': 'Domaine Kerberos',
  'identity.session': 'Session de connexion',
  'identity.cache': 'Cache de tickets',
  'identity.unknown': 'Utilisateur inconnu',

  // TGT card
  'tgt.heading': 'Ticket de connexion (TGT)',
  'tgt.validFor': 'Valide encore {left}',
  'tgt.expiresIn': 'Expire dans {left}',
  'tgt.expired': 'Expiré',
  'tgt.renewedBySystem': 'Windows le renouvelle lui-même',
  'tgt.missing':
    'Aucun ticket de connexion. Utilisez «\u00a0Actualiser mes groupes\u00a0» pour en obtenir un.',
  'tgt.issued': 'Émis',
  'tgt.ends': 'Fin',
  'tgt.renewUntil': 'Limite de renouvellement',
  'tgt.expiringHint':
    "Expire dans moins d'une heure. «\u00a0Actualiser mes groupes\u00a0» en obtient un nouveau maintenant, sans vous déconnecter.",
  'tgt.expiredHint':
    'Les services vont vous redemander votre mot de passe. «\u00a0Actualiser mes groupes\u00a0» obtient un nouveau ticket.',
  'expiry.notify.title':
    '{minutes, plural, one {Votre ticket de connexion expire dans # minute} other {Votre ticket de connexion expire dans # minutes}}',
  'expiry.notify.body':
    'Ouvrez Regroup et choisissez «\u00a0Actualiser mes groupes\u00a0» pour en obtenir un nouveau, afin que les partages de fichiers et les sites web continuent de fonctionner.',
  'tgt.renewedBySystemHint':
    "Windows renouvelle ce ticket avant sa fin et en obtient un nouveau grâce à votre connexion si nécessaire. Vous n'avez rien à faire pour son heure de fin.",
  'tgt.protectedUsersHint':
    'Votre compte est membre du groupe «\u00a0Utilisateurs protégés\u00a0» (Protected Users)\u00a0: ce ticket dure au plus 4 heures et Windows ne peut pas le renouveler. À sa fin, reconnectez-vous\u00a0; verrouiller cet ordinateur puis le déverrouiller avec votre mot de passe suffit.',

  // Service tickets
  'tickets.heading': 'Tickets de service ({count})',
  'tickets.none':
    "Aucun ticket de service pour l'instant. Ils apparaissent quand vous ouvrez un partage, une application web ou un serveur de messagerie.",
  'tickets.timeLeft': 'encore {left}',
  'tickets.endsAt': 'Se termine à {time}',
  'tickets.expired': 'Expiré',
  'tickets.endedRenewed': 'Terminé\u00a0; Windows en obtient un nouveau si nécessaire',
  'tickets.expiringSoon': "expire dans moins d'une heure",
  'tickets.details': 'Détails de {server}',
  'tickets.server': 'Nom du service (SPN)',
  'tickets.encryption': 'Chiffrement',
  'tickets.sessionKey': 'Clé de session',
  'tickets.flags': 'Indicateurs',
  'tickets.start': 'Début',
  'tickets.end': 'Fin',
  'tickets.renew': 'Limite de renouvellement',
  'tickets.kdc': 'Émis par',
  'tickets.incomplete':
    "Certains tickets n'ont pas pu être lus\u00a0; la liste est peut-être incomplète.",
  'tickets.listLabel': 'Tickets de service',

  // Encryption in plain words
  'enc.aes': 'actuel',
  'enc.rc4': 'un type ancien\u00a0; le service informatique peut passer ce service à AES',
  'enc.des': 'un type très ancien\u00a0; le service informatique devrait passer ce service à AES',
  'enc.unknown': 'inconnu',
  'service.signIn': 'Ticket de connexion',
  'service.signInOther': 'Connexion au domaine {domain}',
  'service.fileShare': 'Partage de fichiers sur {host}',
  'service.website': 'Site web {host}',
  'service.sql': 'SQL Server {host}',
  'service.sqlInstance': 'SQL Server {host}\\{instance}',
  'service.mail': 'Messagerie',
  'service.directory': 'Annuaire ({host})',
  'service.replication': "Réplication de l'annuaire ({host})",
  'service.remoteDesktop': 'Bureau à distance sur {host}',
  'service.remoteManagement': 'Gestion à distance sur {host}',
  'service.remoteProcedure': 'Appels de procédure distante sur {host}',
  'service.computer': 'Ordinateur {host}',
  'service.dns': 'Serveur DNS {host}',
  'service.password': 'Changement de mot de passe',
  'service.other': '{service} sur {host}',

  // Flags in plain words
  'flag.forwardable': 'Peut être transféré à un autre serveur en votre nom',
  'flag.forwarded': 'A été transféré depuis un autre ordinateur',
  'flag.proxiable': 'Peut être utilisé par un proxy',
  'flag.proxy': 'Est un ticket de proxy',
  'flag.may_postdate': 'Peut être postdaté',
  'flag.postdated': 'Est postdaté',
  'flag.invalid': 'Pas encore valide',
  'flag.renewable': 'Peut être renouvelé sans votre mot de passe',
  'flag.initial': 'Émis directement à partir de votre mot de passe ou de votre carte à puce',
  'flag.pre_authent': 'Vous avez prouvé votre identité avant son émission',
  'flag.hw_authent': 'Émis après une authentification matérielle',
  'flag.ok_as_delegate': 'Le serveur est approuvé pour la délégation',
  'flag.name_canonicalize': 'Le nom du serveur a été résolu sous sa forme canonique',
  'flag.anonymous': 'Ticket anonyme',
  'flag.transited_policy_checked': 'Les domaines Kerberos traversés ont été vérifiés',
  'flag.reserved': 'Indicateur réservé',
  'flag.other': 'Autre indicateur {name}',

  // Empty / error
  'empty.heading': 'Aucun ticket Kerberos',
  'empty.body':
    'Votre cache de tickets est vide. «\u00a0Actualiser mes groupes\u00a0» obtient un nouveau ticket de connexion\u00a0; les services obtiennent ensuite leurs tickets quand vous les utilisez.',
  'error.heading': 'Impossible de lire vos tickets',
  'error.retry': 'Réessayer',
  'error.details': 'Détails techniques',
  'error.unexpected':
    "Une erreur s'est produite dans Regroup\u00a0: {message}. Réessayez\u00a0; si le problème persiste, redémarrez Regroup.",

  // Actions
  'actions.label': 'Actions',
  'actions.refreshUser': 'Actualiser mes groupes',
  'actions.refreshUser.hint': 'Vos propres tickets\u00a0; aucun administrateur requis',
  'actions.refreshComputer': "Actualiser les groupes de l'ordinateur",
  'actions.refreshComputer.hint':
    "Les tickets de cet ordinateur\u00a0; demande l'approbation de l'administrateur",
  'actions.refreshComputer.unavailable':
    "«\u00a0Actualiser les groupes de l'ordinateur\u00a0» n'est pas disponible ici\u00a0: {reason}",
  'actions.copyDiagnostics': 'Copier les diagnostics',
  'actions.copyDiagnostics.hint':
    'Un rapport pour votre support informatique, copié dans le Presse-papiers',
  'actions.copyDiagnostics.busy': 'Collecte des diagnostics…',
  'actions.copyDiagnostics.done':
    'Diagnostics copiés. Collez-les dans votre message au support informatique.',
  'actions.copyDiagnostics.failed': 'Les diagnostics n’ont pas pu être copiés : {detail}',

  // Progress
  'progress.user': 'Actualisation de vos groupes…',
  'progress.userDetail':
    "Suppression de vos tickets et obtention d'un nouveau ticket de connexion.",
  'progress.computer': 'Actualisation des groupes de cet ordinateur…',
  'progress.computerDetail':
    "Acceptez la demande d'approbation de l'administrateur pour continuer.",
  'progress.closeSafe':
    "Vous pouvez fermer cette fenêtre\u00a0; l'actualisation se termine en arrière-plan.",

  // Computer confirm
  'computer.heading': "Actualiser les groupes de l'ordinateur",
  'computer.body':
    "Cette opération supprime les tickets Kerberos propres à l'ordinateur afin qu'il prenne en compte ses nouvelles appartenances aux groupes. Windows demandera une fois l'approbation de l'administrateur.",
  'computer.bodyUnix':
    "Cette opération supprime les tickets Kerberos de l'ordinateur afin qu'il prenne en compte ses nouvelles appartenances aux groupes. Le système demandera une fois l'approbation de l'administrateur.",
  'computer.gpupdate': "Réappliquer aussi la stratégie d'ordinateur (gpupdate)",
  'computer.gpupdateHint':
    "Prend jusqu'à une minute. Nécessaire pour les stratégies qui ciblent les nouveaux groupes.",
  'computer.continue': 'Continuer',
  'computer.cancel': 'Annuler',

  'policy.managed.title': 'Géré par votre service informatique',
  'policy.managed.computerHidden': "L'actualisation des groupes de l'ordinateur est désactivée.",
  'policy.managed.gpupdateForced':
    "La stratégie d'ordinateur est toujours réappliquée après une actualisation de l'ordinateur.",
  'policy.managed.gpupdateDefault':
    "La réapplication de la stratégie d'ordinateur est sélectionnée par défaut.",
  'policy.managed.startAtLoginOn': 'Regroup est toujours lancé à la connexion.',
  'policy.managed.startAtLoginOff': "Regroup n'est pas lancé à la connexion.",
  'policy.managed.notificationsOff': "Regroup n'affiche aucune notification.",
  'policy.managed.waitForGroupOn': "L'attente d'un groupe est autorisée.",
  'policy.managed.waitForGroupOff': "L'attente d'un groupe est désactivée.",
  'policy.managed.dc': 'Les groupes sont lus sur le contrôleur de domaine {dc}.',
  'policy.managed.helpDesk': 'Les coordonnées du support technique ci-dessous sont définies.',
  'policy.managed.problems':
    "{count, plural, one {Un paramètre de votre service informatique n'a pas pu être utilisé et est ignoré : {settings}.} other {# paramètres de votre service informatique n'ont pas pu être utilisés et sont ignorés : {settings}.}}",
  'policy.gpupdateRequired': 'Votre service informatique l’exige.',
  'policy.problem.setting':
    "Le paramètre {setting} de votre service informatique a une valeur que Regroup ne peut pas utiliser ; Regroup l'ignore.",
  'policy.problem.unknown':
    "Regroup ne connaît pas le paramètre {setting} de votre service informatique et l'ignore.",
  'policy.problem.unreadable':
    "Les paramètres de votre service informatique ({source}) n'ont pas pu être lus ; Regroup utilise ses valeurs par défaut.",
  'helpDesk.name': 'Votre support technique : {name}',
  'helpDesk.unnamed': 'Votre support technique :',
  'helpDesk.phone': 'Téléphone : {phone}',
  'helpDesk.web': 'Web : {url}',

  // Password (MIT / Heimdal)
  'password.heading': 'Votre mot de passe',
  'password.body':
    "Un nouveau ticket de connexion nécessite votre mot de passe pour {principal}. Il est transmis une seule fois à kinit et n'est jamais enregistré.",
  'password.label': 'Mot de passe',
  'password.submit': 'Actualiser',
  'password.cancel': 'Annuler',

  // Results
  'result.removed': '{count} tickets supprimés',
  'result.removedOne': '1 ticket supprimé',
  'result.removedNone': 'Aucun ticket à supprimer',
  'result.newTgt': 'Nouveau ticket de connexion émis {time}, valide pendant {left}',
  'result.noTgt': 'Pas encore de nouveau ticket de connexion',
  'result.failedItems': 'Impossible à récupérer\u00a0:',
  'result.gpupdate': "Stratégie d'ordinateur réappliquée",
  'result.caveatsHeading': "Ce qui est actualisé et ce qui ne l'est pas",
  'wait.offer': 'Me prévenir à son arrivée',
  'wait.groupLabel': 'Groupe auquel vous avez été ajouté',
  'wait.groupHint': 'Son nom, par exemple Finance, ou son SID.',
  'wait.heading': 'Attente de {group}',
  'wait.since': 'En attente depuis',
  'wait.nextCheck': 'Prochaine vérification',
  'wait.checkingNow': 'Vérification en cours…',
  'wait.until': "S'arrête à",
  'wait.closeSafe':
    'Vous pouvez fermer cette fenêtre\u00a0: Regroup continue de vérifier et vous prévient à son arrivée.',
  'wait.cancel': "Arrêter d'attendre",
  'wait.dismiss': 'OK',
  'wait.notAllowed': "Votre organisation a désactivé l'attente des groupes dans Regroup.",
  'wait.badGroup': 'Saisissez le nom ou le SID du groupe.',
  'wait.notify.arrived': 'Votre nouveau groupe est arrivé',
  'wait.notify.timedOut': "Votre nouveau groupe n'est pas arrivé",
  'wait.notify.refreshFailed':
    'Votre nouveau groupe est prêt\u00a0: ouvrez Regroup pour renouveler vos tickets',
  'result.openConnectionsHeading': 'Connexions ouvertes aux serveurs de fichiers',
  'result.done': 'Retour aux tickets',
  'result.doneGroups': 'Retour à mes groupes',
  'result.tryAgain': 'Réessayer',
  'result.refreshAnyway': 'Actualiser quand même',

  // My groups
  'groups.heading': 'Mes groupes',
  'groups.loading': 'Lecture de vos groupes…',
  'groups.loadingDetail':
    'Votre contrôleur de domaine est interrogé\u00a0; cela peut prendre quelques secondes.',
  'groups.dc': 'Contrôleur de domaine',
  'groups.readAt': 'Heure de lecture',
  'groups.readAgain': 'Relire',
  'groups.column.group': 'Groupe',
  'groups.column.signInToken': "Cet ordinateur jusqu'à la déconnexion",
  'groups.column.kerberosServices': 'Services réseau',
  'groups.column.directory': 'Annuaire',
  'groups.legend.heading': 'Les trois vues',
  'groups.legend.signInToken':
    "Cet ordinateur jusqu'à la déconnexion\u00a0: les groupes de votre jeton de connexion, que cet ordinateur utilise pour les autorisations locales jusqu'à votre déconnexion.",
  'groups.legend.kerberosServices':
    'Services réseau\u00a0: les groupes que les partages de fichiers et les sites web voient dans votre ticket de connexion actuel.',
  'groups.legend.directory':
    'Annuaire\u00a0: vos groupes dans Active Directory maintenant\u00a0; votre prochain ticket de connexion les contient.',
  'groups.legend.marks':
    '✓ membre · ✕ non membre · pas encore\u00a0: arrive avec une actualisation ou une déconnexion · – non disponible',
  'groups.mark.yes': 'membre',
  'groups.mark.no': 'non membre',
  'groups.mark.notYet': 'pas encore',
  'groups.mark.notYetSignOut':
    'pas encore\u00a0: cet ordinateur le prend lorsque vous vous déconnectez puis vous reconnectez',
  'groups.mark.notYetRefresh': "pas encore\u00a0: «\u00a0Actualiser mes groupes\u00a0» l'apporte",
  'groups.mark.unknown': 'non disponible',
  'groups.view.signInToken': 'Jeton de connexion de cet ordinateur',
  'groups.view.kerberosServices': 'Services réseau',
  'groups.view.directory': 'Annuaire',
  'groups.view.unavailable': 'Vue «\u00a0{view}\u00a0» non disponible ici\u00a0: {reason}',
  'groups.domainHeading': 'Groupes du domaine ({count})',
  'groups.domainLabel': 'Groupes du domaine',
  'groups.localHeading': 'Groupes de cet ordinateur ({count})',
  'groups.localLabel': 'Groupes de cet ordinateur',
  'groups.localHint':
    'Les groupes intégrés et locaux ne figurent pas dans les tickets Kerberos\u00a0: «\u00a0Actualiser mes groupes\u00a0» ne les modifie pas\u00a0; une déconnexion, si.',
  'groups.none': "Aucun groupe n'a pu être lu. Les raisons sont indiquées ci-dessus.",
  'groups.hintsHeading': 'Pourquoi une actualisation peut ne pas suffire',
  'groups.hint.found': 'Constaté\u00a0:',
  'groups.hint.more': 'Si cela ne fonctionne toujours pas ({count})',
  'groups.error.heading': 'Impossible de lire vos groupes',
  'groups.notAvailable':
    "«\u00a0Mes groupes\u00a0» n'est pas disponible dans cette version de Regroup. Utilisez la ligne de commande\u00a0: regroup groups.",
  'groups.readFailed':
    "Regroup n'a pas pu lire vos groupes ({detail}). Réessayez\u00a0; si le problème persiste, redémarrez Regroup.",

  // Verdict after Refresh my groups
  'verdict.heading': "L'actualisation a-t-elle fonctionné\u00a0?",
  'verdict.showGroups': 'Afficher mes groupes',

  // Main-process failures
  'busy.message':
    "Une autre actualisation est déjà en cours. Attendez qu'elle se termine, puis réessayez.",
  'busy.verifying':
    'Regroup vérifie encore vos groupes après la dernière actualisation. Réessayez dans quelques secondes.',
  'internal.listFailed':
    "Regroup n'a pas pu lire vos tickets ({detail}). Réessayez\u00a0; si le problème persiste, redémarrez Regroup.",
  'internal.refreshFailed':
    "L'actualisation s'est arrêtée de façon inattendue ({detail}). Ouvrez Regroup pour voir vos tickets, puis réessayez.",
  'ipc.untrusted': 'Cette demande ne provient pas de la fenêtre de Regroup et a été refusée.',
  'ipc.badRequest':
    "Regroup a reçu une demande mal formée ({detail}) et l'a ignorée. Redémarrez Regroup si cela se reproduit.",

  // Time
  'time.justNow': "à l'instant",
  'time.at': 'à {time}',
  'actions.refreshComputer.hintCannot':
    'Les tickets de cet ordinateur\u00a0; nécessite un administrateur',
  'computer.close': 'Fermer',
  'actions.refreshComputer.hintHelper':
    "Les tickets de cet ordinateur\u00a0; sans approbation de l'administrateur",
  'computer.bodyHelper':
    "Cette opération supprime les tickets Kerberos propres à l'ordinateur afin qu'il prenne en compte ses nouvelles appartenances aux groupes. Votre service informatique l'a configurée\u00a0: aucune approbation de l'administrateur n'est nécessaire.",
  'computer.bodyDirect':
    "Cette opération supprime les tickets Kerberos propres à l'ordinateur afin qu'il prenne en compte ses nouvelles appartenances aux groupes. Regroup s'exécute déjà avec des droits d'administrateur\u00a0: aucune approbation n'est nécessaire.",
  'progress.computerDetailHelper':
    "Cela prend quelques secondes. Aucune approbation n'est nécessaire.",

  'outcome.signOutNow': 'Se déconnecter maintenant…',
  'signOut.heading': 'Se déconnecter maintenant\u00a0?',
  'signOut.body':
    "Enregistrez d'abord votre travail\u00a0: la déconnexion ferme tous vos programmes. Lorsque vous vous reconnectez, cet ordinateur applique vos nouveaux groupes.",
  'signOut.confirm': 'Se déconnecter',
  'signOut.cancel': 'Pas maintenant',
  'signOut.failed':
    "Regroup n'a pas pu vous déconnecter ({detail}). Déconnectez-vous plutôt depuis le menu Démarrer.",
  'signOut.unavailable': "La déconnexion depuis Regroup n'est pas disponible ici.",
  'outcome.freshSignIn': 'Démarrer un programme avec une nouvelle connexion…',
  'freshSignIn.heading': 'Démarrer un programme avec une nouvelle connexion',
  'freshSignIn.body':
    "Windows demande un nom d'utilisateur et un mot de passe, comme avec «\u00a0Exécuter en tant qu'autre utilisateur\u00a0». Entrez votre propre compte ({account}). Le programme choisi démarre alors avec une nouvelle connexion et vos groupes actuels, et vous pouvez l'utiliser pour ce qui nécessite le nouveau groupe.",
  'freshSignIn.unchanged':
    "Rien d'autre ne change\u00a0: le bureau, l'Explorateur de fichiers et vos autres programmes gardent les groupes de votre connexion jusqu'à ce que vous vous déconnectiez.",
  'freshSignIn.program': 'Programme',
  'freshSignIn.cmd': 'Invite de commandes',
  'freshSignIn.powershell': 'Windows PowerShell',
  'freshSignIn.start': 'Démarrer',
  'freshSignIn.cancel': 'Pas maintenant',
  'freshSignIn.started':
    'Le programme a démarré avec une nouvelle connexion. Il a vos groupes actuels\u00a0; vos autres programmes ne les ont pas.',
  'freshSignIn.cancelled': "Rien n'a été démarré, car la connexion Windows a été annulée.",
  'freshSignIn.wrongPassword':
    "Windows n'a pas accepté le nom d'utilisateur ou le mot de passe\u00a0: rien n'a donc été démarré. Réessayez avec votre propre compte.",
  'freshSignIn.failed':
    "Windows n'a pas pu démarrer le programme avec une nouvelle connexion ({detail}). Déconnectez-vous puis reconnectez-vous à la place.",
  'freshSignIn.unavailable':
    "Le démarrage d'un programme avec une nouvelle connexion n'est pas disponible ici.",
};
