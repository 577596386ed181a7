/** Kerberos on Linux and macOS in Spanish. Translated from en/kerberos-unix.ts; same keys, same ICU arguments. */
import type { kerberosUnix as en } from '../en/kerberos-unix';

export const kerberosUnix: Record<keyof typeof en, string> = {
  // --- klist's own error lines ---
  'unix.klist.noHostKeytab':
    'Este equipo no tiene keytab de host, así que aquí no se pueden enumerar sus vales. Pida a un administrador que lo una al territorio Kerberos (por ejemplo, con realm join o adcli).',
  'unix.klist.noCredentials':
    'Aún no tiene vales de Kerberos (klist de {family} no ha encontrado ninguna caché de vales). Inicie sesión con {command}, o cierre sesión y vuelva a iniciarla; después, vuelva a intentarlo.',
  'unix.klist.failed':
    'klist de {family} no ha podido enumerar sus vales. Si la caché de vales está dañada, elimínela con kdestroy y vuelva a iniciar sesión con kinit.',
  'unix.klist.emptyOutput':
    'klist de {family} no ha mostrado nada, así que Regroup no puede saber qué vales tiene. Ejecute klist en un terminal para ver lo que indica.',
  'unix.klist.unreadable':
    'Regroup no ha podido leer este texto como salida de klist de {family}. Ejecute klist en un terminal para comprobarlo; si enumera vales, notifique el texto para que se pueda admitir.',

  // --- Listing the computer's tickets ---
  'unix.systemCache.notRoot':
    '{cache} no es un archivo propiedad de root, por lo que Regroup no lo trata como los vales del equipo ni solicita derechos de administrador. Es posible que otro usuario lo haya colocado ahí: pida a su departamento de soporte técnico que lo quite.',
  'unix.list.computer.accessDenied':
    'Para leer los vales del equipo ({cache}) se necesitan derechos de administrador. Ejecute {command} o use «Actualizar grupos del equipo».',
  'unix.list.computer.noTickets':
    'El equipo no tiene vales en {cache}. Los obtiene cuando un servicio los solicita, o ahora con «Actualizar grupos del equipo» (requiere un keytab de host).',

  // --- "Refresh my groups" ---
  'unix.refresh.noPrincipal':
    'Su caché de vales no indica ninguna entidad de seguridad, así que Regroup no puede saber con qué cuenta iniciar sesión. Inicie sesión con {command} y, después, actualice.',
  'unix.signIn.offer':
    'Todavía no ha iniciado sesión en Kerberos (no hay caché de vales). Regroup inicia sesión como {principal}; si esa no es su cuenta, inicie sesión con {command}.',
  'unix.signIn.noRealm':
    'Todavía no ha iniciado sesión en Kerberos y este equipo no tiene un dominio Kerberos predeterminado, así que Regroup no puede saber con qué cuenta iniciar sesión. Inicie sesión con {command} y, después, actualice.',
  'unix.signIn.passwordRequired':
    'Todavía no ha iniciado sesión en Kerberos. Escriba la contraseña de {principal} para iniciar sesión y obtener un vale con sus grupos actuales.',
  'unix.signIn.done': 'Sesión iniciada: {principal} tiene un vale con sus grupos actuales.',
  'unix.refresh.passwordRequired':
    'Escriba la contraseña de {principal} para obtener un vale nuevo con sus grupos actuales. Sus vales no se han modificado.',
  // The time must come before the date: the argument check reads {expiredAt} as a date.
  'unix.refresh.passwordRequiredExpired':
    'Su vale caducó a las {expiredAt, time, short} del {expiredAt, date, medium}. Escriba la contraseña de {principal} para obtener un vale nuevo con sus grupos actuales. Sus vales no se han modificado.',
  'unix.refresh.tempCacheFailed':
    'Regroup no ha podido crear una caché de vales temporal, así que no se ha cambiado nada. Compruebe que se puede escribir en la carpeta temporal y vuelva a intentarlo.',
  'unix.refresh.replaceFailed':
    'Regroup ha obtenido un vale nuevo, pero no ha podido ponerlo en lugar de su caché de vales, así que sus vales no se han modificado. Compruebe que se puede escribir en la carpeta de su caché de vales y vuelva a intentarlo.',
  'unix.refresh.user.done':
    '{expired, select, yes {Su vale antiguo había caducado. } other {}}{services, plural, =0 {Listo: {principal} tiene un vale nuevo con sus grupos actuales.} one {Listo: {principal} tiene un vale nuevo con sus grupos actuales y se ha vuelto a obtener # vale de servicio.} other {Listo: {principal} tiene un vale nuevo con sus grupos actuales y se han vuelto a obtener # vales de servicio.}}',
  'unix.refresh.user.partial':
    '{expired, select, yes {Su vale antiguo había caducado. } other {}}{principal} tiene un vale nuevo con sus grupos actuales, pero {failed, plural, one {no se ha podido} other {no se han podido}} volver a obtener {failed} de {services, plural, one {# vale de servicio} other {# vales de servicio}}; {failed, plural, one {se volverá} other {se volverán}} a obtener en el próximo uso.',
  'unix.refresh.user.unconfirmed':
    'kinit ha vuelto a iniciar la sesión de {principal}, pero la lista de vales no muestra el vale nuevo. Compruébelo con klist; si el vale antiguo sigue ahí, vuelva a actualizar.',

  // --- "Refresh computer groups" ---
  'unix.computer.noHostKeytab':
    'Este equipo no tiene keytab de host ({keytab}), así que no tiene una cuenta de Kerberos propia cuyos grupos se puedan actualizar. Los equipos unidos al dominio con realmd y sssd, adcli o Samba winbind tienen uno; consulte al soporte técnico si este equipo debería estar unido.',

  // --- kinit failures ---
  'unix.kinit.wrongPassword':
    'No se ha aceptado la contraseña de {subject, select, computer {este equipo} unnamed {su cuenta} other {{principal}}}, así que sus vales no se han modificado. Compruebe la contraseña (y Bloq Mayús) y vuelva a intentarlo.',
  'unix.kinit.kdcUnreachable':
    'No ha respondido ningún controlador de dominio (KDC) de su territorio Kerberos, así que sus vales no se han modificado. Conéctese a la red corporativa o a la VPN y vuelva a intentarlo.',
  'unix.kinit.passwordExpired':
    'La contraseña de {subject, select, computer {este equipo} unnamed {su cuenta} other {{principal}}} ha expirado, así que no se ha emitido ningún vale nuevo y sus vales no se han modificado. Cambie su contraseña ({command} o la página de contraseñas de su organización) y vuelva a actualizar.',
  'unix.kinit.accountLocked':
    'El dominio ha rechazado {subject, select, computer {la cuenta de este equipo} unnamed {su cuenta} other {la cuenta {principal}}}: está bloqueada o deshabilitada. Sus vales no se han modificado; pida al soporte técnico que desbloquee la cuenta.',
  'unix.kinit.unknownPrincipal':
    'El dominio no conoce {subject, select, computer {la cuenta de este equipo} unnamed {su cuenta} other {la cuenta {principal}}}. Sus vales no se han modificado; compruebe el nombre de la cuenta o consulte al soporte técnico.',
  'unix.kinit.keytabUnusable':
    'No se ha podido usar el keytab para iniciar la sesión de {subject, select, computer {este equipo} unnamed {su cuenta} other {{principal}}}. Sus vales no se han modificado; compruebe que el keytab existe, se puede leer y contiene una clave vigente para esta cuenta.',
  'unix.kinit.clockSkew':
    'El reloj de este equipo difiere demasiado del del controlador de dominio, así que no se ha emitido ningún vale. Sus vales no se han modificado; corrija el reloj (active la sincronización de la hora) y vuelva a intentarlo.',
  'unix.kinit.failed':
    'No se ha podido obtener un vale nuevo para {subject, select, computer {este equipo} unnamed {su cuenta} other {{principal}}}; sus vales no se han modificado. Inténtelo de nuevo; si sigue fallando, facilite los detalles al soporte técnico.',

  // --- A service ticket that could not be fetched again after the new sign-in ticket ---
  'unix.service.unknown':
    'El dominio ya no conoce este servicio, así que no se ha podido volver a obtener su vale.',
  'unix.service.kdcUnreachable':
    'No ha respondido ningún controlador de dominio al volver a obtener este vale; se volverá a obtener en el próximo uso.',
  'unix.service.failed':
    'No se ha podido volver a obtener este vale ({reason}); se volverá a obtener en el próximo uso.',
  'unix.service.failedNoReason':
    'No se ha podido volver a obtener este vale; se volverá a obtener en el próximo uso.',
};
