/** Kerberos on Linux and macOS in Japanese. Translated from en/kerberos-unix.ts; same keys, same ICU arguments. */
import type { kerberosUnix as en } from '../en/kerberos-unix';

export const kerberosUnix: Record<keyof typeof en, string> = {
  // --- klist's own error lines ---
  'unix.klist.noHostKeytab':
    'このコンピューターにはホスト keytab がないため、ここではコンピューターのチケットを一覧表示できません。このコンピューターをレルムに参加させるよう、管理者に依頼してください (realm join や adcli などを使用します)。',
  'unix.klist.noCredentials':
    'Kerberos チケットがまだありません ({family} の klist でチケット キャッシュが見つかりませんでした)。{command} でサインインするか、サインアウトしてサインインし直してから、もう一度お試しください。',
  'unix.klist.failed':
    '{family} の klist でチケットを一覧表示できませんでした。チケット キャッシュが破損している場合は、kdestroy で削除してから、kinit でもう一度サインインしてください。',
  'unix.klist.emptyOutput':
    '{family} の klist から何も出力されなかったため、Regroup はどのチケットがあるかを判断できません。ターミナルで klist を実行して、何が表示されるかを確認してください。',
  'unix.klist.unreadable':
    'Regroup は、このテキストを {family} の klist の出力として読み取れませんでした。ターミナルで klist を実行して確認してください。チケットが一覧表示される場合は、対応できるように、このテキストを報告してください。',

  // --- Listing the computer's tickets ---
  'unix.systemCache.notRoot':
    '{cache} は root が所有するファイルではないため、Regroup はこれをコンピューターのチケットとして扱わず、管理者権限も要求しません。別のユーザーが配置した可能性があります。IT ヘルプデスクに削除を依頼してください。',
  'unix.list.computer.accessDenied':
    'コンピューターのチケット ({cache}) を読み取るには管理者権限が必要です。{command} を実行するか、[コンピューターのグループを更新] を使用してください。',
  'unix.list.computer.noTickets':
    '{cache} にコンピューターのチケットはありません。チケットはサービスが要求したときに取得されます。今すぐ取得するには [コンピューターのグループを更新] を使用してください (ホスト keytab が必要です)。',

  // --- "Refresh my groups" ---
  'unix.refresh.noPrincipal':
    'チケット キャッシュにプリンシパルが記録されていないため、Regroup はどのアカウントでサインインすればよいか判断できません。{command} でサインインしてから、更新してください。',
  'unix.signIn.offer':
    'まだ Kerberos にサインインしていません (チケット キャッシュがありません)。Regroup は {principal} としてサインインします。これがご自分のアカウントでない場合は、代わりに {command} でサインインしてください。',
  'unix.signIn.noRealm':
    'まだ Kerberos にサインインしておらず、このコンピューターには既定のレルムがないため、Regroup はどのアカウントでサインインすればよいか判断できません。{command} でサインインしてから、更新してください。',
  'unix.signIn.passwordRequired':
    'まだ Kerberos にサインインしていません。サインインして現在のグループを含むチケットを取得するには、{principal} のパスワードを入力してください。',
  'unix.signIn.done':
    'サインインしました。{principal} は現在のグループを含むチケットを持っています。',
  'unix.refresh.passwordRequired':
    '現在のグループを含む新しいチケットを取得するには、{principal} のパスワードを入力してください。チケットはそのまま残してあります。',
  'unix.refresh.passwordRequiredExpired':
    'チケットは {expiredAt, time, short} に期限切れになりました ({expiredAt, date, medium})。現在のグループを含む新しいチケットを取得するには、{principal} のパスワードを入力してください。チケットはそのまま残してあります。',
  'unix.refresh.tempCacheFailed':
    'Regroup は一時チケット キャッシュを作成できなかったため、何も変更されていません。一時フォルダーに書き込みできることを確認してから、もう一度お試しください。',
  'unix.refresh.replaceFailed':
    'Regroup は新しいチケットを取得しましたが、チケット キャッシュと置き換えることができなかったため、チケットはそのまま残してあります。チケット キャッシュのフォルダーに書き込みできることを確認してから、もう一度お試しください。',
  'unix.refresh.user.done':
    '{expired, select, yes {古いチケットは期限切れでした。} other {}}{services, plural, =0 {完了: {principal} は現在のグループを含む新しいチケットを取得しました。} other {完了: {principal} は現在のグループを含む新しいチケットを取得し、サービス チケット # 件を再取得しました。}}',
  'unix.refresh.user.partial':
    '{expired, select, yes {古いチケットは期限切れでした。} other {}}{principal} は現在のグループを含む新しいチケットを取得しましたが、サービス チケット {services, plural, other {# 件}}のうち {failed} 件を再取得できませんでした。{failed, plural, other {再取得できなかったチケットは、次回の使用時に取得されます。}}',
  'unix.refresh.user.unconfirmed':
    'kinit で {principal} として再度サインインしましたが、チケットの一覧に新しいチケットが表示されていません。klist で確認し、古いチケットが残っている場合は、もう一度更新してください。',

  // --- "Refresh computer groups" ---
  'unix.computer.noHostKeytab':
    'このコンピューターにはホスト keytab ({keytab}) がないため、グループを更新できるコンピューター自身の Kerberos アカウントがありません。realmd と sssd、adcli、または Samba winbind でドメインに参加したコンピューターには keytab があります。このコンピューターをドメインに参加させるべきかどうかは、IT ヘルプデスクにお問い合わせください。',

  // --- kinit failures ---
  'unix.kinit.wrongPassword':
    '{subject, select, computer {このコンピューター} unnamed {お使いのアカウント} other {{principal} }}のパスワードが受け付けられなかったため、チケットはそのまま残してあります。パスワード (と Caps Lock) を確認して、もう一度お試しください。',
  'unix.kinit.kdcUnreachable':
    'レルムのドメイン コントローラー (KDC) が応答しなかったため、チケットはそのまま残してあります。社内ネットワークまたは VPN に接続してから、もう一度お試しください。',
  'unix.kinit.passwordExpired':
    '{subject, select, computer {このコンピューター} unnamed {お使いのアカウント} other {{principal} }}のパスワードの有効期限が切れているため、新しいチケットは発行されず、チケットはそのまま残してあります。パスワードを変更してから ({command}、または組織のパスワード変更ページ)、もう一度更新してください。',
  'unix.kinit.accountLocked':
    '{subject, select, computer {このコンピューター} unnamed {お使いのアカウント} other {{principal} }}はドメインによって拒否されました。アカウントがロックされているか、無効になっています。チケットはそのまま残してあります。IT ヘルプデスクにアカウントのロック解除を依頼してください。',
  'unix.kinit.unknownPrincipal':
    '{subject, select, computer {このコンピューター} unnamed {お使いのアカウント} other {{principal} }}はドメインで認識されていません。チケットはそのまま残してあります。アカウント名を確認するか、IT ヘルプデスクにお問い合わせください。',
  'unix.kinit.keytabUnusable':
    '{subject, select, computer {このコンピューター} unnamed {お使いのアカウント} other {{principal} }}のサインインに keytab を使用できませんでした。チケットはそのまま残してあります。keytab が存在し、読み取り可能で、このアカウントの現在のキーが含まれていることを確認してください。',
  'unix.kinit.clockSkew':
    'このコンピューターの時刻とドメイン コントローラーの時刻の差が大きすぎるため、チケットは発行されませんでした。チケットはそのまま残してあります。時刻を修正して (時刻の同期を有効にして)、もう一度お試しください。',
  'unix.kinit.failed':
    '{subject, select, computer {このコンピューター} unnamed {お使いのアカウント} other {{principal} }}の新しいチケットを取得できませんでした。チケットはそのまま残してあります。もう一度お試しください。失敗が続く場合は、詳細を IT ヘルプデスクに伝えてください。',

  // --- A service ticket that could not be fetched again ---
  'unix.service.unknown':
    'このサービスがドメインで認識されなくなったため、チケットを再取得できませんでした。',
  'unix.service.kdcUnreachable':
    'このチケットの取得中にドメイン コントローラーが応答しませんでした。次回の使用時に再取得されます。',
  'unix.service.failed':
    'このチケットを再取得できませんでした ({reason})。次回の使用時に再取得されます。',
  'unix.service.failedNoReason':
    'このチケットを再取得できませんでした。次回の使用時に再取得されます。',
};
