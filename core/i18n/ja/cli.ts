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
  'cli.usage.goesWith': '{option} は {other} と一緒にのみ使用できます。',
  'cli.usage.badDuration':
    '{option} には 1 分から 24 時間までの時間 ({examples} など) を指定します。「{value}」は指定できません。',
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
  'cli.list.noName': '(名前なし)',
  // Column headings of the ticket table.
  'cli.list.column.server': 'サーバー',
  'cli.list.column.ends': '終了時刻',
  'cli.list.column.left': '残り',
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
  'cli.password.signInPrompt': '{principal} のパスワード:',
  'cli.password.cancelled': 'キャンセルしました。何も変更されていません。',
  'cli.password.noTerminal':
    '新しいチケットにはパスワードが必要ですが、パスワードを尋ねるターミナルがありません。{option} を使ってパイプで渡すか、ターミナルでコマンドを実行してください。',
  'cli.password.stdinInvalid':
    '{option} で渡すパスワードは、1 ～ {max} 文字の 1 行である必要があります。何も変更されていません。',
  'cli.verify.unavailable': 'このビルドでは、グループの検証は利用できません。',
  'cli.wait.started': '{time} まで {group} を待ちます。停止するには {keys} を押します。',
  'cli.wait.nextCheck': '次の確認は {time} です。',
  'cli.policy.computerOff': 'コンピューターのグループの更新は IT 部門によって無効にされています。',

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
  'cli.diagnose.title': 'Regroup 診断 ({time})',
  'cli.diagnose.redacted':
    'このレポートのユーザー名、コンピューター名、ドメイン名はプレースホルダー (user1、host1、domain1.example) に置き換えられています。',
  'cli.diagnose.label.app': 'Regroup のバージョン',
  'cli.diagnose.label.system': 'オペレーティング システム',
  'cli.diagnose.label.computer': 'コンピューター',
  'cli.diagnose.heading.identity': 'ユーザー',
  'cli.diagnose.label.principal': 'プリンシパル',
  'cli.diagnose.label.realm': '領域 (Realm)',
  'cli.diagnose.label.logonSession': 'ログオン セッション',
  'cli.diagnose.label.cache': 'チケット キャッシュ',
  'cli.diagnose.heading.tickets': '{count, plural, =0 {チケット} other {チケット (# 件)}}',
  'cli.diagnose.heading.kdc': 'ドメイン コントローラー (KDC)',
  'cli.diagnose.kdc.answered': '{host} が {ms} ミリ秒で応答しました (試行先: {tried})。',
  'cli.diagnose.heading.clock': '時計',
  'cli.diagnose.label.kdcTime': 'ドメイン コントローラー',
  'cli.diagnose.label.localTime': 'このコンピューター',
  'cli.diagnose.label.offset': '差',
  'cli.diagnose.clock.offset': '{offset} 秒 (往復 {ms} ミリ秒)',
  'cli.diagnose.clock.withinLimit':
    'このコンピューターの時計はドメイン コントローラーの時計に十分近く、Kerberos で問題ありません (差は 4 分未満)。',
  'cli.diagnose.heading.groups': 'グループ',
  'cli.diagnose.groups.read': '{view}: {source} で読み取り',
  'cli.diagnose.heading.lastRefresh': '前回の更新',
  'cli.diagnose.label.finished': '終了',
  'cli.diagnose.label.outcome': '結果',
  'cli.diagnose.label.result': 'メッセージ',
  'cli.diagnose.label.errorDetail': '詳細',
  'cli.diagnose.label.gained': '追加されたグループ',
  'cli.diagnose.label.lost': '削除されたグループ',
  'cli.diagnose.label.needsSignOut': 'サインアウトが必要',
  'cli.diagnose.label.unverified': '未確認',
  'cli.diagnose.none': 'なし',
  'cli.diagnose.notRead': '読み取れませんでした: {problem}',
  'cli.diagnose.detail': '詳細: {detail}',
  'cli.diagnose.probeFailed':
    '予期しないエラーのため、この部分を読み取れませんでした。詳細は IT ヘルプデスク向けです。',
  'cli.diagnose.noRealm':
    'ここではドメインが不明なため (Kerberos チケットも環境内のドメインもありません)、ドメイン コントローラーを検索しませんでした。',
  'cli.diagnose.noKdcForClock':
    '応答したドメイン コントローラーがないため、時計は比較しませんでした。',
  'cli.diagnose.noRefreshKept':
    'コマンド ラインは以前の更新を記録しません。Regroup ウィンドウの [診断情報をコピー] には、そこで行った前回の更新が含まれます。',
  'cli.diagnose.noRefreshYet': 'Regroup の起動後、更新は実行されていません。',

  // `regroup refresh --user --verify`: what the refresh changed.
  'cli.verdict.found': '検出: {hint}',
  'cli.verdict.note': '注: {hint}',

  // Anything else that went wrong.
  'cli.unexpected':
    'Regroup で予期しない問題が発生しました: {detail}。それ以外は何も変更されていません。実行したコマンドを添えて、この問題を報告してください。',

  // Added for the help desk (issue 11).
  'cli.usage.badEncoding':
    '{option} には {example} などのエンコードを指定してください。Regroup は「{encoding}」を読み取れません。',
  'cli.usage.more': '詳細: {command}',
  'cli.list.tgtLeft': 'サインイン チケット: 残り {left}、{issued} に発行',
  'cli.list.tgtRenewedBySystem':
    'サインイン チケット: Windows が自動的に更新します ({issued} に発行)',
  'cli.list.tgtLeftProtectedUsers':
    'サインイン チケット: 残り {left}、{issued} に発行。このアカウントは Protected Users のメンバーのため、Windows は更新できません。終了したら、もう一度サインインしてください (このコンピューターをロックして解除)。',
  'cli.list.tgtExpired':
    'サインイン チケット: {ago} 前に期限切れ ({issued} に発行)。「{command}」で新しいチケットを取得してください。',
  'cli.list.noTgt': 'サインイン チケットがありません。「{command}」で取得してください。',
  'cli.parse.tgtCaptured':
    'サインイン チケット: {issued} に発行、{ends} に期限切れ (有効期間 {lifetime})',
  'cli.parse.noTgt': 'この出力にはサインイン チケットがありません。',
  'cli.list.column.issued': '発行',
  'cli.list.column.start': '開始',
  'cli.list.column.lifetime': '有効期間',
  'cli.field.client': 'クライアント',
  'cli.field.service': 'サービス',
  'cli.field.start': '開始',
  'cli.field.end': '終了',
  'cli.field.left': '残り時間',
  'cli.field.lifetime': '有効期間',
  'cli.field.renewUntil': '更新期限',
  'cli.field.encryption': '暗号化',
  'cli.field.encryptionValue': '{ticket} (チケット)、{sessionKey} (セッション キー)',
  'cli.field.flags': 'フラグ',
  'cli.field.cacheFlags': 'キャッシュ フラグ',
  'cli.field.kdcCalled': '呼び出された KDC',
  'cli.field.cache': 'キャッシュ',
  'cli.parse.failed': 'この klist の出力はエラーであり、チケットの一覧ではありません。',
  'cli.parse.toolSaid': 'klist の出力: {detail}',
  'cli.parse.pasteHint':
    'ここに klist の出力を貼り付け、新しい行で {keys} を押してください。保存したファイルを読み取る場合: {command}',
  'cli.parse.pasteHintWindows':
    'ここに klist の出力を貼り付け、{ctrlZ} を押してから {enter} を押してください。保存したファイルを読み取る場合: {command}',
  'cli.help.heading.commands': 'コマンド:',
  'cli.help.heading.options': 'オプション:',
  'cli.help.heading.environment': '環境変数:',
  'cli.help.heading.examples': '例:',
  'cli.help.more': 'コマンドごとのヘルプ: {command}',
  'cli.help.list.summary':
    'Kerberos チケットを表示します。最初にサインイン チケットとその有効期間、次に各チケットの発行時刻と残り時間を表示します。',
  'cli.help.refresh.summary':
    '新しい Kerberos チケットを取得し、サインアウトせずに新しいグループ メンバーシップを反映させます。古いチケットを削除して新しいチケットを取得します。',
  'cli.help.parse.summary':
    '保存または貼り付けられた klist の出力 (Windows、MIT、Heimdal) を読み取り、取得した時点のチケット、または出力に示されたエラーの原因を表示します。',
  'cli.help.groups.summary':
    'グループを 3 つのビューで並べて表示します: サインイン トークン、Kerberos サービスから見えるもの、現在のディレクトリ。',
  'cli.help.diagnose.summary':
    'IT ヘルプデスク向けのレポートを出力します: バージョン、チケット (キーは含みません)、ドメイン コントローラーと応答時間、時計の差、グループ、前回の更新。',
  'cli.help.help.summary': 'Regroup または 1 つのコマンドのヘルプを表示します。',
  'cli.help.version.summary': 'Regroup のバージョンを表示します。',
  'cli.help.option.json':
    '結果をスクリプト用の JSON で出力します。含まれるメッセージは選択した言語になります。',
  'cli.help.option.verbose':
    '各チケットのすべてのフィールドを表示します: クライアント、時刻、暗号化、フラグ、キャッシュ フラグ、呼び出された KDC。',
  'cli.help.option.listComputer':
    '自分のチケットではなく、このコンピューターのチケット (Windows: ログオン セッション 0x3e7) を表示します。',
  'cli.help.option.user':
    '自分のチケットを更新します。Linux と macOS でチケット キャッシュがまだない場合は、既定のレルムのユーザー名でサインインします (your.name@YOUR.REALM)。',
  'cli.help.option.refreshComputer':
    'コンピューターのグループ メンバーシップのために、このコンピューターのチケットを更新します。管理者権限が必要です。Regroup が既に管理者権限を持っている場合 (管理者として実行したコマンド プロンプト、SYSTEM、root) や、IT 部門が Regroup ヘルパーをインストールしている場合 (Windows、Linux) は、確認を求めません。それ以外の場合は、管理者の承認を求めます。ただし、承認できないアカウントには、承認できる人と、再起動でも同じ効果があることを伝えます。',
  'cli.help.option.verify':
    '更新の前後でグループを比較し、何が変わったか、何にまだサインアウトが必要かを示します。',
  'cli.help.option.waitFor':
    'ディレクトリでこのグループ (LAB\\Finance または SID) のメンバーになるまで待ち、更新して確認します。終了コード 3: 時間内に届きませんでした。',
  'cli.help.option.timeout': 'グループを待つ時間 (90m、2h など)。既定は 2 時間、最長 24 時間です。',
  'cli.help.option.dc':
    '見つかったドメイン コントローラーではなく、このドメイン コントローラーにグループを問い合わせます。',
  'cli.help.option.redact':
    'ユーザー名、コンピューター名、ドメイン名をプレースホルダー (user1、host1、domain1.example) に置き換えます。同じ名前には常に同じプレースホルダーが使われます。',
  'cli.help.option.passwordStdin':
    'ターミナルで尋ねる代わりに、標準入力からパスワードを読み取ります (Linux と macOS)。',
  'cli.help.option.force':
    'ドメイン コントローラーが応答しなくても更新します。Windows では古いチケットが削除され、新しいチケットはドメイン コントローラーが再び応答したときに取得されます。',
  'cli.help.option.gpupdate':
    '同じ管理者の確認で、コンピューターのグループ ポリシーも再適用します (gpupdate /target:computer /force)。',
  'cli.help.option.format':
    'テキストを出力した klist を指定します: auto (既定)、windows、mit、heimdal。',
  'cli.help.option.encoding':
    '入力のエンコードを自動認識せず、このエンコード (cp850、cp936、utf-16le など) で読み取ります。',
  'cli.help.option.lang': 'この言語で表示します: en、de、fr、es、ja、zh-CN。',
  'cli.help.option.help': 'このヘルプを表示します。',
  'cli.help.operand.file': 'klist の出力を含むファイル。- または省略すると標準入力を読み取ります。',
  'cli.help.operand.command':
    '説明するコマンド: list、refresh、parse、groups、diagnose、helper、help、version。',
  'cli.help.env.language':
    '--lang がないときに言語を決めます。最初に設定されている変数が使われます。',
  'cli.help.env.colour':
    'NO_COLOR は色をオフにし、FORCE_COLOR は出力がターミナルでないときも色をオンにします。',
  'cli.help.env.columns': '出力がターミナルでないときの出力の幅 (文字数)。ない場合は 80 です。',
  'cli.help.env.keytab':
    'Linux と macOS: 自分のアカウントの keytab。refresh --user はパスワードを尋ねる代わりにこれを使います。',
  'cli.help.env.dc': '--dc がないときにグループを問い合わせるドメイン コントローラー。',
  'cli.help.list.example1': '自分のチケットと、サインイン チケットの有効期間。',
  'cli.help.list.example2': 'このコンピューターのチケットを、すべてのフィールド付きで表示。',
  'cli.help.refresh.example1':
    '自分の新しいチケットを取得し、増えたグループと減ったグループを表示。',
  'cli.help.refresh.example2':
    'このコンピューターの新しいチケットを取得し、グループ ポリシーを再適用。',
  'cli.help.parse.example1': 'ユーザーが klist.txt に保存した klist の出力を読み取ります。',
  'cli.help.parse.example2':
    '中国語版 Windows の cmd で保存されたファイルを、各チケットのすべてのフィールド付きで読み取ります。',
  'cli.help.groups.example1': '3 つのビューでの自分のグループ。',
  'cli.help.groups.example2': '特定のドメイン コントローラーから同じ内容を JSON で。',
  'cli.help.diagnose.example1': 'ヘルプデスクへのメッセージに貼り付けるレポート。',
  'cli.help.diagnose.example2': '同じ内容を、名前を置き換えた JSON で。',
  'cli.help.help.example1': '更新の方法とすべてのオプション。',
  'cli.help.help.example2': 'parse のヘルプをドイツ語で。',
  'cli.help.version.example1': 'ヘルプデスクへの報告用のバージョン。',
  'cli.help.version.example2': '同じ内容を、コマンドを単語として指定して。',
  'cli.help.helper.summary':
    'Windows で Regroup ヘルパーをインストール、削除、または確認します。ヘルパーは、ユーザーが管理者の承認なしでこのコンピューターのグループを更新できるようにする 2 つのスケジュールされたタスクです。',
  'cli.help.operand.helperAction':
    '実行する操作: install、remove、または status (ヘルパーがインストールされていて変更されていないかどうか。そうであれば終了コード 0、そうでなければ 1)。',
  'cli.help.helper.example1':
    'ヘルパーをインストールします。管理者として、または SYSTEM として (たとえば Intune から) 実行してください。',
  'cli.help.helper.example2':
    'ヘルパーがインストールされていて変更されていないかどうかを、スクリプト用の JSON で表示します。',

  'cli.usage.helperAction': '「{command}」には次のいずれかが必要です: {actions}。',
  'cli.helper.installed':
    'Regroup ヘルパーがインストールされました。このコンピューターのユーザーは、管理者の承認なしでコンピューターのグループを更新できます。',
  'cli.helper.removed':
    'Regroup ヘルパーが削除されました。コンピューターのグループを更新するには、再び管理者の承認が必要です。',
  'cli.helper.present': 'Regroup ヘルパーはインストールされており、変更されていません。',
  'cli.helper.absent':
    'Regroup ヘルパーはインストールされていません。管理者は {command} でインストールできます。',
  'cli.helper.altered':
    'Regroup ヘルパーのタスクはインストール後に変更されたため、Regroup はこれらを使用しません。管理者は {command} で再インストールできます。',
  'cli.helper.windowsOnly':
    'このコマンドは Windows 用です。Linux では Regroup の deb パッケージがヘルパーをインストールします。macOS では Regroup が管理者の承認を求めます。',
  'cli.helper.state.installed': 'インストール済み',
  'cli.helper.state.missing': '未インストール',
  'cli.helper.state.altered': '変更済み',
  'cli.helper.row': '{task}: {state} ({command})',

  'cli.outcome.verifyHint':
    'ネットワーク サービスに現在見えているグループを確認するには、{option} を付けてください。',
};
