/** CLI in Spanish. Translated from en/cli.ts; same keys, same ICU arguments. */
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  // Usage.
  'cli.usage.heading': 'Uso:',
  'cli.usage.language':
    'Todos los comandos aceptan también {option}, con uno de estos valores: {languages}. Sin esta opción, Regroup sigue la primera de {variables} que esté definida, y usa el inglés cuando esta indica un idioma que Regroup no habla.',
  'cli.usage.exitCodes':
    'Códigos de salida: 0 correcto, 1 la operación ha fallado (el motivo aparece en la salida de error estándar y en el JSON), 2 uso incorrecto o entrada ilegible.',

  // Usage errors.
  'cli.usage.unknownCommand': 'Comando desconocido «{command}». Pruebe «{help}».',
  'cli.usage.noValue': '{option} no admite ningún valor.',
  'cli.usage.needsValue': '{option} necesita un valor, por ejemplo {example}.',
  'cli.usage.unknownOption': '«{command}» no tiene la opción {option}. Pruebe «{help}».',
  'cli.usage.badHost':
    '«{host}» no es un nombre de host ni una dirección; {option} admite un nombre como {example}.',
  'cli.usage.extraWord': '«{command}» no admite el archivo o la palabra «{word}».',
  'cli.usage.refreshScope': 'Indique qué quiere actualizar: «{user}» o «{computer}».',
  'cli.usage.userOnly': '{verify}, {dc} y {passwordStdin} solo se usan con {user}.',
  'cli.usage.computerOnly': '{option} solo se usa con {computer}.',
  'cli.usage.dcNeedsVerify': '{option} se usa con {verify} (o con «{groups}»).',
  'cli.usage.badFormat': '{option} admite uno de estos valores: {formats}; no «{format}».',
  'cli.usage.parseOneFile': '«{command}» lee un solo archivo (o {stdin} para la entrada estándar).',
  'cli.usage.badLanguage':
    'Regroup no habla «{language}». {option} admite uno de estos valores: {languages}.',

  // `regroup list` and `regroup parse`: the headline of a listing.
  'cli.list.session': '{principal} - sesión de inicio de sesión {session}',
  'cli.list.computerSession': '{principal} - sesión de inicio de sesión {session} (este equipo)',
  'cli.list.cache': '{principal} - caché {cache}',
  'cli.list.noPrincipal': 'Sin entidad de seguridad',
  // Stands in for a logon session or cache (both feminine in Spanish).
  'cli.list.unknown': 'desconocida',
  'cli.list.caches': 'Cachés: {caches}',
  'cli.list.defaultCache': '{cache} (predeterminada)',
  'cli.list.noTickets':
    'No hay vales de Kerberos. Obtendrá uno la próxima vez que abra un recurso compartido o un sitio de la intranet, o con «{command}».',
  'cli.list.count': '{count, plural, one {# vale:} other {# vales:}}',
  'cli.list.incomplete':
    'Nota: la salida estaba incompleta; solo se han podido leer los vales mostrados.',
  'cli.list.tgt': 'TGT',
  'cli.list.noName': '(sin nombre)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'SERVIDOR',
  'cli.list.column.ends': 'FIN',
  'cli.list.column.left': 'TIEMPO RESTANTE',
  'cli.list.column.encryption': 'CIFRADO',
  'cli.list.column.flags': 'MARCAS',
  // Time left on a ticket.
  'cli.time.expiredAgo': 'caducó hace {duration}',
  'cli.time.expired': 'caducado',
  'cli.time.unknown': 'desconocido',

  // `regroup refresh`: the report after the core's own sentence.
  'cli.refresh.removed': 'Eliminados ({count}):',
  'cli.refresh.acquired': 'Nuevos ({count}):',
  'cli.refresh.validFor': '(válido durante {duration})',
  'cli.refresh.alreadyExpired': '(ya caducó hace {duration}: compruebe la hora del equipo)',
  'cli.refresh.notObtained': 'No obtenidos:',
  'cli.refresh.failedTicket': '{server}: {reason}',
  'cli.refresh.forceHint': '{reason} Para purgar los vales de todos modos, añada {option}.',
  'cli.password.prompt': 'Contraseña para un vale de Kerberos nuevo:',
  'cli.password.cancelled': 'Cancelado: no se ha cambiado nada.',
  'cli.password.noTerminal':
    'Un vale nuevo requiere su contraseña y no hay ningún terminal donde pedirla. Pásela por una canalización con {option} o ejecute el comando en un terminal.',
  'cli.password.stdinInvalid':
    'La contraseña proporcionada con {option} debe ser una sola línea de 1 a {max} caracteres. No se ha cambiado nada.',
  'cli.verify.unavailable': 'La comprobación de grupos no está disponible en esta compilación.',

  // `regroup parse`: the input could not be read.
  'cli.parse.noSuchFile':
    'No se puede leer {file}: el archivo no existe. Compruebe la ruta y vuelva a intentarlo.',
  'cli.parse.noPermission':
    'No se puede leer {file}: no tiene permiso para leerlo. Cópielo a un lugar donde pueda leerlo o consulte a su propietario.',
  'cli.parse.isFolder':
    'No se puede leer {file}: es una carpeta. Indique el archivo que contiene la salida de klist.',
  'cli.parse.stdinUnreadable':
    'No se pudo leer la entrada estándar (error {code}). Indique el nombre del archivo ({command}) o pase el texto al comando mediante una canalización.',
  'cli.parse.cannotRead':
    'No se puede leer {file} (error {code}). Compruebe la ruta y vuelva a intentarlo.',
  'cli.parse.tooLarge':
    'La entrada ocupa más de {megabytes} MB; la salida de klist ocupa unos pocos kilobytes. Compruebe que es el archivo correcto.',

  // `regroup groups`: who was asked about, and where.
  'cli.groups.who': '{principal} - controlador de dominio {dc}',
  'cli.groups.unknownUser': 'Usuario desconocido',
  // Column headings: the three views of the groups, then the group's name.
  'cli.groups.column.signInToken': 'SESIÓN',
  'cli.groups.column.kerberosServices': 'KERBEROS',
  'cli.groups.column.directory': 'DIRECTORIO',
  'cli.groups.column.group': 'GRUPO',
  // Marks in the three view columns.
  'cli.groups.yes': 'sí',
  'cli.groups.no': 'no',
  'cli.groups.view.signInToken': 'Token de inicio de sesión',
  'cli.groups.view.kerberosServices': 'Servicios Kerberos',
  'cli.groups.view.directory': 'Directorio',
  'cli.groups.viewReason': '{view}: {reason}',
  'cli.groups.legend.signInToken':
    'Token de inicio de sesión: lo que este equipo usa para los permisos locales hasta que cierre sesión.',
  'cli.groups.legend.kerberosServices':
    'Servicios Kerberos: lo que ven los recursos compartidos y las aplicaciones web con sus vales actuales.',
  'cli.groups.legend.directory':
    'Directorio: sus grupos en Active Directory ahora (lo que incluirá su próximo vale).',
  'cli.groups.noView': 'Aquí no se ha podido leer ninguna de las tres vistas de sus grupos.',
  'cli.groups.unavailable': 'La información de grupos no está disponible en esta compilación.',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.unverified': 'Sin comprobar: {reason}',
  'cli.verdict.gained': 'Nuevos para los servicios Kerberos: {groups}',
  'cli.verdict.noneGained': 'Ningún grupo nuevo para los servicios Kerberos.',
  'cli.verdict.lost': 'Perdidos para los servicios Kerberos: {groups}',
  'cli.verdict.needsSignOut':
    'Aún hay que cerrar sesión en este equipo (permisos locales): {groups}',
  'cli.verdict.found': 'Detectado: {hint}',
  'cli.verdict.note': 'Nota: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Regroup ha tenido un problema inesperado: {detail}. No se ha cambiado nada más. Notifíquelo indicando el comando que ejecutó.',
};
