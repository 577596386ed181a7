/** Groups in Spanish. Translated from en/groups.ts; same keys, same ICU arguments. */
import type { groups as en } from '../en/groups';

export const groups: Record<keyof typeof en, string> = {
  // The meaning of a row whose marks differ; shown under the group's name, starting lower-case.
  'insight.meaning.newGroup':
    'nuevo: llega a los recursos compartidos y las aplicaciones web tras «Actualizar mis grupos»',
  'insight.meaning.needsSignOut':
    'ya llega a los recursos compartidos y las aplicaciones web; los permisos locales de este equipo requieren cerrar sesión',
  'insight.meaning.removedInDirectory': 'quitado en el directorio: actualice para que desaparezca',
  'insight.meaning.droppedNeedsSignOut':
    'ya no llega a los recursos compartidos ni a las aplicaciones web; los permisos locales de este equipo lo conservan hasta que cierre sesión',
  'insight.meaning.local':
    'un grupo de este equipo: no está en los vales de Kerberos, así que «Actualizar mis grupos» no lo cambia; cerrar sesión, sí',

  // Hints: why a refresh may not have helped.
  'insight.hint.localGroup':
    '{count, plural, one {{groups} es un grupo de este equipo, no del dominio} other {{groups} son grupos de este equipo, no del dominio}}: «Actualizar mis grupos» no puede cambiar eso. Cierre sesión y vuelva a iniciarla.',
  'insight.hint.notReplicated':
    'Según el directorio de {dc}, usted es miembro de {groups}, pero sus vales actuales no {count, plural, one {lo reflejan} other {los reflejan}}. Si ya ha actualizado, puede que el controlador de dominio que emitió su vale aún no tenga el cambio (dentro de un sitio, un cambio llega a los demás controladores de dominio en aproximadamente un minuto; entre sitios espera a la programación de replicación, cada 3 horas de forma predeterminada). Espere y vuelva a actualizar.',
  'insight.hint.notReplicatedNoDc':
    'Según el directorio, usted es miembro de {groups}, pero sus vales actuales no {count, plural, one {lo reflejan} other {los reflejan}}. Si ya ha actualizado, puede que el controlador de dominio que emitió su vale aún no tenga el cambio (dentro de un sitio, un cambio llega a los demás controladores de dominio en aproximadamente un minuto; entre sitios espera a la programación de replicación, cada 3 horas de forma predeterminada). Espere y vuelva a actualizar.',
  'insight.hint.tokenTooLarge':
    'Su token contiene {count, plural, one {# grupo} other {# grupos}}. Cerca de {limit, number}, Windows rechaza los inicios de sesión, y los vales grandes pueden superar lo que aceptan los servidores (MaxTokenSize). Pida a su departamento de TI que reduzca los grupos anidados.',
  'insight.hint.smbSession':
    'Un recurso compartido conserva los permisos de una conexión que ya está abierta. Cierre los archivos y las ventanas que usan el recurso compartido (o espere a que la conexión se cierre por inactividad) y vuelva a abrirlo.',
  'insight.hint.ntlm':
    'Un recurso compartido abierto por dirección IP ({example}) usa NTLM, no Kerberos, y no usa el vale nuevo. Ábralo por su nombre ({named}).',

  // The verdict after a refresh could not be made.
  'insight.verdict.kerberosUnreadable':
    '{when, select, before {No se ha podido leer lo que ven los servicios Kerberos antes de la actualización.} other {No se ha podido leer lo que ven los servicios Kerberos después de la actualización.}}',
  'insight.verify.refreshNotDone':
    'La actualización no se ha realizado, así que no hay nada que comparar.',
  'insight.verify.readFailed':
    '{when, select, before {No se han podido leer sus grupos antes de la actualización.} other {No se han podido leer sus grupos después de la actualización.}}',
  'insight.verify.readTimeout':
    '{when, select, before {No se han podido leer sus grupos antes de la actualización en un plazo de {seconds, number} s.} other {No se han podido leer sus grupos después de la actualización en un plazo de {seconds, number} s.}} Compruebe la conexión con su dominio (VPN) y vuelva a abrir «Mis grupos» para comparar.',

  // Why a view could not be read.
  'insight.view.failed':
    'No se ha podido leer esta vista. Inténtelo de nuevo; si sigue fallando, consulte a su departamento de TI.',
  'insight.signIn.notMapped':
    'Este equipo no asigna los grupos del directorio a grupos locales (no hay sssd ni winbind), así que sus grupos de inicio de sesión no se pueden comparar con el directorio. Los recursos compartidos y las aplicaciones web usan la vista de Kerberos.',

  // Finding the domain controller.
  'insight.dc.invalidName':
    '«{name}» no es un nombre de controlador de dominio válido. Indique un nombre DNS o una dirección IP.',
  'insight.dc.noRealm':
    'No se conoce ningún territorio Kerberos (no hay vales), así que no se puede encontrar ningún controlador de dominio. Actualice primero sus grupos o indique un controlador de dominio con {option}.',
  'insight.dc.notFound':
    'No se ha encontrado ningún controlador de dominio de {realm} (no hay registro DNS SRV {record} ni KDC en {file}). Indique uno con {option}.',

  // Asking the domain controller over LDAP (Linux, macOS).
  'insight.ldap.unreachable':
    'No se ha podido contactar con el controlador de dominio {dc} mediante LDAP. Compruebe la conexión de red (VPN) o indique otro controlador de dominio con {option}.',
  'insight.ldap.timeout':
    'El controlador de dominio {dc} no ha respondido en {seconds, plural, one {# segundo} other {# segundos}}. Compruebe la conexión de red (VPN) y vuelva a intentarlo.',
  'insight.ldap.noCredentials':
    'No tiene vales de Kerberos, así que no se puede preguntar al controlador de dominio quién es usted. Actualice sus grupos (o vuelva a iniciar sesión) y vuelva a intentarlo.',
  'insight.ldap.expired':
    'Sus vales de Kerberos han caducado, o el reloj de este equipo difiere del reloj del controlador de dominio. Actualice sus grupos y vuelva a intentarlo.',
  'insight.ldap.spnMissing':
    'Kerberos no conoce el nombre de controlador de dominio «{dc}» (no existe la entidad de seguridad de servicio {principal}). Use el nombre DNS completo del controlador de dominio con {option}.',
  'insight.ldap.failed':
    '{tool} no ha podido leer de {dc} (código de salida {code}). Inténtelo de nuevo; si sigue fallando, consulte a su departamento de TI.',
  'insight.ldap.toolMissing':
    '{tool} no está instalado, así que no se puede consultar el directorio. Instale {debianTools} y {debianSasl} (Debian, Ubuntu) o {fedoraTools} y {fedoraSasl} (Fedora, RHEL).',
  'insight.ldap.saslMissing':
    'El módulo de Kerberos (GSSAPI) de {tool} no está instalado, así que no se puede consultar el directorio. Instale {debianSasl} (Debian, Ubuntu) o {fedoraSasl} (Fedora, RHEL).',
  'insight.ldap.noTokenGroups':
    'El controlador de dominio {dc} no ha devuelto ningún grupo para sus vales. Actualice sus grupos y vuelva a intentarlo; si sigue ocurriendo, consulte a su departamento de TI.',
  'insight.ldap.accountUnknown':
    'No se ha podido buscar su cuenta {principal} en el directorio de {dc}, así que solo se muestra lo que ven los servicios Kerberos.',
  'insight.ldap.accountNotFound':
    'No se ha encontrado la cuenta {account} en el directorio de {dc}, así que solo se muestra lo que ven los servicios Kerberos.',

  // The sign-in token: whoami.exe on Windows, id on Linux and macOS.
  'insight.whoami.missing':
    'No se ha encontrado {tool} en {path}. Forma parte de Windows: pida a su departamento de TI que revise este equipo.',
  'insight.whoami.failed':
    '{tool} no ha podido enumerar sus grupos de inicio de sesión (código de salida {code}). Inténtelo de nuevo; si sigue fallando, consulte a su departamento de TI.',
  'insight.whoami.unreadable':
    '{tool} no ha mostrado ningún grupo que Regroup pueda leer. Si sigue ocurriendo, consulte a su departamento de TI.',
  'insight.id.missing':
    'No se ha encontrado el comando {tool}, así que no se pueden leer los grupos de su inicio de sesión. Pida a su departamento de TI que revise este equipo.',
  'insight.id.failed':
    '{tool} no ha podido enumerar sus grupos (código de salida {code}). Inténtelo de nuevo; si sigue fallando, consulte a su departamento de TI.',

  // Asking the domain controller through Windows PowerShell and ADSI (Windows).
  'insight.adsi.powershellMissing':
    'No se ha encontrado Windows PowerShell en {path}, así que no se puede consultar al controlador de dominio. Forma parte de Windows: pida a su departamento de TI que revise este equipo.',
  'insight.adsi.timeout':
    'El controlador de dominio no ha respondido en {seconds, plural, one {# segundo} other {# segundos}}. Compruebe la conexión con su dominio (VPN) y vuelva a intentarlo.',
  'insight.adsi.unreachable':
    'No se ha podido contactar con el controlador de dominio. Compruebe la conexión con su dominio (VPN) y vuelva a intentarlo.',
  'insight.adsi.failed':
    'No se ha podido consultar al controlador de dominio. Compruebe la conexión con su dominio (VPN) y vuelva a intentarlo; si sigue fallando, consulte a su departamento de TI.',
  'insight.adsi.noAnswer':
    'El controlador de dominio no ha dado ninguna respuesta. Compruebe la conexión con su dominio (VPN) y vuelva a intentarlo.',

  // Any tool of group insight (ldapsearch, whoami.exe, powershell.exe, id).
  'insight.tool.notStarted':
    'No se ha podido iniciar {tool}. Inténtelo de nuevo; si sigue fallando, consulte a su departamento de TI.',
  'insight.tool.timeout':
    '{tool} no ha respondido en {seconds, plural, one {# segundo} other {# segundos}}. Vuelva a intentarlo.',
  'insight.tool.exit':
    '{tool} se ha detenido con el código de salida {code}. Inténtelo de nuevo; si sigue fallando, consulte a su departamento de TI.',

  'insight.outcome.declined': 'No se ha dado la aprobación del administrador',
  'insight.outcome.failed': 'No se ha cambiado nada',
  'insight.outcome.offline': 'No se ha podido conectar con su dominio; no se ha cambiado nada',
  'insight.outcome.partial': 'Actualizado, pero incompleto',
  'insight.outcome.computer': 'Los vales de este equipo se han renovado',
  'insight.outcome.renewed': 'Tiene un vale de inicio de sesión nuevo',
  'insight.outcome.checking':
    'Comprobando qué grupos ven ahora los recursos compartidos, los sitios web y otros servicios de red…',
  'insight.outcome.notChecked': 'No se ha comprobado qué grupos ven ahora los servicios de red.',
  'insight.outcome.unchecked':
    'Tiene un vale de inicio de sesión nuevo, pero no se han podido comprobar sus grupos',
  'insight.outcome.gained':
    'Ahora pertenece a {groups} para los recursos compartidos, los sitios web y otros servicios de red',
  'insight.outcome.lost':
    'Los recursos compartidos, los sitios web y otros servicios de red ya no le ven como miembro de {groups}',
  'insight.outcome.gained.localLater':
    'Los permisos propios de este equipo (carpetas locales, derechos de administrador) incluirán {groups} cuando cierre sesión y vuelva a iniciarla: es lo esperado.',
  'insight.outcome.notReplicated':
    '{count, plural, one {{groups} aún no ha llegado a su vale de inicio de sesión} other {{groups} aún no han llegado a su vale de inicio de sesión}}',
  'insight.outcome.notReplicated.body':
    'El directorio le muestra como miembro, pero el controlador de dominio que emitió su nuevo vale de inicio de sesión aún no tiene el cambio.',
  'insight.outcome.signOut': 'Este equipo aplicará {groups} solo después de que cierre sesión',
  'insight.outcome.signOut.body':
    'Los servicios de red ya le ven como miembro. Lo que este equipo permite por sí mismo (carpetas locales, derechos de administrador) se fijó al iniciar sesión, y un nuevo inicio de sesión lo actualiza.',
  'insight.outcome.noChange': 'Aún no hay ningún grupo nuevo',
  'insight.outcome.noChange.body':
    'Su nuevo vale de inicio de sesión tiene los mismos grupos que antes. Si acaban de agregarle a un grupo, es posible que el cambio aún no haya llegado a su controlador de dominio.',
  'insight.outcome.next.signOut':
    'Guarde su trabajo y, después, cierre sesión y vuelva a iniciarla.',
  'insight.outcome.next.signOutUnix':
    'Guarde su trabajo y, después, cierre su sesión de escritorio y vuelva a iniciarla.',
  'insight.outcome.next.wait':
    'Dentro de un sitio, un cambio llega a los demás controladores de dominio en un minuto aproximadamente; entre sitios puede tardar hasta 3 horas: vuelva a actualizar más tarde.',
};
