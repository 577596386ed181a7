/**
 * Which sentences send the person to the help desk (so the contact follows them), and how the
 * contact and the managed settings read.
 */
import { describe, expect, it } from 'vitest';
import { msg } from '../i18n';
import { say } from '../../test/fakes/english';
import { resolvePolicy } from '../policy/resolve';
import { asksHelpDesk, helpDeskLines, managedLines, problemsLine } from './managed';

describe('the help desk contact', () => {
  it('follows the sentences that say to ask the help desk, and no others', () => {
    expect(asksHelpDesk(msg('krb.tool.notFound.windows', { tool: 'klist.exe' }))).toBe(true);
    expect(asksHelpDesk(msg('krb.windows.accountLocked'))).toBe(true);
    expect(asksHelpDesk(msg('krb.windows.noLogonServers'))).toBe(false);
    expect(asksHelpDesk(msg('tray.menu.open'))).toBe(false);
    expect(asksHelpDesk(null)).toBe(false);
  });

  it('reads as a name, a phone and a web address, each with IT’s own text', () => {
    const lines = helpDeskLines({ name: 'Contoso IT', phone: '+1 425 555 0100', url: 'https://x' });
    expect(lines.map(say)).toEqual([
      'Your help desk: Contoso IT',
      'Phone: +1 425 555 0100',
      'Web: https://x',
    ]);
    expect(helpDeskLines({ phone: '100' }).map(say)).toEqual(['Your help desk:', 'Phone: 100']);
  });
});

describe('the managed settings', () => {
  it('list one line per setting IT set, and the settings that could not be used', () => {
    const policy = resolvePolicy(
      {
        HideComputerRefresh: true,
        StartAtLogin: false,
        AllowWaitForGroup: true,
        Bogus: 1,
        HelpDeskUrl: 'x',
      },
      'policy.json',
    );
    expect(managedLines(policy).map(say)).toEqual([
      "Refreshing the computer's groups is turned off.",
      'Regroup does not start at sign-in.',
      'Waiting for a group is allowed.',
    ]);
    expect(say(problemsLine(policy))).toBe(
      '2 settings from your IT department could not be used and are ignored: Bogus, HelpDeskUrl.',
    );
    expect(problemsLine(resolvePolicy({}, 'p'))).toBeNull();
  });
});
