/** Group insight ("My groups") in Simplified Chinese. Translated from en/groups.ts; same keys, same ICU arguments. */
import type { groups as en } from '../en/groups';

export const groups: Record<keyof typeof en, string> = {
  // The meaning of a row whose marks differ; shown under the group's name.
  'insight.meaning.newGroup': '新增：执行“刷新我的组”后，会作用于文件共享和 Web 应用',
  'insight.meaning.needsSignOut':
    '现已作用于文件共享和 Web 应用；这台电脑上的本地权限需要注销后才会生效',
  'insight.meaning.removedInDirectory': '已从目录中删除：刷新后即可去除',
  'insight.meaning.droppedNeedsSignOut':
    '不再作用于文件共享和 Web 应用；在你注销之前，这台电脑上的本地权限仍保留该组',
  'insight.meaning.local':
    '这台电脑的组：不在 Kerberos 票证中，因此“刷新我的组”不会更改它；注销才会',

  // Hints: why a refresh may not have helped.
  'insight.hint.localGroup':
    '{count, plural, other {{groups} 是这台电脑的组，而不是域组}}：“刷新我的组”无法改变这一点。请注销后重新登录。',
  'insight.hint.notReplicated':
    '{dc} 上的目录显示你属于 {groups}，但你当前的票证不包含{count, plural, =1 {该组} other {这些组}}。如果你已经刷新过，为你颁发票证的域控制器可能尚未收到此更改（在同一站点内，更改大约一分钟内到达其他域控制器；跨站点时则要等待复制计划，默认每 3 小时一次）。请稍候，然后再次刷新。',
  'insight.hint.notReplicatedNoDc':
    '目录显示你属于 {groups}，但你当前的票证不包含{count, plural, =1 {该组} other {这些组}}。如果你已经刷新过，为你颁发票证的域控制器可能尚未收到此更改（在同一站点内，更改大约一分钟内到达其他域控制器；跨站点时则要等待复制计划，默认每 3 小时一次）。请稍候，然后再次刷新。',
  'insight.hint.tokenTooLarge':
    '你的令牌包含 {count, plural, other {# 个组}}。接近 {limit, number} 个组时，Windows 会拒绝登录，而且过大的票证可能超出服务器可接受的大小 (MaxTokenSize)。请让 IT 部门减少嵌套组。',
  'insight.hint.smbSession':
    '文件共享会沿用已打开连接的权限。请关闭使用该共享的文件和窗口（或等待连接因闲置而关闭），然后重新打开共享。',
  'insight.hint.ntlm':
    '通过 IP 地址打开的共享（{example}）使用的是 NTLM 而不是 Kerberos，不会用到新票证。请通过名称打开它（{named}）。',

  // The verdict after a refresh could not be made.
  'insight.verdict.kerberosUnreadable':
    '{when, select, before {刷新前无法读取 Kerberos 服务看到的组。} other {刷新后无法读取 Kerberos 服务看到的组。}}',
  'insight.verify.refreshNotDone': '刷新未执行，因此没有可比较的内容。',
  'insight.verify.readFailed':
    '{when, select, before {刷新前无法读取你的组。} other {刷新后无法读取你的组。}}',
  'insight.verify.readTimeout':
    '{when, select, before {刷新前未能在 {seconds, number} 秒内读取你的组。} other {刷新后未能在 {seconds, number} 秒内读取你的组。}}请检查到你的域的连接 (VPN)，然后打开“我的组”重新比较。',

  // Why a view could not be read.
  'insight.view.failed': '无法读取此视图。请重试；如果仍然失败，请联系 IT 部门。',
  'insight.signIn.notMapped':
    '此计算机未将目录组映射到本地组（没有 sssd 或 winbind），因此无法将其登录组与目录进行比较。文件共享和 Web 应用使用的是 Kerberos 视图。',

  // Finding the domain controller.
  'insight.dc.invalidName': '“{name}”不是有效的域控制器名称。请提供 DNS 名称或 IP 地址。',
  'insight.dc.noRealm':
    '不知道任何 Kerberos 领域（没有票证），因此找不到域控制器。请先刷新你的组，或使用 {option} 指定域控制器。',
  'insight.dc.notFound':
    '找不到 {realm} 的域控制器（没有 DNS SRV 记录 {record}，{file} 中也没有 KDC）。请使用 {option} 指定一个域控制器。',

  // Asking the domain controller over LDAP (Linux, macOS).
  'insight.ldap.unreachable':
    '无法通过 LDAP 连接到域控制器 {dc}。请检查网络连接 (VPN)，或使用 {option} 指定其他域控制器。',
  'insight.ldap.timeout':
    '域控制器 {dc} 在 {seconds, plural, other {# 秒}}内没有响应。请检查网络连接 (VPN)，然后重试。',
  'insight.ldap.noCredentials':
    '你没有 Kerberos 票证，因此无法向域控制器查询你的身份。请刷新你的组（或重新登录），然后重试。',
  'insight.ldap.expired':
    '你的 Kerberos 票证已过期，或者此计算机的时钟与域控制器的时钟不一致。请刷新你的组，然后重试。',
  'insight.ldap.spnMissing':
    'Kerberos 不认识域控制器名称“{dc}”（不存在 {principal} 服务主体）。请在 {option} 中使用域控制器的完整 DNS 名称。',
  'insight.ldap.failed':
    '{tool} 无法从 {dc} 读取（退出代码 {code}）。请重试；如果仍然失败，请联系 IT 部门。',
  'insight.ldap.toolMissing':
    '未安装 {tool}，因此无法查询目录。请安装 {debianTools} 和 {debianSasl}（Debian、Ubuntu）或 {fedoraTools} 和 {fedoraSasl}（Fedora、RHEL）。',
  'insight.ldap.saslMissing':
    '未安装 {tool} 的 Kerberos (GSSAPI) 模块，因此无法查询目录。请安装 {debianSasl}（Debian、Ubuntu）或 {fedoraSasl}（Fedora、RHEL）。',
  'insight.ldap.noTokenGroups':
    '域控制器 {dc} 没有为你的票证返回任何组。请刷新你的组，然后重试；如果问题反复出现，请联系 IT 部门。',
  'insight.ldap.accountUnknown':
    '无法在 {dc} 的目录中查找你的帐户 {principal}，因此只显示 Kerberos 服务看到的组。',
  'insight.ldap.accountNotFound':
    '在 {dc} 的目录中找不到帐户 {account}，因此只显示 Kerberos 服务看到的组。',

  // The sign-in token: whoami.exe on Windows, id on Linux and macOS.
  'insight.whoami.missing':
    '找不到 {tool}（位置：{path}）。它是 Windows 的组成部分：请让 IT 部门检查此计算机。',
  'insight.whoami.failed':
    '{tool} 无法列出你的登录组（退出代码 {code}）。请重试；如果仍然失败，请联系 IT 部门。',
  'insight.whoami.unreadable':
    '{tool} 没有输出 Regroup 能够读取的组。如果问题反复出现，请联系 IT 部门。',
  'insight.id.missing': '找不到 {tool} 命令，因此无法读取你登录时的组。请让 IT 部门检查此计算机。',
  'insight.id.failed':
    '{tool} 无法列出你的组（退出代码 {code}）。请重试；如果仍然失败，请联系 IT 部门。',

  // Asking the domain controller through Windows PowerShell and ADSI (Windows).
  'insight.adsi.powershellMissing':
    '找不到 Windows PowerShell（位置：{path}），因此无法查询域控制器。它是 Windows 的组成部分：请让 IT 部门检查此计算机。',
  'insight.adsi.timeout':
    '域控制器在 {seconds, plural, other {# 秒}}内没有响应。请检查到你的域的连接 (VPN)，然后重试。',
  'insight.adsi.unreachable': '无法连接到域控制器。请检查到你的域的连接 (VPN)，然后重试。',
  'insight.adsi.failed':
    '无法查询域控制器。请检查到你的域的连接 (VPN)，然后重试；如果仍然失败，请联系 IT 部门。',
  'insight.adsi.noAnswer': '域控制器没有返回任何应答。请检查到你的域的连接 (VPN)，然后重试。',

  // Any tool of group insight.
  'insight.tool.notStarted': '无法启动 {tool}。请重试；如果仍然失败，请联系 IT 部门。',
  'insight.tool.timeout': '{tool} 在 {seconds, plural, other {# 秒}}内没有响应。请重试。',
  'insight.tool.exit': '{tool} 已停止，退出代码为 {code}。请重试；如果仍然失败，请联系 IT 部门。',

  'insight.outcome.declined': '未获得管理员批准',
  'insight.outcome.failed': '未做任何更改',
  'insight.outcome.offline': '无法连接到你的域；未做任何更改',
  'insight.outcome.partial': '已刷新，但不完整',
  'insight.outcome.computer': '这台计算机的票证已更新',
  'insight.outcome.renewed': '你已获得新的登录票证',
  'insight.outcome.checking': '正在检查文件共享、网站和其他网络服务现在看到的组…',
  'insight.outcome.notChecked': '未检查网络服务现在看到的组。',
  'insight.outcome.unchecked': '你已获得新的登录票证，但无法检查你的组',
  'insight.outcome.gained': '对于文件共享、网站和其他网络服务，你现在是 {groups} 的成员',
  'insight.outcome.lost': '文件共享、网站和其他网络服务不再将你视为 {groups} 的成员',
  'insight.outcome.gained.localLater':
    '这台计算机自身的权限（本地文件夹、管理员权限）要在你注销并重新登录后才会包含 {groups}，这是正常的。',
  'insight.outcome.notReplicated': '{count, plural, other {{groups} 尚未进入你的登录票证}}',
  'insight.outcome.notReplicated.body':
    '目录显示你是成员，但颁发你的新登录票证的域控制器尚未收到此更改。',
  'insight.outcome.signOut': '这台计算机要在你注销后才会应用 {groups}',
  'insight.outcome.signOut.body':
    '网络服务已经将你视为成员。这台计算机自身允许的内容（本地文件夹、管理员权限）在你登录时就已确定，重新登录后才会更新。',
  'insight.outcome.noChange': '尚无新组',
  'insight.outcome.noChange.body':
    '你的新登录票证中的组与之前相同。如果你刚被加入某个组，该更改可能尚未到达你的域控制器。',
  'insight.outcome.next.signOut': '请保存你的工作，然后注销并重新登录。',
  'insight.outcome.next.signOutUnix': '请保存你的工作，然后注销桌面会话并重新登录。',
  'insight.outcome.next.wait':
    '在同一站点内，更改大约 1 分钟即可到达其他域控制器；跨站点最多可能需要 3 小时：请稍后再刷新。',
};
