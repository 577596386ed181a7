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
  'cli.list.tgt': 'TGT',
  'cli.list.noName': '（无名称）',
  // Column headings of the ticket table.
  'cli.list.column.server': '服务器',
  'cli.list.column.ends': '结束时间',
  'cli.list.column.left': '剩余时间',
  'cli.list.column.encryption': '加密',
  'cli.list.column.flags': '标志',
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
  'cli.password.cancelled': '已取消：未做任何更改。',
  'cli.password.noTerminal':
    '获取新票证需要你的密码，但没有可用来询问密码的终端。请使用 {option} 通过管道传入密码，或在终端中运行该命令。',
  'cli.password.stdinInvalid':
    '通过 {option} 提供的密码必须是 1 到 {max} 个字符的单行文本。未做任何更改。',
  'cli.verify.unavailable': '此版本不提供组验证功能。',

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

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.unverified': '未验证：{reason}',
  'cli.verdict.gained': 'Kerberos 服务新增的组：{groups}',
  'cli.verdict.noneGained': 'Kerberos 服务没有新增任何组。',
  'cli.verdict.lost': 'Kerberos 服务失去的组：{groups}',
  'cli.verdict.needsSignOut': '在这台电脑上仍需注销才会生效（本地权限）：{groups}',
  'cli.verdict.found': '发现：{hint}',
  'cli.verdict.note': '注意：{hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Regroup 遇到意外问题：{detail}。未做其他更改。请报告此问题，并附上你运行的命令。',
};
