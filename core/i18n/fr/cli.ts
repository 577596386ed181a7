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
  'cli.list.tgt': 'TGT',
  'cli.list.noName': '(sans nom)',
  'cli.list.column.server': 'SERVEUR',
  'cli.list.column.ends': 'FIN',
  'cli.list.column.left': 'TEMPS RESTANT',
  'cli.list.column.encryption': 'CHIFFREMENT',
  'cli.list.column.flags': 'INDICATEURS',
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
  'cli.password.cancelled': "Annulé\u00a0: rien n'a été modifié.",
  'cli.password.noTerminal':
    "Un nouveau ticket nécessite votre mot de passe, et aucun terminal n'est disponible pour le demander. Transmettez-le sur l'entrée standard avec {option}, ou exécutez la commande dans un terminal.",
  'cli.password.stdinInvalid':
    "Le mot de passe transmis avec {option} doit tenir sur une seule ligne de 1 à {max}\u00a0caractères. Rien n'a été modifié.",
  'cli.verify.unavailable': "La vérification des groupes n'est pas disponible dans cette version.",

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

  // `regroup refresh --user --verify`
  'cli.verdict.unverified': 'Non vérifié\u00a0: {reason}',
  'cli.verdict.gained': 'Groupes ajoutés pour les services Kerberos\u00a0: {groups}',
  'cli.verdict.noneGained': "Aucun groupe n'a été ajouté pour les services Kerberos.",
  'cli.verdict.lost': 'Groupes retirés pour les services Kerberos\u00a0: {groups}',
  'cli.verdict.needsSignOut':
    'Déconnexion encore nécessaire sur ce PC (autorisations locales)\u00a0: {groups}',
  'cli.verdict.found': 'Constaté\u00a0: {hint}',
  'cli.verdict.note': 'Remarque\u00a0: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    "Regroup a rencontré un problème inattendu\u00a0: {detail}. Rien d'autre n'a été modifié. Veuillez le signaler en indiquant la commande que vous avez exécutée.",
};
