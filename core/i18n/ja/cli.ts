/** CLI in Japanese. Translated from en/cli.ts; same keys, same ICU arguments. */
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  // Usage.
  'cli.usage.heading': '使用法:',
  'cli.usage.language':
    'どのコマンドでも {option} を指定できます。指定できる値: {languages}。指定しない場合、Regroup は {variables} のうち最初に設定されている変数に従い、その変数が対応していない言語を示している場合は英語で表示します。',
  'cli.usage.exitCodes':
    '終了コード: 0 成功、1 操作の失敗 (理由は標準エラー出力と JSON に出力されます)、2 使用法の誤りまたは読み取れない入力。',

  // Usage errors.
  'cli.usage.unknownCommand': '不明なコマンド「{command}」です。「{help}」を実行してみてください。',
  'cli.usage.noValue': '{option} には値を指定できません。',
  'cli.usage.needsValue': '{option} には値が必要です (例: {example})。',
  'cli.usage.unknownOption':
    '「{command}」にはオプション {option} はありません。「{help}」を実行してみてください。',
  'cli.usage.badHost':
    '「{host}」はホスト名でもアドレスでもありません。{option} には {example} のような名前を指定します。',
  'cli.usage.extraWord': '「{command}」には、ファイルや語句「{word}」は指定できません。',
  'cli.usage.refreshScope': '更新する対象を指定してください:「{user}」または「{computer}」。',
  'cli.usage.userOnly': '{verify}、{dc}、{passwordStdin} は {user} と一緒にのみ使用できます。',
  'cli.usage.computerOnly': '{option} は {computer} と一緒にのみ使用できます。',
  'cli.usage.dcNeedsVerify': '{option} は {verify} と一緒に (または「{groups}」で) 使用します。',
  'cli.usage.badFormat':
    '{option} には {formats} のいずれかを指定します。「{format}」は指定できません。',
  'cli.usage.parseOneFile':
    '「{command}」は 1 つのファイル (または標準入力を表す {stdin}) を読み取ります。',
  'cli.usage.badLanguage':
    'Regroup は「{language}」に対応していません。{option} には {languages} のいずれかを指定します。',

  // `regroup list` and `regroup parse`: the headline of a listing.
  'cli.list.session': '{principal} - ログオン セッション {session}',
  'cli.list.computerSession': '{principal} - ログオン セッション {session} (このコンピューター)',
  'cli.list.cache': '{principal} - キャッシュ {cache}',
  'cli.list.noPrincipal': 'プリンシパルなし',
  'cli.list.unknown': '不明',
  'cli.list.caches': 'キャッシュ: {caches}',
  'cli.list.defaultCache': '{cache} (既定)',
  'cli.list.noTickets':
    'Kerberos チケットがありません。次にファイル共有やイントラネット サイトを開いたとき、または「{command}」でチケットを取得できます。',
  'cli.list.count': '{count, plural, other {チケット # 件:}}',
  'cli.list.incomplete': '注: 出力が不完全でした。読み取れたのは表示されているチケットのみです。',
  'cli.list.tgt': 'TGT',
  'cli.list.noName': '(名前なし)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'サーバー',
  'cli.list.column.ends': '終了時刻',
  'cli.list.column.left': '残り時間',
  'cli.list.column.encryption': '暗号化',
  'cli.list.column.flags': 'フラグ',
  // Time left on a ticket.
  'cli.time.expiredAgo': '{duration} 前に期限切れ',
  'cli.time.expired': '期限切れ',
  'cli.time.unknown': '不明',

  // `regroup refresh`: the report after the core's own sentence.
  'cli.refresh.removed': '削除 ({count}):',
  'cli.refresh.acquired': '新規 ({count}):',
  'cli.refresh.validFor': '(有効期間 {duration})',
  'cli.refresh.alreadyExpired':
    '(既に {duration} 前に期限切れ: コンピューターの時計を確認してください)',
  'cli.refresh.notObtained': '取得できなかったチケット:',
  'cli.refresh.failedTicket': '{server}: {reason}',
  'cli.refresh.forceHint': '{reason} それでも削除するには、{option} を追加してください。',
  'cli.password.prompt': '新しい Kerberos チケット用のパスワード:',
  'cli.password.cancelled': 'キャンセルしました。何も変更されていません。',
  'cli.password.noTerminal':
    '新しいチケットにはパスワードが必要ですが、パスワードを尋ねるターミナルがありません。{option} を使ってパイプで渡すか、ターミナルでコマンドを実行してください。',
  'cli.password.stdinInvalid':
    '{option} で渡すパスワードは、1 ～ {max} 文字の 1 行である必要があります。何も変更されていません。',
  'cli.verify.unavailable': 'このビルドでは、グループの検証は利用できません。',

  // `regroup parse`: the input could not be read.
  'cli.parse.noSuchFile':
    '{file} を読み取れません: ファイルが存在しません。パスを確認して、もう一度お試しください。',
  'cli.parse.noPermission':
    '{file} を読み取れません: 読み取りのアクセス許可がありません。読み取り可能な場所にコピーするか、ファイルの所有者に依頼してください。',
  'cli.parse.isFolder':
    '{file} を読み取れません: フォルダーです。klist の出力を含むファイルを指定してください。',
  'cli.parse.stdinUnreadable':
    '標準入力を読み取れませんでした (エラー {code})。代わりにファイル名を指定する ({command}) か、テキストをパイプでコマンドに渡してください。',
  'cli.parse.cannotRead':
    '{file} を読み取れません (エラー {code})。パスを確認して、もう一度お試しください。',
  'cli.parse.tooLarge':
    '入力が {megabytes} MB を超えています。klist の出力は数 KB 程度です。正しいファイルかどうかを確認してください。',

  // `regroup groups`: who was asked about, and where.
  'cli.groups.who': '{principal} - ドメイン コントローラー {dc}',
  'cli.groups.unknownUser': '不明なユーザー',
  // Column headings.
  'cli.groups.column.signInToken': 'サインイン',
  'cli.groups.column.kerberosServices': 'Kerberos',
  'cli.groups.column.directory': 'ディレクトリ',
  'cli.groups.column.group': 'グループ',
  // Marks in the three view columns.
  'cli.groups.yes': 'はい',
  'cli.groups.no': 'いいえ',
  'cli.groups.view.signInToken': 'サインイン トークン',
  'cli.groups.view.kerberosServices': 'Kerberos サービス',
  'cli.groups.view.directory': 'ディレクトリ',
  'cli.groups.viewReason': '{view}: {reason}',
  'cli.groups.legend.signInToken':
    'サインイン トークン: このコンピューターがローカルのアクセス許可に使うグループ (サインアウトするまで変わりません)。',
  'cli.groups.legend.kerberosServices':
    'Kerberos サービス: 現在のチケットで、ファイル共有や Web アプリから見えるグループ。',
  'cli.groups.legend.directory':
    'ディレクトリ: 現在の Active Directory 上のグループ (次に取得するチケットに含まれるもの)。',
  'cli.groups.noView': 'この環境では、グループの 3 つのビューのいずれも読み取れませんでした。',
  'cli.groups.unavailable': 'このビルドでは、グループの分析機能は利用できません。',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.unverified': '未確認: {reason}',
  'cli.verdict.gained': 'Kerberos サービスに対して加わったグループ: {groups}',
  'cli.verdict.noneGained': 'Kerberos サービスに対して加わったグループはありません。',
  'cli.verdict.lost': 'Kerberos サービスに対して外れたグループ: {groups}',
  'cli.verdict.needsSignOut':
    'この PC では、まだサインアウトが必要 (ローカルのアクセス許可): {groups}',
  'cli.verdict.found': '検出: {hint}',
  'cli.verdict.note': '注: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Regroup で予期しない問題が発生しました: {detail}。それ以外は何も変更されていません。実行したコマンドを添えて、この問題を報告してください。',
};
