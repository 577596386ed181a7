/**
 * The decision table of a refresh's headline, row by row. The verdicts are the real ones
 * (computeVerdict over three views), the refresh results the real builder's; the words are
 * checked in English where the point is what a person reads first.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { DOMAIN, groupsReport } from '../../test/fakes/fake-groups';
import { listingOf, ticketOf } from '../../test/fakes/kerberos-data';
import { computeVerdict } from '../groups/verdict';
import type { GroupsReport, Verdict } from '../groups/types';
import { msg } from '../i18n/message';
import { buildRefreshResult, type RefreshFacts } from '../kerberos/refresh-result';
import type { RefreshResult } from '../kerberos/types';
import { headlineFor, type Headline } from './outcome';

const HOUR = 3_600_000;
const started = new Date('2026-03-10T09:00:00Z');
const oldTgt = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 8 * HOUR);
const newTgt = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 10 * HOUR, {
  startTime: new Date(started.getTime() + 1000).toISOString(),
});

function result(extra: Partial<RefreshFacts> = {}): RefreshResult {
  return buildRefreshResult({
    kind: 'windows',
    scope: 'user',
    startedAt: started,
    before: [oldTgt],
    after: listingOf([newTgt]),
    now: () => new Date(started.getTime() + 2000),
    ...extra,
  });
}

/** Everything a person reads, in order: title, body, next step. */
function words(headline: Headline): string[] {
  const next = headline.next && 'message' in headline.next ? [say(headline.next.message)] : [];
  return [say(headline.title.message), ...headline.body.map((l) => say(l.message)), ...next];
}

/** The fake's reading with one SID per group name, whatever order the names come in. */
const NAMES = ['Users', 'Finance', 'Sales'];
function report(views: Parameters<typeof groupsReport>): GroupsReport {
  const reading = groupsReport(...views);
  for (const row of reading.groups) {
    row.sid = `${DOMAIN}-${1100 + NAMES.indexOf((row.name ?? '').replace('LAB\\', ''))}`;
  }
  return reading;
}

const verdict = (
  before: Parameters<typeof groupsReport>,
  after: Parameters<typeof groupsReport>,
): Verdict => computeVerdict(report(before), report(after));

describe('headlineFor', () => {
  it('green and naming them when groups were gained; this computer getting them at sign-in said calmly', () => {
    // Finance added in the directory: the new ticket carries it, this morning's token does not.
    const v = verdict(
      [['Users'], ['Users', 'Finance'], ['Users']],
      [['Users', 'Finance'], ['Users', 'Finance'], ['Users']],
    );
    const h = headlineFor({ result: result(), verdict: v, platform: 'windows' });
    expect(h).toMatchObject({ kind: 'changed', tone: 'success', next: null });
    expect(h.title.groups?.map((g) => g.name)).toEqual(['LAB\\Finance']);
    expect(words(h)).toEqual([
      'You are now in LAB\\Finance for file shares, websites and other network services',
      "This computer's own permissions (local folders, administrator rights) get LAB\\Finance when you sign out and sign in again: that is expected.",
    ]);
  });

  it('green for a group removed, and names it under a gain', () => {
    const v = verdict(
      [
        ['Users', 'Sales'],
        ['Users', 'Finance'],
        ['Users', 'Sales', 'Finance'],
      ],
      [
        ['Users', 'Finance'],
        ['Users', 'Finance'],
        ['Users', 'Sales', 'Finance'],
      ],
    );
    const h = headlineFor({ result: result(), verdict: v, platform: 'windows' });
    expect(h.tone).toBe('success');
    expect(words(h)).toEqual([
      'You are now in LAB\\Finance for file shares, websites and other network services',
      'File shares, websites and other network services no longer see you in LAB\\Sales',
    ]);
    const onlyLost = verdict([['Users', 'Sales'], ['Users']], [['Users'], ['Users']]);
    expect(words(headlineFor({ result: result(), verdict: onlyLost, platform: 'mit' }))[0]).toBe(
      'File shares, websites and other network services no longer see you in LAB\\Sales',
    );
  });

  it('amber, naming the group, with Sign out offered on Windows when only a sign-out brings it', () => {
    // Finance already reaches services (an earlier refresh); this computer's token lacks it.
    const v = verdict(
      [['Users', 'Finance'], ['Users', 'Finance'], ['Users']],
      [['Users', 'Finance'], ['Users', 'Finance'], ['Users']],
    );
    const windows = headlineFor({ result: result(), verdict: v, platform: 'windows' });
    expect(windows).toMatchObject({ kind: 'sign-out', tone: 'warning' });
    expect(windows.next).toMatchObject({ kind: 'sign-out', action: true });
    expect(words(windows)).toEqual([
      'This computer applies LAB\\Finance only after you sign out',
      'Network services already see you there. What this computer itself allows (local folders, administrator rights) was fixed when you signed in, and a new sign-in updates it.',
      'Save your work, then sign out and sign in again.',
    ]);
    // Linux and macOS: Regroup cannot sign the person out; it says how.
    const mac = headlineFor({
      result: result({ kind: 'heimdal' }),
      verdict: v,
      platform: 'heimdal',
    });
    expect(mac.next).toMatchObject({ kind: 'sign-out', action: false });
    expect(words(mac)[2]).toBe(
      'Save your work, then sign out of your desktop session and sign in again.',
    );
  });

  it('does not offer a sign-out for a group that was removed and this computer still holds', () => {
    const v = verdict(
      [['Users'], ['Users'], ['Users', 'Sales']],
      [['Users'], ['Users'], ['Users', 'Sales']],
    );
    expect(v.needsSignOut.map((g) => g.name)).toEqual(['LAB\\Sales']);
    expect(headlineFor({ result: result(), verdict: v, platform: 'windows' }).kind).toBe('not-yet');
  });

  it('offers to wait for a group the directory lists and the new ticket does not carry yet', () => {
    const v = verdict(
      [['Users'], ['Users', 'Finance'], ['Users']],
      [['Users'], ['Users', 'Finance'], ['Users']],
    );
    const h = headlineFor({ result: result(), verdict: v, platform: 'windows' });
    expect(h).toMatchObject({ kind: 'not-yet', tone: 'neutral' });
    expect(h.next).toMatchObject({ kind: 'wait', groups: [{ name: 'LAB\\Finance' }] });
    expect(words(h)).toEqual([
      'LAB\\Finance has not reached your sign-in ticket yet',
      'The directory lists you there, but the domain controller that issued your new sign-in ticket does not have the change yet.',
      'Within a site a change reaches the other domain controllers in about a minute; between sites it can take up to 3 hours: refresh again later.',
    ]);
  });

  it('says "no new group yet" when nothing changed, and offers to wait', () => {
    const v = verdict([['Users']], [['Users']]);
    const h = headlineFor({ result: result(), verdict: v, platform: 'windows' });
    expect(h).toMatchObject({ kind: 'not-yet', tone: 'neutral', next: { kind: 'wait' } });
    expect(words(h).slice(0, 2)).toEqual([
      'No new group yet',
      'Your new sign-in ticket has the same groups as before. If someone has just added you to a group, the change may not have reached your domain controller yet.',
    ]);
  });

  it('neutral, saying why, when the groups could not be checked; never green', () => {
    const v: Verdict = {
      gained: [],
      lost: [],
      needsSignOut: [],
      unverified: msg('insight.verify.readFailed', { when: 'after' }),
      cause: msg('insight.adsi.unreachable'),
      hints: [],
    };
    const h = headlineFor({ result: result(), verdict: v, platform: 'windows' });
    expect(h).toMatchObject({ kind: 'unchecked', tone: 'neutral', next: null });
    expect(words(h)).toEqual([
      'You have a new sign-in ticket, but your groups could not be checked',
      'Your groups could not be read after the refresh.',
      'The domain controller could not be reached. Check the connection to your domain (VPN), then try again.',
    ]);
    expect(words(headlineFor({ result: result(), verdict: undefined, platform: 'mit' }))).toEqual([
      'You have a new sign-in ticket',
      'Which groups network services see now was not checked.',
    ]);
    expect(
      headlineFor({ result: result(), verdict: 'pending', platform: 'windows' }),
    ).toMatchObject({ kind: 'checking', tone: 'neutral' });
  });

  it('red for a failure: what happened, what was kept, and a retry', () => {
    const offline = result({
      outcome: 'offline',
      error: { code: 'kdc-unreachable', message: msg('krb.preflight.noKdcFoundNoRealm') },
    });
    const h = headlineFor({ result: offline, verdict: null, platform: 'windows' });
    expect(h).toMatchObject({ kind: 'failed', tone: 'error', next: { kind: 'retry' } });
    expect(words(h)).toEqual([
      'Your domain could not be reached; nothing was changed',
      'No domain controller for your domain could be found (no DNS record and none configured). Connect to the corporate network or VPN and try again.',
      'Nothing was removed: your tickets and your access stay as they were, with the groups you had before.',
    ]);
    const failed = result({
      scope: 'computer',
      error: { code: 'klist-failed', message: msg('krb.result.nothingChanged') },
    });
    expect(words(headlineFor({ result: failed, platform: 'windows' }))).toEqual([
      'Nothing was changed',
      'Nothing was changed.',
      'Nothing was removed: the computer keeps its tickets, with its old groups, until they expire or the computer restarts.',
    ]);
  });

  it('neutral for a declined administrator prompt, saying a restart does the same', () => {
    const declined = result({
      scope: 'computer',
      outcome: 'declined',
      error: { code: 'elevation-declined', message: msg('krb.elevate.declined') },
    });
    const h = headlineFor({ result: declined, platform: 'windows' });
    expect(h).toMatchObject({ kind: 'declined', tone: 'neutral', next: { kind: 'retry' } });
    expect(words(h)[1]).toMatch(/restarting the computer has the same effect\.$/);
  });

  it('amber when no new ticket came back, and success for a computer refresh', () => {
    const noTgt = result({ after: listingOf([]) });
    expect(noTgt.outcome).toBe('partial');
    const h = headlineFor({ result: noTgt, verdict: 'pending', platform: 'windows' });
    expect(h).toMatchObject({ kind: 'partial', tone: 'warning', next: { kind: 'retry' } });
    expect(say(h.title.message)).toBe('Refreshed, with gaps');

    const computer = result({ scope: 'computer', after: listingOf([]) });
    const c = headlineFor({ result: computer, platform: 'windows' });
    expect(c).toMatchObject({ kind: 'computer', tone: 'success' });
    expect(words(c)[0]).toBe("This computer's tickets are renewed");
  });
});
