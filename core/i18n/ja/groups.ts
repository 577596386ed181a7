/** Groups in Japanese. Translated from en/groups.ts; same keys, same ICU arguments. */
import type { groups as en } from '../en/groups';

export const groups: Record<keyof typeof en, string> = {
  // The meaning of a row whose marks differ.
  'insight.meaning.newGroup':
    '新規: [自分のグループを更新] の後、ファイル共有や Web アプリに反映されます',
  'insight.meaning.needsSignOut':
    'ファイル共有や Web アプリには反映済み。この PC のローカルのアクセス許可にはサインアウトが必要です',
  'insight.meaning.removedInDirectory': 'ディレクトリで削除済み: 更新すると外れます',
  'insight.meaning.droppedNeedsSignOut':
    'ファイル共有や Web アプリには反映されなくなりました。この PC のローカルのアクセス許可には、サインアウトするまで残ります',
  'insight.meaning.local':
    'この PC のグループ: Kerberos チケットに含まれないため、[自分のグループを更新] では変わりません。サインアウトすると変わります',

  // Hints: why a refresh may not have helped.
  'insight.hint.localGroup':
    '{count, plural, other {{groups} は、ドメインではなくこの PC のグループです}}。[自分のグループを更新] ではこれを変更できません。サインアウトしてから、もう一度サインインしてください。',
  'insight.hint.notReplicated':
    '{dc} のディレクトリでは、あなたは {groups} のメンバーですが、現在のチケットには{count, plural, other {該当するグループが}}含まれていません。既に更新した場合は、チケットを発行したドメイン コントローラーにまだ変更が届いていない可能性があります (サイト内では変更は約 1 分で他のドメイン コントローラーに届きますが、サイト間ではレプリケーション スケジュール (既定では 3 時間ごと) を待ちます)。しばらく待ってから、もう一度更新してください。',
  'insight.hint.notReplicatedNoDc':
    'ディレクトリでは、あなたは {groups} のメンバーですが、現在のチケットには{count, plural, other {該当するグループが}}含まれていません。既に更新した場合は、チケットを発行したドメイン コントローラーにまだ変更が届いていない可能性があります (サイト内では変更は約 1 分で他のドメイン コントローラーに届きますが、サイト間ではレプリケーション スケジュール (既定では 3 時間ごと) を待ちます)。しばらく待ってから、もう一度更新してください。',
  'insight.hint.tokenTooLarge':
    'あなたのトークンには {count, plural, other {# 個のグループ}}が含まれています。{limit, number} 個近くになると Windows はサインインを拒否します。また、チケットが大きいと、サーバーが受け付けるサイズ (MaxTokenSize) を超えることがあります。入れ子になったグループを減らすよう、IT 部門に依頼してください。',
  'insight.hint.smbSession':
    'ファイル共有では、既に開いている接続の権限が維持されます。その共有を使っているファイルやウィンドウを閉じてから (またはアイドル状態で接続が閉じられるまで待ってから)、共有をもう一度開いてください。',
  'insight.hint.ntlm':
    'IP アドレスで開いた共有 ({example}) では Kerberos ではなく NTLM が使われるため、新しいチケットは使用されません。名前 ({named}) で開いてください。',

  // The verdict after a refresh could not be made.
  'insight.verdict.kerberosUnreadable':
    '{when, select, before {更新前に、Kerberos サービスから見える内容を読み取れませんでした。} other {更新後に、Kerberos サービスから見える内容を読み取れませんでした。}}',
  'insight.verify.refreshNotDone': '更新が行われなかったため、比較するものがありません。',
  'insight.verify.readFailed':
    '{when, select, before {更新前にグループを読み取れませんでした。} other {更新後にグループを読み取れませんでした。}}',
  'insight.verify.readTimeout':
    '{when, select, before {更新前のグループを {seconds, number} 秒以内に読み取れませんでした。} other {更新後のグループを {seconds, number} 秒以内に読み取れませんでした。}}ドメインへの接続 (VPN) を確認してから、[自分のグループ] を開いてもう一度比較してください。',

  // Why a view could not be read.
  'insight.view.failed':
    'このビューを読み取れませんでした。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',
  'insight.signIn.notMapped':
    'このコンピューターはディレクトリのグループをローカル グループに対応付けていない (sssd も winbind もない) ため、サインイン時のグループをディレクトリと比較できません。ファイル共有や Web アプリでは Kerberos のビューが使われます。',

  // Finding the domain controller.
  'insight.dc.invalidName':
    '「{name}」は有効なドメイン コントローラー名ではありません。DNS 名または IP アドレスを指定してください。',
  'insight.dc.noRealm':
    'Kerberos レルムが不明なため (チケットがありません)、ドメイン コントローラーを見つけられません。先にグループを更新するか、{option} でドメイン コントローラーを指定してください。',
  'insight.dc.notFound':
    '{realm} のドメイン コントローラーが見つかりませんでした (DNS SRV レコード {record} がなく、{file} にも KDC がありません)。{option} で指定してください。',

  // Asking the domain controller over LDAP (Linux, macOS).
  'insight.ldap.unreachable':
    'ドメイン コントローラー {dc} に LDAP で接続できませんでした。ネットワーク接続 (VPN) を確認するか、{option} で別のドメイン コントローラーを指定してください。',
  'insight.ldap.timeout':
    'ドメイン コントローラー {dc} が {seconds, plural, other {# 秒}}以内に応答しませんでした。ネットワーク接続 (VPN) を確認してから、もう一度お試しください。',
  'insight.ldap.noCredentials':
    'Kerberos チケットがないため、あなたが誰であるかをドメイン コントローラーに問い合わせることができません。グループを更新してから (またはサインインし直してから)、もう一度お試しください。',
  'insight.ldap.expired':
    'Kerberos チケットの有効期限が切れているか、このコンピューターの時刻がドメイン コントローラーの時刻とずれています。グループを更新してから、もう一度お試しください。',
  'insight.ldap.spnMissing':
    'ドメイン コントローラー名「{dc}」は Kerberos で認識されていません ({principal} サービス プリンシパルがありません)。{option} でドメイン コントローラーの完全な DNS 名を指定してください。',
  'insight.ldap.failed':
    '{tool} で {dc} から読み取れませんでした (終了コード {code})。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',
  'insight.ldap.toolMissing':
    '{tool} がインストールされていないため、ディレクトリに問い合わせることができません。{debianTools} と {debianSasl} (Debian、Ubuntu)、または {fedoraTools} と {fedoraSasl} (Fedora、RHEL) をインストールしてください。',
  'insight.ldap.saslMissing':
    '{tool} の Kerberos (GSSAPI) モジュールがインストールされていないため、ディレクトリに問い合わせることができません。{debianSasl} (Debian、Ubuntu) または {fedoraSasl} (Fedora、RHEL) をインストールしてください。',
  'insight.ldap.noTokenGroups':
    'ドメイン コントローラー {dc} から、あなたのチケットに対するグループが返されませんでした。グループを更新してから、もう一度お試しください。問題が続く場合は、IT 部門にお問い合わせください。',
  'insight.ldap.accountUnknown':
    'あなたのアカウント {principal} を {dc} のディレクトリで検索できなかったため、Kerberos サービスから見える内容のみを表示しています。',
  'insight.ldap.accountNotFound':
    'アカウント {account} が {dc} のディレクトリに見つからなかったため、Kerberos サービスから見える内容のみを表示しています。',

  // The sign-in token: whoami.exe on Windows, id on Linux and macOS.
  'insight.whoami.missing':
    '{tool} が {path} に見つかりませんでした。これは Windows の一部です。このコンピューターの確認を IT 部門に依頼してください。',
  'insight.whoami.failed':
    '{tool} でサインイン時のグループを一覧表示できませんでした (終了コード {code})。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',
  'insight.whoami.unreadable':
    '{tool} の出力に、Regroup が読み取れるグループがありませんでした。問題が続く場合は、IT 部門にお問い合わせください。',
  'insight.id.missing':
    '{tool} コマンドが見つからないため、サインイン時のグループを読み取れません。このコンピューターの確認を IT 部門に依頼してください。',
  'insight.id.failed':
    '{tool} でグループを一覧表示できませんでした (終了コード {code})。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',

  // Asking the domain controller through Windows PowerShell and ADSI (Windows).
  'insight.adsi.powershellMissing':
    'Windows PowerShell が {path} に見つからないため、ドメイン コントローラーに問い合わせることができません。Windows PowerShell は Windows の一部です。このコンピューターの確認を IT 部門に依頼してください。',
  'insight.adsi.timeout':
    'ドメイン コントローラーが {seconds, plural, other {# 秒}}以内に応答しませんでした。ドメインへの接続 (VPN) を確認してから、もう一度お試しください。',
  'insight.adsi.unreachable':
    'ドメイン コントローラーに接続できませんでした。ドメインへの接続 (VPN) を確認してから、もう一度お試しください。',
  'insight.adsi.failed':
    'ドメイン コントローラーに問い合わせることができませんでした。ドメインへの接続 (VPN) を確認してから、もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',
  'insight.adsi.noAnswer':
    'ドメイン コントローラーから応答がありませんでした。ドメインへの接続 (VPN) を確認してから、もう一度お試しください。',

  // Any tool of group insight (ldapsearch, whoami.exe, powershell.exe, id).
  'insight.tool.notStarted':
    '{tool} を起動できませんでした。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',
  'insight.tool.timeout':
    '{tool} が {seconds, plural, other {# 秒}}以内に応答しませんでした。もう一度お試しください。',
  'insight.tool.exit':
    '{tool} が終了コード {code} で停止しました。もう一度お試しください。失敗が続く場合は、IT 部門にお問い合わせください。',

  'insight.outcome.declined': '管理者の承認が得られませんでした',
  'insight.outcome.failed': '何も変更されませんでした',
  'insight.outcome.offline': 'ドメインに接続できませんでした。何も変更されていません',
  'insight.outcome.partial': '更新しました (一部未完了)',
  'insight.outcome.computer': 'このコンピューターのチケットを更新しました',
  'insight.outcome.renewed': '新しいサインイン チケットを取得しました',
  'insight.outcome.checking':
    'ファイル共有、Web サイト、その他のネットワーク サービスに現在見えているグループを確認しています…',
  'insight.outcome.notChecked': 'ネットワーク サービスに現在見えているグループは確認していません。',
  'insight.outcome.unchecked':
    '新しいサインイン チケットを取得しましたが、グループを確認できませんでした',
  'insight.outcome.gained':
    'ファイル共有、Web サイト、その他のネットワーク サービスで、{groups} のメンバーになりました',
  'insight.outcome.lost':
    'ファイル共有、Web サイト、その他のネットワーク サービスでは、{groups} のメンバーではなくなりました',
  'insight.outcome.gained.localLater':
    'このコンピューター自体のアクセス許可 (ローカル フォルダー、管理者権限) に {groups} が反映されるのは、サインアウトしてもう一度サインインした後です。これは想定どおりの動作です。',
  'insight.outcome.notReplicated':
    '{count, plural, other {{groups} はまだサインイン チケットに反映されていません}}',
  'insight.outcome.notReplicated.body':
    'ディレクトリではメンバーになっていますが、新しいサインイン チケットを発行したドメイン コントローラーにはまだ変更が届いていません。',
  'insight.outcome.signOut':
    'このコンピューターに {groups} が反映されるのは、サインアウトした後です',
  'insight.outcome.signOut.body':
    'ネットワーク サービスにはすでに反映されています。このコンピューター自体が許可する内容 (ローカル フォルダー、管理者権限) はサインイン時に決まり、もう一度サインインすると更新されます。',
  'insight.outcome.noChange': 'まだ新しいグループはありません',
  'insight.outcome.noChange.body':
    '新しいサインイン チケットのグループは以前と同じです。グループに追加されたばかりの場合は、変更がまだドメイン コントローラーに届いていない可能性があります。',
  'insight.outcome.next.signOut':
    '作業内容を保存してから、サインアウトしてもう一度サインインしてください。',
  'insight.outcome.next.signOutUnix':
    '作業内容を保存してから、デスクトップ セッションからサインアウトしてもう一度サインインしてください。',
  'insight.outcome.next.wait':
    '同じサイト内では、変更はおよそ 1 分でほかのドメイン コントローラーに届きます。サイト間では最大 3 時間かかることがあります。後でもう一度更新してください。',
};
