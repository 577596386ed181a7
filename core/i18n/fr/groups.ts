/** Groups in French. Translated from en/groups.ts; same keys, same ICU arguments. */
import type { groups as en } from '../en/groups';

export const groups: Record<keyof typeof en, string> = {
  // The meaning of a row whose marks differ; starts lower-case.
  'insight.meaning.newGroup':
    'nouveau\u00a0: atteint les partages de fichiers et les applications web après «\u00a0Actualiser mes groupes\u00a0»',
  'insight.meaning.needsSignOut':
    'atteint déjà les partages de fichiers et les applications web\u00a0; les autorisations locales sur ce PC nécessitent une déconnexion',
  'insight.meaning.removedInDirectory':
    "retiré dans l'annuaire\u00a0: actualisez pour qu'il disparaisse",
  'insight.meaning.droppedNeedsSignOut':
    "n'atteint plus les partages de fichiers ni les applications web\u00a0; les autorisations locales sur ce PC le conservent jusqu'à votre déconnexion",
  'insight.meaning.local':
    'un groupe de ce PC\u00a0: il ne figure pas dans les tickets Kerberos, donc «\u00a0Actualiser mes groupes\u00a0» ne le modifie pas\u00a0; une déconnexion, si',

  // Hints: why a refresh may not have helped.
  'insight.hint.localGroup':
    '{count, plural, one {{groups} est un groupe de ce PC, et non du domaine} other {{groups} sont des groupes de ce PC, et non du domaine}}\u00a0: «\u00a0Actualiser mes groupes\u00a0» ne peut rien y changer. Déconnectez-vous, puis reconnectez-vous.',
  'insight.hint.notReplicated':
    "L'annuaire sur {dc} vous indique comme membre de {groups}, mais vos tickets actuels ne {count, plural, one {le contiennent} other {les contiennent}} pas. Si vous avez déjà actualisé, le contrôleur de domaine qui a émis votre ticket n'a peut-être pas encore reçu la modification (au sein d'un site, une modification atteint les autres contrôleurs de domaine en une minute environ ; entre sites, elle attend la planification de réplication, toutes les 3 heures par défaut). Patientez, puis actualisez de nouveau.",
  'insight.hint.notReplicatedNoDc':
    "L'annuaire vous indique comme membre de {groups}, mais vos tickets actuels ne {count, plural, one {le contiennent} other {les contiennent}} pas. Si vous avez déjà actualisé, le contrôleur de domaine qui a émis votre ticket n'a peut-être pas encore reçu la modification (au sein d'un site, une modification atteint les autres contrôleurs de domaine en une minute environ ; entre sites, elle attend la planification de réplication, toutes les 3 heures par défaut). Patientez, puis actualisez de nouveau.",
  'insight.hint.tokenTooLarge':
    'Votre jeton contient {count, plural, one {# groupe} other {# groupes}}. Aux alentours de {limit, number} groupes, Windows refuse les connexions, et les tickets volumineux peuvent dépasser ce que les serveurs acceptent (MaxTokenSize). Demandez à votre service informatique de réduire les groupes imbriqués.',
  'insight.hint.smbSession':
    "Un partage de fichiers conserve les droits d'une connexion déjà ouverte. Fermez les fichiers et les fenêtres qui utilisent le partage (ou attendez que la connexion soit fermée pour inactivité), puis rouvrez-le.",
  'insight.hint.ntlm':
    "Un partage ouvert par adresse IP ({example}) utilise NTLM, et non Kerberos, et n'utilise pas le nouveau ticket. Ouvrez-le par son nom ({named}).",

  // The verdict after a refresh could not be made.
  'insight.verdict.kerberosUnreadable':
    "{when, select, before {Ce que voient les services Kerberos n'a pas pu être lu avant l'actualisation.} other {Ce que voient les services Kerberos n'a pas pu être lu après l'actualisation.}}",
  'insight.verify.refreshNotDone':
    "L'actualisation n'a pas eu lieu\u00a0: il n'y a donc rien à comparer.",
  'insight.verify.readFailed':
    "{when, select, before {Vos groupes n'ont pas pu être lus avant l'actualisation.} other {Vos groupes n'ont pas pu être lus après l'actualisation.}}",
  'insight.verify.readTimeout':
    "{when, select, before {Vos groupes n'ont pas pu être lus avant l'actualisation dans un délai de {seconds, number}\u00a0s.} other {Vos groupes n'ont pas pu être lus après l'actualisation dans un délai de {seconds, number}\u00a0s.}} Vérifiez la connexion à votre domaine (VPN), puis ouvrez «\u00a0Mes groupes\u00a0» pour comparer de nouveau.",

  // Why a view could not be read.
  'insight.view.failed':
    "Cette vue n'a pas pu être lue. Réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",
  'insight.signIn.notMapped':
    "Cet ordinateur ne fait pas correspondre les groupes de l'annuaire à des groupes locaux (ni sssd ni winbind)\u00a0: ses groupes de connexion ne peuvent donc pas être comparés à l'annuaire. Les partages de fichiers et les applications web utilisent la vue Kerberos.",

  // Finding the domain controller.
  'insight.dc.invalidName':
    "«\u00a0{name}\u00a0» n'est pas un nom de contrôleur de domaine valide. Indiquez un nom DNS ou une adresse IP.",
  'insight.dc.noRealm':
    "Aucun domaine Kerberos n'est connu (il n'y a aucun ticket)\u00a0: aucun contrôleur de domaine ne peut donc être trouvé. Actualisez d'abord vos groupes, ou indiquez un contrôleur de domaine avec {option}.",
  'insight.dc.notFound':
    "Aucun contrôleur de domaine de {realm} n'a été trouvé (pas d'enregistrement DNS SRV {record}, pas de KDC dans {file}). Indiquez-en un avec {option}.",

  // Asking the domain controller over LDAP (Linux, macOS).
  'insight.ldap.unreachable':
    "Le contrôleur de domaine {dc} n'a pas pu être joint via LDAP. Vérifiez la connexion réseau (VPN), ou indiquez un autre contrôleur de domaine avec {option}.",
  'insight.ldap.timeout':
    "Le contrôleur de domaine {dc} n'a pas répondu dans un délai de {seconds, plural, one {# seconde} other {# secondes}}. Vérifiez la connexion réseau (VPN), puis réessayez.",
  'insight.ldap.noCredentials':
    "Vous n'avez aucun ticket Kerberos\u00a0: le contrôleur de domaine ne peut donc pas être interrogé sur votre identité. Actualisez vos groupes (ou reconnectez-vous), puis réessayez.",
  'insight.ldap.expired':
    "Vos tickets Kerberos ont expiré, ou l'horloge de cet ordinateur est décalée par rapport à celle du contrôleur de domaine. Actualisez vos groupes, puis réessayez.",
  'insight.ldap.spnMissing':
    "Le nom de contrôleur de domaine «\u00a0{dc}\u00a0» n'est pas connu de Kerberos (il n'existe pas de principal de service {principal}). Utilisez le nom DNS complet du contrôleur de domaine avec {option}.",
  'insight.ldap.failed':
    "{tool} n'a pas pu lire depuis {dc} (code de sortie {code}). Réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",
  'insight.ldap.toolMissing':
    "{tool} n'est pas installé\u00a0: l'annuaire ne peut donc pas être interrogé. Installez {debianTools} et {debianSasl} (Debian, Ubuntu) ou {fedoraTools} et {fedoraSasl} (Fedora, RHEL).",
  'insight.ldap.saslMissing':
    "Le module Kerberos (GSSAPI) de {tool} n'est pas installé\u00a0: l'annuaire ne peut donc pas être interrogé. Installez {debianSasl} (Debian, Ubuntu) ou {fedoraSasl} (Fedora, RHEL).",
  'insight.ldap.noTokenGroups':
    "Le contrôleur de domaine {dc} n'a renvoyé aucun groupe pour vos tickets. Actualisez vos groupes, puis réessayez\u00a0; si le problème persiste, contactez votre service informatique.",
  'insight.ldap.accountUnknown':
    "Votre compte {principal} n'a pas pu être recherché dans l'annuaire de {dc}\u00a0: seul ce que voient les services Kerberos est donc affiché.",
  'insight.ldap.accountNotFound':
    "Le compte {account} est introuvable dans l'annuaire de {dc}\u00a0: seul ce que voient les services Kerberos est donc affiché.",

  // The sign-in token: whoami.exe on Windows, id on Linux and macOS.
  'insight.whoami.missing':
    '{tool} est introuvable dans {path}. Ce programme fait partie de Windows\u00a0: demandez à votre service informatique de vérifier cet ordinateur.',
  'insight.whoami.failed':
    "{tool} n'a pas pu lister vos groupes de connexion (code de sortie {code}). Réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",
  'insight.whoami.unreadable':
    "{tool} n'a affiché aucun groupe que Regroup sache lire. Si le problème persiste, contactez votre service informatique.",
  'insight.id.missing':
    'La commande {tool} est introuvable\u00a0: les groupes de votre connexion ne peuvent donc pas être lus. Demandez à votre service informatique de vérifier cet ordinateur.',
  'insight.id.failed':
    "{tool} n'a pas pu lister vos groupes (code de sortie {code}). Réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",

  // Asking the domain controller through Windows PowerShell and ADSI (Windows).
  'insight.adsi.powershellMissing':
    'Windows PowerShell est introuvable dans {path}\u00a0: le contrôleur de domaine ne peut donc pas être interrogé. Ce programme fait partie de Windows\u00a0: demandez à votre service informatique de vérifier cet ordinateur.',
  'insight.adsi.timeout':
    "Le contrôleur de domaine n'a pas répondu dans un délai de {seconds, plural, one {# seconde} other {# secondes}}. Vérifiez la connexion à votre domaine (VPN), puis réessayez.",
  'insight.adsi.unreachable':
    "Le contrôleur de domaine n'a pas pu être joint. Vérifiez la connexion à votre domaine (VPN), puis réessayez.",
  'insight.adsi.failed':
    "Le contrôleur de domaine n'a pas pu être interrogé. Vérifiez la connexion à votre domaine (VPN), puis réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",
  'insight.adsi.noAnswer':
    "Le contrôleur de domaine n'a donné aucune réponse. Vérifiez la connexion à votre domaine (VPN), puis réessayez.",

  // Any tool of group insight.
  'insight.tool.notStarted':
    "Impossible de démarrer {tool}. Réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",
  'insight.tool.timeout':
    "{tool} n'a pas répondu dans un délai de {seconds, plural, one {# seconde} other {# secondes}}. Réessayez.",
  'insight.tool.exit':
    "{tool} s'est arrêté avec le code de sortie {code}. Réessayez\u00a0; si l'échec persiste, contactez votre service informatique.",

  'insight.outcome.declined': "L'approbation de l'administrateur n'a pas été donnée",
  'insight.outcome.failed': "Rien n'a été modifié",
  'insight.outcome.offline': "Votre domaine est inaccessible\u00a0; rien n'a été modifié",
  'insight.outcome.partial': 'Actualisé, avec des lacunes',
  'insight.outcome.computer': 'Les tickets de cet ordinateur sont renouvelés',
  'insight.outcome.renewed': 'Vous avez un nouveau ticket de connexion',
  'insight.outcome.checking':
    'Vérification des groupes que voient maintenant les partages de fichiers, les sites web et les autres services réseau…',
  'insight.outcome.notChecked':
    "Les groupes que voient maintenant les services réseau n'ont pas été vérifiés.",
  'insight.outcome.unchecked':
    "Vous avez un nouveau ticket de connexion, mais vos groupes n'ont pas pu être vérifiés",
  'insight.outcome.gained':
    'Vous êtes maintenant membre de {groups} pour les partages de fichiers, les sites web et les autres services réseau',
  'insight.outcome.lost':
    'Les partages de fichiers, les sites web et les autres services réseau ne vous voient plus comme membre de {groups}',
  'insight.outcome.gained.localLater':
    "Les autorisations propres à cet ordinateur (dossiers locaux, droits d'administrateur) n'incluront {groups} qu'après une déconnexion et une reconnexion\u00a0: c'est normal.",
  'insight.outcome.notReplicated':
    "{count, plural, one {{groups} n'est pas encore arrivé dans votre ticket de connexion} other {{groups} ne sont pas encore arrivés dans votre ticket de connexion}}",
  'insight.outcome.notReplicated.body':
    "L'annuaire vous en indique membre, mais le contrôleur de domaine qui a émis votre nouveau ticket de connexion n'a pas encore reçu la modification.",
  'insight.outcome.signOut': "Cet ordinateur n'appliquera {groups} qu'après votre déconnexion",
  'insight.outcome.signOut.body':
    "Les services réseau vous en voient déjà membre. Ce que cet ordinateur autorise lui-même (dossiers locaux, droits d'administrateur) a été fixé lors de votre connexion, et une nouvelle connexion le met à jour.",
  'insight.outcome.noChange': 'Pas encore de nouveau groupe',
  'insight.outcome.noChange.body':
    "Votre nouveau ticket de connexion contient les mêmes groupes qu'avant. Si quelqu'un vient de vous ajouter à un groupe, la modification n'a peut-être pas encore atteint votre contrôleur de domaine.",
  'insight.outcome.next.signOut':
    'Enregistrez votre travail, puis déconnectez-vous et reconnectez-vous.',
  'insight.outcome.next.signOutUnix':
    'Enregistrez votre travail, puis fermez votre session de bureau et reconnectez-vous.',
  'insight.outcome.next.wait':
    'Dans un même site, une modification atteint les autres contrôleurs de domaine en une minute environ\u00a0; entre les sites, cela peut prendre jusqu’à 3\u00a0heures\u00a0: actualisez de nouveau plus tard.',
};
