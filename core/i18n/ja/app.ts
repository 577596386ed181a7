/** App in Japanese. Translated from en/app.ts; same keys, same ICU arguments. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Regroup',
  'app.tagline': 'Kerberos チケットとグループ メンバーシップ',

  // Tray
  'tray.tooltip.valid': '{principal} — サインイン チケットの有効期間: 残り {left}',
  'tray.tooltip.expiring': '{principal} — サインイン チケットはあと {left} で終了します',
  'tray.tooltip.expired':
    '{principal} — サインイン チケットの有効期限が切れました。Regroup を開いて新しいチケットを取得してください。',
  'tray.tooltip.renewedBySystem':
    '{principal} — サインイン済み。サインイン チケットは Windows が自動的に更新します。',
  'tray.tooltip.none':
    'Regroup — Kerberos チケットがありません。Regroup を開いてチケットを取得してください。',
  'tray.tooltip.error':
    'Regroup — チケットを読み取れませんでした。詳細は Regroup を開いて確認してください。',
  'tray.tooltip.busy': 'Regroup — 更新しています…',
  'tray.menu.open': 'Regroup を開く',
  'tray.menu.refreshUser': '自分のグループを更新',
  'tray.menu.refreshComputer': 'コンピューターのグループを更新…',
  'tray.menu.startAtLogin': 'サインイン時に起動',
  'tray.menu.startAtLoginManaged': 'サインイン時に起動 (IT 部門が設定)',
  'tray.menu.quit': 'Regroup を終了',

  // Window chrome
  'window.close': 'ウィンドウを非表示にする',
  'window.loading': 'チケットを読み取っています…',
  'nav.label': 'ビュー',
  'nav.tickets': 'チケット',
  'nav.groups': '自分のグループ',

  // Identity
  'identity.heading': 'サインイン中のアカウント',
  'identity.realm': 'レルム',
  'identity.session': 'ログオン セッション',
  'identity.cache': 'チケット キャッシュ',
  'identity.unknown': '不明なユーザー',

  // TGT card
  'tgt.heading': 'サインイン チケット (TGT)',
  'tgt.validFor': '有効期間: 残り {left}',
  'tgt.expiresIn': 'あと {left} で期限切れ',
  'tgt.expired': '期限切れ',
  'tgt.renewedBySystem': 'Windows が自動的に更新します',
  'tgt.missing':
    'サインイン チケットがありません。[自分のグループを更新] を実行して取得してください。',
  'tgt.issued': '発行時刻',
  'tgt.ends': '終了時刻',
  'tgt.renewUntil': '更新期限',
  'tgt.expiringHint':
    '1 時間以内に期限が切れます。[自分のグループを更新] を実行すると、サインアウトせずに今すぐ新しいチケットを取得できます。',
  'tgt.expiredHint':
    '各サービスでパスワードを再度求められます。[自分のグループを更新] を実行すると新しいチケットを取得できます。',
  'expiry.notify.title':
    '{minutes, plural, other {サインイン チケットの期限があと # 分で切れます}}',
  'expiry.notify.body':
    'ファイル共有や Web サイトを引き続き使えるように、Regroup を開いて [自分のグループを更新] を選び、新しいチケットを取得してください。',
  'tgt.renewedBySystemHint':
    'Windows はこのチケットが終了する前に更新し、必要なときはサインイン情報から新しいチケットを取得します。終了時刻について操作は不要です。',
  'tgt.protectedUsersHint':
    'このアカウントは Protected Users グループのメンバーです。このチケットの有効期間は最大 4 時間で、Windows は更新できません。終了したら、もう一度サインインしてください。このコンピューターをロックし、パスワードでロックを解除するだけでもかまいません。',

  // Service tickets
  'tickets.heading': 'サービス チケット ({count})',
  'tickets.none':
    'サービス チケットはまだありません。共有フォルダー、Web アプリ、メール サーバーを開くと表示されます。',
  'tickets.timeLeft': '残り {left}',
  'tickets.endsAt': '{time} に終了',
  'tickets.expired': '期限切れ',
  'tickets.endedRenewed': '終了済み。必要なときに Windows が新しく取得します',
  'tickets.expiringSoon': '1 時間以内に期限切れ',
  'tickets.details': '{server} の詳細',
  'tickets.server': 'サービス名 (SPN)',
  'tickets.encryption': '暗号化',
  'tickets.sessionKey': 'セッション キー',
  'tickets.flags': 'フラグ',
  'tickets.start': '開始時刻',
  'tickets.end': '終了時刻',
  'tickets.renew': '更新期限',
  'tickets.kdc': '発行元',
  'tickets.incomplete': '一部のチケットを読み取れませんでした。一覧が不完全な可能性があります。',
  'tickets.listLabel': 'サービス チケット',

  // Encryption in plain words
  'enc.aes': '現行',
  'enc.rc4': '古い方式です。IT 部門がこのサービスを AES に切り替えることができます',
  'enc.des': '非常に古い方式です。IT 部門がこのサービスを AES に切り替えるべきです',
  'enc.unknown': '不明',
  'service.signIn': 'サインイン チケット',
  'service.signInOther': 'ドメイン {domain} へのサインイン',
  'service.fileShare': '{host} のファイル共有',
  'service.website': 'Web サイト {host}',
  'service.sql': 'SQL Server {host}',
  'service.sqlInstance': 'SQL Server {host}\\{instance}',
  'service.mail': 'メール',
  'service.directory': 'ディレクトリ ({host})',
  'service.replication': 'ディレクトリ レプリケーション ({host})',
  'service.remoteDesktop': '{host} へのリモート デスクトップ',
  'service.remoteManagement': '{host} のリモート管理',
  'service.remoteProcedure': '{host} へのリモート プロシージャ コール',
  'service.computer': 'コンピューター {host}',
  'service.dns': 'DNS サーバー {host}',
  'service.password': 'パスワードの変更',
  'service.other': '{host} の {service}',

  // Flags in plain words
  'flag.forwardable': 'あなたの代わりに別のサーバーへ転送できる',
  'flag.forwarded': '別のコンピューターから転送された',
  'flag.proxiable': 'プロキシで使用できる',
  'flag.proxy': 'プロキシ チケット',
  'flag.may_postdate': '有効開始を将来の日時に設定できる',
  'flag.postdated': '有効開始が将来の日時に設定されている',
  'flag.invalid': 'まだ有効ではない',
  'flag.renewable': 'パスワードなしで更新できる',
  'flag.initial': 'パスワードまたはスマート カードから直接発行された',
  'flag.pre_authent': '発行前に本人確認が行われた',
  'flag.hw_authent': 'ハードウェア認証の後に発行された',
  'flag.ok_as_delegate': 'サーバーが委任に対して信頼されている',
  'flag.name_canonicalize': 'サーバー名が正規の形式に解決された',
  'flag.anonymous': '匿名チケット',
  'flag.transited_policy_checked': '経由したレルムが確認された',
  'flag.reserved': '予約済みフラグ',
  'flag.other': 'その他のフラグ {name}',

  // Empty / error
  'empty.heading': 'Kerberos チケットがありません',
  'empty.body':
    'チケット キャッシュが空です。[自分のグループを更新] を実行すると新しいサインイン チケットを取得できます。各サービスのチケットは、そのサービスを使うときに取得されます。',
  'error.heading': 'チケットを読み取れませんでした',
  'error.retry': '再試行',
  'error.details': '技術的な詳細',
  'error.unexpected':
    'Regroup の内部で問題が発生しました: {message}。もう一度お試しください。問題が続く場合は、Regroup を再起動してください。',

  // Actions
  'actions.label': '操作',
  'actions.refreshUser': '自分のグループを更新',
  'actions.refreshUser.hint': '自分のチケットが対象です。管理者権限は不要です',
  'actions.refreshComputer': 'コンピューターのグループを更新',
  'actions.refreshComputer.hint': 'このコンピューターのチケットが対象です。管理者の承認が必要です',
  'actions.refreshComputer.unavailable':
    '[コンピューターのグループを更新] はここでは使用できません: {reason}',
  'actions.copyDiagnostics': '診断情報をコピー',
  'actions.copyDiagnostics.hint': 'IT ヘルプデスク向けのレポートをクリップボードにコピーします',
  'actions.copyDiagnostics.busy': '診断情報を収集しています…',
  'actions.copyDiagnostics.done':
    '診断情報をコピーしました。IT ヘルプデスクへのメッセージに貼り付けてください。',
  'actions.copyDiagnostics.failed': '診断情報をコピーできませんでした: {detail}',

  // Progress
  'progress.user': 'グループを更新しています…',
  'progress.userDetail': 'チケットを削除し、新しいサインイン チケットを取得しています。',
  'progress.computer': 'このコンピューターのグループを更新しています…',
  'progress.computerDetail': '続行するには、表示される管理者の確認画面で承認してください。',
  'progress.closeSafe':
    'このウィンドウは閉じてもかまいません。更新はバックグラウンドで完了します。',

  // Computer confirm
  'computer.heading': 'コンピューターのグループを更新',
  'computer.body':
    'コンピューター自身の Kerberos チケットを削除して、コンピューターの新しいグループ メンバーシップが反映されるようにします。Windows から管理者の承認を 1 回求められます。',
  'computer.bodyUnix':
    'コンピューターの Kerberos チケットを削除して、新しいグループ メンバーシップが反映されるようにします。システムから管理者の承認を 1 回求められます。',
  'computer.gpupdate': 'コンピューター ポリシーも再適用する (gpupdate)',
  'computer.gpupdateHint':
    '最大 1 分ほどかかります。新しいグループを対象とするポリシーには、この操作が必要です。',
  'computer.continue': '続行',
  'computer.cancel': 'キャンセル',

  'policy.managed.title': 'IT 部門によって管理されています',
  'policy.managed.computerHidden': 'コンピューターのグループの更新は無効になっています。',
  'policy.managed.gpupdateForced':
    'コンピューターの更新後、コンピューター ポリシーは常に再適用されます。',
  'policy.managed.gpupdateDefault': 'コンピューター ポリシーの再適用は既定で選択されています。',
  'policy.managed.startAtLoginOn': 'Regroup はサインイン時に常に起動します。',
  'policy.managed.startAtLoginOff': 'Regroup はサインイン時に起動しません。',
  'policy.managed.notificationsOff': 'Regroup は通知を表示しません。',
  'policy.managed.waitForGroupOn': 'グループの待機は許可されています。',
  'policy.managed.waitForGroupOff': 'グループの待機は無効になっています。',
  'policy.managed.dc': 'グループはドメイン コントローラー {dc} から読み取られます。',
  'policy.managed.helpDesk': '以下のヘルプデスクの連絡先が設定されています。',
  'policy.managed.problems':
    '{count, plural, other {IT 部門の設定のうち # 件は使用できないため無視されます: {settings}。}}',
  'policy.gpupdateRequired': 'IT 部門によって必須に設定されています。',
  'policy.problem.setting':
    'IT 部門の設定 {setting} の値は Regroup で使用できないため、無視されます。',
  'policy.problem.unknown': 'IT 部門の設定 {setting} は Regroup が認識できないため、無視されます。',
  'policy.problem.unreadable':
    'IT 部門の設定 ({source}) を読み取れなかったため、Regroup は既定値を使用します。',
  'helpDesk.name': 'ヘルプデスク: {name}',
  'helpDesk.unnamed': 'ヘルプデスク:',
  'helpDesk.phone': '電話: {phone}',
  'helpDesk.web': 'Web: {url}',

  // Password (MIT / Heimdal)
  'password.heading': 'パスワードの入力',
  'password.body':
    '新しいサインイン チケットの取得には、{principal} のパスワードが必要です。パスワードは kinit に 1 回渡されるだけで、保存されることはありません。',
  'password.label': 'パスワード',
  'password.submit': '更新',
  'password.cancel': 'キャンセル',

  // Results
  'result.removed': '{count} 件のチケットを削除しました',
  'result.removedOne': '1 件のチケットを削除しました',
  'result.removedNone': '削除するチケットはありません',
  'result.newTgt': '{time}新しいサインイン チケットが発行されました (有効期間: 残り {left})',
  'result.noTgt': '新しいサインイン チケットはまだありません',
  'result.failedItems': '再取得できなかったチケット:',
  'result.gpupdate': 'コンピューター ポリシーを再適用しました',
  'result.caveatsHeading': '今回の更新で反映されるもの、されないもの',
  'wait.offer': '届いたら通知する',
  'wait.groupLabel': '追加されたグループ',
  'wait.groupHint': 'グループ名 (例: Finance) または SID。',
  'wait.heading': '{group} を待っています',
  'wait.since': '待機開始',
  'wait.nextCheck': '次の確認',
  'wait.checkingNow': '確認しています…',
  'wait.until': '終了時刻',
  'wait.closeSafe':
    'このウィンドウは閉じてもかまいません。Regroup は確認を続け、届いたら通知します。',
  'wait.cancel': '待機を停止',
  'wait.dismiss': 'OK',
  'wait.notAllowed': '組織により、Regroup でのグループの待機は無効になっています。',
  'wait.badGroup': 'グループの名前または SID を入力してください。',
  'wait.notify.arrived': '新しいグループが届きました',
  'wait.notify.timedOut': '新しいグループは届きませんでした',
  'wait.notify.refreshFailed':
    '新しいグループの準備ができました。Regroup を開いてチケットを更新してください',
  'result.openConnectionsHeading': 'ファイル サーバーへの開いている接続',
  'result.done': 'チケットに戻る',
  'result.doneGroups': '自分のグループに戻る',
  'result.tryAgain': '再試行',
  'result.refreshAnyway': 'それでも更新する',

  // My groups
  'groups.heading': '自分のグループ',
  'groups.loading': 'グループを読み取っています…',
  'groups.loadingDetail': 'ドメイン コントローラーに問い合わせるため、数秒かかることがあります。',
  'groups.dc': 'ドメイン コントローラー',
  'groups.readAt': '読み取り時刻',
  'groups.readAgain': '再読み込み',
  'groups.column.group': 'グループ',
  'groups.column.signInToken': 'サインアウトまでのこのコンピューター',
  'groups.column.kerberosServices': 'ネットワーク サービス',
  'groups.column.directory': 'ディレクトリ',
  'groups.legend.heading': '3 つのビュー',
  'groups.legend.signInToken':
    'サインアウトまでのこのコンピューター: サインイン トークンのグループです。このコンピューターはサインアウトするまで、これをローカルのアクセス許可に使います。',
  'groups.legend.kerberosServices':
    'ネットワーク サービス: ファイル共有や Web サイトが現在のサインイン チケットから見るグループです。',
  'groups.legend.directory':
    'ディレクトリ: 現在の Active Directory でのグループです。次のサインイン チケットに含まれます。',
  'groups.legend.marks':
    '✓ メンバー · ✕ メンバーではない · まだ: 更新またはサインアウトで反映 · – 取得できません',
  'groups.mark.yes': 'メンバー',
  'groups.mark.no': 'メンバーではない',
  'groups.mark.notYet': 'まだ',
  'groups.mark.notYetSignOut':
    'まだ: サインアウトしてサインインし直すと、このコンピューターに反映されます',
  'groups.mark.notYetRefresh': 'まだ: [自分のグループを更新] で反映されます',
  'groups.mark.unknown': '取得できません',
  'groups.view.signInToken': 'このコンピューターのサインイン トークン',
  'groups.view.kerberosServices': 'ネットワーク サービス',
  'groups.view.directory': 'ディレクトリ',
  'groups.view.unavailable': '{view}はここでは使用できません: {reason}',
  'groups.domainHeading': 'ドメイン グループ ({count})',
  'groups.domainLabel': 'ドメイン グループ',
  'groups.localHeading': 'このコンピューターのグループ ({count})',
  'groups.localLabel': 'このコンピューターのグループ',
  'groups.localHint':
    '組み込みグループとローカル グループは Kerberos チケットに含まれません。[自分のグループを更新] では変わらず、サインアウトすると変わります。',
  'groups.none': 'グループを読み取れませんでした。理由は上に表示されています。',
  'groups.hintsHeading': '更新しても解決しない場合がある理由',
  'groups.hint.found': '検出:',
  'groups.hint.more': 'それでも解決しない場合 ({count})',
  'groups.error.heading': 'グループを読み取れませんでした',
  'groups.notAvailable':
    'この Regroup では [自分のグループ] を使用できません。コマンド ラインで regroup groups を使用してください。',
  'groups.readFailed':
    'Regroup はグループを読み取れませんでした ({detail})。もう一度お試しください。問題が続く場合は、Regroup を再起動してください。',

  // Verdict after Refresh my groups
  'verdict.heading': '反映の確認',
  'verdict.showGroups': '自分のグループを表示',

  // Main-process failures
  'busy.message': '別の更新が既に実行中です。完了するまで待ってから、もう一度お試しください。',
  'busy.verifying':
    'Regroup は前回の更新後のグループをまだ確認しています。数秒後にもう一度お試しください。',
  'internal.listFailed':
    'Regroup はチケットを読み取れませんでした ({detail})。もう一度お試しください。問題が続く場合は、Regroup を再起動してください。',
  'internal.refreshFailed':
    '更新が予期せず停止しました ({detail})。Regroup を開いてチケットを確認してから、もう一度お試しください。',
  'ipc.untrusted':
    'この要求は Regroup のウィンドウから送信されたものではないため、拒否されました。',
  'ipc.badRequest':
    'Regroup は不正な形式の要求 ({detail}) を受信したため、無視しました。これが続く場合は、Regroup を再起動してください。',

  // Time
  'time.justNow': 'たった今',
  'time.at': '{time} に',
  'actions.refreshComputer.hintCannot': 'このコンピューターのチケットが対象です。管理者が必要です',
  'computer.close': '閉じる',
  'actions.refreshComputer.hintHelper':
    'このコンピューターのチケットが対象です。管理者の承認は不要です',
  'computer.bodyHelper':
    'コンピューター自身の Kerberos チケットを削除して、コンピューターの新しいグループ メンバーシップが反映されるようにします。IT 部門が設定済みのため、管理者の承認は不要です。',
  'computer.bodyDirect':
    'コンピューター自身の Kerberos チケットを削除して、コンピューターの新しいグループ メンバーシップが反映されるようにします。Regroup は既に管理者権限で実行されているため、承認は不要です。',
  'progress.computerDetailHelper': '数秒かかります。承認は不要です。',

  'outcome.signOutNow': '今すぐサインアウト…',
  'signOut.heading': '今すぐサインアウトしますか?',
  'signOut.body':
    '先に作業内容を保存してください。サインアウトすると、すべてのプログラムが閉じます。もう一度サインインすると、このコンピューターに新しいグループが反映されます。',
  'signOut.confirm': 'サインアウト',
  'signOut.cancel': '今はしない',
  'signOut.failed':
    'Regroup からサインアウトできませんでした ({detail})。代わりに [スタート] メニューからサインアウトしてください。',
  'signOut.unavailable': 'ここでは Regroup からサインアウトできません。',
  'outcome.freshSignIn': '新しいサインインでプログラムを起動…',
  'freshSignIn.heading': '1 つのプログラムを新しいサインインで起動',
  'freshSignIn.body':
    '[別のユーザーとして実行] と同じように、Windows がユーザー名とパスワードを求めます。ご自身のアカウント ({account}) を入力してください。選んだプログラムは新しいサインインで、現在のグループを持って起動するので、新しいグループが必要な作業に使えます。',
  'freshSignIn.unchanged':
    'ほかには何も変わりません。デスクトップ、エクスプローラー、ほかのプログラムは、サインアウトするまでサインイン時のグループのままです。',
  'freshSignIn.program': 'プログラム',
  'freshSignIn.cmd': 'コマンド プロンプト',
  'freshSignIn.powershell': 'Windows PowerShell',
  'freshSignIn.start': '起動',
  'freshSignIn.cancel': '今はしない',
  'freshSignIn.started':
    'プログラムが新しいサインインで起動しました。このプログラムには現在のグループがありますが、ほかのプログラムにはありません。',
  'freshSignIn.cancelled': 'Windows のサインインが取り消されたため、何も起動していません。',
  'freshSignIn.wrongPassword':
    'Windows がユーザー名またはパスワードを受け付けなかったため、何も起動していません。ご自身のアカウントでもう一度お試しください。',
  'freshSignIn.failed':
    'Windows は新しいサインインでプログラムを起動できませんでした ({detail})。代わりに、サインアウトしてもう一度サインインしてください。',
  'freshSignIn.unavailable': 'ここでは、新しいサインインでプログラムを起動することはできません。',
};
