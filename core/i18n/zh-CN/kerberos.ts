/** Kerberos core in Simplified Chinese. Translated from en/kerberos.ts; same keys, same ICU arguments. */
import type { kerberos as en } from '../en/kerberos';

export const kerberos: Record<keyof typeof en, string> = {
  // A Kerberos tool could not be run.
  'krb.tool.notFound.windows':
    '在 Windows 系统文件夹中找不到 {tool}。它是 Windows 的组成部分，因此这个 Windows 安装已损坏；请联系 IT 服务台。',
  'krb.tool.notFound.unix':
    '找不到 {tool}。Regroup 需要 Kerberos 工具：请安装 krb5-user（Debian、Ubuntu）或 krb5-workstation（Fedora、Red Hat），然后重试。在 macOS 上，这些工具是系统自带的：请联系 IT 服务台。',
  'krb.tool.spawnFailed': '无法启动 {tool}。请重试；如果仍然失败，请联系 IT 服务台。',
  'krb.tool.timeout':
    '{tool} 在 {seconds} 秒内没有响应，已被停止。请检查到你的域的网络连接，然后重试。',
  'krb.tool.exit':
    '{tool} 报告失败（退出代码 {code}）。请重试；如果问题反复出现，请联系 IT 服务台。',
  'krb.tool.unexpected': '无法运行 Kerberos 工具。请重试；如果仍然失败，请联系 IT 服务台。',

  // Windows klist.exe failures.
  'krb.windows.noLogonSession':
    'Windows 提示：所请求票证的登录会话不存在（该会话可能已结束，或者此会话登录时未使用 Kerberos）。请注销，再使用你的域帐户重新登录，然后重试。',
  'krb.windows.accessDenied':
    'Windows 拒绝访问这些 Kerberos 票证。计算机的票证只能在具有管理员权限时读取或删除：请以管理员身份运行该命令，或在 Regroup 请求时批准提示。',
  'krb.windows.noLogonServers':
    '无法连接到任何域控制器，因此 Windows 无法获取 Kerberos 票证。请连接到公司网络或 VPN，然后重试。',
  'krb.windows.etypeNotSupported':
    '域控制器拒绝了该票证，因为它不支持所请求的加密类型。请让 IT 服务台检查此帐户或服务允许的加密类型。',
  'krb.windows.unknownService':
    '域控制器不认识所请求的服务名称 (SPN)。请检查名称，或让 IT 服务台注册该名称。',
  'krb.windows.clockSkew':
    '此计算机的时钟与域控制器的时钟相差过大。请同步时间（设置 > 时间和语言 > 立即同步），然后重试。',
  'krb.windows.noCredentials':
    'Windows 没有此会话的 Kerberos 凭据（例如使用本地帐户登录后，或脱机时使用保存的凭据登录后）。请在连接到公司网络时锁定并解锁计算机，或者注销后重新登录，然后重试。',
  'krb.windows.noSuchDomain':
    'Windows 找不到 Kerberos 域。如果此计算机已加入域，请连接到公司网络或 VPN，然后重试；否则，Regroup 在这里没有可刷新的内容。',
  'krb.windows.logonFailure':
    '域控制器拒绝了该帐户（密码错误，或帐户已锁定、已禁用或已过期）。请注销，再使用你的当前密码重新登录，或联系 IT 服务台。',
  'krb.windows.accountLocked':
    '域控制器提示该帐户已被锁定。请等待帐户解锁，或让 IT 服务台为你解锁，然后重试。',
  'krb.windows.accountDisabled': '域控制器提示该帐户已禁用或已过期。请联系 IT 服务台。',
  'krb.windows.passwordExpired':
    '域控制器提示密码已过期。请更改密码（Ctrl+Alt+Del > 更改密码），然后重试。',
  'krb.windows.kdcRefused':
    '域控制器拒绝了 Kerberos 请求。请重试；如果仍然失败，请将详细信息提供给 IT 服务台。',
  'krb.windows.unrecognisedCode':
    'klist 失败，出现了 Regroup 无法识别的错误（{codes}）。请重试；如果仍然失败，请将详细信息提供给 IT 服务台。',
  'krb.windows.unrecognised':
    'klist 失败，出现了 Regroup 无法识别的错误。请重试；如果仍然失败，请将详细信息提供给 IT 服务台。',

  // Windows klist.exe output that is not a ticket listing.
  'krb.windows.klist.empty':
    'klist 没有输出任何内容。请再次运行；如果仍然没有输出，请重新启动计算机。',
  'krb.windows.klist.tgtOutput':
    '这是 `klist tgt` 的输出。Regroup 不读取它，因为其中包含票证的会话密钥。请改为运行不带参数的 `klist`，并且不要分享 `klist tgt` 的输出：他人可以借此使用你的票证。',
  'krb.windows.klist.sessionsOutput':
    '这是 `klist sessions` 的输出（登录会话列表），不是票证列表。请运行不带参数的 `klist` 查看票证。',
  'krb.windows.klist.sessionsOutputDenied':
    '这是 `klist sessions` 的输出（登录会话列表），不是票证列表。请运行不带参数的 `klist` 查看票证。此外，klist 访问其他会话时被拒绝：只有管理员才能列出这些会话。',
  'krb.windows.klist.purgeOutput':
    '这是 `klist purge` 的输出（票证已删除），不是票证列表。请运行不带参数的 `klist` 查看票证。',
  'krb.windows.klist.cutOff':
    'klist 的输出在票证列表之前就中断了（输出被截断）。请再次运行 klist。',
  'krb.windows.klist.notKlist':
    '此文本不是 Regroup 能够读取的 Windows klist 输出：其中没有登录会话行、票证数量或票证。请运行不带参数的 `klist`，然后重试。',
  'krb.windows.klist.purgeUnconfirmed':
    'Regroup 无法确认 klist 已删除票证：其输出看起来不像清除报告。请再次运行 `klist purge`，并确认输出表明票证已被清除。',

  // The Windows service.
  'krb.windows.notInDomain':
    '此 Windows 帐户未登录到域，因此没有可刷新的 Kerberos 票证或域组。请使用你的域帐户登录（或在登录前连接 VPN），然后重试。',
  'krb.windows.computerNotInDomain': '此 Windows 帐户未登录到域，因此没有可刷新的计算机组。',
  'krb.windows.emptyRun':
    'klist 没有输出任何内容（退出代码 {code}）。请重试；如果问题反复出现，请联系 IT 服务台。',
  'krb.windows.computerListNeedsAdmin':
    '读取计算机的票证需要管理员权限。请在以管理员身份运行的命令提示符中运行 Regroup 的命令行（regroup list --computer），或使用会请求批准的“刷新计算机组”。',
  'krb.windows.purgeFailed': 'klist 无法删除你的票证（退出代码 {code}）。未做任何更改；请重试。',

  // Elevation: the administrator prompt (UAC on Windows, polkit or sudo elsewhere).
  'krb.elevate.refused':
    'Regroup 拒绝以管理员身份运行一个意外的命令，因此未做任何更改。请重新安装 Regroup；如果问题反复出现，请联系 IT 服务台。',
  'krb.elevate.kinitNotSystem':
    '{path} 不是系统文件（即归 root 所有且仅 root 可写的文件），因此 Regroup 不会以管理员身份运行它。请重新安装 Kerberos 工具 (krb5-user)，然后重试。',
  'krb.elevate.promptUnavailable': '无法打开管理员提示。请重试；如果仍然失败，请重新安装 Regroup。',
  'krb.elevate.declined':
    '未获得管理员批准，因此未做任何更改。刷新计算机的组需要管理员批准；重新启动计算机也能达到同样的效果。',
  'krb.elevate.noPolkitAgent':
    '此桌面上没有可用的管理员提示（没有 polkit 代理）。请改为在终端中运行“sudo regroup refresh --computer”。',
  'krb.elevate.failed': '管理员命令未完成。未做其他更改；请重试，如果仍然失败，请联系 IT 服务台。',

  'krb.elevate.timeout':
    '{tool} 在 {seconds} 秒后仍以管理员身份运行，因此 Regroup 已停止等待。它可能仍会自行完成；重新启动计算机与刷新的效果相同。',
  'krb.clock.noAnswer': '域控制器 {host} 在被询问时间时没有响应。',
  'krb.clock.unreadable': '域控制器 {host} 已响应，但无法从响应中读取其时间。',
  'krb.clock.skewed.windows':
    '此计算机的时钟比域控制器 {host} {direction, select, ahead {快} other {慢}} {minutes, plural, other {# 分钟}}，而时间相差超过 5 分钟时 Kerberos 会拒绝登录，因此在时钟正确之前 Regroup 不会刷新你的票证。请打开“设置”>“时间和语言”>“日期和时间”，选择“立即同步”，然后再次刷新。',
  'krb.clock.skewed.unix':
    '此计算机的时钟比域控制器 {host} {direction, select, ahead {快} other {慢}} {minutes, plural, other {# 分钟}}，而时间相差超过 5 分钟时 Kerberos 会拒绝登录，因此在时钟正确之前 Regroup 不会刷新你的票证。请开启自动设置时间（Linux：timedatectl set-ntp true；macOS：“系统设置”>“通用”>“日期与时间”），然后再次刷新。',
  // The pre-flight: before removing tickets, is a domain controller reachable?
  'krb.preflight.noKdcFound':
    '找不到 {realm} 的域控制器（没有 DNS 记录，也没有配置任何域控制器）。请连接到公司网络或 VPN，然后重试。',
  'krb.preflight.noKdcFoundNoRealm':
    '找不到你的域的域控制器（没有 DNS 记录，也没有配置任何域控制器）。请连接到公司网络或 VPN，然后重试。',
  'krb.preflight.kdcAnswers': '域控制器 {host} 有响应。',
  'krb.preflight.kdcProxyAnswers': 'KDC 代理服务器 {url} 有响应（通过 HTTPS 的 Kerberos）。',
  'krb.preflight.noKdcAnswers':
    '{realm} 的域控制器均无响应（已尝试 {tried}），因此你的票证保持不变：如果现在删除它们，在你重新连接之前将没有任何票证可用。请连接到公司网络或 VPN，然后重试。',

  // `regroup parse`: reading saved klist output.
  'krb.parse.empty': '输入为空。请粘贴或保存完整的 klist 输出，然后重试。',
  'krb.parse.notKlist':
    '这看起来不像 klist 输出（Windows klist.exe、MIT 或 Heimdal klist）。请将“klist”的完整输出保存到文件中，然后重试，或使用 --format 指定格式。',

  // The result of "Refresh my groups".
  'krb.result.user.refreshed':
    '完成：{removed, plural, =0 {已} other {已删除 # 个旧票证，并}}为 {client} 颁发了包含你当前组的新票证。',
  'krb.result.user.refreshedNoClient':
    '完成：{removed, plural, =0 {已} other {已删除 # 个旧票证，并}}颁发了包含你当前组的新票证。',
  'krb.result.user.noTicket.windows':
    '{removed, plural, =0 {没有删除任何旧票证} =1 {你的旧票证已删除} other {你的 # 个旧票证已删除}}，但暂时还无法获取新票证。Windows 会在你下次打开网络资源时自动获取；如果失败，请检查网络连接，然后注销并重新登录。',
  'krb.result.user.noTicket':
    '{removed, plural, =0 {没有删除任何旧票证} =1 {你的旧票证已删除} other {你的 # 个旧票证已删除}}，但无法获取新票证。请检查网络连接，然后再次刷新。',
  'krb.result.user.someFailed':
    '已颁发包含你当前组的新票证，但有 {count, plural, other {# 个票证}}无法重新获取；这些票证会在下次使用时重新获取。',
  // The result of "Refresh computer groups".
  'krb.result.computer.refreshed.windows':
    '完成：计算机的票证已删除。计算机下次联系域控制器时，会获取包含其当前组的新票证。',
  'krb.result.computer.refreshedWithPolicy.windows':
    '完成：计算机的票证已删除，并已按其当前组重新应用计算机策略。',
  'krb.result.computer.policyFailed.windows':
    '计算机的票证已删除，但重新应用计算机策略失败。策略会在 90 分钟内自动刷新，你也可以稍后运行“gpupdate /target:computer”。',
  'krb.result.computer.refreshed.unix': '完成：计算机已通过其 keytab 获得包含其当前组的新票证。',
  'krb.result.computer.refreshed': '完成：已按计算机的当前组刷新其票证。',
  'krb.result.computer.partial': '计算机的票证已刷新，但并非所有步骤都已完成；请查看详细信息。',
  'krb.result.nothingChanged': '未做任何更改。',

  // What a refresh does and does not reach, shown under every result.
  // Windows, "Refresh my groups":
  'krb.caveat.windows.user.newConnections':
    '从现在起你通过 Kerberos 连接的服务（文件共享、内部网站点、SQL Server、邮件），会在你下次访问时看到你的新组。',
  'krb.caveat.windows.user.openConnections':
    '已打开的连接仍保留你的旧组：Windows 会一直使用到文件服务器的已打开连接，直到该连接闲置约 15 分钟为止。',
  'krb.caveat.windows.user.domainControllers':
    '如果某台域控制器尚未收到更改（更改需要一段时间才能到达每个站点，并且某些站点会缓存通用组成员身份），你的新票证仍会包含旧组：请稍后再次刷新。',
  'krb.caveat.windows.user.signInToken':
    '这台电脑会一直按你登录时的组来决定其自身的权限（本地文件夹、管理员权限、“whoami /groups”显示的内容），直到你注销并重新登录。',
  // Linux and macOS, "Refresh my groups":
  'krb.caveat.unix.user.newTicket':
    '你已获得新的票证授予票证：从现在起你通过 Kerberos 登录的服务（你挂载的共享、内部网站点、SSH、数据库）会看到你的新组。',
  'krb.caveat.unix.user.openConnections':
    '已挂载的共享和已打开的连接在重新连接之前，仍保留你的旧组。',
  'krb.caveat.unix.user.localGroups':
    '“id”显示的内容并非来自你的票证，而是来自此计算机的目录服务及其缓存（SSSD、winbind 或 macOS 上的 Open Directory），因此在一段时间内可能仍显示旧组。',
  // Windows, "Refresh computer groups":
  'krb.caveat.windows.computer.tickets':
    '计算机的 Kerberos 票证已删除：计算机下次联系域控制器时，会获取包含其新组的新票证。',
  'krb.caveat.windows.computer.policy':
    '依赖计算机组的组策略设置会在策略刷新时应用：即下一次自动刷新（约 90 分钟内），或通过“gpupdate /target:computer”启动的刷新。某些设置只在重新启动时应用。',
  'krb.caveat.windows.computer.signInToken':
    '计算机自身的登录令牌决定以计算机身份运行的服务的本地权限，在计算机重新启动之前，它仍保留旧组。',
  // Linux and macOS, "Refresh computer groups":
  'krb.caveat.unix.computer.newTicket':
    '计算机已通过其 keytab 在系统缓存中获得新票证：使用该缓存的服务会在下次请求时看到计算机的新组。',
  'krb.caveat.unix.computer.ownTickets':
    '自行保存计算机票证的服务（SSSD、用于 NFS 的 rpc.gssd）会按各自的计划或在重新启动时获取新票证。',
  // When the kind of Kerberos is not known:
  'krb.caveat.user.newConnections':
    '从现在起你通过 Kerberos 登录的服务会看到你的新组；已打开的连接在重新连接之前仍保留旧组。',
  'krb.caveat.computer.newTickets':
    '计算机下次联系域控制器时，会获取包含其新组的票证；已打开的连接仍保留旧组。',
  // A refresh that was declined, failed or found no domain controller:
  'krb.caveat.user.nothingRemoved': '未删除任何内容：你的票证和访问权限保持不变，仍是你之前的组。',
  'krb.caveat.computer.nothingRemoved':
    '未删除任何内容：计算机保留其票证及旧组，直到票证过期或计算机重新启动。',
  'krb.helper.needsAdmin':
    '安装或删除 Regroup 帮助程序需要管理员权限。请在以管理员身份运行的命令提示符中运行此命令，或以 SYSTEM 身份运行（例如通过 Intune 或启动脚本）。',
  'krb.helper.createFailed':
    'Windows 未注册任务 {task}（退出代码 {code}）。未做其他更改；原因请参阅详细信息。',
  'krb.helper.deleteFailed': 'Windows 未删除任务 {task}（退出代码 {code}）。原因请参阅详细信息。',
  'krb.helper.schtasksMissing':
    '在 {path} 未找到任务计划程序工具。它是 Windows 的一部分：请让 IT 部门检查此计算机。',
  'krb.helper.notAsAsked':
    'Windows 存储的帮助程序任务与 Regroup 请求的不同，因此 Regroup 不会使用它们。差异请参阅详细信息；请联系 IT 部门。',
  'krb.helper.notRun':
    'Regroup 帮助程序任务未运行，因此未做任何更改。请让 IT 部门检查此计算机上的 Regroup 帮助程序。',
  'krb.helper.timeout':
    'Regroup 帮助程序任务未在 {seconds} 秒内完成。请过几分钟再试；如果仍然发生，请联系 IT 部门。',
  'krb.helper.purgeFailed':
    'klist 无法删除计算机的票证（退出代码 {code}）。未做任何更改；请重试，如果仍然失败，请联系 IT 部门。',
  'krb.helper.policyFailed':
    '无法重新应用计算机策略（gpupdate 退出代码 {code}）。票证已刷新；请稍后再次运行 gpupdate。',
};
