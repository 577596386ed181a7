/** Kerberos in Spanish. Translated from en/kerberos.ts; same keys, same ICU arguments. */
import type { kerberos as en } from '../en/kerberos';

export const kerberos: Record<keyof typeof en, string> = {
  // A Kerberos tool (klist, kinit ...) could not be run.
  'krb.tool.notFound.windows':
    'No se ha encontrado {tool} en la carpeta del sistema de Windows. Forma parte de Windows, así que esta instalación de Windows está dañada; consulte al soporte técnico.',
  'krb.tool.notFound.unix':
    'No se ha encontrado {tool}. Regroup necesita las herramientas de Kerberos: instale krb5-user (Debian, Ubuntu) o krb5-workstation (Fedora, Red Hat) y vuelva a intentarlo. En macOS forman parte del sistema: consulte al soporte técnico.',
  'krb.tool.spawnFailed':
    'No se ha podido iniciar {tool}. Inténtelo de nuevo; si sigue fallando, consulte al soporte técnico.',
  'krb.tool.timeout':
    '{tool} no ha respondido en {seconds} segundos y se ha detenido. Compruebe la conexión de red con su dominio y vuelva a intentarlo.',
  'krb.tool.exit':
    '{tool} ha notificado un error (código de salida {code}). Inténtelo de nuevo; si sigue ocurriendo, consulte al soporte técnico.',
  'krb.tool.unexpected':
    'No se han podido ejecutar las herramientas de Kerberos. Inténtelo de nuevo; si sigue fallando, consulte al soporte técnico.',

  // Windows klist.exe failures.
  'krb.windows.noLogonSession':
    'Windows indica que la sesión de inicio de sesión cuyos vales se han solicitado no existe (puede que haya terminado, o que esta sesión se haya iniciado sin Kerberos). Cierre sesión, vuelva a iniciarla con su cuenta de dominio y vuelva a intentarlo.',
  'krb.windows.accessDenied':
    'Windows ha denegado el acceso a estos vales de Kerberos. Los vales del equipo solo se pueden leer o eliminar con derechos de administrador: ejecute el comando como administrador, o apruebe la solicitud cuando Regroup la muestre.',
  'krb.windows.noLogonServers':
    'No se ha podido contactar con ningún controlador de dominio, así que Windows no ha podido obtener un vale de Kerberos. Conéctese a la red corporativa o a la VPN y vuelva a intentarlo.',
  'krb.windows.etypeNotSupported':
    'El controlador de dominio ha rechazado el vale porque no admite el tipo de cifrado solicitado. Pida al soporte técnico que revise los tipos de cifrado permitidos para esta cuenta o este servicio.',
  'krb.windows.unknownService':
    'El controlador de dominio no conoce el nombre de servicio solicitado (SPN). Compruebe el nombre o pida al soporte técnico que lo registre.',
  'krb.windows.clockSkew':
    'El reloj de este equipo difiere demasiado del del controlador de dominio. Sincronice la hora (Configuración > Hora e idioma > Sincronizar ahora) y vuelva a intentarlo.',
  'krb.windows.noCredentials':
    'Windows no tiene credenciales de Kerberos para esta sesión (por ejemplo, tras iniciar sesión con una cuenta local, o con credenciales guardadas sin conexión). Bloquee y desbloquee el equipo, o cierre sesión y vuelva a iniciarla, mientras está conectado a la red corporativa, y vuelva a intentarlo.',
  'krb.windows.noSuchDomain':
    'Windows no ha encontrado el dominio Kerberos. Si este equipo está unido a un dominio, conéctese a la red corporativa o a la VPN y vuelva a intentarlo; si no, Regroup no tiene nada que actualizar aquí.',
  'krb.windows.logonFailure':
    'El controlador de dominio ha rechazado la cuenta (contraseña incorrecta, o la cuenta está bloqueada, deshabilitada o expirada). Cierre sesión y vuelva a iniciarla con su contraseña actual, o consulte al soporte técnico.',
  'krb.windows.accountLocked':
    'El controlador de dominio indica que la cuenta está bloqueada. Espere a que se desbloquee o pida al soporte técnico que la desbloquee, y vuelva a intentarlo.',
  'krb.windows.accountDisabled':
    'El controlador de dominio indica que la cuenta está deshabilitada o ha expirado. Consulte al soporte técnico.',
  'krb.windows.passwordExpired':
    'El controlador de dominio indica que la contraseña ha expirado. Cambie su contraseña (Ctrl+Alt+Supr > Cambiar una contraseña) y vuelva a intentarlo.',
  'krb.windows.kdcRefused':
    'El controlador de dominio ha rechazado la solicitud de Kerberos. Inténtelo de nuevo; si sigue fallando, facilite los detalles al soporte técnico.',
  'krb.windows.unrecognisedCode':
    'klist ha fallado con un error que Regroup no reconoce ({codes}). Inténtelo de nuevo; si sigue fallando, facilite los detalles al soporte técnico.',
  'krb.windows.unrecognised':
    'klist ha fallado con un error que Regroup no reconoce. Inténtelo de nuevo; si sigue fallando, facilite los detalles al soporte técnico.',

  // Windows klist.exe output that is not a ticket listing.
  'krb.windows.klist.empty':
    'klist no ha mostrado nada. Vuelva a ejecutarlo; si sigue sin mostrar nada, reinicie el equipo.',
  'krb.windows.klist.tgtOutput':
    'Esta es la salida de `klist tgt`, que Regroup no lee porque contiene la clave de sesión del vale. Ejecute simplemente `klist` y no comparta la salida de `klist tgt`: permite que otras personas usen su vale.',
  'krb.windows.klist.sessionsOutput':
    'Esta es la salida de `klist sessions` (una lista de sesiones de inicio de sesión), no una lista de vales. Ejecute simplemente `klist` para ver los vales.',
  'krb.windows.klist.sessionsOutputDenied':
    'Esta es la salida de `klist sessions` (una lista de sesiones de inicio de sesión), no una lista de vales. Ejecute simplemente `klist` para ver los vales. Además, se ha denegado a klist el acceso a las demás sesiones: solo un administrador puede enumerarlas.',
  'krb.windows.klist.purgeOutput':
    'Esta es la salida de `klist purge` (vales eliminados), no una lista de vales. Ejecute simplemente `klist` para ver los vales.',
  'krb.windows.klist.cutOff':
    'La salida de klist termina antes de su lista de vales (se ha cortado). Vuelva a ejecutar klist.',
  'krb.windows.klist.notKlist':
    'Este texto no es una salida de klist de Windows que Regroup pueda leer: no tiene línea de sesión de inicio de sesión, recuento de vales ni vales. Ejecute simplemente `klist` y vuelva a intentarlo.',
  'krb.windows.klist.purgeUnconfirmed':
    'Regroup no ha podido confirmar que klist haya eliminado los vales: su salida no parece un informe de purga. Vuelva a ejecutar `klist purge` y compruebe que indica que los vales se han purgado.',

  // The Windows service.
  'krb.windows.notInDomain':
    'Esta cuenta de Windows no ha iniciado sesión en un dominio, así que no tiene vales de Kerberos ni grupos de dominio que actualizar. Inicie sesión con su cuenta de dominio (o conéctese a la VPN antes de iniciar sesión) y vuelva a intentarlo.',
  'krb.windows.computerNotInDomain':
    'Esta cuenta de Windows no ha iniciado sesión en un dominio, así que no hay grupos del equipo que actualizar.',
  'krb.windows.emptyRun':
    'klist no ha mostrado nada (código de salida {code}). Inténtelo de nuevo; si sigue ocurriendo, consulte al soporte técnico.',
  'krb.windows.computerListNeedsAdmin':
    'Para leer los vales del equipo se necesitan derechos de administrador. Ejecute la línea de comandos de Regroup desde un símbolo del sistema con privilegios elevados (regroup list --computer), o use «Actualizar grupos del equipo», que pide aprobación.',
  'krb.windows.purgeFailed':
    'klist no ha podido eliminar sus vales (código de salida {code}). No se ha cambiado nada; vuelva a intentarlo.',

  // Elevation: the administrator prompt (UAC on Windows, polkit or sudo elsewhere).
  'krb.elevate.refused':
    'Regroup se ha negado a ejecutar como administrador un comando inesperado, así que no se ha cambiado nada. Reinstale Regroup; si sigue ocurriendo, consulte al soporte técnico.',
  'krb.elevate.kinitNotSystem':
    '{path} no es un archivo del sistema (propiedad de root y modificable solo por root), así que Regroup no lo ejecutará como administrador. Reinstale las herramientas de Kerberos (krb5-user) y vuelva a intentarlo.',
  'krb.elevate.promptUnavailable':
    'No se ha podido abrir la solicitud de administrador. Inténtelo de nuevo; si sigue fallando, reinstale Regroup.',
  'krb.elevate.declined':
    'No se ha dado la aprobación del administrador, así que no se ha cambiado nada. Para actualizar los grupos del equipo se necesita la aprobación de un administrador; reiniciar el equipo tiene el mismo efecto.',
  'krb.elevate.noPolkitAgent':
    'No hay ninguna solicitud de administrador disponible en este escritorio (no hay agente de polkit). Ejecute en su lugar «sudo regroup refresh --computer» en un terminal.',
  'krb.elevate.failed':
    'El comando de administrador no se ha completado. No se ha cambiado nada más; vuelva a intentarlo o, si sigue fallando, consulte al soporte técnico.',
  'krb.elevate.timeout':
    '{tool} seguía ejecutándose como administrador después de {seconds} segundos, por lo que Regroup dejó de esperarlo. Es posible que termine por sí solo; reiniciar el equipo tiene el mismo efecto que una actualización.',
  'krb.clock.noAnswer': 'El controlador de dominio {host} no respondió cuando se le pidió la hora.',
  'krb.clock.unreadable':
    'El controlador de dominio {host} respondió, pero no se pudo leer su hora en la respuesta.',
  'krb.clock.skewed.windows':
    'El reloj de este equipo va {minutes, plural, one {# minuto} other {# minutos}} {direction, select, ahead {adelantado} other {atrasado}} respecto al controlador de dominio {host}, y Kerberos rechaza el inicio de sesión a partir de 5 minutos, así que Regroup no actualiza sus vales hasta que la hora sea correcta. Abra Configuración > Hora e idioma > Fecha y hora, seleccione Sincronizar ahora y vuelva a actualizar.',
  'krb.clock.skewed.unix':
    'El reloj de este equipo va {minutes, plural, one {# minuto} other {# minutos}} {direction, select, ahead {adelantado} other {atrasado}} respecto al controlador de dominio {host}, y Kerberos rechaza el inicio de sesión a partir de 5 minutos, así que Regroup no actualiza sus vales hasta que la hora sea correcta. Active la hora automática (Linux: timedatectl set-ntp true; macOS: Ajustes del Sistema > General > Fecha y hora) y vuelva a actualizar.',

  // The pre-flight: before removing tickets, is a domain controller reachable?
  'krb.preflight.noKdcFound':
    'No se ha encontrado ningún controlador de dominio para {realm} (no hay ningún registro DNS ni ninguno configurado). Conéctese a la red corporativa o a la VPN y vuelva a intentarlo.',
  'krb.preflight.noKdcFoundNoRealm':
    'No se ha encontrado ningún controlador de dominio para su dominio (no hay ningún registro DNS ni ninguno configurado). Conéctese a la red corporativa o a la VPN y vuelva a intentarlo.',
  'krb.preflight.kdcAnswers': 'El controlador de dominio {host} responde.',
  'krb.preflight.kdcProxyAnswers':
    'El servidor proxy KDC {url} responde (Kerberos a través de HTTPS).',
  'krb.preflight.noKdcAnswers':
    'No responde ningún controlador de dominio de {realm} (se ha probado {tried}), así que sus vales no se han modificado: eliminarlos ahora le dejaría sin ninguno hasta que vuelva a conectarse. Conéctese a la red corporativa o a la VPN y vuelva a intentarlo.',

  // `regroup parse`: reading saved klist output.
  'krb.parse.empty':
    'La entrada está vacía. Pegue o guarde la salida completa de klist y vuelva a intentarlo.',
  'krb.parse.notKlist':
    'Esto no parece una salida de klist (klist.exe de Windows, klist de MIT o de Heimdal). Guarde la salida completa de «klist» en un archivo y vuelva a intentarlo, o indique el formato con --format.',

  // The result of "Refresh my groups".
  'krb.result.user.refreshed':
    'Listo: {removed, plural, =0 {se ha emitido un vale nuevo} one {se ha eliminado # vale antiguo y se ha emitido uno nuevo} other {se han eliminado # vales antiguos y se ha emitido uno nuevo}} para {client} con sus grupos actuales.',
  'krb.result.user.refreshedNoClient':
    'Listo: {removed, plural, =0 {se ha emitido un vale nuevo} one {se ha eliminado # vale antiguo y se ha emitido uno nuevo} other {se han eliminado # vales antiguos y se ha emitido uno nuevo}} con sus grupos actuales.',
  'krb.result.user.noTicket.windows':
    '{removed, plural, =0 {No se ha eliminado ningún vale antiguo} one {Se ha eliminado su vale antiguo} other {Se han eliminado sus # vales antiguos}}, pero aún no se ha podido obtener un vale nuevo. Windows obtiene uno por sí mismo la próxima vez que abra un recurso de red; si eso falla, compruebe la conexión de red y, después, cierre sesión y vuelva a iniciarla.',
  'krb.result.user.noTicket':
    '{removed, plural, =0 {No se ha eliminado ningún vale antiguo} one {Se ha eliminado su vale antiguo} other {Se han eliminado sus # vales antiguos}}, pero no se ha podido obtener un vale nuevo. Compruebe la conexión de red y vuelva a actualizar.',
  'krb.result.user.someFailed':
    'Se ha emitido un vale nuevo con sus grupos actuales, pero {count, plural, one {# vale no se ha podido volver a obtener; se volverá a obtener la próxima vez que se use} other {# vales no se han podido volver a obtener; se volverán a obtener la próxima vez que se usen}}.',
  // The result of "Refresh computer groups".
  'krb.result.computer.refreshed.windows':
    'Listo: se han eliminado los vales del equipo. Obtendrá otros nuevos, con sus grupos actuales, la próxima vez que contacte con un controlador de dominio.',
  'krb.result.computer.refreshedWithPolicy.windows':
    'Listo: se han eliminado los vales del equipo y se ha vuelto a aplicar la directiva de equipo con sus grupos actuales.',
  'krb.result.computer.policyFailed.windows':
    'Se han eliminado los vales del equipo, pero no se ha podido volver a aplicar la directiva de equipo. La directiva se actualiza sola en un plazo de 90 minutos; también puede ejecutar «gpupdate /target:computer» más tarde.',
  'krb.result.computer.refreshed.unix':
    'Listo: el equipo tiene un vale nuevo obtenido de su keytab, con sus grupos actuales.',
  'krb.result.computer.refreshed':
    'Listo: los vales del equipo se han actualizado con sus grupos actuales.',
  'krb.result.computer.partial':
    'Los vales del equipo se han actualizado, pero no se han completado todos los pasos; consulte los detalles.',
  'krb.result.nothingChanged': 'No se ha cambiado nada.',

  // What a refresh does and does not reach, shown under every result.
  // Windows, "Refresh my groups":
  'krb.caveat.windows.user.newConnections':
    'Los servicios a los que se conecte con Kerberos a partir de ahora (recursos compartidos, sitios de la intranet, SQL Server, correo) verán sus nuevos grupos la próxima vez que acceda a ellos.',
  'krb.caveat.windows.user.openConnections':
    'Las conexiones que ya están abiertas mantienen sus grupos anteriores: Windows sigue usando una conexión abierta con un servidor de archivos hasta que lleva unos 15 minutos sin usarse.',
  'krb.caveat.windows.user.domainControllers':
    'Si un controlador de dominio aún no ha recibido el cambio (los cambios tardan en llegar a todos los sitios, y algunos sitios guardan en caché una copia de las pertenencias a grupos universales), su vale nuevo seguirá teniendo los grupos anteriores: vuelva a actualizar más tarde.',
  'krb.caveat.windows.user.signInToken':
    'Este equipo conserva los grupos de su inicio de sesión para sus propios permisos (carpetas locales, derechos de administrador, lo que muestra «whoami /groups») hasta que cierre sesión y vuelva a iniciarla.',
  // Linux and macOS (MIT or Heimdal Kerberos), "Refresh my groups":
  'krb.caveat.unix.user.newTicket':
    'Tiene un vale de concesión de vales nuevo: los servicios en los que inicie sesión con Kerberos a partir de ahora (recursos compartidos que monte, sitios de la intranet, SSH, bases de datos) verán sus nuevos grupos.',
  'krb.caveat.unix.user.openConnections':
    'Los recursos compartidos ya montados y las conexiones ya abiertas mantienen sus grupos anteriores hasta que se vuelvan a conectar.',
  'krb.caveat.unix.user.localGroups':
    'Lo que muestra «id» no procede de sus vales, sino del servicio de directorio de este equipo y de su caché (SSSD, winbind u Open Directory en macOS), así que puede seguir mostrando los grupos anteriores durante un tiempo.',
  // Windows, "Refresh computer groups":
  'krb.caveat.windows.computer.tickets':
    'Se han eliminado los vales de Kerberos del equipo: obtendrá otros nuevos, con sus nuevos grupos, la próxima vez que contacte con un controlador de dominio.',
  'krb.caveat.windows.computer.policy':
    'La configuración de directiva de grupo que depende de los grupos del equipo se aplica al actualizar la directiva: en la próxima actualización automática (en un plazo aproximado de 90 minutos) o en una iniciada con «gpupdate /target:computer». Algunas opciones solo se aplican al reiniciar.',
  'krb.caveat.windows.computer.signInToken':
    'El token de inicio de sesión propio del equipo, que determina los permisos locales de los servicios que se ejecutan como el equipo, conserva sus grupos anteriores hasta que se reinicie el equipo.',
  // Linux and macOS, "Refresh computer groups":
  'krb.caveat.unix.computer.newTicket':
    'El equipo tiene un vale nuevo de su keytab en la caché del sistema: los servicios que usan esa caché verán los nuevos grupos del equipo en su próxima solicitud.',
  'krb.caveat.unix.computer.ownTickets':
    'Los servicios que mantienen sus propios vales de equipo (SSSD, rpc.gssd para NFS) obtienen otros nuevos según su propia programación o cuando se reinician.',
  // When the kind of Kerberos is not known:
  'krb.caveat.user.newConnections':
    'Los servicios en los que inicie sesión con Kerberos a partir de ahora verán sus nuevos grupos; las conexiones que ya están abiertas mantienen los grupos anteriores hasta que se vuelvan a conectar.',
  'krb.caveat.computer.newTickets':
    'El equipo obtendrá vales con sus nuevos grupos la próxima vez que contacte con un controlador de dominio; las conexiones que ya están abiertas mantienen los grupos anteriores.',
  // A refresh that was declined, failed or found no domain controller:
  'krb.caveat.user.nothingRemoved':
    'No se ha eliminado nada: sus vales y su acceso siguen como estaban, con los grupos que tenía antes.',
  'krb.caveat.computer.nothingRemoved':
    'No se ha eliminado nada: el equipo conserva sus vales, con sus grupos anteriores, hasta que caduquen o se reinicie el equipo.',
  'krb.helper.needsAdmin':
    'Para instalar o quitar el asistente de Regroup se necesitan derechos de administrador. Ejecute el comando en un símbolo del sistema con privilegios de administrador o como SYSTEM (por ejemplo, desde Intune o un script de inicio).',
  'krb.helper.createFailed':
    'Windows no ha registrado la tarea {task} (código de salida {code}). No se ha cambiado nada más; los detalles indican el motivo.',
  'krb.helper.deleteFailed':
    'Windows no ha quitado la tarea {task} (código de salida {code}). Los detalles indican el motivo.',
  'krb.helper.schtasksMissing':
    'No se ha encontrado la herramienta del Programador de tareas en {path}. Forma parte de Windows: pida a su departamento de TI que revise este equipo.',
  'krb.helper.notAsAsked':
    'Windows ha guardado las tareas del asistente de forma distinta a como Regroup las pidió, así que Regroup no las usará. Los detalles indican las diferencias; consulte a su departamento de TI.',
  'krb.helper.notRun':
    'La tarea del asistente de Regroup no se ha ejecutado, así que no se ha cambiado nada. Pida a su departamento de TI que revise el asistente de Regroup en este equipo.',
  'krb.helper.timeout':
    'La tarea del asistente de Regroup no ha terminado en {seconds} segundos. Vuelva a intentarlo dentro de unos minutos; si sigue ocurriendo, consulte a su departamento de TI.',
  'krb.helper.purgeFailed':
    'klist no ha podido eliminar los vales del equipo (código de salida {code}). No se ha cambiado nada; vuelva a intentarlo o, si sigue fallando, consulte a su departamento de TI.',
  'krb.helper.policyFailed':
    'No se ha podido volver a aplicar la directiva de equipo (código de salida de gpupdate: {code}). Los vales se han actualizado; vuelva a ejecutar gpupdate más tarde.',
};
