/**
 * The one refresh report builder: outcome, sentence and caveats for each platform family, scope
 * and outcome. The words are checked in English, because what they claim is the point.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../test/fakes/english';
import { listingOf, ticketOf } from '../../test/fakes/kerberos-data';
import { msg } from '../i18n/message';
import { caveatsFor } from './caveats';
import { buildRefreshResult, failureOf, type RefreshFacts } from './refresh-result';
import type { KlistKind, RefreshOutcome, RefreshScope } from './types';

const HOUR = 3_600_000;
const started = new Date('2026-03-10T09:00:00Z');
const oldTgt = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 8 * HOUR);
const oldCifs = ticketOf('cifs/fs01.contoso.com@CONTOSO.COM', 8 * HOUR);
const newTgt = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 10 * HOUR, {
  startTime: new Date(started.getTime() + 1000).toISOString(),
});

const facts = (extra: Partial<RefreshFacts>): RefreshFacts => ({
  kind: 'windows',
  scope: 'user',
  startedAt: started,
  before: [oldTgt, oldCifs],
  after: listingOf([newTgt]),
  now: () => new Date(started.getTime() + 2000),
  ...extra,
});

const KINDS: KlistKind[] = ['windows', 'mit', 'heimdal', 'unknown'];
const SCOPES: RefreshScope[] = ['user', 'computer'];
const OUTCOMES: RefreshOutcome[] = ['refreshed', 'partial', 'failed', 'declined', 'offline'];

describe('buildRefreshResult', () => {
  it('a Windows user refresh: what was removed, what came back, and the Windows caveats', () => {
    const result = buildRefreshResult(facts({}));
    expect(result).toMatchObject({ scope: 'user', outcome: 'refreshed', ok: true, error: null });
    expect(result.removed).toEqual([oldTgt, oldCifs]);
    expect(result.acquired).toEqual([newTgt]);
    expect(say(result.message)).toBe(
      'Done: 2 old tickets were removed and a new ticket was issued for dyork@CONTOSO.COM with your current groups.',
    );
    expect(result.caveats).toEqual(caveatsFor('windows', 'user', 'refreshed'));
  });

  it('an MIT user refresh speaks of kinit-world things, never of Windows', () => {
    const result = buildRefreshResult(facts({ kind: 'mit', before: [] }));
    expect(say(result.message)).toBe(
      'Done: a new ticket was issued for dyork@CONTOSO.COM with your current groups.',
    );
    const caveats = result.caveats.map(say).join(' ');
    expect(caveats).toMatch(/new ticket-granting ticket/);
    expect(caveats).toMatch(/already mounted .* keep your old groups/);
    expect(caveats).toMatch(/"id" shows does not come from your tickets/);
    expect(caveats).not.toMatch(/Windows|whoami|PC/);
  });

  it('a "new" TGT that has already ended, or belongs to another principal, is not a refresh', () => {
    // Seen under Wine with a real `klist get` sample: a fresh start time on an ended ticket of a
    // gMSA. Neither gives the person a sign-in ticket with their current groups.
    const ended = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 10 * HOUR, {
      startTime: new Date(started.getTime() + 1000).toISOString(),
      endTime: new Date(started.getTime() + 1500).toISOString(),
    });
    const foreign = ticketOf('krbtgt/CONTOSO.COM@CONTOSO.COM', 10 * HOUR, {
      client: 'WebApp01$@CONTOSO.COM',
      startTime: new Date(started.getTime() + 1000).toISOString(),
    });
    for (const after of [ended, foreign]) {
      const result = buildRefreshResult(facts({ after: listingOf([after]) }));
      expect(result.outcome).toBe('partial');
      expect(result.ok).toBe(false);
    }
  });

  it('a replaced cache: a new TGT in the same second as the old one is still new', () => {
    // Two refreshes within a second (klist prints whole seconds): the MIT/Heimdal refresh swaps in
    // a new cache, so what is in it is new even with the same start time as before.
    const again = { ...oldTgt };
    const same = buildRefreshResult(
      facts({ kind: 'mit', before: [oldTgt], after: listingOf([again]) }),
    );
    expect(same.outcome).toBe('partial');
    const swapped = buildRefreshResult(
      facts({ kind: 'mit', before: [oldTgt], after: listingOf([again]), replaced: () => true }),
    );
    expect(swapped.outcome).toBe('refreshed');
    expect(swapped.removed).toEqual([oldTgt]);
    expect(swapped.acquired).toEqual([again]);
  });

  it('keeps the code and the tool words of what could not be got back', () => {
    const result = buildRefreshResult(
      facts({
        failed: [
          failureOf('krbtgt/CONTOSO.COM@CONTOSO.COM', {
            code: 'kdc-unreachable',
            message: msg('krb.windows.noLogonServers'),
            detail: 'klist failed with 0xc000005e/-1073741730',
          }),
        ],
      }),
    );
    expect(result.outcome).toBe('partial');
    expect(result.failed).toEqual([
      {
        server: 'krbtgt/CONTOSO.COM@CONTOSO.COM',
        message: msg('krb.windows.noLogonServers'),
        code: 'kdc-unreachable',
        detail: 'klist failed with 0xc000005e/-1073741730',
      },
    ]);
  });

  it('no new TGT: partial, and only Windows is said to get one by itself', () => {
    const windows = buildRefreshResult(facts({ after: listingOf([]) }));
    expect(windows.outcome).toBe('partial');
    expect(windows.ok).toBe(false);
    expect(say(windows.message)).toMatch(
      /^Your 2 old tickets were removed, .*Windows gets one by itself/,
    );
    const heimdal = buildRefreshResult(facts({ kind: 'heimdal', after: listingOf([]) }));
    expect(heimdal.outcome).toBe('partial');
    expect(say(heimdal.message)).toBe(
      'Your 2 old tickets were removed, but a new ticket could not be obtained. Check the network connection, then refresh again.',
    );
  });

  it('tickets that did not come back make it partial and are counted', () => {
    const failed = [
      { server: 'cifs/fs01.contoso.com', message: msg('krb.windows.unknownService') },
    ];
    const result = buildRefreshResult(facts({ failed }));
    expect(result.outcome).toBe('partial');
    expect(result.failed).toEqual(failed);
    expect(say(result.message)).toMatch(
      /new ticket .* was issued, but 1 ticket could not be fetched again/,
    );
  });

  it('an error means nothing was changed, whatever the listings say', () => {
    const error = { code: 'kdc-unreachable', message: msg('krb.windows.noLogonServers') } as const;
    const result = buildRefreshResult(facts({ error }));
    expect(result).toMatchObject({
      outcome: 'failed',
      ok: false,
      removed: [],
      acquired: [],
      error,
    });
    expect(result.message).toEqual(error.message);
    expect(result.caveats).toEqual([msg('krb.caveat.user.nothingRemoved')]);
  });

  it('a declined computer refresh removed nothing and its caveat says so', () => {
    const error = { code: 'elevation-declined', message: msg('krb.elevate.declined') } as const;
    const result = buildRefreshResult(
      facts({ scope: 'computer', outcome: 'declined', error, before: [], after: null }),
    );
    expect(result.outcome).toBe('declined');
    expect(result.caveats.map(say)).toEqual([
      'Nothing was removed: the computer keeps its tickets, with its old groups, until they expire or the computer restarts.',
    ]);
  });

  it('computer refreshes: Windows removes tickets, MIT/Heimdal get one from the keytab', () => {
    const computer: Partial<RefreshFacts> = { scope: 'computer', before: [], after: null };
    expect(say(buildRefreshResult(facts({ ...computer })).message)).toMatch(
      /computer's tickets were removed\. It gets new ones/,
    );
    const mit = buildRefreshResult(facts({ ...computer, kind: 'mit' }));
    expect(mit.outcome).toBe('refreshed');
    expect(say(mit.message)).toBe(
      'Done: the computer has a new ticket from its keytab, with its current groups.',
    );
    expect(mit.caveats.map(say).join(' ')).not.toMatch(/were removed|Group Policy/);
  });

  it('a caller sentence replaces the default one', () => {
    const message = msg('krb.result.computer.refreshedWithPolicy.windows');
    expect(buildRefreshResult(facts({ scope: 'computer', message })).message).toBe(message);
  });
});

describe('caveatsFor', () => {
  const cases = KINDS.flatMap((kind) =>
    SCOPES.flatMap((scope) => OUTCOMES.map((outcome) => [kind, scope, outcome] as const)),
  );

  it.each(cases)('%s %s %s: never empty, and true for the outcome', (kind, scope, outcome) => {
    const caveats = caveatsFor(kind, scope, outcome);
    expect(caveats.length).toBeGreaterThan(0);
    const text = caveats.map(say).join(' ');
    for (const caveat of caveats) expect(say(caveat)).not.toBe(caveat.id);
    if (outcome === 'failed' || outcome === 'declined' || outcome === 'offline') {
      expect(text).toMatch(/^Nothing was removed/);
      expect(text).not.toMatch(/were removed|new ticket/);
    }
    if (kind !== 'windows') expect(text).not.toMatch(/Windows|whoami|Group Policy/);
    // A new NTLM logon gets the groups as they are now: no caveat may say otherwise.
    expect(text).not.toMatch(/NTLM/);
  });
});
