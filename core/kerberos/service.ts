/**
 * What the tray app and the CLI ask of the Kerberos core. One implementation per platform family
 * (Windows klist.exe; MIT / Heimdal klist+kinit), chosen at start-up; tests construct them with
 * fake or real tools.
 */
import type { Message } from '../i18n/message';
import type { KlistKind, KlistListing, RefreshResult, RefreshScope } from './types';

export interface ListOptions {
  /** List the computer's tickets (Windows: logon session 0x3e7; elsewhere: the host keytab cache). */
  computer?: boolean;
}

export interface UserRefreshOptions {
  /** MIT/Heimdal: the password for a fresh TGT (sent to kinit on stdin, never in argv). */
  password?: string;
  /** Purge even when the pre-flight finds no reachable KDC. */
  force?: boolean;
}

export interface ComputerRefreshOptions {
  /** Windows: also run `gpupdate /target:computer /force` in the same elevated command. */
  gpupdate?: boolean;
  force?: boolean;
}

export interface Capabilities {
  kind: KlistKind;
  /** Whether "Refresh my groups" needs a password (MIT/Heimdal without a keytab). */
  userRefreshNeedsPassword: boolean;
  /** Whether "Refresh computer groups" can work here, and why not when it cannot. */
  computerRefresh: {
    available: boolean;
    reason: Message | null;
    /** How it runs: absent means the administrator prompt (`prompt`). With `cannot`, `reason`
     * says that it needs an administrator and what does the same (`available` stays true: the
     * window's button opens that explanation). */
    how?: ComputerRoute;
  };
}

/**
 * How "Refresh computer groups" gets administrator rights: `prompt` asks (UAC, polkit, sudo);
 * `helper` runs the task or polkit action IT installed, with no prompt; `direct` means Regroup
 * already runs elevated (an administrator, SYSTEM, root) and runs the fixed command itself;
 * `cannot`: this person cannot approve the prompt (a standard user; core/kerberos/approval.ts),
 * so none is opened.
 */
export type ComputerRoute = 'prompt' | 'helper' | 'direct' | 'cannot';

/**
 * Linux/macOS, no ticket cache yet: whom "Refresh my groups" will sign in (`$USER@<default
 * realm>`), and the sentence that says so; `principal` null when krb5.conf names no default realm
 * (then the sentence says how to sign in by hand, and a refresh cannot sign in).
 */
export interface SignInOffer {
  principal: string | null;
  message: Message;
}

export interface KerberosService {
  readonly kind: KlistKind;
  capabilities(): Promise<Capabilities>;
  list(options?: ListOptions): Promise<KlistListing>;
  /** MIT/Heimdal: the first sign-in offered when there is no ticket cache; null when there is one. */
  signInOffer?(): Promise<SignInOffer | null>;
  refresh(
    scope: RefreshScope,
    options?: UserRefreshOptions & ComputerRefreshOptions,
  ): Promise<RefreshResult>;
}
