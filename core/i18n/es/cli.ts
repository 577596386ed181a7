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
  'cli.usage.goesWith': '{option} solo se usa con {other}.',
  'cli.usage.badDuration':
    '{option} admite un tiempo de 1 minuto a 24 horas, por ejemplo {examples}; no «{value}».',
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
  'cli.list.noName': '(sin nombre)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'SERVIDOR',
  'cli.list.column.ends': 'FIN',
  'cli.list.column.left': 'RESTANTE',
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
  'cli.password.signInPrompt': 'Contraseña de {principal}:',
  'cli.password.cancelled': 'Cancelado: no se ha cambiado nada.',
  'cli.password.noTerminal':
    'Un vale nuevo requiere su contraseña y no hay ningún terminal donde pedirla. Pásela por una canalización con {option} o ejecute el comando en un terminal.',
  'cli.password.stdinInvalid':
    'La contraseña proporcionada con {option} debe ser una sola línea de 1 a {max} caracteres. No se ha cambiado nada.',
  'cli.verify.unavailable': 'La comprobación de grupos no está disponible en esta compilación.',
  'cli.wait.started': 'Esperando a {group} hasta las {time}. Para detenerlo, presione {keys}.',
  'cli.wait.nextCheck': 'Próxima comprobación a las {time}.',
  'cli.policy.computerOff':
    'Su departamento de TI ha desactivado la actualización de los grupos del equipo.',

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
  'cli.diagnose.title': 'Diagnóstico de Regroup, {time}',
  'cli.diagnose.redacted':
    'Los nombres de usuario, de equipo y de dominio de este informe se han sustituido por marcadores (user1, host1, domain1.example).',
  'cli.diagnose.label.app': 'Versión de Regroup',
  'cli.diagnose.label.system': 'Sistema operativo',
  'cli.diagnose.label.computer': 'Equipo',
  'cli.diagnose.heading.identity': 'Identidad',
  'cli.diagnose.label.principal': 'Entidad de seguridad',
  'cli.diagnose.label.realm': 'Dominio Kerberos (realm)',
  'cli.diagnose.label.logonSession': 'Sesión de inicio',
  'cli.diagnose.label.cache': 'Caché de vales',
  'cli.diagnose.heading.tickets': '{count, plural, =0 {Vales} one {# vale} other {# vales}}',
  'cli.diagnose.heading.kdc': 'Controlador de dominio (KDC)',
  'cli.diagnose.kdc.answered': '{host} respondió en {ms} ms (probados: {tried}).',
  'cli.diagnose.heading.clock': 'Reloj',
  'cli.diagnose.label.kdcTime': 'Controlador de dominio',
  'cli.diagnose.label.localTime': 'Este equipo',
  'cli.diagnose.label.offset': 'Diferencia',
  'cli.diagnose.clock.offset': '{offset} segundos (ida y vuelta {ms} ms)',
  'cli.diagnose.clock.withinLimit':
    'El reloj de este equipo está lo bastante cerca del reloj del controlador de dominio para Kerberos (menos de 4 minutos de diferencia).',
  'cli.diagnose.heading.groups': 'Grupos',
  'cli.diagnose.groups.read': '{view}: leído con {source}',
  'cli.diagnose.heading.lastRefresh': 'Última actualización',
  'cli.diagnose.label.finished': 'Terminada',
  'cli.diagnose.label.outcome': 'Resultado',
  'cli.diagnose.label.result': 'Mensaje',
  'cli.diagnose.label.errorDetail': 'Detalle',
  'cli.diagnose.label.gained': 'Grupos obtenidos',
  'cli.diagnose.label.lost': 'Grupos perdidos',
  'cli.diagnose.label.needsSignOut': 'Requiere cerrar sesión',
  'cli.diagnose.label.unverified': 'Sin verificar',
  'cli.diagnose.none': 'ninguno',
  'cli.diagnose.notRead': 'No leído: {problem}',
  'cli.diagnose.detail': 'Detalle: {detail}',
  'cli.diagnose.probeFailed':
    'Esta parte no se pudo leer por un error inesperado; el detalle es para su servicio de asistencia de TI.',
  'cli.diagnose.noRealm':
    'No se conoce ningún dominio aquí (ningún vale Kerberos y ningún dominio en el entorno), así que no se buscó ningún controlador de dominio.',
  'cli.diagnose.noKdcForClock':
    'Los relojes no se compararon porque ningún controlador de dominio respondió.',
  'cli.diagnose.noRefreshKept':
    'La línea de comandos no guarda registro de actualizaciones anteriores. «Copiar diagnóstico» en la ventana de Regroup incluye la última actualización hecha allí.',
  'cli.diagnose.noRefreshYet':
    'No se ha ejecutado ninguna actualización desde que se inició Regroup.',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.found': 'Detectado: {hint}',
  'cli.verdict.note': 'Nota: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Regroup ha tenido un problema inesperado: {detail}. No se ha cambiado nada más. Notifíquelo indicando el comando que ejecutó.',

  // Added for the help desk (issue 11).
  'cli.usage.badEncoding':
    '{option} espera una codificación como {example}; Regroup no puede leer «{encoding}».',
  'cli.usage.more': 'Más información: {command}',
  'cli.list.tgtLeft': 'Vale de inicio de sesión: quedan {left}, emitido a las {issued}',
  'cli.list.tgtRenewedBySystem':
    'Vale de inicio de sesión: Windows lo renueva por sí mismo (emitido a las {issued})',
  'cli.list.tgtLeftProtectedUsers':
    'Vale de inicio de sesión: quedan {left}, emitido a las {issued}. Su cuenta está en «Usuarios protegidos» (Protected Users): Windows no puede renovarlo; cuando termine, vuelva a iniciar sesión (bloquee y desbloquee este equipo).',
  'cli.list.tgtExpired':
    'Vale de inicio de sesión: caducó hace {ago} (emitido a las {issued}). Obtenga uno nuevo con «{command}».',
  'cli.list.noTgt': 'No hay vale de inicio de sesión. Obtenga uno con «{command}».',
  'cli.parse.tgtCaptured':
    'Vale de inicio de sesión: emitido el {issued}, caduca el {ends} (duración {lifetime})',
  'cli.parse.noTgt': 'Esta salida no contiene ningún vale de inicio de sesión.',
  'cli.list.column.issued': 'EMITIDO',
  'cli.list.column.start': 'INICIO',
  'cli.list.column.lifetime': 'DURACIÓN',
  'cli.field.client': 'Cliente',
  'cli.field.service': 'Servicio',
  'cli.field.start': 'Inicio',
  'cli.field.end': 'Fin',
  'cli.field.left': 'Tiempo restante',
  'cli.field.lifetime': 'Duración',
  'cli.field.renewUntil': 'Renovable hasta',
  'cli.field.encryption': 'Cifrado',
  'cli.field.encryptionValue': '{ticket} (vale), {sessionKey} (clave de sesión)',
  'cli.field.flags': 'Marcas',
  'cli.field.cacheFlags': 'Marcas de caché',
  'cli.field.kdcCalled': 'KDC llamado',
  'cli.field.cache': 'Caché',
  'cli.parse.failed': 'Esta salida de klist es un error, no una lista de vales.',
  'cli.parse.toolSaid': 'klist mostró: {detail}',
  'cli.parse.pasteHint':
    'Pegue aquí la salida de klist y después pulse {keys} en una línea nueva. Para leer en su lugar un archivo guardado: {command}',
  'cli.parse.pasteHintWindows':
    'Pegue aquí la salida de klist y después pulse {ctrlZ} y luego {enter}. Para leer en su lugar un archivo guardado: {command}',
  'cli.help.heading.commands': 'Comandos:',
  'cli.help.heading.options': 'Opciones:',
  'cli.help.heading.environment': 'Entorno:',
  'cli.help.heading.examples': 'Ejemplos:',
  'cli.help.more': 'Ayuda sobre un comando: {command}',
  'cli.help.list.summary':
    'Muestra sus vales de Kerberos: primero su vale de inicio de sesión y cuánto dura, después cada vale con su hora de emisión y el tiempo restante.',
  'cli.help.refresh.summary':
    'Obtiene vales de Kerberos nuevos para que las nuevas pertenencias a grupos cuenten sin cerrar la sesión: purga los vales antiguos y obtiene otros nuevos.',
  'cli.help.parse.summary':
    'Lee la salida de klist que alguien guardó o pegó (Windows, MIT o Heimdal) y muestra los vales tal como estaban cuando se capturó, o la causa del error que muestra.',
  'cli.help.groups.summary':
    'Muestra sus grupos en tres vistas, una junto a otra: su token de inicio de sesión, lo que ven los servicios Kerberos y el directorio actual.',
  'cli.help.diagnose.summary':
    'Muestra un informe para el servicio de asistencia de TI: versiones, sus vales (nunca sus claves), el controlador de dominio y su tiempo de respuesta, la diferencia de reloj, sus grupos y la última actualización.',
  'cli.help.help.summary': 'Muestra la ayuda de Regroup o de un comando.',
  'cli.help.version.summary': 'Muestra la versión de Regroup.',
  'cli.help.option.json':
    'Escribe el resultado como JSON para scripts; sus mensajes están en el idioma elegido.',
  'cli.help.option.verbose':
    'Muestra todos los campos de cada vale: cliente, horas, cifrado, marcas, marcas de caché y el KDC llamado.',
  'cli.help.option.listComputer':
    'Muestra los vales de este equipo (Windows: sesión de inicio de sesión 0x3e7) en lugar de los suyos.',
  'cli.help.option.user':
    'Actualiza sus propios vales. En Linux y macOS, sin caché de vales, inicia sesión con su nombre de usuario en el dominio Kerberos predeterminado (su.nombre@SU.DOMINIO).',
  'cli.help.option.refreshComputer':
    'Actualiza los vales de este equipo, para las pertenencias a grupos del equipo. Necesita derechos de administrador: si Regroup ya los tiene (un símbolo del sistema con privilegios elevados, SYSTEM o root) o TI ha instalado el asistente de Regroup (Windows, Linux), no se pregunta a nadie; de lo contrario, pide la aprobación del administrador, salvo a una cuenta que no puede darla: se le indica quién puede y que reiniciar tiene el mismo efecto.',
  'cli.help.option.verify':
    'Compara sus grupos antes y después de la actualización e indica qué cambió y qué necesita todavía cerrar la sesión.',
  'cli.help.option.waitFor':
    'Espera a que el directorio le muestre en este grupo (LAB\\Finance, o un SID) y luego actualiza y verifica. Código de salida 3: no llegó a tiempo.',
  'cli.help.option.timeout':
    'Cuánto tiempo esperar al grupo, por ejemplo 90m o 2h (2 horas de forma predeterminada, 24 horas como máximo).',
  'cli.help.option.dc':
    'Pregunta por sus grupos a este controlador de dominio en lugar de al encontrado.',
  'cli.help.option.redact':
    'Sustituye los nombres de usuario, de equipo y de dominio por marcadores (user1, host1, domain1.example); el mismo nombre recibe siempre el mismo marcador.',
  'cli.help.option.passwordStdin':
    'Lee la contraseña de la entrada estándar en lugar de pedirla en el terminal (Linux y macOS).',
  'cli.help.option.force':
    'Actualiza aunque no responda ningún controlador de dominio. En Windows, los vales antiguos se purgan entonces y los nuevos llegan solo cuando vuelva a responder uno.',
  'cli.help.option.gpupdate':
    'Aplica también de nuevo la directiva de grupo del equipo (gpupdate /target:computer /force), en la misma solicitud de administrador.',
  'cli.help.option.format':
    'Indica qué klist produjo el texto: auto (el valor predeterminado), windows, mit o heimdal.',
  'cli.help.option.encoding':
    'Lee la entrada en esta codificación (cp850, cp936, utf-16le...) en lugar de reconocerla.',
  'cli.help.option.lang': 'Habla este idioma: en, de, fr, es, ja o zh-CN.',
  'cli.help.option.help': 'Muestra esta ayuda.',
  'cli.help.operand.file':
    'El archivo que contiene la salida de klist; - o nada lee la entrada estándar.',
  'cli.help.operand.command':
    'El comando que se explica: list, refresh, parse, groups, diagnose, helper, help o version.',
  'cli.help.env.language':
    'Eligen el idioma cuando no hay --lang: cuenta la primera que esté definida.',
  'cli.help.env.colour':
    'NO_COLOR desactiva el color; FORCE_COLOR lo activa cuando la salida no es un terminal.',
  'cli.help.env.columns':
    'El ancho de la salida en caracteres, cuando no es un terminal (si no, 80).',
  'cli.help.env.keytab':
    'Linux y macOS: un keytab de su propia cuenta; refresh --user lo usa en lugar de pedir una contraseña.',
  'cli.help.env.dc':
    'El controlador de dominio al que se pregunta por sus grupos cuando no hay --dc.',
  'cli.help.list.example1': 'Sus vales y cuánto dura su vale de inicio de sesión.',
  'cli.help.list.example2': 'Los vales de este equipo, con todos los campos.',
  'cli.help.refresh.example1': 'Vales nuevos para usted y, después, qué grupos ganó o perdió.',
  'cli.help.refresh.example2':
    'Vales nuevos para este equipo, y su directiva de grupo aplicada de nuevo.',
  'cli.help.parse.example1': 'Lee la salida de klist que un usuario guardó en klist.txt.',
  'cli.help.parse.example2':
    'Lee un archivo guardado por cmd en un Windows en chino, con todos los campos de cada vale.',
  'cli.help.groups.example1': 'Sus grupos en las tres vistas.',
  'cli.help.groups.example2': 'Lo mismo desde un controlador de dominio concreto, como JSON.',
  'cli.help.diagnose.example1': 'El informe, para pegarlo en un mensaje al servicio de asistencia.',
  'cli.help.diagnose.example2': 'Lo mismo en JSON, con los nombres sustituidos.',
  'cli.help.help.example1': 'Cómo actualizar, con todas las opciones.',
  'cli.help.help.example2': 'La ayuda de parse en alemán.',
  'cli.help.version.example1': 'La versión, para un informe al soporte técnico.',
  'cli.help.version.example2': 'Lo mismo, con el comando escrito como palabra.',
  'cli.help.helper.summary':
    'Instala, quita o comprueba el asistente de Regroup en Windows: dos tareas programadas que permiten a los usuarios actualizar los grupos de este equipo sin la aprobación del administrador.',
  'cli.help.operand.helperAction':
    'Qué hacer: install, remove o status (si el asistente está instalado y sin cambios; código de salida 0 si lo está, 1 si no).',
  'cli.help.helper.example1':
    'Instala el asistente; ejecútelo como administrador o como SYSTEM, por ejemplo desde Intune.',
  'cli.help.helper.example2':
    'Si el asistente está instalado y sin cambios, como JSON para un script.',

  'cli.usage.helperAction': '«{command}» necesita uno de estos: {actions}.',
  'cli.helper.installed':
    'El asistente de Regroup está instalado. Los usuarios de este equipo ya pueden actualizar sus grupos sin la aprobación del administrador.',
  'cli.helper.removed':
    'El asistente de Regroup se ha quitado. Actualizar los grupos del equipo vuelve a pedir la aprobación del administrador.',
  'cli.helper.present': 'El asistente de Regroup está instalado y sin cambios.',
  'cli.helper.absent':
    'El asistente de Regroup no está instalado. Un administrador puede instalarlo con {command}.',
  'cli.helper.altered':
    'Las tareas del asistente de Regroup se modificaron después de instalarse, así que Regroup no las usa. Un administrador puede volver a instalarlas con {command}.',
  'cli.helper.windowsOnly':
    'Este comando es para Windows. En Linux, el paquete deb de Regroup instala el asistente; en macOS, Regroup pide la aprobación del administrador.',
  'cli.helper.state.installed': 'instalada',
  'cli.helper.state.missing': 'no instalada',
  'cli.helper.state.altered': 'modificada',
  'cli.helper.row': '{task}: {state} ({command})',

  'cli.outcome.verifyHint':
    'Para comprobar qué grupos ven ahora los servicios de red, agregue {option}.',
};
