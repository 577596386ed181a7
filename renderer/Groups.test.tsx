import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../electron/contract';
import { App } from './App';
import { msg } from '../core/i18n';
import { say } from '../test/fakes/english';

const NOT_MAPPED = msg('insight.signIn.notMapped');
const NOT_REPLICATED = msg('insight.hint.notReplicated', {
  dc: 'dc1',
  groups: 'LAB\\Sales',
  count: 1,
});
const NTLM = msg('insight.hint.ntlm', {
  example: '\\\\10.0.0.5\\finance',
  named: '\\\\fs01.lab.test\\finance',
});
import { fakeRegroup, groupRow, groupsReading, refreshResult } from './testing/fake-regroup';

afterEach(cleanup);

const FINANCE = 'S-1-5-21-1004336348-1177238915-682003330-1105';
const SALES = 'S-1-5-21-1004336348-1177238915-682003330-1106';

function start(fake = fakeRegroup()) {
  const user = userEvent.setup();
  render(<App api={fake.api} />);
  return { fake, user };
}

const groupsTab = () => screen.getByRole('button', { name: 'My groups' });

/** The text of each cell in a group's row: name (+ meaning), then the three marks as read aloud. */
function rowCells(name: string): string[] {
  const header = screen.getByRole('rowheader', { name: new RegExp(name.replace(/\\/g, '\\\\')) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.querySelector('.sr-only')?.textContent ?? '');
}

function verdict(extra: Partial<Verdict> = {}): Verdict {
  return { gained: [], lost: [], needsSignOut: [], unverified: null, hints: [], ...extra };
}

describe('My groups', () => {
  it('is reached with the keyboard and shows each group in three views, with what a difference means', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    expect(fake.calls.readGroups).toBe(0);
    groupsTab().focus();
    await user.keyboard('{Enter}');
    expect(groupsTab().getAttribute('aria-current')).toBe('page');
    const table = await screen.findByRole('table', { name: 'Domain groups' });
    expect(fake.calls.readGroups).toBe(1);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Group', 'Sign-in', 'Services', 'Directory']);
    // Groups whose views differ come first.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.querySelector('.group-name')?.textContent),
    ).toEqual(['CONTOSO\\Finance', SALES, 'CONTOSO\\Domain Users']);
    expect(rowCells('CONTOSO\\Finance')).toEqual(['not a member', 'not a member', 'member']);
    expect(
      screen.getByText('new: reaches file shares and web apps after Refresh my groups'),
    ).toBeTruthy();
    // An unnamed group is shown by its SID.
    expect(rowCells(SALES)).toEqual(['not a member', 'member', 'member']);
    expect(
      screen.getByText('reaches them now; local permissions on this PC need a sign-out'),
    ).toBeTruthy();
    // The three views in plain words, and the marks' legend.
    expect(
      screen.getByText(/^Sign-in token: what this PC uses for local permissions/),
    ).toBeTruthy();
    expect(screen.getByText(/^Services: what file shares and web apps see/)).toBeTruthy();
    expect(screen.getByText(/^Directory: your groups in Active Directory now/)).toBeTruthy();
    expect(screen.getByText('DC01.contoso.com')).toBeTruthy();
    // This PC's groups are apart, folded away.
    expect(screen.getByText('Groups of this PC (1)')).toBeTruthy();
    expect(rowCells('BUILTIN\\Users')).toEqual(['member', 'not available', 'not available']);
  });

  it('says which view is not available here and why, and shows the hints', async () => {
    const fake = fakeRegroup();
    fake.setGroups(
      groupsReading({
        groups: [groupRow({ sid: FINANCE, name: 'LAB\\Finance', signInToken: null })],
        views: {
          signInToken: {
            available: false,
            reason: NOT_MAPPED,
            source: 'id',
          },
          kerberosServices: { available: true, reason: null, source: 'ldapsearch' },
          directory: { available: true, reason: null, source: 'ldapsearch' },
        },
        hints: [
          {
            code: 'not-replicated',
            detected: true,
            message: NOT_REPLICATED,
          },
          {
            code: 'ntlm',
            detected: false,
            message: NTLM,
          },
        ],
      }),
    );
    const { user } = start(fake);
    await screen.findByText('dyork');
    await user.click(groupsTab());
    expect(
      await screen.findByText(`Sign-in token not available here: ${say(NOT_MAPPED)}`),
    ).toBeTruthy();
    expect(rowCells('LAB\\Finance')).toEqual(['not available', 'member', 'member']);
    const hints = screen.getByRole('region', { name: 'Why a refresh may not help' });
    expect(
      within(hints)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Found: ${say(NOT_REPLICATED)}`, say(NTLM)]);
    // General advice, which the views cannot detect, is folded away.
    expect(within(hints).getByText('If it still does not work (1)').tagName).toBe('SUMMARY');
  });

  it('says so when the groups cannot be read, and reads again on request', async () => {
    const fake = fakeRegroup();
    fake.failGroups(new Error('Regroup could not read your groups (spawn EACCES).'));
    const { user } = start(fake);
    await screen.findByText('dyork');
    await user.click(groupsTab());
    expect(await screen.findByRole('heading', { name: 'Could not read your groups' })).toBeTruthy();
    expect(screen.getByText(/could not read your groups \(spawn EACCES\)/)).toBeTruthy();
    fake.failGroups(null);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Domain groups' })).toBeTruthy();
    expect(fake.calls.readGroups).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Tickets' }));
    expect(await screen.findByText('dyork')).toBeTruthy();
  });
});

describe('the verdict after Refresh my groups, as the headline', () => {
  it('names what was gained, what was lost, and says calmly that this computer gets it at sign-in', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    expect(fake.calls.refreshUser).toEqual([{ verify: true }]);
    act(() =>
      fake.settle({
        ...refreshResult('user'),
        verdict: verdict({
          gained: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
          lost: [{ sid: SALES, name: null }],
          needsSignOut: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
          signOutAdds: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
          hints: [
            {
              code: 'smb-session',
              detected: false,
              message: msg('insight.hint.smbSession'),
            },
          ],
        }),
      }),
    );
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(
      'You are now in CONTOSO\\Finance for file shares, websites and other network services',
    );
    // Each group name is isolated from the sentence around it.
    expect(heading.querySelector('bdi')?.textContent).toBe('CONTOSO\\Finance');
    expect(document.querySelector('.panel-icon')?.classList.contains('tone-valid')).toBe(true);
    const texts = [...document.querySelectorAll('.panel-result > .panel-text')].map(
      (p) => p.textContent,
    );
    expect(texts).toEqual([
      `File shares, websites and other network services no longer see you in ${SALES}`,
      "This computer's own permissions (local folders, administrator rights) get CONTOSO\\Finance when you sign out and sign in again: that is expected.",
    ]);
    // Expected, so no sign-out is pressed on the person.
    expect(screen.queryByRole('button', { name: 'Sign out now…' })).toBeNull();
    const section = screen.getByRole('region', { name: 'Did it work?' });
    expect(within(section).getByText('If it still does not work (1)')).toBeTruthy();
    // "Show my groups" opens the groups view, read after the refresh.
    await user.click(within(section).getByRole('button', { name: 'Show my groups' }));
    expect(await screen.findByRole('table', { name: 'Domain groups' })).toBeTruthy();
    expect(groupsTab().getAttribute('aria-current')).toBe('page');
    expect(fake.calls.readGroups).toBe(1);
  });

  it('offers Sign out now for a group only a sign-out brings, after "save your work", never at once', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    act(() =>
      fake.settle({
        ...refreshResult('user'),
        verdict: verdict({
          needsSignOut: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
          signOutAdds: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
        }),
      }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'This computer applies CONTOSO\\Finance only after you sign out',
      }),
    ).toBeTruthy();
    expect(document.querySelector('.panel-icon')?.classList.contains('tone-expiring')).toBe(true);
    expect(screen.getByText('Save your work, then sign out and sign in again.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out now…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out now?' });
    expect(dialog.textContent).toContain(
      'Save your work first: signing out closes all your programs.',
    );
    expect(fake.calls.signOut).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.calls.signOut).toBe(0);

    // When Windows refuses, the person is told, and can sign out from the Start menu.
    fake.failSignOut(
      new Error(
        "Error invoking remote method 'regroup:sign-out': IpcRequestError: Regroup could not sign you out (shutdown.exe: exit). Sign out from the Start menu instead.",
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Sign out now…' }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(fake.calls.signOut).toBe(1);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Regroup could not sign you out (shutdown.exe: exit). Sign out from the Start menu instead.',
    );
    fake.failSignOut(null);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(fake.calls.signOut).toBe(2);
  });

  it('offers a new sign-in for one program beside the sign-out, saying what it does and does not change', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    act(() =>
      fake.settle({
        ...refreshResult('user'),
        verdict: verdict({
          needsSignOut: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
          signOutAdds: [{ sid: FINANCE, name: 'CONTOSO\\Finance' }],
        }),
      }),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Start a program with a new sign-in…' }),
    );
    const offer = screen.getByRole('region', { name: 'Start one program with a new sign-in' });
    expect(offer.textContent).toContain('Enter your own account (dyork@CONTOSO.COM).');
    expect(offer.textContent).toContain(
      'Nothing else changes: the desktop, File Explorer and your other programs keep the groups from your sign-in until you sign out.',
    );
    expect(fake.calls.freshSignIn).toEqual([]);
    await user.click(within(offer).getByRole('radio', { name: 'Windows PowerShell' }));
    await user.click(within(offer).getByRole('button', { name: 'Start' }));
    expect(fake.calls.freshSignIn).toEqual(['powershell']);
    expect((await within(offer).findByRole('status')).textContent).toBe(
      'The program started with a new sign-in. It has your current groups; your other programs do not.',
    );

    fake.answerFreshSignIn({ outcome: 'wrong-password' });
    await user.click(within(offer).getByRole('button', { name: 'Start' }));
    expect((await within(offer).findByRole('alert')).textContent).toBe(
      'Windows did not accept the user name or password, so nothing was started. Try again with your own account.',
    );
    // Signing out stays the person's choice, untouched by this.
    expect(fake.calls.signOut).toBe(0);
  });

  it('explains the sign-out where Regroup cannot do it (macOS, Linux)', async () => {
    const fake = fakeRegroup();
    fake.setCapabilities({
      kind: 'mit',
      userRefreshNeedsPassword: false,
      computerRefresh: { available: true, reason: null },
    });
    const { user } = start(fake);
    await screen.findByText('dyork');
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    act(() =>
      fake.settle({
        ...refreshResult('user'),
        verdict: verdict({ signOutAdds: [{ sid: FINANCE, name: 'LAB\\Finance' }] }),
      }),
    );
    await screen.findByRole('heading', {
      name: 'This computer applies LAB\\Finance only after you sign out',
    });
    expect(
      screen.getByText('Save your work, then sign out of your desktop session and sign in again.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign out now…' })).toBeNull();
  });

  it('shows the new ticket at once, "checking", then why the groups could not be checked', async () => {
    const { fake } = start();
    await screen.findByText('dyork');
    act(() => fake.pushOperation({ type: 'started', scope: 'user' }));
    act(() =>
      fake.pushOperation({
        type: 'finished',
        scope: 'user',
        result: refreshResult('user'),
        verifying: true,
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'You have a new sign-in ticket' }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Checking which groups file shares, websites and other network services see now…',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Did it work?' })).toBeNull();
    const cause = msg('insight.ldap.unreachable', { dc: 'dc1.lab.test', option: '--dc' });
    act(() =>
      fake.pushOperation({
        type: 'verified',
        scope: 'user',
        verdict: verdict({
          unverified: msg('insight.verdict.kerberosUnreadable', { when: 'after' }),
          cause,
          detail: '0x8007203A The server is not operational.',
        }),
      }),
    );
    // Never green above "could not be checked".
    expect(
      await screen.findByRole('heading', {
        name: 'You have a new sign-in ticket, but your groups could not be checked',
      }),
    ).toBeTruthy();
    expect(document.querySelector('.panel-icon')?.classList.contains('tone-info')).toBe(true);
    expect(
      screen.getByText('What Kerberos services see could not be read after the refresh.'),
    ).toBeTruthy();
    expect(screen.getByText(say(cause))).toBeTruthy();
    // The tool's own words stay, folded away, for the help desk.
    const section = screen.getByRole('region', { name: 'Did it work?' });
    expect(within(section).getByText('0x8007203A The server is not operational.')).toBeTruthy();
  });

  it('says "no new group yet" when nothing changed, and that changes take a while to arrive', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    act(() => fake.settle({ ...refreshResult('user'), verdict: verdict() }));
    expect(await screen.findByRole('heading', { name: 'No new group yet' })).toBeTruthy();
    expect(
      screen.getByText(
        'Within a site a change reaches the other domain controllers in about a minute; between sites it can take up to 3 hours: refresh again later.',
      ),
    ).toBeTruthy();
  });

  it('is not shown when the refresh itself failed: the headline says why and what was kept', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    act(() =>
      fake.settle({
        ...refreshResult('user', {
          outcome: 'offline',
          ok: false,
          message: msg('krb.preflight.noKdcFoundNoRealm'),
        }),
        verdict: verdict({ unverified: msg('insight.verify.refreshNotDone') }),
      }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Your domain could not be reached; nothing was changed',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Did it work?' })).toBeNull();
  });

  it('goes back to My groups after a refresh started there, and reads them again', async () => {
    const { fake, user } = start();
    await screen.findByText('dyork');
    await user.click(groupsTab());
    await screen.findByRole('table', { name: 'Domain groups' });
    await user.click(screen.getByRole('button', { name: /Refresh my groups/ }));
    act(() => fake.settle({ ...refreshResult('user'), verdict: verdict() }));
    await user.click(await screen.findByRole('button', { name: 'Back to my groups' }));
    expect(await screen.findByRole('table', { name: 'Domain groups' })).toBeTruthy();
    expect(fake.calls.readGroups).toBe(2);
  });
});
