/**
 * The window under an IT department's policy: what it hides, what it locks, what it lists under
 * "Managed by your IT department", the help desk's contact under a failure that says to ask the
 * help desk, and the note when a setting could not be used.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { msg } from '../core/i18n';
import { fakeRegroup, listing } from './testing/fake-regroup';

afterEach(cleanup);

const CONTACT = {
  name: 'Contoso IT Service Desk',
  phone: '+1 425 555 0100',
  url: 'https://help.contoso.com',
  text: 'Open a ticket under "Sign-in".',
};

function start(fake = fakeRegroup()) {
  const user = userEvent.setup();
  render(<App api={fake.api} />);
  return { fake, user };
}

const managed = () => screen.findByRole('region', { name: 'Managed by your IT department' });

describe('the window under a policy', () => {
  it('shows no "Managed" section when IT set nothing', async () => {
    start();
    await screen.findByText('dyork');
    expect(screen.queryByRole('region', { name: /Managed by your IT department/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Refresh computer groups/ })).toBeTruthy();
  });

  it('hides "Refresh computer groups" and says so under Managed', async () => {
    const fake = fakeRegroup();
    fake.setPolicy({ managed: ['HideComputerRefresh'], hideComputerRefresh: true });
    start(fake);
    const section = await managed();
    expect(
      within(section).getByText("Refreshing the computer's groups is turned off."),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Refresh computer groups/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Refresh my groups/ })).toBeTruthy();
  });

  it('ticks and locks "re-apply computer policy" when IT requires it', async () => {
    const fake = fakeRegroup();
    fake.setPolicy({ managed: ['GpupdateAfterComputerRefresh'], gpupdate: 'forced' });
    const { user } = start(fake);
    await user.click(await screen.findByRole('button', { name: /Refresh computer groups/ }));
    const box = screen.getByRole('checkbox', { name: /re-apply computer policy/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/Your IT department requires this\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(fake.calls.refreshComputer).toEqual([{ gpupdate: true }]);
  });

  it('starts "re-apply computer policy" ticked by default, and the person may untick it', async () => {
    const fake = fakeRegroup();
    fake.setPolicy({ managed: ['GpupdateAfterComputerRefresh'], gpupdate: 'default' });
    const { user } = start(fake);
    await user.click(await screen.findByRole('button', { name: /Refresh computer groups/ }));
    const box = screen.getByRole('checkbox', { name: /re-apply computer policy/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(fake.calls.refreshComputer).toEqual([{ gpupdate: false }]);
  });

  it('lists each managed setting and the help desk contact', async () => {
    const fake = fakeRegroup();
    fake.setPolicy({
      managed: ['StartAtLogin', 'DisableNotifications', 'AllowWaitForGroup', 'DomainController'],
      startAtLogin: true,
      notifications: false,
      waitForGroup: false,
      dc: 'DC02.contoso.com',
      helpDesk: CONTACT,
    });
    start(fake);
    const items = within(await managed())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Regroup always starts at sign-in.',
      'Regroup shows no notifications.',
      'Waiting for a group is turned off.',
      'Group reads use the domain controller DC02.contoso.com.',
      'The help desk contact below is set.',
    ]);
    expect(within(await managed()).getByText('Phone: +1 425 555 0100')).toBeTruthy();
  });

  it('shows the help desk contact under a failure that says to ask the help desk', async () => {
    const fake = fakeRegroup(
      listing([], {
        error: {
          code: 'klist-missing',
          message: msg('krb.tool.notFound.windows', { tool: 'klist.exe' }),
          detail: 'C:\\Windows\\System32\\klist.exe: ENOENT',
        },
      }),
    );
    fake.setPolicy({ managed: ['HelpDeskName', 'HelpDeskPhone'], helpDesk: CONTACT });
    start(fake);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Your help desk: Contoso IT Service Desk')).toBeTruthy();
    expect(within(alert).getByText('Phone: +1 425 555 0100')).toBeTruthy();
    expect(within(alert).getByText('Web: https://help.contoso.com')).toBeTruthy();
    expect(within(alert).getByText('Open a ticket under "Sign-in".')).toBeTruthy();
  });

  it('does not add the contact to a failure that does not ask for the help desk', async () => {
    const fake = fakeRegroup(
      listing([], {
        error: { code: 'kdc-unreachable', message: msg('krb.windows.noLogonServers') },
      }),
    );
    fake.setPolicy({ managed: ['HelpDeskName'], helpDesk: { name: 'Contoso IT Service Desk' } });
    start(fake);
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByText(/Contoso IT Service Desk/)).toBeNull();
  });

  it('says which settings could not be used, with the detail for the help desk', async () => {
    const fake = fakeRegroup();
    fake.setPolicy({
      source: 'HKLM\\Software\\Policies\\Regroup',
      managed: ['HelpDeskName'],
      helpDesk: { name: 'Contoso IT' },
      problems: [
        {
          setting: 'HelpDeskUrl',
          message: msg('policy.problem.setting', { setting: 'HelpDeskUrl' }),
          detail: 'HelpDeskUrl="file:///x" (pattern)',
        },
      ],
    });
    start(fake);
    const section = await managed();
    expect(
      within(section).getByText(
        'One setting from your IT department could not be used and is ignored: HelpDeskUrl.',
      ),
    ).toBeTruthy();
    expect(within(section).getByText(/HelpDeskUrl="file:\/\/\/x"/)).toBeTruthy();
  });
});
