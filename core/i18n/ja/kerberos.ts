/** Kerberos in Japanese. Translated from en/kerberos.ts; same keys, same ICU arguments. */
import type { kerberos as en } from '../en/kerberos';

export const kerberos: Record<keyof typeof en, string> = {
  // A Kerberos tool (klist, kinit ...) could not be run.
  'krb.tool.notFound.windows':
    'Windows のシステム フォルダーに {tool} が見つかりませんでした。これは Windows の一部であるため、この Windows のインストールは破損しています。IT ヘルプデスクにお問い合わせください。',
  'krb.tool.notFound.unix':
    '{tool} が見つかりませんでした。Regroup には Kerberos ツールが必要です。krb5-user (Debian、Ubuntu) または krb5-workstation (Fedora、Red Hat) をインストールしてから、もう一度お試しください。macOS ではこれらのツールはシステムに含まれているため、IT ヘルプデスクにお問い合わせください。',
  'krb.tool.spawnFailed':
    '{tool} を起動できませんでした。もう一度お試しください。失敗が続く場合は、IT ヘルプデスクにお問い合わせください。',
  'krb.tool.timeout':
    '{tool} が {seconds} 秒以内に応答しなかったため、停止しました。ドメインへのネットワーク接続を確認してから、もう一度お試しください。',
  'krb.tool.exit':
    '{tool} が失敗を報告しました (終了コード {code})。もう一度お試しください。問題が続く場合は、IT ヘルプデスクにお問い合わせください。',
  'krb.tool.unexpected':
    'Kerberos ツールを実行できませんでした。もう一度お試しください。失敗が続く場合は、IT ヘルプデスクにお問い合わせください。',

  // Windows klist.exe failures.
  'krb.windows.noLogonSession':
    '要求されたチケットのログオン セッションが存在しないと、Windows から報告されました (セッションが終了したか、このセッションが Kerberos を使わずにサインインした可能性があります)。いったんサインアウトし、ドメイン アカウントでサインインし直してから、もう一度お試しください。',
  'krb.windows.accessDenied':
    'これらの Kerberos チケットへのアクセスが Windows によって拒否されました。コンピューターのチケットの読み取りや削除には管理者権限が必要です。コマンドを管理者として実行するか、Regroup から求められたときに確認画面で承認してください。',
  'krb.windows.noLogonServers':
    'ドメイン コントローラーに接続できなかったため、Windows は Kerberos チケットを取得できませんでした。社内ネットワークまたは VPN に接続してから、もう一度お試しください。',
  'krb.windows.etypeNotSupported':
    '要求された暗号化の種類がサポートされていないため、ドメイン コントローラーがチケットを拒否しました。このアカウントまたはサービスで許可されている暗号化の種類を確認するよう、IT ヘルプデスクに依頼してください。',
  'krb.windows.unknownService':
    '要求されたサービス名 (SPN) をドメイン コントローラーが認識していません。名前を確認するか、SPN の登録を IT ヘルプデスクに依頼してください。',
  'krb.windows.clockSkew':
    'このコンピューターの時刻とドメイン コントローラーの時刻の差が大きすぎます。時刻を同期してから ([設定] > [時刻と言語] > [今すぐ同期])、もう一度お試しください。',
  'krb.windows.noCredentials':
    'このセッションには Windows の Kerberos 資格情報がありません (ローカル アカウントでサインインした場合や、オフライン時に保存された資格情報でサインインした場合など)。社内ネットワークに接続した状態で、コンピューターをロックしてからロックを解除するか、サインアウトしてサインインし直してから、もう一度お試しください。',
  'krb.windows.noSuchDomain':
    'Windows は Kerberos ドメインを見つけられませんでした。このコンピューターがドメインに参加している場合は、社内ネットワークまたは VPN に接続してから、もう一度お試しください。参加していない場合、Regroup がここで更新できるものはありません。',
  'krb.windows.logonFailure':
    'ドメイン コントローラーがアカウントを拒否しました (パスワードが間違っているか、アカウントがロックされている、無効になっている、または期限切れです)。いったんサインアウトして現在のパスワードでサインインし直すか、IT ヘルプデスクにお問い合わせください。',
  'krb.windows.accountLocked':
    'アカウントがロックアウトされていると、ドメイン コントローラーから報告されました。ロックが解除されるまで待つか、IT ヘルプデスクにロックの解除を依頼してから、もう一度お試しください。',
  'krb.windows.accountDisabled':
    'アカウントが無効になっているか期限切れであると、ドメイン コントローラーから報告されました。IT ヘルプデスクにお問い合わせください。',
  'krb.windows.passwordExpired':
    'パスワードの有効期限が切れていると、ドメイン コントローラーから報告されました。パスワードを変更してから (Ctrl+Alt+Del > [パスワードの変更])、もう一度お試しください。',
  'krb.windows.kdcRefused':
    'ドメイン コントローラーが Kerberos 要求を拒否しました。もう一度お試しください。失敗が続く場合は、詳細を IT ヘルプデスクに伝えてください。',
  'krb.windows.unrecognisedCode':
    'klist が、Regroup の認識できないエラーで失敗しました ({codes})。もう一度お試しください。失敗が続く場合は、詳細を IT ヘルプデスクに伝えてください。',
  'krb.windows.unrecognised':
    'klist が、Regroup の認識できないエラーで失敗しました。もう一度お試しください。失敗が続く場合は、詳細を IT ヘルプデスクに伝えてください。',

  // Windows klist.exe output that is not a ticket listing.
  'krb.windows.klist.empty':
    'klist から何も出力されませんでした。もう一度実行し、それでも何も出力されない場合は、コンピューターを再起動してください。',
  'krb.windows.klist.tgtOutput':
    'これは `klist tgt` の出力です。チケットのセッション キーが含まれているため、Regroup は読み取りません。代わりに通常の `klist` を実行してください。また、`klist tgt` の出力は共有しないでください。他の人があなたのチケットを使えるようになります。',
  'krb.windows.klist.sessionsOutput':
    'これは `klist sessions` の出力 (ログオン セッションの一覧) であり、チケットの一覧ではありません。チケットを表示するには、通常の `klist` を実行してください。',
  'krb.windows.klist.sessionsOutputDenied':
    'これは `klist sessions` の出力 (ログオン セッションの一覧) であり、チケットの一覧ではありません。チケットを表示するには、通常の `klist` を実行してください。また、klist は他のセッションへのアクセスも拒否されました。他のセッションを一覧表示できるのは管理者だけです。',
  'krb.windows.klist.purgeOutput':
    'これは `klist purge` の出力 (チケットの削除結果) であり、チケットの一覧ではありません。チケットを表示するには、通常の `klist` を実行してください。',
  'krb.windows.klist.cutOff':
    'klist の出力が、チケットの一覧の前で終わっています (途中で切れています)。もう一度 klist を実行してください。',
  'krb.windows.klist.notKlist':
    'このテキストは、Regroup が読み取れる Windows の klist の出力ではありません。ログオン セッションの行、チケット数、チケットのいずれも含まれていません。通常の `klist` を実行して、もう一度お試しください。',
  'krb.windows.klist.purgeUnconfirmed':
    'klist がチケットを削除したことを、Regroup で確認できませんでした。出力が削除 (purge) の結果のように見えません。もう一度 `klist purge` を実行し、チケットが削除されたと表示されることを確認してください。',

  // The Windows service.
  'krb.windows.notInDomain':
    'この Windows アカウントはドメインにサインインしていないため、更新する Kerberos チケットやドメイン グループがありません。ドメイン アカウントでサインインしてから (またはサインインの前に VPN に接続してから)、もう一度お試しください。',
  'krb.windows.computerNotInDomain':
    'この Windows アカウントはドメインにサインインしていないため、更新するコンピューターのグループがありません。',
  'krb.windows.emptyRun':
    'klist から何も出力されませんでした (終了コード {code})。もう一度お試しください。問題が続く場合は、IT ヘルプデスクにお問い合わせください。',
  'krb.windows.computerListNeedsAdmin':
    'コンピューターのチケットを読み取るには管理者権限が必要です。管理者として開いたコマンド プロンプトで Regroup のコマンド ライン (regroup list --computer) を実行するか、承認を求める [コンピューターのグループを更新] を使用してください。',
  'krb.windows.purgeFailed':
    'klist でチケットを削除できませんでした (終了コード {code})。何も変更されていません。もう一度お試しください。',

  // Elevation: the administrator prompt (UAC on Windows, polkit or sudo elsewhere).
  'krb.elevate.refused':
    '想定外のコマンドを管理者として実行することを Regroup が拒否したため、何も変更されていません。Regroup を再インストールしてください。問題が続く場合は、IT ヘルプデスクにお問い合わせください。',
  'krb.elevate.kinitNotSystem':
    '{path} はシステム ファイル (所有者が root で、root だけが書き込み可能) ではないため、Regroup はこれを管理者として実行しません。Kerberos ツール (krb5-user) を再インストールしてから、もう一度お試しください。',
  'krb.elevate.promptUnavailable':
    '管理者の確認画面を開けませんでした。もう一度お試しください。失敗が続く場合は、Regroup を再インストールしてください。',
  'krb.elevate.declined':
    '管理者の承認が得られなかったため、何も変更されていません。コンピューターのグループの更新には管理者の承認が必要です。コンピューターを再起動しても同じ効果があります。',
  'krb.elevate.noPolkitAgent':
    'このデスクトップでは管理者の確認画面を使用できません (polkit エージェントがありません)。代わりに、ターミナルで「sudo regroup refresh --computer」を実行してください。',
  'krb.elevate.failed':
    '管理者として実行したコマンドが完了しませんでした。それ以外は何も変更されていません。もう一度お試しください。失敗が続く場合は、IT ヘルプデスクにお問い合わせください。',
  'krb.elevate.timeout':
    '{tool} は {seconds} 秒経過しても管理者として実行中だったため、Regroup は待機を終了しました。処理は自動的に完了する可能性があります。コンピューターを再起動しても、更新と同じ効果があります。',
  'krb.clock.noAnswer': 'ドメイン コントローラー {host} は時刻の問い合わせに応答しませんでした。',
  'krb.clock.unreadable':
    'ドメイン コントローラー {host} は応答しましたが、応答から時刻を読み取れませんでした。',
  'krb.clock.skewed.windows':
    'このコンピューターの時計はドメイン コントローラー {host} より {minutes, plural, other {# 分}}{direction, select, ahead {進んで} other {遅れて}}います。Kerberos は 5 分を超える差があるとサインインを拒否するため、時計が正しくなるまで Regroup はチケットを更新しません。[設定] > [時刻と言語] > [日付と時刻] を開いて [今すぐ同期] を選択してから、もう一度更新してください。',
  'krb.clock.skewed.unix':
    'このコンピューターの時計はドメイン コントローラー {host} より {minutes, plural, other {# 分}}{direction, select, ahead {進んで} other {遅れて}}います。Kerberos は 5 分を超える差があるとサインインを拒否するため、時計が正しくなるまで Regroup はチケットを更新しません。時刻の自動設定をオンにしてから (Linux: timedatectl set-ntp true、macOS: [システム設定] > [一般] > [日付と時刻])、もう一度更新してください。',

  // The pre-flight: before removing tickets, is a domain controller reachable?
  'krb.preflight.noKdcFound':
    '{realm} のドメイン コントローラーが見つかりませんでした (DNS レコードがなく、構成もされていません)。社内ネットワークまたは VPN に接続してから、もう一度お試しください。',
  'krb.preflight.noKdcFoundNoRealm':
    'お使いのドメインのドメイン コントローラーが見つかりませんでした (DNS レコードがなく、構成もされていません)。社内ネットワークまたは VPN に接続してから、もう一度お試しください。',
  'krb.preflight.kdcAnswers': 'ドメイン コントローラー {host} が応答しています。',
  'krb.preflight.kdcProxyAnswers':
    'KDC プロキシ サーバー {url} が応答しています (HTTPS 経由の Kerberos)。',
  'krb.preflight.noKdcAnswers':
    '{realm} のドメイン コントローラーが応答しないため (試行先: {tried})、チケットはそのまま残してあります。今チケットを削除すると、再接続するまでチケットがまったくない状態になります。社内ネットワークまたは VPN に接続してから、もう一度お試しください。',

  // `regroup parse`: reading saved klist output.
  'krb.parse.empty':
    '入力が空です。klist の出力全体を貼り付けるか保存してから、もう一度お試しください。',
  'krb.parse.notKlist':
    'klist の出力 (Windows の klist.exe、MIT または Heimdal の klist) ではないようです。「klist」の出力全体をファイルに保存してもう一度お試しいただくか、--format で形式を指定してください。',

  // The result of "Refresh my groups".
  'krb.result.user.refreshed':
    '完了: {removed, plural, =0 {} other {古いチケット # 件が削除され、}}現在のグループを含む {client} の新しいチケットが発行されました。',
  'krb.result.user.refreshedNoClient':
    '完了: {removed, plural, =0 {} other {古いチケット # 件が削除され、}}現在のグループを含む新しいチケットが発行されました。',
  'krb.result.user.noTicket.windows':
    '{removed, plural, =0 {古いチケットは削除されませんでした} other {古いチケット # 件が削除されました}}が、新しいチケットはまだ取得できていません。Windows は、次にネットワーク リソースを開いたときに自動的にチケットを取得します。それでも取得できない場合は、ネットワーク接続を確認してから、サインアウトしてサインインし直してください。',
  'krb.result.user.noTicket':
    '{removed, plural, =0 {古いチケットは削除されませんでした} other {古いチケット # 件が削除されました}}が、新しいチケットを取得できませんでした。ネットワーク接続を確認してから、もう一度更新してください。',
  'krb.result.user.someFailed':
    '現在のグループを含む新しいチケットが発行されましたが、{count, plural, other {# 件のチケット}}を再取得できませんでした。再取得できなかったチケットは、次回使用されるときに再取得されます。',
  // The result of "Refresh computer groups".
  'krb.result.computer.refreshed.windows':
    '完了: コンピューターのチケットを削除しました。コンピューターは次にドメイン コントローラーと通信したときに、現在のグループを含む新しいチケットを取得します。',
  'krb.result.computer.refreshedWithPolicy.windows':
    '完了: コンピューターのチケットを削除し、現在のグループでコンピューター ポリシーを再適用しました。',
  'krb.result.computer.policyFailed.windows':
    'コンピューターのチケットは削除されましたが、コンピューター ポリシーの再適用に失敗しました。ポリシーは 90 分以内に自動的に更新されます。または、後で「gpupdate /target:computer」を実行してください。',
  'krb.result.computer.refreshed.unix':
    '完了: コンピューターは keytab から、現在のグループを含む新しいチケットを取得しました。',
  'krb.result.computer.refreshed': '完了: コンピューターのチケットを現在のグループで更新しました。',
  'krb.result.computer.partial':
    'コンピューターのチケットは更新されましたが、一部の手順が完了しませんでした。詳細を確認してください。',
  'krb.result.nothingChanged': '何も変更されていません。',

  // What a refresh does and does not reach, shown under every result.
  'krb.caveat.windows.user.newConnections':
    '今後 Kerberos で接続するサービス (ファイル共有、イントラネット サイト、SQL Server、メール) では、次にアクセスしたときに新しいグループが認識されます。',
  'krb.caveat.windows.user.openConnections':
    '既に開いている接続では古いグループのままです。Windows は、ファイル サーバーへの開いている接続を、約 15 分間使われなくなるまで使い続けます。',
  'krb.caveat.windows.user.domainControllers':
    'ドメイン コントローラーにまだ変更が届いていない場合 (変更がすべてのサイトに届くまでには時間がかかり、ユニバーサル グループのメンバーシップのキャッシュを保持しているサイトもあります)、新しいチケットにも古いグループが含まれます。しばらくしてから、もう一度更新してください。',
  'krb.caveat.windows.user.signInToken':
    'この PC は、サインアウトしてサインインし直すまで、サインイン時のグループを自身のアクセス許可 (ローカル フォルダー、管理者権限、「whoami /groups」の表示内容) に使い続けます。',
  'krb.caveat.unix.user.newTicket':
    '新しいチケット保証チケット (TGT) を取得しました。今後 Kerberos でサインインするサービス (マウントする共有、イントラネット サイト、SSH、データベース) では、新しいグループが認識されます。',
  'krb.caveat.unix.user.openConnections':
    '既にマウントされている共有や既に開いている接続では、再接続するまで古いグループのままです。',
  'krb.caveat.unix.user.localGroups':
    '「id」で表示される内容はチケットではなく、このコンピューターのディレクトリ サービスとそのキャッシュ (SSSD、winbind、macOS では Open Directory) から取得されるため、しばらくは古いグループが表示されることがあります。',
  'krb.caveat.windows.computer.tickets':
    'コンピューターの Kerberos チケットを削除しました。コンピューターは次にドメイン コントローラーと通信したときに、新しいグループを含む新しいチケットを取得します。',
  'krb.caveat.windows.computer.policy':
    'コンピューターのグループに依存するグループ ポリシー設定は、ポリシーの更新時に適用されます。次回の自動更新 (約 90 分以内) か、「gpupdate /target:computer」で開始した更新のときです。一部の設定は再起動時にのみ適用されます。',
  'krb.caveat.windows.computer.signInToken':
    'コンピューターとして実行されるサービスのローカルのアクセス許可を決める、コンピューター自身のサインイン トークンは、コンピューターを再起動するまで古いグループのままです。',
  'krb.caveat.unix.computer.newTicket':
    'コンピューターは keytab から新しいチケットを取得し、システム キャッシュに格納しました。そのキャッシュを使うサービスでは、次の要求時にコンピューターの新しいグループが認識されます。',
  'krb.caveat.unix.computer.ownTickets':
    '独自にコンピューターのチケットを保持しているサービス (SSSD、NFS の rpc.gssd) は、それぞれのスケジュールで、または再起動時に新しいチケットを取得します。',
  'krb.caveat.user.newConnections':
    '今後 Kerberos でサインインするサービスでは、新しいグループが認識されます。既に開いている接続は、再接続するまで古いグループのままです。',
  'krb.caveat.computer.newTickets':
    'コンピューターは次にドメイン コントローラーと通信したときに、新しいグループを含むチケットを取得します。既に開いている接続は古いグループのままです。',
  'krb.caveat.user.nothingRemoved':
    '何も削除されていません。チケットとアクセス権は、以前のグループのまま変わりません。',
  'krb.caveat.computer.nothingRemoved':
    '何も削除されていません。コンピューターは、チケットの有効期限が切れるかコンピューターが再起動するまで、古いグループを含むチケットを保持します。',
  'krb.helper.needsAdmin':
    'Regroup ヘルパーのインストールと削除には管理者権限が必要です。管理者として実行したコマンド プロンプトで、または SYSTEM として (Intune やスタートアップ スクリプトなどから) コマンドを実行してください。',
  'krb.helper.createFailed':
    'Windows はタスク {task} を登録しませんでした (終了コード {code})。それ以外は何も変更されていません。理由は詳細を参照してください。',
  'krb.helper.deleteFailed':
    'Windows はタスク {task} を削除しませんでした (終了コード {code})。理由は詳細を参照してください。',
  'krb.helper.schtasksMissing':
    'タスク スケジューラのツールが {path} に見つかりませんでした。これは Windows の一部です。このコンピューターの確認を IT 部門に依頼してください。',
  'krb.helper.notAsAsked':
    'Windows がヘルパーのタスクを Regroup の指定とは異なる内容で保存したため、Regroup はこれらを使用しません。相違点は詳細を参照し、IT 部門にお問い合わせください。',
  'krb.helper.notRun':
    'Regroup ヘルパーのタスクが実行されなかったため、何も変更されていません。このコンピューターの Regroup ヘルパーの確認を IT 部門に依頼してください。',
  'krb.helper.timeout':
    'Regroup ヘルパーのタスクが {seconds} 秒以内に完了しませんでした。数分後にもう一度お試しください。繰り返し発生する場合は、IT 部門にお問い合わせください。',
  'krb.helper.purgeFailed':
    'klist でコンピューターのチケットを削除できませんでした (終了コード {code})。何も変更されていません。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',
  'krb.helper.policyFailed':
    'コンピューター ポリシーを再適用できませんでした (gpupdate の終了コード {code})。チケットは更新されました。後で gpupdate をもう一度実行してください。',
};
