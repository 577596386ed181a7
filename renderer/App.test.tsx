import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { msg } from '../core/i18n';
import { caveatsFor } from '../core/kerberos/caveats';
import { say } from '../test/fakes/english';

const WRONG_PASSWORD = msg('unix.kinit.wrongPassword', { subject: 'unnamed', principal: '' });
import { fakeRegroup, listing, refreshResult, ticket, workday } from './testing/fake-regroup';

afterEach(cleanup);

const HOUR = 3_600_000;
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');

function start(fake = fakeRegroup()) {
  const user = userEvent.setup();
  render(<App api={fake.api} />);
  return { fake, user };
}

const userButton = () => screen.getByRole('button', { name: /Refresh my groups/ });
const computerButton = () => screen.getByRole('button', { name: /Refresh computer groups/ });

describe('the ticket list', () => {
  it('shows who I am, the TGT with time left, and the service tickets', async () => {
    start();
    expect(await screen.findByText('dyork')).toBeTruthy();
    expect(screen.getByText('CONTOSO.COM')).toBeTruthy();
    expect(screen.getByText('0:0x11b5a5')).toBeTruthy();
    // Windows renews the sign-in ticket by itself: no countdown, no meter, a calm sentence.
    expect(screen.getByText('Windows renews it by itself')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByRole('meter')).toBeNull();
    const list = screen.getByRole('list', { name: 'Service tickets' });
    const rows = within(list).getAllByRole('button');
    // Friendly names from the service class; on Windows an end time, not a countdown.
    expect(rows.map((row) => plain(row.textContent))).toEqual([
      expect.stringMatching(/^File share on fs01Ends \d{1,2}:\d\d [AP]M$/),
      expect.stringMatching(/^SQL Server sql01Ends \d{1,2}:\d\d [AP]M$/),
    ]);
  });

  it('expands a ticket to its encryption and flags in plain words', async () => {
    const { user } = start();
    const row = await screen.findByRole('button', { name: /SQL Server sql01/ });
    expect(row.getAttribute('aria-expanded')).toBe('false');
    await user.click(row);
    expect(row.getAttribute('aria-expanded')).toBe('true');
    // Older encryption is said calmly, with who can change it, not in alarm red.
    const encryption = screen.getByText(
      'RSADSI RC4-HMAC(NT) (an older type; IT can move this service to AES)',
    );
    expect(encryption.className).toContain('enc-weak');
    expect(screen.getByText('Can be renewed without your password')).toBeTruthy();
    // The full SPN, port and realm included, in the details.
    expect(screen.getByText('Service name (SPN)')).toBeTruthy();
    expect(screen.getByText('MSSQLSvc/sql01.contoso.com:1433@CONTOSO.COM')).toBeTruthy();
  });

  it('highlights a TGT that ends within the hour and says what to do (Linux, macOS)', async () => {
    const tgt = ticket('krbtgt/CONTOSO.COM@CONTOSO.COM', 20 * 60_000);
    start(fakeRegroup(listing([tgt], { kind: 'mit', tgtUpkeep: 'person' })));
    const status = await screen.findByRole('timer');
    expect(plain(status.textContent)).toMatch(/^Expires in (19|20) min$/);
    expect(screen.getByText(/Refresh my groups gets a new one now/)).toBeTruthy();
  });

  it('does not count down on Windows, even in the last hour: Windows renews the ticket', async () => {
    const tgt = ticket('krbtgt/CONTOSO.COM@CONTOSO.COM', 20 * 60_000);
    start(fakeRegroup(listing([tgt], { tgtUpkeep: 'system' })));
    expect(await screen.findByText('Windows renews it by itself')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByText(/Refresh my groups gets a new one now/)).toBeNull();
    expect(document.querySelector('.tgt-expiring')).toBeNull();
  });

  it('counts down for a member of Protected Users and says how to get a new ticket', async () => {
    const tgt = ticket('krbtgt/CONTOSO.COM@CONTOSO.COM', 20 * 60_000);
    start(fakeRegroup(listing([tgt], { tgtUpkeep: 'protected-users' })));
    const status = await screen.findByRole('timer');
    expect(plain(status.textContent)).toMatch(/^Expires in (19|20) min$/);
    expect(
      screen.getByText(/Protected Users group: this ticket lasts at most 4 hours/),
    ).toBeTruthy();
  });

  it('says a ticket has expired instead of counting below zero (Linux, macOS)', async () => {
    const tickets = [
      ticket('krbtgt/CONTOSO.COM@CONTOSO.COM', 3 * HOUR),
      ticket('HTTP/intranet.contoso.com@CONTOSO.COM', -5 * 60_000),
    ];
    start(fakeRegroup(listing(tickets, { kind: 'mit', tgtUpkeep: 'person' })));
    const row = await screen.findByRole('button', { name: /intranet/ });
    expect(plain(row.textContent)).toContain('Expired');
  });

  it('says calmly that an ended ticket comes back by itself on Windows', async () => {
    const tickets = [
      ticket('krbtgt/CONTOSO.COM@CONTOSO.COM', 3 * HOUR),
      ticket('HTTP/intranet.contoso.com@CONTOSO.COM', -5 * 60_000),
    ];
    start(fakeRegroup(listing(tickets, { tgtUpkeep: 'system' })));
    const row = await screen.findByRole('button', { name: /intranet/ });
    expect(plain(row.textContent)).toContain('Ended; Windows gets a new one when needed');
    expect(plain(row.textContent)).not.toContain('Expired');
  });

  it('explains an empty cache', async () => {
    start(fakeRegroup(listing([])));
    expect(await screen.findByRole('heading', { name: 'No Kerberos tickets' })).toBeTruthy();
    expect(userButton().hasAttribute('disabled')).toBe(false);
  });

  it("shows klist's own sentence when reading fails, and tries again on request", async () => {
    const fake = fakeRegroup(
      listing([], {
        error: {
          code: 'kdc-unreachable',
          message: msg('krb.windows.noLogonServers'),
          detail: 'klist failed with 0xc000005e',
        },
      }),
    );
    const { user } = start(fake);
    expect(await screen.findByText(say(msg('krb.windows.noLogonServers')))).toBeTruthy();
    expect(screen.getByText('klist failed with 0xc000005e')).toBeTruthy();
    fake.setListing(workday());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('dyork')).toBeTruthy();
    expect(fake.calls.listTickets).toBe(2);
  });

  it('says so when it cannot reach the main process at all', async () => {
    const fake = fakeRegroup();
    fake.failListing(
      new Error('This request did not come from the Regroup window and was refused.'),
    );
    start(fake);
    expect(
      await screen.findByText(/Something went wrong inside Regroup: This request did not come/),
    ).toBeTruthy();
  });

  it('hides the window on Escape and with the close button', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Hide window' }));
    expect(fake.calls.hideWindow).toBe(2);
  });
});

describe('Refresh my groups', () => {
  it('shows progress, ignores more clicks, then the result with the caveat', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(userButton());
    expect(await screen.findByRole('heading', { name: 'Refreshing your groups…' })).toBeTruthy();
    expect(document.querySelector('.app')?.getAttribute('aria-busy')).toBe('true');
    expect(userButton().hasAttribute('disabled')).toBe(true);
    expect(computerButton().hasAttribute('disabled')).toBe(true);
    await user.click(userButton());
    expect(fake.calls.refreshUser).toEqual([{ verify: true }]);

    const newTgt = ticket('krbtgt/CONTOSO.COM@CONTOSO.COM', 10 * HOUR, {
      startTime: new Date().toISOString(),
    });
    const removed = workday().tickets;
    act(() =>
      fake.settle(
        refreshResult('user', {
          removed,
          acquired: [newTgt],
          after: listing([newTgt]),
          caveats: caveatsFor('windows', 'user', 'refreshed'),
        }),
      ),
    );
    // Not verified here (no verdict came): the headline claims only the new ticket, calmly.
    expect(
      await screen.findByRole('heading', { name: 'You have a new sign-in ticket' }),
    ).toBeTruthy();
    expect(screen.getByText('Which groups network services see now was not checked.')).toBeTruthy();
    expect(document.querySelector('.panel-icon')?.classList.contains('tone-info')).toBe(true);
    expect(screen.getByText('3 tickets removed')).toBeTruthy();
    expect(plain(screen.getByText(/New sign-in ticket issued/).textContent)).toMatch(
      /^New sign-in ticket issued just now, valid for (9 hr 59 min|10 hr)$/,
    );
    // What the refresh does and does not reach: the core's caveats for Windows, all of them.
    for (const caveat of caveatsFor('windows', 'user', 'refreshed')) {
      expect(screen.getByText(say(caveat))).toBeTruthy();
    }
    expect(screen.getByText(/whoami \/groups/).textContent).toMatch(/until you sign out/);
    expect(document.querySelector('.app')?.getAttribute('aria-busy')).toBe('false');
    await user.click(screen.getByRole('button', { name: 'Back to tickets' }));
    expect(await screen.findByText('dyork')).toBeTruthy();
  });

  it('asks for the password where kinit needs one, sends it once and clears the field', async () => {
    const fake = fakeRegroup(
      listing([], {
        kind: 'mit',
        logonId: null,
        principal: 'alice@EXAMPLE.COM',
        cache: 'FILE:/tmp/krb5cc_1000',
      }),
    );
    fake.setCapabilities({
      kind: 'mit',
      userRefreshNeedsPassword: true,
      computerRefresh: { available: false, reason: msg('unix.computer.noHostKeytab') },
    });
    const { user } = start(fake);
    await screen.findByRole('heading', { name: 'No Kerberos tickets' });
    await act(async () => undefined);
    await user.click(userButton());
    const field = await screen.findByLabelText('Password');
    expect(screen.getByText(/for alice@EXAMPLE.COM/)).toBeTruthy();
    await user.type(field, 'correct horse{Enter}');
    expect(fake.calls.refreshUser).toEqual([{ password: 'correct horse', verify: true }]);
    expect(await screen.findByRole('heading', { name: 'Refreshing your groups…' })).toBeTruthy();
    act(() =>
      fake.settle(
        refreshResult('user', {
          outcome: 'failed',
          ok: false,
          error: {
            code: 'wrong-password',
            message: WRONG_PASSWORD,
          },
        }),
      ),
    );
    const again = await screen.findByLabelText('Password');
    expect((again as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('alert').textContent).toBe(say(WRONG_PASSWORD));
  });

  it('follows a refresh started from the tray menu', async () => {
    const { fake } = start();
    await screen.findByText('dyork');
    act(() => fake.pushOperation({ type: 'started', scope: 'user' }));
    expect(await screen.findByRole('heading', { name: 'Refreshing your groups…' })).toBeTruthy();
    act(() =>
      fake.pushOperation({
        type: 'finished',
        scope: 'user',
        result: refreshResult('user', {
          outcome: 'offline',
          ok: false,
          message: msg('krb.preflight.noKdcAnswers', {
            realm: 'CONTOSO.COM',
            tried: 'dc01.contoso.com:88',
          }),
        }),
      }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Your domain could not be reached; nothing was changed',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/Connect to the corporate network or VPN and try again/)).toBeTruthy();
    // What was kept, in red, with a retry.
    expect(screen.getByText(/Nothing was removed: your tickets and your access stay/)).toBeTruthy();
    expect(document.querySelector('.panel-icon')?.classList.contains('tone-expired')).toBe(true);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('Refresh anyway, on the offline panel', () => {
  const offline = (scope: 'user' | 'computer') =>
    refreshResult(scope, {
      outcome: 'offline',
      ok: false,
      message: msg('krb.preflight.noKdcAnswers', { realm: 'CONTOSO.COM', tried: 'dc01:88' }),
    });

  it('warns as --force does, and refreshes my groups with force', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    act(() => fake.pushOperation({ type: 'finished', scope: 'user', result: offline('user') }));
    const anyway = await screen.findByRole('button', { name: 'Refresh anyway' });
    // The same sentence as the command line's --force help, tied to the button.
    const warning = say(msg('cli.help.option.force'));
    expect(warning).toMatch(/old tickets are removed/);
    expect(
      document.getElementById(anyway.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe(warning);
    await user.click(anyway);
    expect(fake.calls.refreshUser).toEqual([{ verify: true, force: true }]);
  });

  it('takes the computer refresh through its confirmation, keeping the policy choice', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    act(() =>
      fake.pushOperation({ type: 'finished', scope: 'computer', result: offline('computer') }),
    );
    await user.click(await screen.findByRole('button', { name: 'Refresh anyway' }));
    await user.click(await screen.findByRole('checkbox', { name: /re-apply computer policy/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(fake.calls.refreshComputer).toEqual([{ gpupdate: true, force: true }]);
  });

  it('is not offered on Linux and macOS, where nothing is purged before new tickets arrive', async () => {
    const mit = fakeRegroup();
    mit.setCapabilities({
      kind: 'mit',
      userRefreshNeedsPassword: true,
      computerRefresh: { available: false, reason: msg('unix.computer.noHostKeytab') },
    });
    const { fake } = start(mit);
    await screen.findByText('dyork');
    await act(async () => undefined);
    act(() => fake.pushOperation({ type: 'finished', scope: 'user', result: offline('user') }));
    await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByRole('button', { name: 'Refresh anyway' })).toBeNull();
  });
});

describe('Refresh computer groups', () => {
  it('explains the administrator prompt first, and passes the gpupdate choice', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(computerButton());
    expect(screen.getByText(/Windows will ask for administrator approval once/)).toBeTruthy();
    expect(fake.calls.refreshComputer).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: /re-apply computer policy/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(fake.calls.refreshComputer).toEqual([{ gpupdate: true }]);
    expect(await screen.findByText('Approve the administrator prompt to continue.')).toBeTruthy();
    act(() =>
      fake.settle(
        refreshResult('computer', { message: msg('krb.result.computer.refreshed.windows') }),
      ),
    );
    expect(
      await screen.findByRole('heading', { name: "This computer's tickets are renewed" }),
    ).toBeTruthy();
    expect(screen.getByText(/at its next contact with a domain controller/)).toBeTruthy();
  });

  it.each([
    ['helper', /Your IT department has set this up, so no administrator approval is needed/],
    ['direct', /Regroup already runs with administrator rights, so no approval is needed/],
  ] as const)('promises no prompt when the %s does the work', async (how, body) => {
    const fake = fakeRegroup();
    fake.setCapabilities({
      kind: 'windows',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: true, reason: null, how },
    });
    const { user } = start(fake);
    await screen.findByText('dyork');
    expect(computerButton().title).toBe(
      "This computer's tickets; no administrator approval needed",
    );
    await user.click(computerButton());
    expect(screen.getByText(body)).toBeTruthy();
    expect(screen.queryByText(/will ask for administrator approval/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByText('This takes a few seconds. No approval is needed.'),
    ).toBeTruthy();
    expect(screen.queryByText('Approve the administrator prompt to continue.')).toBeNull();
  });

  it('can be cancelled with the button or Escape, without a prompt', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(computerButton());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(computerButton());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Refresh computer groups' })).toBeNull();
    expect(fake.calls.refreshComputer).toEqual([]);
    expect(fake.calls.hideWindow).toBe(0);
  });

  it('says calmly that nothing changed when the prompt is declined', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(computerButton());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    act(() =>
      fake.settle(
        refreshResult('computer', {
          outcome: 'declined',
          ok: false,
          message: msg('krb.elevate.declined'),
          error: {
            code: 'elevation-declined',
            message: msg('krb.elevate.declined'),
          },
        }),
      ),
    );
    expect(
      await screen.findByRole('heading', { name: 'Administrator approval was not given' }),
    ).toBeTruthy();
    // The truth for a standard user: no "try again whenever you like", but what does the same.
    expect(screen.getByText(/restarting the computer has the same effect\./)).toBeTruthy();
    expect(document.querySelector('.panel-icon')?.classList.contains('tone-info')).toBe(true);
    // Try again goes back to the explanation, not into another prompt.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Refresh computer groups' })).toBeTruthy();
    expect(fake.calls.refreshComputer).toEqual([{ gpupdate: false }]);
  });

  it('opens the explanation when the tray menu asks for it', async () => {
    const { fake } = start();
    await screen.findByText('dyork');
    act(() => fake.pushPanel('confirm-computer'));
    expect(await screen.findByRole('heading', { name: 'Refresh computer groups' })).toBeTruthy();
  });

  it('tells a standard user who can do it and what does the same, with no way to a prompt', async () => {
    const fake = fakeRegroup();
    fake.setCapabilities({
      kind: 'windows',
      userRefreshNeedsPassword: false,
      computerRefresh: {
        available: true,
        reason: msg('krb.approval.windows.standardUser'),
        how: 'cannot',
      },
    });
    const { user } = start(fake);
    await screen.findByText('dyork');
    await act(async () => undefined);
    expect(computerButton().getAttribute('title')).toBe(
      "This computer's tickets; needs an administrator",
    );
    await user.click(computerButton());
    expect(await screen.findByRole('heading', { name: 'Refresh computer groups' })).toBeTruthy();
    expect(
      screen.getByText(
        "Refreshing this computer's groups needs an administrator, and your account is not one on this computer. Restart the computer, which does the same, or ask your IT department to refresh it or to install the Regroup helper.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.queryByText(/will ask for administrator approval/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('heading', { name: 'Refresh computer groups' })).toBeNull();
    expect(fake.calls.refreshComputer).toEqual([]);
  });

  it('is disabled, with the reason, where it cannot work', async () => {
    const fake = fakeRegroup();
    fake.setCapabilities({
      kind: 'mit',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: false, reason: msg('unix.computer.noHostKeytab') },
    });
    start(fake);
    await screen.findByText('dyork');
    await act(async () => undefined);
    expect(computerButton().hasAttribute('disabled')).toBe(true);
    expect(computerButton().getAttribute('title')).toContain(
      say(msg('unix.computer.noHostKeytab')),
    );
  });
});
