/** Kerberos core for MIT and Heimdal (Linux, macOS) in Simplified Chinese. Translated from en/kerberos-unix.ts; same keys, same ICU arguments. */
import type { kerberosUnix as en } from '../en/kerberos-unix';

export const kerberosUnix: Record<keyof typeof en, string> = {
  // --- klist's own error lines ---
  'unix.klist.noHostKeytab':
    '此计算机没有主机 keytab，因此无法在这里列出其票证。请让管理员将其加入领域（例如使用 realm join 或 adcli）。',
  'unix.klist.noCredentials':
    '你还没有 Kerberos 票证（{family} klist 找不到票证缓存）。请使用 {command} 登录，或注销后重新登录，然后重试。',
  'unix.klist.failed':
    '{family} klist 无法列出你的票证。如果票证缓存已损坏，请使用 kdestroy 删除它，然后使用 kinit 重新登录。',
  'unix.klist.emptyOutput':
    '{family} klist 没有输出任何内容，因此 Regroup 无法判断你有哪些票证。请在终端中运行 klist，查看它报告的内容。',
  'unix.klist.unreadable':
    'Regroup 无法将此文本读取为 {family} klist 输出。请在终端中运行 klist 进行检查；如果它列出了票证，请报告此文本，以便添加对它的支持。',

  // --- Listing the computer's tickets ---
  'unix.systemCache.notRoot':
    '{cache} 不是由 root 拥有的文件，因此 Regroup 不会将其视为计算机的票证，也不会请求管理员权限。可能是其他用户将其放在那里：请让 IT 支持人员将其删除。',
  'unix.list.computer.accessDenied':
    '读取计算机的票证（{cache}）需要管理员权限。请运行 {command}，或使用“刷新计算机组”。',
  'unix.list.computer.noTickets':
    '计算机在 {cache} 中没有票证。当有服务请求票证时，计算机会获取票证；也可以现在使用“刷新计算机组”获取（需要主机 keytab）。',

  // --- "Refresh my groups" ---
  'unix.refresh.noPrincipal':
    '你的票证缓存中没有主体名称，因此 Regroup 无法确定要让谁登录。请使用 {command} 登录，然后刷新。',
  'unix.signIn.offer':
    '你尚未登录 Kerberos（没有票证缓存）。Regroup 将以 {principal} 的身份让你登录；如果这不是你的帐户，请改用 {command} 登录。',
  'unix.signIn.noRealm':
    '你尚未登录 Kerberos，而且这台计算机没有默认领域，因此 Regroup 无法确定要登录哪个帐户。请使用 {command} 登录，然后刷新。',
  'unix.signIn.passwordRequired':
    '你尚未登录 Kerberos。请输入 {principal} 的密码，以登录并获取包含你当前组的票证。',
  'unix.signIn.done': '已登录：{principal} 拥有包含你当前组的票证。',
  'unix.refresh.passwordRequired':
    '请输入 {principal} 的密码，以获取包含你当前组的新票证。你的票证保持不变。',
  'unix.refresh.passwordRequiredExpired':
    '你的票证已于 {expiredAt, time, short}过期（{expiredAt, date, medium}）。请输入 {principal} 的密码，以获取包含你当前组的新票证。你的票证保持不变。',
  'unix.refresh.tempCacheFailed':
    'Regroup 无法创建临时票证缓存，因此未做任何更改。请检查临时文件夹是否可写，然后重试。',
  'unix.refresh.replaceFailed':
    'Regroup 已获取新票证，但无法用它替换你的票证缓存，因此你的票证保持不变。请检查票证缓存所在的文件夹是否可写，然后重试。',
  'unix.refresh.user.done':
    '{expired, select, yes {你的旧票证已过期。} other {}}{services, plural, =0 {完成：{principal} 已获得包含你当前组的新票证。} other {完成：{principal} 已获得包含你当前组的新票证，并重新获取了 # 个服务票证。}}',
  'unix.refresh.user.partial':
    '{expired, select, yes {你的旧票证已过期。} other {}}{principal} 已获得包含你当前组的新票证，但 {services, plural, other {# 个服务票证}}中有 {failed} 个无法重新获取；{failed, plural, =1 {该票证} other {这些票证}}会在下次使用时获取。',
  'unix.refresh.user.unconfirmed':
    'kinit 已让 {principal} 重新登录，但票证列表中没有显示新票证。请使用 klist 检查；如果旧票证仍然存在，请再次刷新。',

  // --- "Refresh computer groups" ---
  'unix.computer.noHostKeytab':
    '此计算机没有主机 keytab（{keytab}），因此它没有可供刷新组的自有 Kerberos 帐户。使用 realmd 和 sssd、adcli 或 Samba winbind 加入域的计算机都有主机 keytab；如果此计算机应当加入域，请联系 IT 服务台。',

  // --- kinit failures. {subject}: named, computer or unnamed. ---
  'unix.kinit.wrongPassword':
    '{subject, select, computer {此计算机} unnamed {你的帐户} other {{principal} }}的密码未被接受，因此你的票证保持不变。请检查密码（以及 Caps Lock），然后重试。',
  'unix.kinit.kdcUnreachable':
    '你的领域中没有任何域控制器 (KDC) 响应，因此你的票证保持不变。请连接到公司网络或 VPN，然后重试。',
  'unix.kinit.passwordExpired':
    '{subject, select, computer {此计算机} unnamed {你的帐户} other {{principal} }}的密码已过期，因此未颁发新票证，你的票证保持不变。请更改密码（{command}，或使用你所在组织的密码页面），然后再次刷新。',
  'unix.kinit.accountLocked':
    '域拒绝了{subject, select, computer {此计算机} unnamed {你的帐户} other { {principal}}}：该帐户已锁定或已禁用。你的票证保持不变；请让 IT 服务台解锁该帐户。',
  'unix.kinit.unknownPrincipal':
    '域中不存在{subject, select, computer {此计算机} unnamed {你的帐户} other { {principal}}}。你的票证保持不变；请检查帐户名称，或联系 IT 服务台。',
  'unix.kinit.keytabUnusable':
    '无法使用 keytab 让{subject, select, computer {此计算机} unnamed {你的帐户} other { {principal} }}登录。你的票证保持不变；请检查 keytab 是否存在、是否可读，以及是否包含此帐户的当前密钥。',
  'unix.kinit.clockSkew':
    '此计算机的时钟与域控制器的时钟相差过大，因此未颁发票证。你的票证保持不变；请校正时钟（打开时间同步），然后重试。',
  'unix.kinit.failed':
    '无法为{subject, select, computer {此计算机} unnamed {你的帐户} other { {principal} }}获取新票证；你的票证保持不变。请重试；如果仍然失败，请将详细信息提供给 IT 服务台。',

  // --- A service ticket that could not be fetched again ---
  'unix.service.unknown': '域已不再识别此服务，因此无法重新获取其票证。',
  'unix.service.kdcUnreachable': '获取此票证时没有域控制器响应；下次使用时会重新获取。',
  'unix.service.failed': '无法重新获取此票证（{reason}）；下次使用时会重新获取。',
  'unix.service.failedNoReason': '无法重新获取此票证；下次使用时会重新获取。',
};
