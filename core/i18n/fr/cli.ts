/** CLI in French. Translated from en/cli.ts; same keys, same ICU arguments. */
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  // Usage
  'cli.usage.heading': 'Utilisation\u00a0:',
  'cli.usage.language':
    "Chaque commande accepte aussi {option}, avec l'une de ces valeurs\u00a0: {languages}. Sans cette option, Regroup suit la première variable définie parmi {variables}, et s'exprime en anglais si celle-ci désigne une autre langue.",
  'cli.usage.exitCodes':
    "Codes de sortie\u00a0: 0 réussite, 1 échec de l'opération (la raison figure sur la sortie d'erreur standard, et dans le JSON), 2 utilisation incorrecte ou entrée illisible.",

  // Usage errors
  'cli.usage.unknownCommand':
    'Commande inconnue «\u00a0{command}\u00a0». Essayez «\u00a0{help}\u00a0».',
  'cli.usage.noValue': "{option} n'accepte pas de valeur.",
  'cli.usage.needsValue': '{option} nécessite une valeur, par exemple {example}.',
  'cli.usage.unknownOption':
    "«\u00a0{command}\u00a0» n'a pas d'option {option}. Essayez «\u00a0{help}\u00a0».",
  'cli.usage.badHost':
    "«\u00a0{host}\u00a0» n'est ni un nom d'hôte ni une adresse\u00a0; {option} attend un nom tel que {example}.",
  'cli.usage.extraWord':
    "«\u00a0{command}\u00a0» n'accepte pas de fichier ni de mot «\u00a0{word}\u00a0».",
  'cli.usage.refreshScope':
    "Indiquez ce qu'il faut actualiser\u00a0: «\u00a0{user}\u00a0» ou «\u00a0{computer}\u00a0».",
  'cli.usage.userOnly': "{verify}, {dc} et {passwordStdin} s'utilisent uniquement avec {user}.",
  'cli.usage.computerOnly': "{option} s'utilise uniquement avec {computer}.",
  'cli.usage.goesWith': "{option} s'utilise uniquement avec {other}.",
  'cli.usage.badDuration':
    '{option} accepte une durée de 1\u00a0minute à 24\u00a0heures, par exemple {examples}, et non «\u00a0{value}\u00a0».',
  'cli.usage.dcNeedsVerify': "{option} s'utilise avec {verify} (ou avec «\u00a0{groups}\u00a0»).",
  'cli.usage.badFormat':
    "{option} accepte l'une des valeurs {formats}, et non «\u00a0{format}\u00a0».",
  'cli.usage.parseOneFile':
    "«\u00a0{command}\u00a0» lit un seul fichier (ou {stdin} pour l'entrée standard).",
  'cli.usage.badLanguage':
    "Regroup n'est pas disponible en «\u00a0{language}\u00a0». {option} accepte l'une des valeurs {languages}.",

  // `regroup list` and `regroup parse`
  'cli.list.session': '{principal} - session de connexion {session}',
  'cli.list.computerSession': '{principal} - session de connexion {session} (cet ordinateur)',
  'cli.list.cache': '{principal} - cache {cache}',
  'cli.list.noPrincipal': 'Aucun principal',
  'cli.list.unknown': '(inconnu)',
  'cli.list.caches': 'Caches\u00a0: {caches}',
  'cli.list.defaultCache': '{cache} (par défaut)',
  'cli.list.noTickets':
    'Aucun ticket Kerberos. Vous en obtiendrez un la prochaine fois que vous ouvrirez un partage de fichiers ou un site intranet, ou avec «\u00a0{command}\u00a0».',
  'cli.list.count': '{count, plural, one {# ticket\u00a0:} other {# tickets\u00a0:}}',
  'cli.list.incomplete':
    'Remarque\u00a0: la sortie était incomplète\u00a0; seuls les tickets affichés ont pu être lus.',
  'cli.list.noName': '(sans nom)',
  'cli.list.column.server': 'SERVEUR',
  'cli.list.column.ends': 'FIN',
  'cli.list.column.left': 'RESTANT',
  'cli.time.expiredAgo': 'expiré depuis {duration}',
  'cli.time.expired': 'expiré',
  'cli.time.unknown': 'inconnu',

  // `regroup refresh`
  'cli.refresh.removed': 'Supprimés ({count})\u00a0:',
  'cli.refresh.acquired': 'Nouveaux ({count})\u00a0:',
  'cli.refresh.validFor': '(valide pendant {duration})',
  'cli.refresh.alreadyExpired':
    "(déjà expiré depuis {duration}\u00a0: vérifiez l'horloge de l'ordinateur)",
  'cli.refresh.notObtained': 'Non obtenus\u00a0:',
  'cli.refresh.failedTicket': '{server}\u00a0: {reason}',
  'cli.refresh.forceHint': '{reason} Pour supprimer les tickets malgré tout, ajoutez {option}.',
  'cli.password.prompt': 'Mot de passe pour un nouveau ticket Kerberos\u00a0:',
  'cli.password.signInPrompt': 'Mot de passe de {principal}\u00a0:',
  'cli.password.cancelled': "Annulé\u00a0: rien n'a été modifié.",
  'cli.password.noTerminal':
    "Un nouveau ticket nécessite votre mot de passe, et aucun terminal n'est disponible pour le demander. Transmettez-le sur l'entrée standard avec {option}, ou exécutez la commande dans un terminal.",
  'cli.password.stdinInvalid':
    "Le mot de passe transmis avec {option} doit tenir sur une seule ligne de 1 à {max}\u00a0caractères. Rien n'a été modifié.",
  'cli.verify.unavailable': "La vérification des groupes n'est pas disponible dans cette version.",
  'cli.wait.started': 'Attente de {group} jusqu’à {time}. Pour arrêter, appuyez sur {keys}.',
  'cli.wait.nextCheck': 'Prochaine vérification à {time}.',
  'cli.policy.computerOff':
    "L'actualisation des groupes de l'ordinateur a été désactivée par votre service informatique.",

  // `regroup parse`
  'cli.parse.noSuchFile':
    "Impossible de lire {file}\u00a0: ce fichier n'existe pas. Vérifiez le chemin, puis réessayez.",
  'cli.parse.noPermission':
    "Impossible de lire {file}\u00a0: vous n'avez pas l'autorisation de le lire. Copiez-le dans un emplacement que vous pouvez lire, ou adressez-vous à son propriétaire.",
  'cli.parse.isFolder':
    "Impossible de lire {file}\u00a0: il s'agit d'un dossier. Indiquez le fichier qui contient la sortie de klist.",
  'cli.parse.stdinUnreadable':
    "Impossible de lire l'entrée standard (erreur {code}). Indiquez plutôt le nom du fichier ({command}), ou transmettez le texte à la commande par un canal.",
  'cli.parse.cannotRead':
    'Impossible de lire {file} (erreur {code}). Vérifiez le chemin, puis réessayez.',
  'cli.parse.tooLarge':
    "L'entrée dépasse {megabytes}\u00a0Mo, alors qu'une sortie de klist fait quelques kilo-octets. Vérifiez qu'il s'agit du bon fichier.",

  // `regroup groups`
  'cli.groups.who': '{principal} - contrôleur de domaine {dc}',
  'cli.groups.unknownUser': 'Utilisateur inconnu',
  'cli.groups.column.signInToken': 'CONNEXION',
  'cli.groups.column.kerberosServices': 'KERBEROS',
  'cli.groups.column.directory': 'ANNUAIRE',
  'cli.groups.column.group': 'GROUPE',
  'cli.groups.yes': 'oui',
  'cli.groups.no': 'non',
  'cli.groups.view.signInToken': 'Jeton de connexion',
  'cli.groups.view.kerberosServices': 'Services Kerberos',
  'cli.groups.view.directory': 'Annuaire',
  'cli.groups.viewReason': '{view}\u00a0: {reason}',
  'cli.groups.legend.signInToken':
    "Jeton de connexion\u00a0: ce que cet ordinateur utilise pour les autorisations locales jusqu'à votre déconnexion.",
  'cli.groups.legend.kerberosServices':
    'Services Kerberos\u00a0: ce que voient les partages de fichiers et les applications web avec vos tickets actuels.',
  'cli.groups.legend.directory':
    'Annuaire\u00a0: vos groupes dans Active Directory actuellement (ce que votre prochain ticket contiendra).',
  'cli.groups.noView': "Aucune des trois vues de vos groupes n'a pu être lue ici.",
  'cli.groups.unavailable': "L'analyse des groupes n'est pas disponible dans cette version.",
  'cli.diagnose.title': 'Diagnostic Regroup, {time}',
  'cli.diagnose.redacted':
    'Les noms d’utilisateur, d’ordinateur et de domaine de ce rapport sont remplacés par des substituts (user1, host1, domain1.example).',
  'cli.diagnose.label.app': 'Version de Regroup',
  'cli.diagnose.label.system': 'Système d’exploitation',
  'cli.diagnose.label.computer': 'Ordinateur',
  'cli.diagnose.heading.identity': 'Identité',
  'cli.diagnose.label.principal': 'Principal',
  'cli.diagnose.label.realm': 'Domaine Kerberos (realm)',
  'cli.diagnose.label.logonSession': 'Session d’ouverture',
  'cli.diagnose.label.cache': 'Cache de tickets',
  'cli.diagnose.heading.tickets': '{count, plural, =0 {Tickets} one {# ticket} other {# tickets}}',
  'cli.diagnose.heading.kdc': 'Contrôleur de domaine (KDC)',
  'cli.diagnose.kdc.answered': '{host} a répondu en {ms} ms (essayés : {tried}).',
  'cli.diagnose.heading.clock': 'Horloge',
  'cli.diagnose.label.kdcTime': 'Contrôleur de domaine',
  'cli.diagnose.label.localTime': 'Cet ordinateur',
  'cli.diagnose.label.offset': 'Écart',
  'cli.diagnose.clock.offset': '{offset} secondes (aller-retour {ms} ms)',
  'cli.diagnose.clock.withinLimit':
    'L’horloge de cet ordinateur est assez proche de celle du contrôleur de domaine pour Kerberos (moins de 4 minutes d’écart).',
  'cli.diagnose.heading.groups': 'Groupes',
  'cli.diagnose.groups.read': '{view} : lu avec {source}',
  'cli.diagnose.heading.lastRefresh': 'Dernière actualisation',
  'cli.diagnose.label.finished': 'Terminée',
  'cli.diagnose.label.outcome': 'Résultat',
  'cli.diagnose.label.result': 'Message',
  'cli.diagnose.label.errorDetail': 'Détail',
  'cli.diagnose.label.gained': 'Groupes obtenus',
  'cli.diagnose.label.lost': 'Groupes perdus',
  'cli.diagnose.label.needsSignOut': 'Nécessite une déconnexion',
  'cli.diagnose.label.unverified': 'Non vérifié',
  'cli.diagnose.none': 'aucun',
  'cli.diagnose.notRead': 'Non lu : {problem}',
  'cli.diagnose.detail': 'Détail : {detail}',
  'cli.diagnose.probeFailed':
    'Cette partie n’a pas pu être lue à cause d’une erreur inattendue ; le détail est destiné à votre support informatique.',
  'cli.diagnose.noRealm':
    'Aucun domaine n’est connu ici (aucun ticket Kerberos et aucun domaine dans l’environnement) : aucun contrôleur de domaine n’a donc été recherché.',
  'cli.diagnose.noKdcForClock':
    'Les horloges n’ont pas été comparées, car aucun contrôleur de domaine n’a répondu.',
  'cli.diagnose.noRefreshKept':
    'La ligne de commande ne garde aucune trace des actualisations précédentes. « Copier les diagnostics » dans la fenêtre de Regroup inclut la dernière actualisation faite depuis celle-ci.',
  'cli.diagnose.noRefreshYet': 'Aucune actualisation n’a eu lieu depuis le démarrage de Regroup.',

  // `regroup refresh --user --verify`
  'cli.verdict.found': 'Constaté\u00a0: {hint}',
  'cli.verdict.note': 'Remarque\u00a0: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    "Regroup a rencontré un problème inattendu\u00a0: {detail}. Rien d'autre n'a été modifié. Veuillez le signaler en indiquant la commande que vous avez exécutée.",

  // Added for the help desk (issue 11).
  'cli.usage.badEncoding':
    '{option} attend un encodage tel que {example}\u00a0; Regroup ne sait pas lire «\u00a0{encoding}\u00a0».',
  'cli.usage.more': 'Plus d’informations\u00a0: {command}',
  'cli.list.tgtLeft': 'Ticket de connexion\u00a0: encore {left}, émis à {issued}',
  'cli.list.tgtRenewedBySystem':
    'Ticket de connexion\u00a0: Windows le renouvelle lui-même (émis à {issued})',
  'cli.list.tgtLeftProtectedUsers':
    'Ticket de connexion\u00a0: encore {left}, émis à {issued}. Votre compte est dans «\u00a0Utilisateurs protégés\u00a0» (Protected Users)\u00a0: Windows ne peut pas le renouveler\u00a0; à sa fin, reconnectez-vous (verrouillez puis déverrouillez cet ordinateur).',
  'cli.list.tgtExpired':
    'Ticket de connexion\u00a0: expiré depuis {ago} (émis à {issued}). Obtenez-en un nouveau avec «\u00a0{command}\u00a0».',
  'cli.list.noTgt': 'Aucun ticket de connexion. Obtenez-en un avec «\u00a0{command}\u00a0».',
  'cli.parse.tgtCaptured':
    'Ticket de connexion\u00a0: émis le {issued}, expire le {ends} (durée {lifetime})',
  'cli.parse.noTgt': 'Aucun ticket de connexion dans cette sortie.',
  'cli.list.column.issued': 'ÉMIS',
  'cli.list.column.start': 'DÉBUT',
  'cli.list.column.lifetime': 'DURÉE',
  'cli.field.client': 'Client',
  'cli.field.service': 'Service',
  'cli.field.start': 'Début',
  'cli.field.end': 'Fin',
  'cli.field.left': 'Temps restant',
  'cli.field.lifetime': 'Durée',
  'cli.field.renewUntil': 'Renouvelable jusqu’au',
  'cli.field.encryption': 'Chiffrement',
  'cli.field.encryptionValue': '{ticket} (ticket), {sessionKey} (clé de session)',
  'cli.field.flags': 'Indicateurs',
  'cli.field.cacheFlags': 'Indicateurs du cache',
  'cli.field.kdcCalled': 'KDC appelé',
  'cli.field.cache': 'Cache',
  'cli.parse.failed': 'Cette sortie de klist est une erreur, pas une liste de tickets.',
  'cli.parse.toolSaid': 'klist a affiché\u00a0: {detail}',
  'cli.parse.pasteHint':
    'Collez ici la sortie de klist, puis appuyez sur {keys} sur une nouvelle ligne. Pour lire plutôt un fichier enregistré\u00a0: {command}',
  'cli.parse.pasteHintWindows':
    'Collez ici la sortie de klist, puis appuyez sur {ctrlZ} et ensuite sur {enter}. Pour lire plutôt un fichier enregistré\u00a0: {command}',
  'cli.help.heading.commands': 'Commandes\u00a0:',
  'cli.help.heading.options': 'Options\u00a0:',
  'cli.help.heading.environment': 'Environnement\u00a0:',
  'cli.help.heading.examples': 'Exemples\u00a0:',
  'cli.help.more': 'Aide sur une commande\u00a0: {command}',
  'cli.help.list.summary':
    'Affiche vos tickets Kerberos\u00a0: d’abord votre ticket de connexion et sa durée de validité, puis chaque ticket avec son heure d’émission et le temps restant.',
  'cli.help.refresh.summary':
    'Obtient de nouveaux tickets Kerberos pour que les nouvelles appartenances aux groupes comptent sans fermer la session\u00a0: supprime les anciens tickets et en obtient de nouveaux.',
  'cli.help.parse.summary':
    'Lit la sortie de klist que quelqu’un a enregistrée ou collée (Windows, MIT ou Heimdal) et montre les tickets tels qu’ils étaient au moment de la capture, ou la cause de l’erreur qu’elle montre.',
  'cli.help.groups.summary':
    'Affiche vos groupes selon trois vues côte à côte\u00a0: votre jeton de connexion, ce que voient les services Kerberos et l’annuaire actuel.',
  'cli.help.diagnose.summary':
    'Affiche un rapport pour le support informatique : versions, vos tickets (jamais leurs clés), le contrôleur de domaine et son temps de réponse, l’écart d’horloge, vos groupes et la dernière actualisation.',
  'cli.help.help.summary': 'Affiche l’aide de Regroup ou d’une commande.',
  'cli.help.version.summary': 'Affiche la version de Regroup.',
  'cli.help.option.json':
    'Écrit le résultat en JSON pour les scripts\u00a0; ses messages sont dans la langue choisie.',
  'cli.help.option.verbose':
    'Affiche tous les champs de chaque ticket\u00a0: client, heures, chiffrement, indicateurs, indicateurs du cache et KDC appelé.',
  'cli.help.option.listComputer':
    'Liste les tickets de cet ordinateur (Windows\u00a0: session de connexion 0x3e7) au lieu des vôtres.',
  'cli.help.option.user':
    'Actualise vos propres tickets. Sous Linux et macOS, sans cache de tickets, vous connecte avec votre nom d’utilisateur dans le domaine Kerberos par défaut (votre.nom@VOTRE.DOMAINE).',
  'cli.help.option.refreshComputer':
    'Actualise les tickets de cet ordinateur, pour les appartenances aux groupes de l’ordinateur. Des droits d’administrateur sont nécessaires : si Regroup les a déjà (invite de commandes avec élévation, SYSTEM ou root) ou si le service informatique a installé l’assistant Regroup (Windows, Linux), rien n’est demandé ; sinon, l’approbation d’un administrateur est demandée, sauf à un compte qui ne peut pas la donner : il lui est indiqué qui le peut et qu’un redémarrage a le même effet.',
  'cli.help.option.verify':
    'Compare vos groupes avant et après l’actualisation et indique ce qui a changé, et ce qui demande encore de fermer la session.',
  'cli.help.option.waitFor':
    "Attend que l'annuaire vous indique membre de ce groupe (LAB\\Finance, ou un SID), puis actualise et vérifie. Code de sortie 3\u00a0: arrivé trop tard.",
  'cli.help.option.timeout':
    "Durée d'attente du groupe, par exemple 90m ou 2h (2\u00a0heures par défaut, 24\u00a0heures au plus).",
  'cli.help.option.dc':
    'Interroge ce contrôleur de domaine sur vos groupes, au lieu de celui qui a été trouvé.',
  'cli.help.option.redact':
    'Remplace les noms d’utilisateur, d’ordinateur et de domaine par des substituts (user1, host1, domain1.example) ; un même nom reçoit toujours le même substitut.',
  'cli.help.option.passwordStdin':
    'Lit le mot de passe sur l’entrée standard au lieu de le demander dans le terminal (Linux et macOS).',
  'cli.help.option.force':
    'Actualise même si aucun contrôleur de domaine ne répond. Sous Windows, les anciens tickets sont alors supprimés et les nouveaux n’arrivent que lorsqu’un contrôleur répond de nouveau.',
  'cli.help.option.gpupdate':
    'Applique aussi de nouveau la stratégie de groupe de l’ordinateur (gpupdate /target:computer /force), dans la même demande d’administrateur.',
  'cli.help.option.format':
    'Indique quel klist a produit le texte\u00a0: auto (par défaut), windows, mit ou heimdal.',
  'cli.help.option.encoding':
    'Lit l’entrée dans cet encodage (cp850, cp936, utf-16le...) au lieu de le reconnaître.',
  'cli.help.option.lang': 'Parle cette langue\u00a0: en, de, fr, es, ja ou zh-CN.',
  'cli.help.option.help': 'Affiche cette aide.',
  'cli.help.operand.file':
    'Le fichier qui contient la sortie de klist\u00a0; - ou rien lit l’entrée standard.',
  'cli.help.operand.command':
    'La commande à expliquer : list, refresh, parse, groups, diagnose, helper, help ou version.',
  'cli.help.env.language':
    'Choisissent la langue en l’absence de --lang\u00a0: la première définie compte.',
  'cli.help.env.colour':
    'NO_COLOR désactive la couleur\u00a0; FORCE_COLOR l’active quand la sortie n’est pas un terminal.',
  'cli.help.env.columns':
    'La largeur de la sortie en caractères, quand ce n’est pas un terminal (sinon 80).',
  'cli.help.env.keytab':
    'Linux et macOS\u00a0: un keytab pour votre propre compte\u00a0; refresh --user l’utilise au lieu de demander un mot de passe.',
  'cli.help.env.dc': 'Le contrôleur de domaine à interroger sur vos groupes en l’absence de --dc.',
  'cli.help.list.example1': 'Vos tickets, et la durée de validité de votre ticket de connexion.',
  'cli.help.list.example2': 'Les tickets de cet ordinateur, avec tous les champs.',
  'cli.help.refresh.example1': 'De nouveaux tickets pour vous, puis les groupes gagnés ou perdus.',
  'cli.help.refresh.example2':
    'De nouveaux tickets pour cet ordinateur, et sa stratégie de groupe appliquée de nouveau.',
  'cli.help.parse.example1':
    'Lit la sortie de klist qu’un utilisateur a enregistrée dans klist.txt.',
  'cli.help.parse.example2':
    'Lit un fichier enregistré par cmd sur un Windows chinois, avec tous les champs de chaque ticket.',
  'cli.help.groups.example1': 'Vos groupes selon les trois vues.',
  'cli.help.groups.example2': 'La même chose depuis un contrôleur de domaine précis, en JSON.',
  'cli.help.diagnose.example1': 'Le rapport, à coller dans un message au support.',
  'cli.help.diagnose.example2': 'La même chose en JSON, avec les noms remplacés.',
  'cli.help.help.example1': 'Comment actualiser, avec toutes les options.',
  'cli.help.help.example2': 'L’aide de parse en allemand.',
  'cli.help.version.example1': 'La version, pour un signalement au support informatique.',
  'cli.help.version.example2': 'La même chose, la commande donnée comme un mot.',
  'cli.help.helper.summary':
    "Installe, supprime ou vérifie l'assistant Regroup sous Windows : deux tâches planifiées qui permettent aux utilisateurs d'actualiser les groupes de cet ordinateur sans l'approbation d'un administrateur.",
  'cli.help.operand.helperAction':
    "Ce qu'il faut faire : install, remove ou status (si l'assistant est installé et inchangé ; code de sortie 0 si oui, 1 sinon).",
  'cli.help.helper.example1':
    "Installe l'assistant ; à exécuter en tant qu'administrateur ou SYSTEM, par exemple depuis Intune.",
  'cli.help.helper.example2': "Si l'assistant est installé et inchangé, en JSON pour un script.",

  'cli.usage.helperAction':
    "«\u00a0{command}\u00a0» attend l'un des mots suivants\u00a0: {actions}.",
  'cli.helper.installed':
    "L'assistant Regroup est installé. Les utilisateurs de cet ordinateur peuvent désormais actualiser ses groupes sans l'approbation d'un administrateur.",
  'cli.helper.removed':
    "L'assistant Regroup est supprimé. L'actualisation des groupes de l'ordinateur demande de nouveau l'approbation d'un administrateur.",
  'cli.helper.present': "L'assistant Regroup est installé et n'a pas été modifié.",
  'cli.helper.absent':
    "L'assistant Regroup n'est pas installé. Un administrateur peut l'installer avec {command}.",
  'cli.helper.altered':
    "Les tâches de l'assistant Regroup ont été modifiées après leur installation\u00a0; Regroup ne les utilise donc pas. Un administrateur peut les réinstaller avec {command}.",
  'cli.helper.windowsOnly':
    "Cette commande est destinée à Windows. Sous Linux, le paquet deb de Regroup installe l'assistant\u00a0; sous macOS, Regroup demande l'approbation d'un administrateur.",
  'cli.helper.state.installed': 'installée',
  'cli.helper.state.missing': 'non installée',
  'cli.helper.state.altered': 'modifiée',
  'cli.helper.row': '{task}\u00a0: {state} ({command})',

  'cli.outcome.verifyHint':
    'Pour vérifier les groupes que voient maintenant les services réseau, ajoutez {option}.',
};
