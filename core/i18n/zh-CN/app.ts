/** App (window, tray tooltip, tray menu) in Simplified Chinese. Translated from en/app.ts; same keys, same ICU arguments. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Regroup',
  'app.tagline': 'Kerberos 票证和组成员身份',

  // Tray
  'tray.tooltip.valid': '{principal} — TGT 剩余有效期 {left}',
  'tray.tooltip.expiring': '{principal} — TGT 将在 {left} 后过期',
  'tray.tooltip.expired': '{principal} — TGT 已过期。请打开 Regroup 获取新的 TGT。',
  'tray.tooltip.none': 'Regroup — 没有 Kerberos 票证。请打开 Regroup 获取票证。',
  'tray.tooltip.error': 'Regroup — 无法读取你的票证。请打开 Regroup 查看详细信息。',
  'tray.tooltip.busy': 'Regroup — 正在刷新…',
  'tray.menu.open': '打开 Regroup',
  'tray.menu.refreshUser': '刷新我的组',
  'tray.menu.refreshComputer': '刷新计算机组…',
  'tray.menu.startAtLogin': '登录时启动',
  'tray.menu.startAtLoginManaged': '登录时启动(由 IT 部门设置)',
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
  'tgt.missing': '没有登录票证。请使用“刷新我的组”获取。',
  'tgt.issued': '颁发时间',
  'tgt.ends': '结束时间',
  'tgt.renewUntil': '可续订至',
  'tgt.expiringHint': '将在一小时内到期。“刷新我的组”可立即获取新票证，无需注销。',
  'tgt.expiredHint': '各项服务会再次要求你输入密码。“刷新我的组”可获取新票证。',

  // Service tickets
  'tickets.heading': '服务票证（{count}）',
  'tickets.none': '尚无服务票证。打开文件共享、Web 应用或邮件服务器时，服务票证会出现在这里。',
  'tickets.timeLeft': '剩余 {left}',
  'tickets.expired': '已过期',
  'tickets.expiringSoon': '一小时内到期',
  'tickets.details': '{server} 的详细信息',
  'tickets.server': '服务器',
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
  'enc.aes': '强',
  'enc.rc4': '弱，旧版',
  'enc.des': '已被攻破，应禁用',
  'enc.unknown': '未知',

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

  'policy.managed.title': '由你的 IT 部门管理',
  'policy.managed.computerHidden': '刷新计算机组的功能已关闭。',
  'policy.managed.gpupdateForced': '刷新计算机后始终重新应用计算机策略。',
  'policy.managed.gpupdateDefault': '默认选择重新应用计算机策略。',
  'policy.managed.startAtLoginOn': 'Regroup 始终在登录时启动。',
  'policy.managed.startAtLoginOff': 'Regroup 不在登录时启动。',
  'policy.managed.notificationsOff': 'Regroup 不显示通知。',
  'policy.managed.waitForGroupOn': '允许等待组。',
  'policy.managed.waitForGroupOff': '等待组的功能已关闭。',
  'policy.managed.dc': '从域控制器 {dc} 读取组。',
  'policy.managed.helpDesk': '已设置下方的技术支持联系方式。',
  'policy.managed.problems':
    '{count, plural, other {你的 IT 部门的 # 项设置无法使用,已忽略: {settings}。}}',
  'policy.gpupdateRequired': '你的 IT 部门要求执行此操作。',
  'policy.problem.setting':
    '你的 IT 部门的设置 {setting} 的值无法被 Regroup 使用,因此 Regroup 忽略该设置。',
  'policy.problem.unknown': 'Regroup 无法识别你的 IT 部门的设置 {setting},已忽略该设置。',
  'policy.problem.unreadable': '无法读取你的 IT 部门的设置 ({source}),因此 Regroup 使用默认值。',
  'helpDesk.name': '技术支持: {name}',
  'helpDesk.unnamed': '技术支持:',
  'helpDesk.phone': '电话: {phone}',
  'helpDesk.web': '网站: {url}',

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
  'groups.column.signInToken': '登录令牌',
  'groups.column.kerberosServices': '服务',
  'groups.column.directory': '目录',
  'groups.legend.heading': '三种视图',
  'groups.legend.signInToken': '登录令牌：在你注销之前，这台电脑用于本地权限的组。',
  'groups.legend.kerberosServices': '服务：文件共享和 Web 应用通过你当前的 Kerberos 票证看到的组。',
  'groups.legend.directory': '目录：你目前在 Active Directory 中的组；你的下一个票证会包含这些组。',
  'groups.legend.marks': '✓ 成员 · ✕ 非成员 · – 不可用',
  'groups.mark.yes': '成员',
  'groups.mark.no': '非成员',
  'groups.mark.unknown': '不可用',
  'groups.view.signInToken': '登录令牌',
  'groups.view.kerberosServices': '服务',
  'groups.view.directory': '目录',
  'groups.view.unavailable': '此处无法使用“{view}”视图：{reason}',
  'groups.domainHeading': '域组（{count}）',
  'groups.domainLabel': '域组',
  'groups.localHeading': '这台电脑的组（{count}）',
  'groups.localLabel': '这台电脑的组',
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
};
