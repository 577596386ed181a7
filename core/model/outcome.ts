/**
 * The headline of a refresh: ONE decision table from (the refresh result, the verdict of "did it
 * work?", the platform) to what a person reads first, its tone and the next step. The window's
 * result panel, the notification of a refresh that finished while the window was hidden, and the
 * command line (human and `--json`) all take their headline from `headlineFor`; none of them
 * decides on its own words or colour.
 *
 * The rows, in order (the first that matches wins):
 *
 * | refresh                     | verdict                                   | headline   | tone    | next step                 |
 * | --------------------------- | ----------------------------------------- | ---------- | ------- | ------------------------- |
 * | declined (admin prompt)     | -                                         | declined   | neutral | try again (explained)     |
 * | failed, needs-administrator | -                                         | needs-admin | neutral | none (says who, restart)  |
 * | failed, offline             | -                                         | failed     | error   | try again (what was kept) |
 * | partial without a new TGT   | -                                         | partial    | warning | try again                 |
 * | computer, done              | -                                         | computer   | success | none                      |
 * | user, done                  | not asked (CLI without --verify)          | unchecked  | neutral | none                      |
 * | user, done                  | being read                                | checking   | neutral | none                      |
 * | user, done                  | could not be made                         | unchecked  | neutral | none (says why)           |
 * | user, done                  | groups gained or lost for services        | changed    | success | none                      |
 * | user, done                  | directory lists a group the ticket lacks  | not-yet    | neutral | wait for it               |
 * | user, done                  | services have a group this PC's token lacks | sign-out | warning | sign out (Windows) / explain |
 * |                             |   (secondary, Windows: a new sign-in for one program)        |         |                           |
 * | user, done                  | nothing changed                           | not-yet    | neutral | wait for it               |
 *
 * Why these rows: a gained group is the one thing a refresh can prove (the domain controller
 * computed it for the new ticket), so only that is green; a group that reaches services but not
 * this PC's own token can only come with a new sign-in, so that is amber and names it, and the
 * sign-out is offered, never done without the person's "yes"; "nothing changed" is most often a
 * change that has not reached the person's domain controller yet, so the step is to wait for it,
 * not to refresh again and again. Beside the sign-out, Windows can start ONE program with a new
 * sign-in of the person's own account (core/session/fresh-sign-in.ts): that program gets the
 * current groups now, the desktop keeps the old ones; offered as the secondary action. A gained group that this PC's token lacks is expected (the
 * token changes only at sign-in) and is said in one calm line, not as a warning.
 *
 * Pure: no clock, no I/O, no formatting. Group names are passed as values (`{groups}`, already
 * joined) and as `GroupRef`s, so that the window can isolate each name and the CLI can join them.
 */
import { msg, type Message } from '../i18n/message';
import type { GroupRef, Verdict } from '../groups/types';
import type { KlistKind, RefreshResult } from '../kerberos/types';
import { groupNames } from '../groups/names';

export type HeadlineKind =
  | 'changed'
  | 'checking'
  | 'unchecked'
  | 'sign-out'
  | 'not-yet'
  | 'computer'
  | 'partial'
  | 'declined'
  | 'needs-admin'
  | 'failed';

export type Tone = 'success' | 'neutral' | 'warning' | 'error';

/** One sentence of the headline, with the groups it names (for isolating each name). */
export interface HeadlineLine {
  message: Message;
  groups?: GroupRef[];
}

/**
 * What the person can do next. `sign-out` is offered as a button only where `action` is true;
 * `freshSignIn`: also offer a new sign-in for one program (the secondary action, Windows).
 */
export type NextStep =
  | {
      kind: 'sign-out';
      action: boolean;
      freshSignIn: boolean;
      groups: GroupRef[];
      message: Message;
    }
  | { kind: 'wait'; groups: GroupRef[]; message: Message }
  | { kind: 'retry' };

export interface Headline {
  kind: HeadlineKind;
  tone: Tone;
  title: HeadlineLine;
  /** The sentences under the title: why, what was kept. May be empty. */
  body: HeadlineLine[];
  next: NextStep | null;
}

/** The verdict as the edge has it: absent (not asked), being read, or made. */
export type VerdictInput = Verdict | 'pending' | null | undefined;

export interface HeadlineFacts {
  result: RefreshResult;
  verdict?: VerdictInput;
  /** The platform family that refreshed: only Windows can sign the person out from here. */
  platform: KlistKind;
}

const line = (message: Message, groups?: GroupRef[]): HeadlineLine =>
  groups ? { message, groups } : { message };

/** A message naming `groups` (joined here; the window replaces the value with isolated names). */
const naming = (id: Parameters<typeof msg>[0], groups: GroupRef[]): HeadlineLine =>
  line(msg(id, { groups: groupNames(groups), count: groups.length }), groups);

const signOutStep = (platform: KlistKind, groups: GroupRef[]): NextStep => {
  const windows = platform === 'windows';
  return {
    kind: 'sign-out',
    action: windows,
    freshSignIn: windows,
    groups,
    message: msg(windows ? 'insight.outcome.next.signOut' : 'insight.outcome.next.signOutUnix'),
  };
};

/** Domain groups that services see now and this computer's sign-in token does not have. */
function onlySignOutBrings(verdict: Verdict, gained: GroupRef[]): GroupRef[] {
  const known = new Set(gained.map((g) => g.sid));
  return (verdict.signOutAdds ?? []).filter((g) => !known.has(g.sid));
}

function failedHeadline(result: RefreshResult): Headline {
  if (result.outcome === 'declined') {
    return {
      kind: 'declined',
      tone: 'neutral',
      title: line(msg('insight.outcome.declined')),
      body: [line(result.message)],
      // Back to the explanation, never straight into another prompt.
      next: { kind: 'retry' },
    };
  }
  if (result.error?.code === 'needs-administrator') {
    // A standard user: no prompt was opened. Not a failure to retry: the sentence says who can
    // do it, and what does the same (a restart, IT's helper).
    return {
      kind: 'needs-admin',
      tone: 'neutral',
      title: line(msg('insight.outcome.needsAdmin')),
      body: [line(result.message)],
      next: null,
    };
  }
  const kept =
    result.scope === 'user'
      ? msg('krb.caveat.user.nothingRemoved')
      : msg('krb.caveat.computer.nothingRemoved');
  return {
    kind: 'failed',
    tone: 'error',
    title: line(
      msg(result.outcome === 'offline' ? 'insight.outcome.offline' : 'insight.outcome.failed'),
    ),
    body: [line(result.message), line(kept)],
    next: { kind: 'retry' },
  };
}

function verifiedHeadline(verdict: Verdict, platform: KlistKind): Headline {
  const { gained, lost } = verdict;
  if (gained.length > 0 || lost.length > 0) {
    const body: HeadlineLine[] = [];
    if (gained.length > 0 && lost.length > 0) body.push(naming('insight.outcome.lost', lost));
    // Expected: this PC's own token changes only at sign-in. Said calmly, once.
    const localLater = (verdict.signOutAdds ?? []).filter((g) =>
      gained.some((x) => x.sid === g.sid),
    );
    if (localLater.length > 0) body.push(naming('insight.outcome.gained.localLater', localLater));
    return {
      kind: 'changed',
      tone: 'success',
      title:
        gained.length > 0
          ? naming('insight.outcome.gained', gained)
          : naming('insight.outcome.lost', lost),
      body,
      next: null,
    };
  }
  const lagging = verdict.hints.find((h) => h.code === 'not-replicated');
  if (lagging) {
    const groups = lagging.groups ?? (lagging.sids ?? []).map((sid) => ({ sid, name: null }));
    return {
      kind: 'not-yet',
      tone: 'neutral',
      title: naming('insight.outcome.notReplicated', groups),
      body: [line(msg('insight.outcome.notReplicated.body'))],
      next: { kind: 'wait', groups, message: msg('insight.outcome.next.wait') },
    };
  }
  const signOut = onlySignOutBrings(verdict, gained);
  if (signOut.length > 0) {
    return {
      kind: 'sign-out',
      tone: 'warning',
      title: naming('insight.outcome.signOut', signOut),
      body: [line(msg('insight.outcome.signOut.body'))],
      next: signOutStep(platform, signOut),
    };
  }
  return {
    kind: 'not-yet',
    tone: 'neutral',
    title: line(msg('insight.outcome.noChange')),
    body: [line(msg('insight.outcome.noChange.body'))],
    next: { kind: 'wait', groups: [], message: msg('insight.outcome.next.wait') },
  };
}

/** The decision table (see the module header). */
export function headlineFor(facts: HeadlineFacts): Headline {
  const { result, verdict, platform } = facts;
  if (result.outcome === 'declined' || result.outcome === 'failed' || result.outcome === 'offline')
    return failedHeadline(result);
  const newTgt = result.acquired.some((t) => t.isTgt);
  if (result.outcome === 'partial' && (result.scope === 'computer' || !newTgt)) {
    return {
      kind: 'partial',
      tone: 'warning',
      title: line(msg('insight.outcome.partial')),
      body: [line(result.message)],
      next: { kind: 'retry' },
    };
  }
  if (result.scope === 'computer') {
    return {
      kind: 'computer',
      tone: 'success',
      title: line(msg('insight.outcome.computer')),
      body: [line(result.message)],
      next: null,
    };
  }
  if (verdict === 'pending') {
    return {
      kind: 'checking',
      tone: 'neutral',
      title: line(msg('insight.outcome.renewed')),
      body: [line(msg('insight.outcome.checking'))],
      next: null,
    };
  }
  if (!verdict) {
    return {
      kind: 'unchecked',
      tone: 'neutral',
      title: line(msg('insight.outcome.renewed')),
      body: [line(msg('insight.outcome.notChecked'))],
      next: null,
    };
  }
  if (verdict.unverified) {
    const body = [line(verdict.unverified)];
    if (verdict.cause) body.push(line(verdict.cause));
    return {
      kind: 'unchecked',
      tone: 'neutral',
      title: line(msg('insight.outcome.unchecked')),
      body,
      next: null,
    };
  }
  return verifiedHeadline(verdict, platform);
}
