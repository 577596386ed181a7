/**
 * The data model of "My groups": three views of the groups a person is in, compared row by row,
 * and the verdict after a refresh. This is the JSON shape of `regroup groups --json` and of the
 * `verdict` in `regroup refresh --verify --json`. No runtime code: the renderer imports it type-only.
 */

/** The three views, named as in the JSON. */
export type GroupViewName = 'signInToken' | 'kerberosServices' | 'directory';

export interface GroupView {
  /** False when this view could not be read here; `reason` then says why, as a sentence. */
  available: boolean;
  reason: string | null;
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
  meaning: string | null;
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
  message: string;
  sids?: string[];
}

export interface Verdict {
  /** Groups Kerberos services see now and did not see before. */
  gained: GroupRef[];
  /** Groups Kerberos services saw before and do not see now. */
  lost: GroupRef[];
  /** Groups whose sign-in token mark still differs from what Kerberos services / the directory say. */
  needsSignOut: GroupRef[];
  /** Null when the comparison was made; else why it could not be (a sentence with a next step). */
  unverified: string | null;
  hints: GroupHint[];
}
