import { describe, expect, it } from 'vitest';
import type { KlistListing, TgtUpkeep, Ticket } from '../core/kerberos/types';
import { msg } from '../core/i18n';
import { nextChangeAt, trayLookFor, TOOLTIP_MAX } from './tray-state';

const NOW = Date.parse('2020-10-30T12:00:00+01:00');
const MIN = 60_000;
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Values as in the real sample win-en-list-18.txt (ansible @ WEBER.COM), times moved around NOW. */
function tgt(endInMs: number): Ticket {
  return {
    client: 'ansible@WEBER.COM',
    server: 'krbtgt/WEBER.COM@WEBER.COM',
    isTgt: true,
    encryptionType: 'AES-256-CTS-HMAC-SHA1-96',
    sessionKeyType: 'AES-256-CTS-HMAC-SHA1-96',
    flags: ['forwardable', 'renewable', 'initial', 'pre_authent', 'name_canonicalize'],
    flagsHex: '0x40e10000',
    startTime: new Date(NOW - 60 * MIN).toISOString(),
    endTime: new Date(NOW + endInMs).toISOString(),
    renewUntil: new Date(NOW + 7 * 24 * 60 * MIN).toISOString(),
    cacheFlags: ['PRIMARY'],
    kdcCalled: null,
  };
}

function service(server: string, endInMs: number): Ticket {
  return {
    ...tgt(endInMs),
    server,
    isTgt: false,
    flags: ['forwardable', 'renewable'],
    cacheFlags: [],
  };
}

/**
 * A listing of that session. By default its person is in Protected Users, where Windows cannot
 * renew the sign-in ticket, so the warnings apply as they do on Linux and macOS.
 */
function listing(
  tickets: Ticket[],
  error: KlistListing['error'] = null,
  tgtUpkeep: TgtUpkeep = 'protected-users',
): KlistListing {
  return {
    kind: 'windows',
    logonId: '0:0x48d1f',
    cache: null,
    principal: null,
    complete: true,
    error,
    tickets,
    tgtUpkeep,
  };
}

describe('the tray on Windows, which renews the sign-in ticket by itself', () => {
  it('stays calm in the last hour and after the end time, and says Windows renews it', () => {
    for (const left of [9 * 60 * MIN, 42 * MIN, -5 * MIN]) {
      const look = trayLookFor(listing([tgt(left)], null, 'system'), NOW);
      expect(look.state).toBe('valid');
      expect(plain(look.tooltip)).toBe(
        'ansible@WEBER.COM — signed in. Windows renews your sign-in ticket by itself.',
      );
    }
  });

  it('treats a Windows listing without the service word as renewed by Windows, an MIT one not', () => {
    const bare = { ...listing([tgt(42 * MIN)]), tgtUpkeep: undefined };
    expect(trayLookFor(bare, NOW).state).toBe('valid');
    expect(trayLookFor({ ...bare, kind: 'mit' }, NOW).state).toBe('expiring');
  });

  it('sets no timer for the last hour: only ticket ends change what the window shows', () => {
    const soon = [tgt(90 * MIN), service('cifs/fs1@WEBER.COM', 3 * 60 * MIN)];
    expect(nextChangeAt(listing(soon, null, 'system'), NOW)).toBe(NOW + 90 * MIN);
  });
});

describe('the tray look where the ticket is not renewed (Protected Users, Linux, macOS)', () => {
  it('says valid with the principal and the time left', () => {
    const look = trayLookFor(listing([tgt(9 * 60 * MIN + 12 * MIN)]), NOW);
    expect(look.state).toBe('valid');
    expect(plain(look.tooltip)).toBe('ansible@WEBER.COM — sign-in ticket valid for 9 hr 12 min');
  });

  it('says expiring within the last hour, with a countdown', () => {
    const look = trayLookFor(listing([tgt(42 * MIN + 5_000)]), NOW);
    expect(look.state).toBe('expiring');
    expect(plain(look.tooltip)).toBe('ansible@WEBER.COM — sign-in ticket ends in 42 min');
  });

  it('switches to expiring exactly one hour before the end', () => {
    expect(trayLookFor(listing([tgt(60 * MIN)]), NOW).state).toBe('valid');
    expect(trayLookFor(listing([tgt(60 * MIN - 1_000)]), NOW).state).toBe('expiring');
  });

  it('says expired once the TGT has ended, and what to do', () => {
    const look = trayLookFor(listing([tgt(-1_000)]), NOW);
    expect(look.state).toBe('expired');
    expect(look.tooltip).toContain('Open Regroup to get a new one');
  });

  it('says none for an empty cache, for "no credentials", and for service tickets without a TGT', () => {
    expect(trayLookFor(listing([]), NOW).state).toBe('none');
    expect(trayLookFor(null, NOW).state).toBe('none');
    const noCache = listing([], {
      code: 'no-credentials',
      message: msg('krb.windows.noCredentials'),
    });
    expect(trayLookFor(noCache, NOW).state).toBe('none');
    expect(trayLookFor(listing([service('cifs/fs1@WEBER.COM', 60 * 60 * MIN)]), NOW).state).toBe(
      'none',
    );
  });

  it('says error when klist failed', () => {
    const failed = listing([], {
      code: 'no-logon-session',
      message: msg('krb.windows.noLogonSession'),
    });
    const look = trayLookFor(failed, NOW);
    expect(look.state).toBe('error');
    expect(look.tooltip).toContain('could not read your tickets');
  });

  it('prefers the TGT of the user own realm over a cross-realm one', () => {
    const crossRealm = { ...tgt(5 * MIN), server: 'krbtgt/CHILD.WEBER.COM@WEBER.COM' };
    const look = trayLookFor(listing([crossRealm, tgt(8 * 60 * MIN)]), NOW);
    expect(look.state).toBe('valid');
  });

  it('keeps the tooltip within the 127 characters Windows shows', () => {
    const long = { ...tgt(3 * 60 * MIN), client: `${'a'.repeat(150)}@WEBER.COM` };
    const look = trayLookFor(listing([long]), NOW);
    expect(look.tooltip.length).toBe(TOOLTIP_MAX);
    expect(look.tooltip.endsWith('…')).toBe(true);
  });
});

describe('when the tray next changes by itself', () => {
  it('is the earlier of the next ticket end and the TGT entering its last hour', () => {
    const tickets = [tgt(5 * 60 * MIN), service('cifs/fs1@WEBER.COM', 3 * 60 * MIN)];
    expect(nextChangeAt(listing(tickets), NOW)).toBe(NOW + 3 * 60 * MIN);
    const soon = [tgt(90 * MIN), service('cifs/fs1@WEBER.COM', 3 * 60 * MIN)];
    expect(nextChangeAt(listing(soon), NOW)).toBe(NOW + 30 * MIN);
  });

  it('is never in the past, and null when nothing will change', () => {
    expect(nextChangeAt(listing([tgt(-5 * MIN)]), NOW)).toBeNull();
    expect(nextChangeAt(listing([]), NOW)).toBeNull();
    expect(nextChangeAt(null, NOW)).toBeNull();
  });
});
