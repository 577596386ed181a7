/** The `regroup` command line in Simplified Chinese. Translated from en/cli.ts; same keys, same ICU arguments. */
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  // Usage.
  'cli.usage.heading': '用法：',
  'cli.usage.language':
    '每个命令还接受 {option}，取值为以下之一：{languages}。未指定时，Regroup 采用 {variables} 中第一个已设置的变量；如果该变量指定的是其他语言，则使用英语。',
  'cli.usage.exitCodes':
    '退出代码：0 表示成功；1 表示操作失败（原因见标准错误输出以及 JSON）；2 表示用法错误或输入无法读取。',

  // Usage errors.
  'cli.usage.unknownCommand': '未知命令“{command}”。请尝试“{help}”。',
  'cli.usage.noValue': '{option} 不接受值。',
  'cli.usage.needsValue': '{option} 需要一个值，例如 {example}。',
  'cli.usage.unknownOption': '“{command}”没有选项 {option}。请尝试“{help}”。',
  'cli.usage.badHost': '“{host}”不是主机名或地址；{option} 需要一个名称，例如 {example}。',
  'cli.usage.extraWord': '“{command}”不接受文件或多余的参数“{word}”。',
  'cli.usage.refreshScope': '请指定要刷新的内容：“{user}”或“{computer}”。',
  'cli.usage.userOnly': '{verify}、{dc} 和 {passwordStdin} 只能与 {user} 一起使用。',
  'cli.usage.computerOnly': '{option} 只能与 {computer} 一起使用。',
  'cli.usage.goesWith': '{option} 只能与 {other} 一起使用。',
  'cli.usage.badDuration':
    '{option} 的取值必须是 1 分钟到 24 小时之间的时间，例如 {examples}；不能是“{value}”。',
  'cli.usage.dcNeedsVerify': '{option} 需要与 {verify} 一起使用（或与“{groups}”一起使用）。',
  'cli.usage.badFormat': '{option} 的取值必须是 {formats} 之一，不能是“{format}”。',
  'cli.usage.parseOneFile': '“{command}”只读取一个文件（或用 {stdin} 表示标准输入）。',
  'cli.usage.badLanguage': 'Regroup 不支持“{language}”。{option} 的取值必须是 {languages} 之一。',

  // `regroup list` and `regroup parse`: the headline of a listing.
  'cli.list.session': '{principal} - 登录会话 {session}',
  'cli.list.computerSession': '{principal} - 登录会话 {session}（此计算机）',
  'cli.list.cache': '{principal} - 缓存 {cache}',
  'cli.list.noPrincipal': '无主体',
  'cli.list.unknown': '未知',
  'cli.list.caches': '缓存：{caches}',
  'cli.list.defaultCache': '{cache}（默认）',
  'cli.list.noTickets':
    '没有 Kerberos 票证。下次打开文件共享或内部网站点时，或者运行“{command}”后，你会获得票证。',
  'cli.list.count': '{count, plural, other {# 个票证：}}',
  'cli.list.incomplete': '注意：输出不完整；只读取到了显示的票证。',
  'cli.list.noName': '（无名称）',
  // Column headings of the ticket table.
  'cli.list.column.server': '服务器',
  'cli.list.column.ends': '结束时间',
  'cli.list.column.left': '剩余',
  // Time left on a ticket.
  'cli.time.expiredAgo': '已过期 {duration}',
  'cli.time.expired': '已过期',
  'cli.time.unknown': '未知',

  // `regroup refresh`: the report after the core's own sentence.
  'cli.refresh.removed': '已删除（{count}）：',
  'cli.refresh.acquired': '新票证（{count}）：',
  'cli.refresh.validFor': '（有效期 {duration}）',
  'cli.refresh.alreadyExpired': '（已于 {duration} 前过期：请检查计算机时钟）',
  'cli.refresh.notObtained': '未获取：',
  'cli.refresh.failedTicket': '{server}：{reason}',
  'cli.refresh.forceHint': '{reason}如果仍要清除，请添加 {option}。',
  // Asked on the terminal; what is typed is not shown.
  'cli.password.prompt': '请输入密码以获取新的 Kerberos 票证：',
  'cli.password.signInPrompt': '{principal} 的密码：',
  'cli.password.cancelled': '已取消：未做任何更改。',
  'cli.password.noTerminal':
    '获取新票证需要你的密码，但没有可用来询问密码的终端。请使用 {option} 通过管道传入密码，或在终端中运行该命令。',
  'cli.password.stdinInvalid':
    '通过 {option} 提供的密码必须是 1 到 {max} 个字符的单行文本。未做任何更改。',
  'cli.verify.unavailable': '此版本不提供组验证功能。',
  'cli.wait.started': '正在等待 {group}，直到 {time}。要停止，请按 {keys}。',
  'cli.wait.nextCheck': '下次检查时间：{time}。',
  'cli.policy.computerOff': '你的 IT 部门已关闭刷新计算机组的功能。',

  // `regroup parse`: the input could not be read.
  'cli.parse.noSuchFile': '无法读取 {file}：该文件不存在。请检查路径，然后重试。',
  'cli.parse.noPermission':
    '无法读取 {file}：你没有读取该文件的权限。请将其复制到你可以读取的位置，或联系文件所有者。',
  'cli.parse.isFolder': '无法读取 {file}：这是一个文件夹。请指定包含 klist 输出的文件。',
  'cli.parse.stdinUnreadable':
    '无法读取标准输入（错误 {code}）。请改为提供文件名（{command}），或通过管道将文本传给该命令。',
  'cli.parse.cannotRead': '无法读取 {file}（错误 {code}）。请检查路径，然后重试。',
  'cli.parse.tooLarge':
    '输入大于 {megabytes} MB，而 klist 输出只有几 KB。请检查这是否是正确的文件。',

  // `regroup groups`: who was asked about, and where.
  'cli.groups.who': '{principal} - 域控制器 {dc}',
  'cli.groups.unknownUser': '未知用户',
  // Column headings: the three views of the groups, then the group's name.
  'cli.groups.column.signInToken': '登录令牌',
  'cli.groups.column.kerberosServices': 'Kerberos',
  'cli.groups.column.directory': '目录',
  'cli.groups.column.group': '组',
  // Marks in the three view columns.
  'cli.groups.yes': '是',
  'cli.groups.no': '否',
  'cli.groups.view.signInToken': '登录令牌',
  'cli.groups.view.kerberosServices': 'Kerberos 服务',
  'cli.groups.view.directory': '目录',
  'cli.groups.viewReason': '{view}：{reason}',
  'cli.groups.legend.signInToken': '登录令牌：在你注销之前，此计算机用于本地权限的组。',
  'cli.groups.legend.kerberosServices':
    'Kerberos 服务：文件共享和 Web 应用通过你当前的票证看到的组。',
  'cli.groups.legend.directory':
    '目录：你目前在 Active Directory 中的组（即你的下一个票证将包含的组）。',
  'cli.groups.noView': '在这里无法读取你的组的三种视图中的任何一种。',
  'cli.groups.unavailable': '此版本不提供组分析功能。',
  'cli.diagnose.title': 'Regroup 诊断，{time}',
  'cli.diagnose.redacted':
    '此报告中的用户名、计算机名和域名已替换为占位符（user1、host1、domain1.example）。',
  'cli.diagnose.label.app': 'Regroup 版本',
  'cli.diagnose.label.system': '操作系统',
  'cli.diagnose.label.computer': '计算机',
  'cli.diagnose.heading.identity': '身份',
  'cli.diagnose.label.principal': '主体',
  'cli.diagnose.label.realm': '领域 (Realm)',
  'cli.diagnose.label.logonSession': '登录会话',
  'cli.diagnose.label.cache': '票证缓存',
  'cli.diagnose.heading.tickets': '{count, plural, =0 {票证} other {# 个票证}}',
  'cli.diagnose.heading.kdc': '域控制器 (KDC)',
  'cli.diagnose.kdc.answered': '{host} 在 {ms} 毫秒后响应（尝试过：{tried}）。',
  'cli.diagnose.heading.clock': '时钟',
  'cli.diagnose.label.kdcTime': '域控制器',
  'cli.diagnose.label.localTime': '此计算机',
  'cli.diagnose.label.offset': '相差',
  'cli.diagnose.clock.offset': '{offset} 秒（往返 {ms} 毫秒）',
  'cli.diagnose.clock.withinLimit':
    '此计算机的时钟与域控制器的时钟足够接近，Kerberos 可以正常工作（相差不到 4 分钟）。',
  'cli.diagnose.heading.groups': '组',
  'cli.diagnose.groups.read': '{view}：通过 {source} 读取',
  'cli.diagnose.heading.lastRefresh': '上次刷新',
  'cli.diagnose.label.finished': '完成时间',
  'cli.diagnose.label.outcome': '结果',
  'cli.diagnose.label.result': '消息',
  'cli.diagnose.label.errorDetail': '详细信息',
  'cli.diagnose.label.gained': '新增的组',
  'cli.diagnose.label.lost': '失去的组',
  'cli.diagnose.label.needsSignOut': '需要注销',
  'cli.diagnose.label.unverified': '未验证',
  'cli.diagnose.none': '无',
  'cli.diagnose.notRead': '未读取：{problem}',
  'cli.diagnose.detail': '详细信息：{detail}',
  'cli.diagnose.probeFailed': '由于意外错误，无法读取此部分；详细信息供 IT 支持人员参考。',
  'cli.diagnose.noRealm':
    '此处没有已知的域（没有 Kerberos 票证，环境中也没有域），因此没有查找域控制器。',
  'cli.diagnose.noKdcForClock': '由于没有域控制器响应，未比较时钟。',
  'cli.diagnose.noRefreshKept':
    '命令行不记录以前的刷新。Regroup 窗口中的“复制诊断信息”包含在该窗口中进行的上次刷新。',
  'cli.diagnose.noRefreshYet': '自 Regroup 启动以来尚未运行任何刷新。',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.found': '发现：{hint}',
  'cli.verdict.note': '注意：{hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Regroup 遇到意外问题：{detail}。未做其他更改。请报告此问题，并附上你运行的命令。',

  // Added for the help desk (issue 11).
  'cli.usage.badEncoding': '{option} 需要 {example} 之类的编码；Regroup 无法读取“{encoding}”。',
  'cli.usage.more': '详细信息：{command}',
  'cli.list.tgtLeft': '登录票证：剩余 {left}，签发于 {issued}',
  'cli.list.tgtRenewedBySystem': '登录票证：Windows 会自动续订（签发于 {issued}）',
  'cli.list.tgtLeftProtectedUsers':
    '登录票证：剩余 {left}，签发于 {issued}。你的帐户属于 Protected Users（受保护的用户）：Windows 无法续订；票证结束后请重新登录（锁定并解锁此计算机）。',
  'cli.list.tgtExpired':
    '登录票证：已于 {ago} 前过期（签发于 {issued}）。请运行“{command}”获取新票证。',
  'cli.list.noTgt': '没有登录票证。请运行“{command}”获取。',
  'cli.parse.tgtCaptured': '登录票证：签发于 {issued}，到期于 {ends}（有效期 {lifetime}）',
  'cli.parse.noTgt': '此输出中没有登录票证。',
  'cli.list.column.issued': '签发',
  'cli.list.column.start': '开始',
  'cli.list.column.lifetime': '有效期',
  'cli.field.client': '客户端',
  'cli.field.service': '服务',
  'cli.field.start': '开始',
  'cli.field.end': '结束',
  'cli.field.left': '剩余时间',
  'cli.field.lifetime': '有效期',
  'cli.field.renewUntil': '可续订至',
  'cli.field.encryption': '加密',
  'cli.field.encryptionValue': '{ticket}（票证），{sessionKey}（会话密钥）',
  'cli.field.flags': '标志',
  'cli.field.cacheFlags': '缓存标志',
  'cli.field.kdcCalled': '调用的 KDC',
  'cli.field.cache': '缓存',
  'cli.parse.failed': '此 klist 输出是一个错误，而不是票证列表。',
  'cli.parse.toolSaid': 'klist 输出：{detail}',
  'cli.parse.pasteHint':
    '请在此处粘贴 klist 输出，然后在新的一行按 {keys}。如果要读取已保存的文件：{command}',
  'cli.parse.pasteHintWindows':
    '请在此处粘贴 klist 输出，然后按 {ctrlZ}，再按 {enter}。如果要读取已保存的文件：{command}',
  'cli.help.heading.commands': '命令：',
  'cli.help.heading.options': '选项：',
  'cli.help.heading.environment': '环境变量：',
  'cli.help.heading.examples': '示例：',
  'cli.help.more': '单个命令的帮助：{command}',
  'cli.help.list.summary':
    '显示你的 Kerberos 票证：先显示登录票证及其有效时长，再显示每个票证的签发时间和剩余时间。',
  'cli.help.refresh.summary':
    '获取新的 Kerberos 票证，使新的组成员身份无需注销即可生效：清除旧票证并获取新票证。',
  'cli.help.parse.summary':
    '读取他人保存或粘贴的 klist 输出（Windows、MIT 或 Heimdal），按捕获时的状态显示票证，或显示其中错误的原因。',
  'cli.help.groups.summary':
    '以三个并排的视图显示你的组：登录令牌、Kerberos 服务看到的组，以及目录中的当前组。',
  'cli.help.diagnose.summary':
    '输出一份供 IT 支持人员使用的报告：版本、你的票证（不含密钥）、域控制器及其响应时间、时钟差异、你的组和上次刷新。',
  'cli.help.help.summary': '显示 Regroup 或某个命令的帮助。',
  'cli.help.version.summary': '显示 Regroup 的版本。',
  'cli.help.option.json': '以 JSON 格式输出结果，供脚本使用；其中的消息使用所选语言。',
  'cli.help.option.verbose':
    '显示每个票证的所有字段：客户端、时间、加密、标志、缓存标志和调用的 KDC。',
  'cli.help.option.listComputer': '列出此计算机的票证（Windows：登录会话 0x3e7），而不是你的票证。',
  'cli.help.option.user':
    '刷新你自己的票证。在 Linux 和 macOS 上如果还没有票证缓存，则以你的用户名在默认领域中登录（your.name@YOUR.REALM）。',
  'cli.help.option.refreshComputer':
    '刷新此计算机的票证，使计算机的组成员身份生效。需要管理员权限：如果 Regroup 已具有这些权限（提升权限的命令提示符、SYSTEM 或 root），或 IT 部门已安装 Regroup 帮助程序（Windows、Linux），则不会询问任何人；否则会请求管理员批准；但对于无法批准的帐户，会告知谁可以批准，以及重新启动具有同样的效果。',
  'cli.help.option.verify': '比较刷新前后你的组，说明发生了哪些变化，以及哪些仍需注销。',
  'cli.help.option.waitFor':
    '等待目录显示你是此组（LAB\\Finance 或 SID）的成员，然后刷新并验证。退出代码 3：未在时限内生效。',
  'cli.help.option.timeout': '等待组的时长，例如 90m 或 2h（默认 2 小时，最长 24 小时）。',
  'cli.help.option.dc': '向此域控制器查询你的组，而不是向找到的域控制器查询。',
  'cli.help.option.redact':
    '将用户名、计算机名和域名替换为占位符（user1、host1、domain1.example）；同一名称始终使用同一占位符。',
  'cli.help.option.passwordStdin': '从标准输入读取密码，而不是在终端中询问（Linux 和 macOS）。',
  'cli.help.option.force':
    '即使没有域控制器应答也刷新。在 Windows 上，旧票证会被清除，新票证要等到域控制器再次应答时才能获取。',
  'cli.help.option.gpupdate':
    '在同一个管理员提示中，同时重新应用计算机组策略（gpupdate /target:computer /force）。',
  'cli.help.option.format': '指定输出文本的 klist：auto（默认）、windows、mit 或 heimdal。',
  'cli.help.option.encoding': '按此编码（cp850、cp936、utf-16le 等）读取输入，而不是自动识别。',
  'cli.help.option.lang': '使用此语言：en、de、fr、es、ja 或 zh-CN。',
  'cli.help.option.help': '显示此帮助。',
  'cli.help.operand.file': '包含 klist 输出的文件；- 或省略时读取标准输入。',
  'cli.help.operand.command':
    '要说明的命令：list、refresh、parse、groups、diagnose、helper、help 或 version。',
  'cli.help.env.language': '没有 --lang 时决定语言：以第一个已设置的变量为准。',
  'cli.help.env.colour': 'NO_COLOR 关闭颜色；输出不是终端时，FORCE_COLOR 打开颜色。',
  'cli.help.env.columns': '输出不是终端时的输出宽度（字符数），否则为 80。',
  'cli.help.env.keytab':
    'Linux 和 macOS：你自己帐户的 keytab；refresh --user 使用它，而不询问密码。',
  'cli.help.env.dc': '没有 --dc 时，用于查询你的组的域控制器。',
  'cli.help.list.example1': '你的票证，以及登录票证的有效时长。',
  'cli.help.list.example2': '此计算机的票证，显示所有字段。',
  'cli.help.refresh.example1': '为你获取新票证，然后显示获得或失去的组。',
  'cli.help.refresh.example2': '为此计算机获取新票证，并重新应用其组策略。',
  'cli.help.parse.example1': '读取用户保存在 klist.txt 中的 klist 输出。',
  'cli.help.parse.example2': '读取在中文 Windows 的 cmd 中保存的文件，显示每个票证的所有字段。',
  'cli.help.groups.example1': '三个视图中你的组。',
  'cli.help.groups.example2': '从指定的域控制器获取相同内容，输出为 JSON。',
  'cli.help.diagnose.example1': '可粘贴到发给支持人员的消息中的报告。',
  'cli.help.diagnose.example2': '同样的内容，以 JSON 格式输出并替换名称。',
  'cli.help.help.example1': '如何刷新，以及所有选项。',
  'cli.help.help.example2': '用德语显示 parse 的帮助。',
  'cli.help.version.example1': '版本号，用于向技术支持报告。',
  'cli.help.version.example2': '相同内容，以单词形式给出命令。',
  'cli.help.helper.summary':
    '在 Windows 上安装、删除或检查 Regroup 帮助程序：两个计划任务，让用户无需管理员批准即可刷新此计算机的组。',
  'cli.help.operand.helperAction':
    '要执行的操作：install、remove 或 status（帮助程序是否已安装且未被更改；是则退出代码为 0，否则为 1）。',
  'cli.help.helper.example1': '安装帮助程序；请以管理员或 SYSTEM 身份运行，例如通过 Intune。',
  'cli.help.helper.example2': '帮助程序是否已安装且未被更改，以 JSON 格式输出供脚本使用。',

  'cli.usage.helperAction': '“{command}”需要以下之一：{actions}。',
  'cli.helper.installed':
    'Regroup 帮助程序已安装。此计算机上的用户现在无需管理员批准即可刷新其组。',
  'cli.helper.removed': 'Regroup 帮助程序已删除。刷新计算机组将再次需要管理员批准。',
  'cli.helper.present': 'Regroup 帮助程序已安装，且未被更改。',
  'cli.helper.absent': '未安装 Regroup 帮助程序。管理员可以使用 {command} 安装它。',
  'cli.helper.altered':
    'Regroup 帮助程序的任务在安装后被更改，因此 Regroup 不使用它们。管理员可以使用 {command} 重新安装。',
  'cli.helper.windowsOnly':
    '此命令适用于 Windows。在 Linux 上，Regroup 的 deb 包会安装帮助程序；在 macOS 上，Regroup 会请求管理员批准。',
  'cli.helper.state.installed': '已安装',
  'cli.helper.state.missing': '未安装',
  'cli.helper.state.altered': '已更改',
  'cli.helper.row': '{task}：{state}（{command}）',

  'cli.outcome.verifyHint': '要检查网络服务现在看到的组，请添加 {option}。',
};
