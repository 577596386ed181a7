/** App in Spanish. Translated from en/app.ts; same keys, same ICU arguments. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Regroup',
  'app.tagline': 'Vales de Kerberos y pertenencia a grupos',

  // Tray
  'tray.tooltip.valid': '{principal} — vale de inicio de sesión válido durante {left}',
  'tray.tooltip.expiring': '{principal} — el vale de inicio de sesión termina en {left}',
  'tray.tooltip.expired':
    '{principal} — vale de inicio de sesión caducado. Abra Regroup para obtener uno nuevo.',
  'tray.tooltip.renewedBySystem':
    '{principal} — sesión iniciada. Windows renueva por sí mismo su vale de inicio de sesión.',
  'tray.tooltip.none': 'Regroup — no hay ningún vale de Kerberos. Abra Regroup para obtener uno.',
  'tray.tooltip.error':
    'Regroup — no se han podido leer sus vales. Abra Regroup para ver los detalles.',
  'tray.tooltip.busy': 'Regroup — actualizando…',
  'tray.menu.open': 'Abrir Regroup',
  'tray.menu.refreshUser': 'Actualizar mis grupos',
  'tray.menu.refreshComputer': 'Actualizar grupos del equipo…',
  'tray.menu.startAtLogin': 'Abrir al iniciar sesión',
  'tray.menu.startAtLoginManaged': 'Abrir al iniciar sesión (definido por su departamento de TI)',
  'tray.menu.quit': 'Salir de Regroup',

  // Window chrome
  'window.close': 'Ocultar ventana',
  'window.loading': 'Leyendo sus vales…',
  'nav.label': 'Vistas',
  'nav.tickets': 'Vales',
  'nav.groups': 'Mis grupos',

  // Identity
  'identity.heading': 'Sesión iniciada como',
  'identity.realm': 'Territorio Kerberos',
  'identity.session': 'Sesión de inicio de sesión',
  'identity.cache': 'Caché de vales',
  'identity.unknown': 'Usuario desconocido',

  // TGT card
  'tgt.heading': 'Vale de inicio de sesión (TGT)',
  'tgt.validFor': 'Válido durante {left}',
  'tgt.expiresIn': 'Caduca en {left}',
  'tgt.expired': 'Caducado',
  'tgt.renewedBySystem': 'Windows lo renueva por sí mismo',
  'tgt.missing':
    'No hay ningún vale de inicio de sesión. Use «Actualizar mis grupos» para obtener uno.',
  'tgt.issued': 'Emitido',
  'tgt.ends': 'Finaliza',
  'tgt.renewUntil': 'Renovable hasta',
  'tgt.expiringHint':
    'Caduca en menos de una hora. «Actualizar mis grupos» obtiene uno nuevo ahora, sin cerrar sesión.',
  'tgt.expiredHint':
    'Los servicios volverán a pedirle la contraseña. «Actualizar mis grupos» obtiene un vale nuevo.',
  'expiry.notify.title':
    '{minutes, plural, one {Su vale de inicio de sesión caduca en # minuto} other {Su vale de inicio de sesión caduca en # minutos}}',
  'expiry.notify.body':
    'Abra Regroup y elija «Actualizar mis grupos» para obtener uno nuevo, así los recursos compartidos y los sitios web seguirán funcionando.',
  'tgt.renewedBySystemHint':
    'Windows renueva este vale antes de que termine y obtiene uno nuevo con su inicio de sesión cuando hace falta. No tiene que hacer nada por su hora de fin.',
  'tgt.protectedUsersHint':
    'Su cuenta pertenece al grupo «Usuarios protegidos» (Protected Users): este vale dura como máximo 4 horas y Windows no puede renovarlo. Cuando termine, vuelva a iniciar sesión; basta con bloquear este equipo y desbloquearlo con su contraseña.',

  // Service tickets
  'tickets.heading': 'Vales de servicio ({count})',
  'tickets.none':
    'Aún no hay vales de servicio. Aparecen cuando abre un recurso compartido, una aplicación web o un servidor de correo.',
  'tickets.timeLeft': 'Quedan {left}',
  'tickets.endsAt': 'Termina a las {time}',
  'tickets.expired': 'Caducado',
  'tickets.endedRenewed': 'Terminado; Windows obtiene uno nuevo cuando hace falta',
  'tickets.expiringSoon': 'caduca en menos de una hora',
  'tickets.details': 'Detalles de {server}',
  'tickets.server': 'Nombre del servicio (SPN)',
  'tickets.encryption': 'Cifrado',
  'tickets.sessionKey': 'Clave de sesión',
  'tickets.flags': 'Marcas',
  'tickets.start': 'Inicio',
  'tickets.end': 'Fin',
  'tickets.renew': 'Renovable hasta',
  'tickets.kdc': 'Emitido por',
  'tickets.incomplete': 'No se han podido leer algunos vales; puede que la lista esté incompleta.',
  'tickets.listLabel': 'Vales de servicio',

  // Encryption in plain words
  'enc.aes': 'actual',
  'enc.rc4': 'un tipo antiguo; TI puede pasar este servicio a AES',
  'enc.des': 'un tipo muy antiguo; TI debería pasar este servicio a AES',
  'enc.unknown': 'desconocido',
  'service.signIn': 'Vale de inicio de sesión',
  'service.signInOther': 'Inicio de sesión en el dominio {domain}',
  'service.fileShare': 'Recurso compartido en {host}',
  'service.website': 'Sitio web {host}',
  'service.sql': 'SQL Server {host}',
  'service.sqlInstance': 'SQL Server {host}\\{instance}',
  'service.mail': 'Correo',
  'service.directory': 'Directorio ({host})',
  'service.replication': 'Replicación del directorio ({host})',
  'service.remoteDesktop': 'Escritorio remoto en {host}',
  'service.remoteManagement': 'Administración remota en {host}',
  'service.remoteProcedure': 'Llamadas a procedimiento remoto en {host}',
  'service.computer': 'Equipo {host}',
  'service.dns': 'Servidor DNS {host}',
  'service.password': 'Cambio de contraseña',
  'service.other': '{service} en {host}',

  // Flags in plain words
  'flag.forwardable': 'Se puede reenviar a otro servidor en su nombre',
  'flag.forwarded': 'Se reenvió desde otro equipo',
  'flag.proxiable': 'Lo puede usar un proxy',
  'flag.proxy': 'Es un vale de proxy',
  'flag.may_postdate': 'Se puede posfechar',
  'flag.postdated': 'Está posfechado',
  'flag.invalid': 'Aún no es válido',
  'flag.renewable': 'Se puede renovar sin su contraseña',
  'flag.initial': 'Emitido directamente a partir de su contraseña o tarjeta inteligente',
  'flag.pre_authent': 'Usted demostró su identidad antes de que se emitiera',
  'flag.hw_authent': 'Emitido tras una autenticación por hardware',
  'flag.ok_as_delegate': 'El servidor es de confianza para la delegación',
  'flag.name_canonicalize': 'El nombre del servidor se resolvió a su forma canónica',
  'flag.anonymous': 'Vale anónimo',
  'flag.transited_policy_checked': 'Se comprobaron los territorios Kerberos del trayecto',
  'flag.reserved': 'Marca reservada',
  'flag.other': 'Otra marca: {name}',

  // Empty / error
  'empty.heading': 'No hay vales de Kerberos',
  'empty.body':
    'Su caché de vales está vacía. «Actualizar mis grupos» obtiene un vale de inicio de sesión nuevo; después, los servicios obtienen sus vales cuando los usa.',
  'error.heading': 'No se han podido leer sus vales',
  'error.retry': 'Reintentar',
  'error.details': 'Detalles técnicos',
  'error.unexpected':
    'Algo ha fallado dentro de Regroup: {message}. Inténtelo de nuevo; si sigue ocurriendo, reinicie Regroup.',

  // Actions
  'actions.label': 'Acciones',
  'actions.refreshUser': 'Actualizar mis grupos',
  'actions.refreshUser.hint': 'Sus propios vales; no requiere administrador',
  'actions.refreshComputer': 'Actualizar grupos del equipo',
  'actions.refreshComputer.hint': 'Los vales de este equipo; pide aprobación del administrador',
  'actions.refreshComputer.unavailable':
    '«Actualizar grupos del equipo» no está disponible aquí: {reason}',
  'actions.copyDiagnostics': 'Copiar diagnóstico',
  'actions.copyDiagnostics.hint':
    'Un informe para su servicio de asistencia de TI, copiado en el Portapapeles',
  'actions.copyDiagnostics.busy': 'Recopilando diagnóstico…',
  'actions.copyDiagnostics.done':
    'Diagnóstico copiado. Péguelo en su mensaje al servicio de asistencia de TI.',
  'actions.copyDiagnostics.failed': 'No se pudo copiar el diagnóstico: {detail}',

  // Progress
  'progress.user': 'Actualizando sus grupos…',
  'progress.userDetail': 'Eliminando sus vales y obteniendo un vale de inicio de sesión nuevo.',
  'progress.computer': 'Actualizando los grupos de este equipo…',
  'progress.computerDetail': 'Apruebe la solicitud de administrador para continuar.',
  'progress.closeSafe': 'Puede cerrar esta ventana; la actualización termina en segundo plano.',

  // Computer confirm
  'computer.heading': 'Actualizar grupos del equipo',
  'computer.body':
    'Esto elimina los vales de Kerberos propios del equipo para que adopte sus nuevas pertenencias a grupos de equipo. Windows pedirá una vez la aprobación del administrador.',
  'computer.bodyUnix':
    'Esto elimina los vales de Kerberos del equipo para que adopte sus nuevas pertenencias a grupos. El sistema pedirá una vez la aprobación del administrador.',
  'computer.gpupdate': 'Volver a aplicar también la directiva de equipo (gpupdate)',
  'computer.gpupdateHint':
    'Tarda hasta un minuto. Es necesario para las directivas dirigidas a los nuevos grupos.',
  'computer.continue': 'Continuar',
  'computer.cancel': 'Cancelar',

  'policy.managed.title': 'Administrado por su departamento de TI',
  'policy.managed.computerHidden': 'La actualización de los grupos del equipo está desactivada.',
  'policy.managed.gpupdateForced':
    'La directiva de equipo siempre se vuelve a aplicar después de actualizar el equipo.',
  'policy.managed.gpupdateDefault':
    'Volver a aplicar la directiva de equipo está seleccionado de forma predeterminada.',
  'policy.managed.startAtLoginOn': 'Regroup siempre se abre al iniciar sesión.',
  'policy.managed.startAtLoginOff': 'Regroup no se abre al iniciar sesión.',
  'policy.managed.notificationsOff': 'Regroup no muestra notificaciones.',
  'policy.managed.waitForGroupOn': 'Se permite esperar a un grupo.',
  'policy.managed.waitForGroupOff': 'Esperar a un grupo está desactivado.',
  'policy.managed.dc': 'Los grupos se leen del controlador de dominio {dc}.',
  'policy.managed.helpDesk':
    'Los datos de contacto del soporte técnico que aparecen abajo están definidos.',
  'policy.managed.problems':
    '{count, plural, one {Una configuración de su departamento de TI no se pudo usar y se omite: {settings}.} other {# configuraciones de su departamento de TI no se pudieron usar y se omiten: {settings}.}}',
  'policy.gpupdateRequired': 'Su departamento de TI lo exige.',
  'policy.problem.setting':
    'La configuración {setting} de su departamento de TI tiene un valor que Regroup no puede usar, por lo que Regroup la omite.',
  'policy.problem.unknown':
    'Regroup no conoce la configuración {setting} de su departamento de TI y la omite.',
  'policy.problem.unreadable':
    'No se pudo leer la configuración de su departamento de TI ({source}), por lo que Regroup usa sus valores predeterminados.',
  'helpDesk.name': 'Su soporte técnico: {name}',
  'helpDesk.unnamed': 'Su soporte técnico:',
  'helpDesk.phone': 'Teléfono: {phone}',
  'helpDesk.web': 'Web: {url}',

  // Password (MIT / Heimdal)
  'password.heading': 'Su contraseña',
  'password.body':
    'Para un vale de inicio de sesión nuevo se necesita su contraseña de {principal}. Se pasa una sola vez a kinit y nunca se guarda.',
  'password.label': 'Contraseña',
  'password.submit': 'Actualizar',
  'password.cancel': 'Cancelar',

  // Results
  'result.removed': '{count} vales eliminados',
  'result.removedOne': '1 vale eliminado',
  'result.removedNone': 'No hay vales que eliminar',
  'result.newTgt': 'Nuevo vale de inicio de sesión emitido {time}, válido durante {left}',
  'result.noTgt': 'Aún no hay ningún vale de inicio de sesión nuevo',
  'result.failedItems': 'No se han podido volver a obtener:',
  'result.gpupdate': 'Directiva de equipo aplicada de nuevo',
  'result.caveatsHeading': 'Qué actualiza esto y qué no',
  'wait.offer': 'Avisarme cuando llegue',
  'wait.groupLabel': 'Grupo al que le agregaron',
  'wait.groupHint': 'Su nombre, por ejemplo Finance, o su SID.',
  'wait.heading': 'Esperando a {group}',
  'wait.since': 'Esperando desde',
  'wait.nextCheck': 'Próxima comprobación',
  'wait.checkingNow': 'Comprobando ahora…',
  'wait.until': 'Se detiene a las',
  'wait.closeSafe':
    'Puede cerrar esta ventana: Regroup sigue comprobando y le avisa cuando llegue.',
  'wait.cancel': 'Dejar de esperar',
  'wait.dismiss': 'Aceptar',
  'wait.notAllowed': 'Su organización desactivó la espera de grupos en Regroup.',
  'wait.badGroup': 'Escriba el nombre o el SID del grupo.',
  'wait.notify.arrived': 'Su nuevo grupo ha llegado',
  'wait.notify.timedOut': 'Su nuevo grupo no ha llegado',
  'wait.notify.refreshFailed': 'Su nuevo grupo está listo: abra Regroup para renovar sus vales',
  'result.openConnectionsHeading': 'Conexiones abiertas a servidores de archivos',
  'result.done': 'Volver a los vales',
  'result.doneGroups': 'Volver a mis grupos',
  'result.tryAgain': 'Reintentar',
  'result.refreshAnyway': 'Actualizar de todos modos',

  // My groups
  'groups.heading': 'Mis grupos',
  'groups.loading': 'Leyendo sus grupos…',
  'groups.loadingDetail': 'Se consulta a su controlador de dominio y puede tardar unos segundos.',
  'groups.dc': 'Controlador de dominio',
  'groups.readAt': 'Leído',
  'groups.readAgain': 'Volver a leer',
  'groups.column.group': 'Grupo',
  'groups.column.signInToken': 'Este equipo hasta cerrar sesión',
  'groups.column.kerberosServices': 'Servicios de red',
  'groups.column.directory': 'Directorio',
  'groups.legend.heading': 'Las tres vistas',
  'groups.legend.signInToken':
    'Este equipo hasta cerrar sesión: los grupos de su token de inicio de sesión, que este equipo usa para los permisos locales hasta que cierre sesión.',
  'groups.legend.kerberosServices':
    'Servicios de red: los grupos que ven los recursos compartidos y los sitios web en su vale de inicio de sesión actual.',
  'groups.legend.directory':
    'Directorio: sus grupos en Active Directory ahora; su próximo vale de inicio de sesión los incluye.',
  'groups.legend.marks':
    '✓ miembro · ✕ no es miembro · todavía no: llega con una actualización o al cerrar sesión · – no disponible',
  'groups.mark.yes': 'miembro',
  'groups.mark.no': 'no es miembro',
  'groups.mark.notYet': 'todavía no',
  'groups.mark.notYetSignOut':
    'todavía no: este equipo lo toma cuando cierre sesión y vuelva a iniciarla',
  'groups.mark.notYetRefresh': 'todavía no: «Actualizar mis grupos» lo trae',
  'groups.mark.unknown': 'no disponible',
  'groups.view.signInToken': 'Token de inicio de sesión de este equipo',
  'groups.view.kerberosServices': 'Servicios de red',
  'groups.view.directory': 'Directorio',
  'groups.view.unavailable': '{view} (no disponible aquí): {reason}',
  'groups.domainHeading': 'Grupos del dominio ({count})',
  'groups.domainLabel': 'Grupos del dominio',
  'groups.localHeading': 'Grupos de este equipo ({count})',
  'groups.localLabel': 'Grupos de este equipo',
  'groups.localHint':
    'Los grupos integrados y locales no están en los vales de Kerberos: «Actualizar mis grupos» no los cambia; cerrar sesión, sí.',
  'groups.none': 'No se ha podido leer ningún grupo. Los motivos aparecen arriba.',
  'groups.hintsHeading': 'Por qué una actualización puede no servir',
  'groups.hint.found': 'Detectado:',
  'groups.hint.more': 'Si sigue sin funcionar ({count})',
  'groups.error.heading': 'No se han podido leer sus grupos',
  'groups.notAvailable':
    '«Mis grupos» no está disponible en esta copia de Regroup. Use la línea de comandos: regroup groups.',
  'groups.readFailed':
    'Regroup no ha podido leer sus grupos ({detail}). Inténtelo de nuevo; si sigue ocurriendo, reinicie Regroup.',

  // Verdict after Refresh my groups
  'verdict.heading': '¿Ha funcionado?',
  'verdict.showGroups': 'Mostrar mis grupos',

  // Main-process failures
  'busy.message': 'Ya hay otra actualización en curso. Espere a que termine y vuelva a intentarlo.',
  'busy.verifying':
    'Regroup aún está comprobando sus grupos tras la última actualización. Vuelva a intentarlo en unos segundos.',
  'internal.listFailed':
    'Regroup no ha podido leer sus vales ({detail}). Inténtelo de nuevo; si sigue ocurriendo, reinicie Regroup.',
  'internal.refreshFailed':
    'La actualización se ha detenido de forma inesperada ({detail}). Abra Regroup para ver sus vales y vuelva a intentarlo.',
  'ipc.untrusted': 'Esta solicitud no procede de la ventana de Regroup y se ha rechazado.',
  'ipc.badRequest':
    'Regroup ha recibido una solicitud con formato incorrecto ({detail}) y la ha ignorado. Reinicie Regroup si sigue ocurriendo.',

  // Time
  'time.justNow': 'ahora mismo',
  'time.at': 'a las {time}',
  'actions.refreshComputer.hintCannot': 'Los vales de este equipo; necesita un administrador',
  'computer.close': 'Cerrar',
  'actions.refreshComputer.hintHelper':
    'Los vales de este equipo; no necesita aprobación del administrador',
  'computer.bodyHelper':
    'Esto elimina los vales de Kerberos propios del equipo para que adopte sus nuevas pertenencias a grupos de equipo. Su departamento de TI lo ha configurado, así que no hace falta la aprobación del administrador.',
  'computer.bodyDirect':
    'Esto elimina los vales de Kerberos propios del equipo para que adopte sus nuevas pertenencias a grupos de equipo. Regroup ya se ejecuta con derechos de administrador, así que no hace falta ninguna aprobación.',
  'progress.computerDetailHelper': 'Esto tarda unos segundos. No hace falta ninguna aprobación.',

  'outcome.signOutNow': 'Cerrar sesión ahora…',
  'signOut.heading': '¿Cerrar sesión ahora?',
  'signOut.body':
    'Guarde primero su trabajo: al cerrar sesión se cierran todos sus programas. Cuando vuelva a iniciar sesión, este equipo aplicará sus nuevos grupos.',
  'signOut.confirm': 'Cerrar sesión',
  'signOut.cancel': 'Ahora no',
  'signOut.failed':
    'Regroup no ha podido cerrar su sesión ({detail}). Cierre sesión desde el menú Inicio.',
  'signOut.unavailable': 'Cerrar sesión desde Regroup no está disponible aquí.',
  'outcome.freshSignIn': 'Iniciar un programa con un nuevo inicio de sesión…',
  'freshSignIn.heading': 'Iniciar un programa con un nuevo inicio de sesión',
  'freshSignIn.body':
    'Windows pide un nombre de usuario y una contraseña, como con «Ejecutar como otro usuario». Escriba su propia cuenta ({account}). El programa que elija se inicia entonces con un nuevo inicio de sesión y sus grupos actuales, y puede usarlo para lo que necesita el nuevo grupo.',
  'freshSignIn.unchanged':
    'No cambia nada más: el escritorio, el Explorador de archivos y sus demás programas mantienen los grupos de su inicio de sesión hasta que cierre la sesión.',
  'freshSignIn.program': 'Programa',
  'freshSignIn.cmd': 'Símbolo del sistema',
  'freshSignIn.powershell': 'Windows PowerShell',
  'freshSignIn.start': 'Iniciar',
  'freshSignIn.cancel': 'Ahora no',
  'freshSignIn.started':
    'El programa se ha iniciado con un nuevo inicio de sesión. Tiene sus grupos actuales; sus demás programas no.',
  'freshSignIn.cancelled':
    'No se ha iniciado nada, porque se canceló el inicio de sesión de Windows.',
  'freshSignIn.wrongPassword':
    'Windows no ha aceptado el nombre de usuario o la contraseña, así que no se ha iniciado nada. Vuelva a intentarlo con su propia cuenta.',
  'freshSignIn.failed':
    'Windows no ha podido iniciar el programa con un nuevo inicio de sesión ({detail}). Cierre la sesión y vuelva a iniciarla.',
  'freshSignIn.unavailable':
    'Iniciar un programa con un nuevo inicio de sesión no está disponible aquí.',
};
