/** App (window, tray tooltip, tray menu) in Simplified Chinese. Translated from en/app.ts; same keys, same ICU arguments. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Regroup',
  'app.tagline': 'Kerberos 票证和组成员身份',

  // Tray
  'tray.tooltip.valid': '{principal} — 登录票证剩余有效期 {left}',
  'tray.tooltip.expiring': '{principal} — 登录票证将在 {left} 后结束',
  'tray.tooltip.expired': '{principal} — 登录票证已过期。请打开 Regroup 获取新的登录票证。',
  'tray.tooltip.renewedBySystem': '{principal} — 已登录。Windows 会自动续订你的登录票证。',
  'tray.tooltip.none': 'Regroup — 没有 Kerberos 票证。请打开 Regroup 获取票证。',
  'tray.tooltip.error': 'Regroup — 无法读取你的票证。请打开 Regroup 查看详细信息。',
  'tray.tooltip.busy': 'Regroup — 正在刷新…',
  'tray.menu.open': '打开 Regroup',
  'tray.menu.refreshUser': '刷新我的组',
  'tray.menu.refreshComputer': '刷新计算机组…',
  'tray.menu.startAtLogin': '登录时启动',
  'tray.menu.quit': '退出 Regroup',

  // Window chrome
  'window.close': '隐藏窗口',
  'window.loading': '正在读取你的票证…',
  'nav.label': '视图',
  'nav.tickets': '票证',
  'nav.groups': '我的组',

  // Identity
  'identity.heading': '当前登录身份',
  'identity.realm': '领域',
  'identity.session': '登录会话',
  'identity.cache': '票证缓存',
  'identity.unknown': '未知用户',

  // TGT card
  'tgt.heading': '登录票证 (TGT)',
  'tgt.validFor': '剩余有效期 {left}',
  'tgt.expiresIn': '{left} 后过期',
  'tgt.expired': '已过期',
  'tgt.renewedBySystem': 'Windows 会自动续订',
  'tgt.missing': '没有登录票证。请使用“刷新我的组”获取。',
  'tgt.issued': '颁发时间',
  'tgt.ends': '结束时间',
  'tgt.renewUntil': '可续订至',
  'tgt.expiringHint': '将在一小时内到期。“刷新我的组”可立即获取新票证，无需注销。',
  'tgt.expiredHint': '各项服务会再次要求你输入密码。“刷新我的组”可获取新票证。',
  'expiry.notify.title': '{minutes, plural, other {你的登录票证将在 # 分钟后到期}}',
  'expiry.notify.body':
    '请打开 Regroup 并选择“刷新我的组”以获取新票证，以便文件共享和网站继续正常工作。',
  'tgt.renewedBySystemHint':
    'Windows 会在此票证结束前续订它，并在需要时凭你的登录获取新票证。你无需为它的结束时间做任何事。',
  'tgt.protectedUsersHint':
    '你的帐户是 Protected Users（受保护的用户）组的成员：此票证最长有效 4 小时，Windows 无法续订它。票证结束后，请重新登录；锁定此计算机并用密码解锁即可。',

  // Service tickets
  'tickets.heading': '服务票证（{count}）',
  'tickets.none': '尚无服务票证。打开文件共享、Web 应用或邮件服务器时，服务票证会出现在这里。',
  'tickets.timeLeft': '剩余 {left}',
  'tickets.endsAt': '结束于 {time}',
  'tickets.expired': '已过期',
  'tickets.endedRenewed': '已结束；需要时 Windows 会获取新票证',
  'tickets.expiringSoon': '一小时内到期',
  'tickets.details': '{server} 的详细信息',
  'tickets.server': '服务名称 (SPN)',
  'tickets.encryption': '加密',
  'tickets.sessionKey': '会话密钥',
  'tickets.flags': '标志',
  'tickets.start': '开始时间',
  'tickets.end': '结束时间',
  'tickets.renew': '可续订至',
  'tickets.kdc': '颁发者',
  'tickets.incomplete': '部分票证无法读取；列表可能不完整。',
  'tickets.listLabel': '服务票证',

  // Encryption in plain words
  'enc.aes': '当前',
  'enc.rc4': '较旧的类型；IT 部门可以将此服务切换到 AES',
  'enc.des': '非常旧的类型；IT 部门应将此服务切换到 AES',
  'enc.unknown': '未知',
  'service.signIn': '登录票证',
  'service.signInOther': '登录到域 {domain}',
  'service.fileShare': '{host} 上的文件共享',
  'service.website': '网站 {host}',
  'service.sql': 'SQL Server {host}',
  'service.sqlInstance': 'SQL Server {host}\\{instance}',
  'service.mail': '邮件',
  'service.directory': '目录 ({host})',
  'service.replication': '目录复制 ({host})',
  'service.remoteDesktop': '到 {host} 的远程桌面',
  'service.remoteManagement': '{host} 上的远程管理',
  'service.remoteProcedure': '{host} 上的远程过程调用',
  'service.computer': '计算机 {host}',
  'service.dns': 'DNS 服务器 {host}',
  'service.password': '更改密码',
  'service.other': '{host} 上的 {service}',

  // Flags in plain words
  'flag.forwardable': '可代表你转发到其他服务器',
  'flag.forwarded': '是从其他计算机转发而来的',
  'flag.proxiable': '可供代理使用',
  'flag.proxy': '是代理票证',
  'flag.may_postdate': '可延后生效',
  'flag.postdated': '是延后生效的票证',
  'flag.invalid': '尚未生效',
  'flag.renewable': '无需密码即可续订',
  'flag.initial': '直接凭你的密码或智能卡颁发',
  'flag.pre_authent': '颁发前已验证你的身份',
  'flag.hw_authent': '经硬件身份验证后颁发',
  'flag.ok_as_delegate': '该服务器受信任，可用于委派',
  'flag.name_canonicalize': '服务器名称已解析为其规范形式',
  'flag.anonymous': '匿名票证',
  'flag.transited_policy_checked': '已检查途经的领域',
  'flag.reserved': '保留标志',
  'flag.other': '其他标志 {name}',

  // Empty / error
  'empty.heading': '没有 Kerberos 票证',
  'empty.body':
    '你的票证缓存为空。“刷新我的组”会获取新的登录票证；之后，各项服务会在你使用时获取各自的票证。',
  'error.heading': '无法读取你的票证',
  'error.retry': '重试',
  'error.details': '技术详细信息',
  'error.unexpected': 'Regroup 内部出错：{message}。请重试；如果问题反复出现，请重新启动 Regroup。',

  // Actions
  'actions.label': '操作',
  'actions.refreshUser': '刷新我的组',
  'actions.refreshUser.hint': '你自己的票证；无需管理员',
  'actions.refreshComputer': '刷新计算机组',
  'actions.refreshComputer.hint': '此计算机的票证；需要管理员批准',
  'actions.refreshComputer.unavailable': '此处无法使用“刷新计算机组”：{reason}',
  'actions.copyDiagnostics': '复制诊断信息',
  'actions.copyDiagnostics.hint': '一份供 IT 支持人员使用的报告，复制到剪贴板',
  'actions.copyDiagnostics.busy': '正在收集诊断信息…',
  'actions.copyDiagnostics.done': '诊断信息已复制。请将其粘贴到发给 IT 支持人员的消息中。',
  'actions.copyDiagnostics.failed': '无法复制诊断信息：{detail}',

  // Progress
  'progress.user': '正在刷新你的组…',
  'progress.userDetail': '正在删除你的票证并获取新的登录票证。',
  'progress.computer': '正在刷新此计算机的组…',
  'progress.computerDetail': '请在管理员提示中批准以继续。',
  'progress.closeSafe': '你可以关闭此窗口；刷新会在后台完成。',

  // Computer confirm
  'computer.heading': '刷新计算机组',
  'computer.body':
    '此操作会删除计算机自身的 Kerberos 票证，使其获取新的计算机组成员身份。Windows 会请求一次管理员批准。',
  'computer.bodyUnix':
    '此操作会删除计算机的 Kerberos 票证，使其获取新的组成员身份。系统会请求一次管理员批准。',
  'computer.gpupdate': '同时重新应用计算机策略 (gpupdate)',
  'computer.gpupdateHint': '最多需要一分钟。针对新组的策略需要此步骤。',
  'computer.continue': '继续',
  'computer.cancel': '取消',

  // Password (MIT / Heimdal)
  'password.heading': '你的密码',
  'password.body': '获取新的登录票证需要 {principal} 的密码。密码只会传给 kinit 一次，不会被存储。',
  'password.label': '密码',
  'password.submit': '刷新',
  'password.cancel': '取消',

  // Results
  'result.removed': '已删除 {count} 个票证',
  'result.removedOne': '已删除 1 个票证',
  'result.removedNone': '没有要删除的票证',
  'result.newTgt': '新的登录票证{time}颁发，有效期 {left}',
  'result.noTgt': '尚无新的登录票证',
  'result.failedItems': '无法重新获取：',
  'result.gpupdate': '已重新应用计算机策略',
  'result.caveatsHeading': '此操作会刷新和不会刷新的内容',
  'wait.offer': '生效时通知我',
  'wait.groupLabel': '你被添加到的组',
  'wait.groupHint': '组名（例如 Finance）或其 SID。',
  'wait.heading': '正在等待 {group}',
  'wait.since': '开始等待',
  'wait.nextCheck': '下次检查',
  'wait.checkingNow': '正在检查…',
  'wait.until': '停止时间',
  'wait.closeSafe': '你可以关闭此窗口：Regroup 会继续检查，并在生效时通知你。',
  'wait.cancel': '停止等待',
  'wait.dismiss': '确定',
  'wait.notAllowed': '你的组织已在 Regroup 中关闭等待组的功能。',
  'wait.badGroup': '请键入组的名称或 SID。',
  'wait.notify.arrived': '你的新组已生效',
  'wait.notify.timedOut': '你的新组尚未生效',
  'wait.notify.refreshFailed': '你的新组已就绪：请打开 Regroup 续订票证',
  'result.openConnectionsHeading': '打开的文件服务器连接',
  'result.done': '返回票证',
  'result.doneGroups': '返回我的组',
  'result.tryAgain': '重试',
  'result.refreshAnyway': '仍然刷新',

  // My groups
  'groups.heading': '我的组',
  'groups.loading': '正在读取你的组…',
  'groups.loadingDetail': '此操作会查询你的域控制器，可能需要几秒钟。',
  'groups.dc': '域控制器',
  'groups.readAt': '读取时间',
  'groups.readAgain': '重新读取',
  'groups.column.group': '组',
  'groups.column.signInToken': '此计算机（注销前）',
  'groups.column.kerberosServices': '网络服务',
  'groups.column.directory': '目录',
  'groups.legend.heading': '三种视图',
  'groups.legend.signInToken':
    '此计算机（注销前）：你的登录令牌中的组，此计算机在你注销前用它们决定本地权限。',
  'groups.legend.kerberosServices': '网络服务：文件共享和网站在你当前的登录票证中看到的组。',
  'groups.legend.directory':
    '目录：你目前在 Active Directory 中的组；你的下一个登录票证会包含这些组。',
  'groups.legend.marks': '✓ 成员 · ✕ 非成员 · 尚未：刷新或注销后生效 · – 不可用',
  'groups.mark.yes': '成员',
  'groups.mark.no': '非成员',
  'groups.mark.notYet': '尚未',
  'groups.mark.notYetSignOut': '尚未：注销并重新登录后，此计算机才会获得此组',
  'groups.mark.notYetRefresh': '尚未：“刷新我的组”会带来此组',
  'groups.mark.unknown': '不可用',
  'groups.view.signInToken': '此计算机的登录令牌',
  'groups.view.kerberosServices': '网络服务',
  'groups.view.directory': '目录',
  'groups.view.unavailable': '此处无法使用“{view}”视图：{reason}',
  'groups.domainHeading': '域组（{count}）',
  'groups.domainLabel': '域组',
  'groups.localHeading': '此计算机的组（{count}）',
  'groups.localLabel': '此计算机的组',
  'groups.localHint': '内置组和本地组不在 Kerberos 票证中：“刷新我的组”不会更改它们；注销才会。',
  'groups.none': '无法读取任何组。原因见上文。',
  'groups.hintsHeading': '刷新可能无效的原因',
  'groups.hint.found': '发现：',
  'groups.hint.more': '如果仍然无效（{count}）',
  'groups.error.heading': '无法读取你的组',
  'groups.notAvailable': '此版本的 Regroup 不提供“我的组”。请使用命令行：regroup groups。',
  'groups.readFailed':
    'Regroup 无法读取你的组（{detail}）。请重试；如果问题反复出现，请重新启动 Regroup。',

  // Verdict after Refresh my groups
  'verdict.heading': '是否生效？',
  'verdict.showGroups': '显示我的组',

  // Main-process failures
  'busy.message': '另一个刷新正在进行。请等待其完成，然后重试。',
  'busy.verifying': 'Regroup 仍在检查上次刷新后你的组。请几秒钟后重试。',
  'internal.listFailed':
    'Regroup 无法读取你的票证（{detail}）。请重试；如果问题反复出现，请重新启动 Regroup。',
  'internal.refreshFailed': '刷新意外中止（{detail}）。请打开 Regroup 查看你的票证，然后重试。',
  'ipc.untrusted': '此请求并非来自 Regroup 窗口，已被拒绝。',
  'ipc.badRequest':
    'Regroup 收到格式错误的请求（{detail}），已将其忽略。如果问题反复出现，请重新启动 Regroup。',

  // Time
  'time.justNow': '刚刚',
  'time.at': '于 {time}',
  'actions.refreshComputer.hintCannot': '此计算机的票证；需要管理员',
  'computer.close': '关闭',
  'actions.refreshComputer.hintHelper': '此计算机的票证；无需管理员批准',
  'computer.bodyHelper':
    '此操作会删除计算机自身的 Kerberos 票证，使其获取新的计算机组成员身份。IT 部门已完成设置，因此无需管理员批准。',
  'computer.bodyDirect':
    '此操作会删除计算机自身的 Kerberos 票证，使其获取新的计算机组成员身份。Regroup 已在以管理员权限运行，因此无需批准。',
  'progress.computerDetailHelper': '这需要几秒钟。无需批准。',

  'outcome.signOutNow': '立即注销…',
  'signOut.heading': '立即注销？',
  'signOut.body':
    '请先保存你的工作：注销会关闭你的所有程序。重新登录后，这台计算机将应用你的新组。',
  'signOut.confirm': '注销',
  'signOut.cancel': '暂不',
  'signOut.failed': 'Regroup 无法为你注销 ({detail})。请改为从“开始”菜单注销。',
  'signOut.unavailable': '此处无法通过 Regroup 注销。',
  'outcome.freshSignIn': '以新的登录启动程序…',
  'freshSignIn.heading': '以新的登录启动一个程序',
  'freshSignIn.body':
    'Windows 会像“以其他用户身份运行”那样要求输入用户名和密码。请输入你自己的帐户 ({account})。然后，你选择的程序会以新的登录启动，带有你当前的组，你可以用它完成需要新组的工作。',
  'freshSignIn.unchanged':
    '其他内容都不会改变：桌面、文件资源管理器和你的其他程序在你注销之前仍保留登录时的组。',
  'freshSignIn.program': '程序',
  'freshSignIn.cmd': '命令提示符',
  'freshSignIn.powershell': 'Windows PowerShell',
  'freshSignIn.start': '启动',
  'freshSignIn.cancel': '暂不',
  'freshSignIn.started': '程序已以新的登录启动。它带有你当前的组；你的其他程序没有。',
  'freshSignIn.cancelled': '由于 Windows 登录已取消，未启动任何程序。',
  'freshSignIn.wrongPassword':
    'Windows 未接受该用户名或密码，因此未启动任何程序。请使用你自己的帐户重试。',
  'freshSignIn.failed': 'Windows 无法以新的登录启动该程序 ({detail})。请改为注销并重新登录。',
  'freshSignIn.unavailable': '此处无法以新的登录启动程序。',
};
