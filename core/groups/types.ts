/**
 * The data model of "My groups": three views of the groups a person is in, compared row by row,
 * and the verdict after a refresh. This is the JSON shape of `regroup groups --json` and of the
 * `verdict` in `regroup refresh --verify --json`. No runtime code: the renderer imports it type-only.
 * Sentences are `Message`s, formatted by the edge in the person's language.
 */
import type { Message } from '../i18n/message';

/** The three views, named as in the JSON. */
export type GroupViewName = 'signInToken' | 'kerberosServices' | 'directory';

/**
 * Why something in "My groups" could not be read, as a stable code (the JSON's `code`, and what
 * the verdict's hints test; never the sentence).
 */
export type GroupsErrorCode =
  /** The domain controller did not answer on the network. */
  | 'dc-unreachable'
  /** No Kerberos tickets (or expired ones) to ask the domain controller with. */
  | 'no-credentials'
  /** No domain controller was found, or the name given is not a host name. */
  | 'no-dc'
  /** The domain controller's name is not known to Kerberos (no `ldap/<name>` principal). */
  | 'spn-missing'
  | 'account-not-found'
  /** The tool that reads the view (ldapsearch, whoami.exe, powershell.exe, id) is not there. */
  | 'tool-missing'
  | 'timeout'
  | 'unreadable-output'
  /** This computer does not map directory groups to its own (Linux/macOS without sssd/winbind). */
  | 'not-mapped'
  | 'failed';

export interface GroupView {
  /** False when this view could not be read here; `reason` then says why, as a sentence. */
  available: boolean;
  reason: Message | null;
  /** Why the view could not be read, as a stable code (absent when it was read). */
  code?: GroupsErrorCode;
  /** For the help desk: the tool's own words when the view could not be read (absent when none). */
  detail?: string;
  /** Where the view came from (`whoami /groups`, `id`, `ldapsearch -Y GSSAPI`, `ADSI`). */
  source: string | null;
}

/** Where a group lives, which decides what a refresh can do for it. */
export type GroupScope =
  /** A domain group: travels in Kerberos tickets. */
  | 'domain'
  /** A group of this computer (built-in alias or a local group): never in a ticket. */
  | 'local';

export interface GroupRow {
  sid: string;
  /** `LAB\Finance`; null when no view could name it. */
  name: string | null;
  /** In the token this computer's local permissions use (until the next sign-in). Null: not available here. */
  signInToken: boolean | null;
  /** In the token a Kerberos service (file share, web app) builds from the current tickets. */
  kerberosServices: boolean | null;
  /** A member in the directory now (what the next TGT will carry). */
  directory: boolean | null;
  scope: GroupScope;
  /** The plain meaning of the difference between the marks; null when all agree. */
  meaning: Message | null;
}

export interface GroupsReport {
  /** `bob@LAB.TEST`; null when unknown. */
  principal: string | null;
  /** The domain controller that was asked (`dc1.lab.test`); null when none was reached. */
  dc: string | null;
  groups: GroupRow[];
  views: Record<GroupViewName, GroupView>;
  /** Number of SIDs in the Kerberos services' token (the token-size hint uses it). */
  tokenSidCount: number | null;
  /** ISO 8601 time of the reading. */
  readAt: string;
}

export interface GroupRef {
  sid: string;
  name: string | null;
}

/** A reason a refresh may not have helped, detected from the views. */
export interface GroupHint {
  code:
    | 'local-group'
    | 'not-replicated'
    | 'dc-unreachable'
    | 'token-too-large'
    | 'ntlm'
    | 'smb-session';
  /** True when seen in the views; false for general advice that cannot be detected from here. */
  detected: boolean;
  message: Message;
  sids?: string[];
  /** The groups the hint is about, named as the views name them (same order as `sids`). */
  groups?: GroupRef[];
}

export interface Verdict {
  /** Groups Kerberos services see now and did not see before. */
  gained: GroupRef[];
  /** Groups Kerberos services saw before and do not see now. */
  lost: GroupRef[];
  /** Groups whose sign-in token mark still differs from what Kerberos services / the directory say. */
  needsSignOut: GroupRef[];
  /**
   * Of `needsSignOut`, the domain groups that services see and this computer's sign-in token lacks:
   * what only a new sign-in brings to this computer (absent where no comparison was made).
   */
  signOutAdds?: GroupRef[];
  /** Null when the comparison was made; else what could not be done (`…could not be read after the refresh.`). */
  unverified: Message | null;
  /**
   * With `unverified`: what stopped it, with the next step (the view's reason, the error's
   * sentence, or the refresh's own message), when one is known.
   */
  cause?: Message;
  /** With `unverified`: the tool's own words, for the help desk, when there are any. */
  detail?: string;
  hints: GroupHint[];
}
