/**
 * A new sign-in for one program, in real Chromium through the real handlers: the person was added
 * to CONTOSO\Finance after this morning's sign-in; their ticket already has it, this computer's
 * token does not (the fake whoami prints the morning's token). Refresh my groups (verified over
 * the real groups service and the fake ADSI) gives the amber sign-out headline; beside "Sign out
 * now" the window offers to start one program with a new sign-in, says what that does and does
 * not change, and starts the chosen program through the fake credential prompt (which accepts
 * only Regroup's constant launcher). Nobody is signed out. Screenshots light and dark, axe-clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroupsService } from '../../core/groups/service';
import { createFreshSignIn } from '../../core/session/fresh-sign-in';
import { createWindowsService } from '../../core/kerberos/windows/service';
import { openStage, type WindowStage } from '../e2e/stage';
import { createTestBridge, type TestBridge } from '../e2e/bridge';
import { captureStates, plain } from '../e2e/browser';
import { createFakeCredUi, type FakeCredUi } from '../fakes/fake-credui';
import {
  createFakeWindows,
  domainState,
  KDC_ANSWERS,
  type FakeWindows,
} from '../fakes/fake-windows';

const D = 'S-1-5-21-1004336348-1177238915-682003330';
const USERS = `${D}-513`;
const FINANCE = `${D}-1104`;
const ENABLED = 'Mandatory group, Enabled by default, Enabled group';

describe('a new sign-in for one program, from the sign-out headline', { timeout: 120_000 }, () => {
  let stage: WindowStage;
  let win: FakeWindows;
  let credui: FakeCredUi;
  let bridge: TestBridge;
  let signOuts = 0;

  beforeAll(async () => {
    stage = await openStage();
    const state = domainState(Date.now(), [USERS, FINANCE]);
    win = createFakeWindows(state, {
      whoami: {
        user: { name: 'contoso\\dyork', sid: `${D}-1103` },
        groups: [
          { name: 'Everyone', type: 'Well-known group', sid: 'S-1-1-0', attributes: ENABLED },
          { name: 'CONTOSO\\Domain Users', type: 'Group', sid: USERS, attributes: ENABLED },
          {
            name: 'Mandatory Label\\Medium Mandatory Level',
            type: 'Label',
            sid: 'S-1-16-8192',
            attributes: '',
          },
        ],
      },
      adsi: {
        dc: 'DC01.contoso.com',
        user: { sid: `${D}-1103`, name: 'CONTOSO\\dyork' },
        directory: [
          { sid: USERS, name: 'CONTOSO\\Domain Users' },
          { sid: FINANCE, name: 'CONTOSO\\Finance' },
        ],
      },
    });
    credui = createFakeCredUi('own-account');
    const fresh = createFreshSignIn({ platform: 'win32', env: win.env, run: credui.run });
    bridge = createTestBridge({
      service: createWindowsService({
        env: win.env,
        klistPath: win.klistPath,
        preflight: async () => KDC_ANSWERS,
      }),
      groups: createGroupsService({ platform: 'win32', env: win.env, systemRoot: win.systemRoot }),
      pageUrl: stage.url,
      signOut: async () => {
        signOuts += 1;
      },
      freshSignIn: (program) => fresh.start(program),
    });
  }, 180_000);

  afterAll(async () => {
    await stage?.close();
    bridge?.dispose();
    win?.cleanup();
  });

  it('says what it changes, starts the chosen program through the credential prompt, signs nobody out', async () => {
    const { page, context, problems } = await stage.open(bridge);
    await page.getByText('dyork', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Refresh my groups/ }).click();
    await page
      .getByRole('heading', {
        name: 'This computer applies CONTOSO\\Finance only after you sign out',
      })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Start a program with a new sign-in…' }).click();
    const offer = page.getByRole('region', { name: 'Start one program with a new sign-in' });
    await offer.waitFor();
    const text = plain(await offer.innerText());
    expect(text).toContain('Enter your own account (dyork@CONTOSO.COM).');
    expect(text).toContain(
      'Nothing else changes: the desktop, File Explorer and your other programs keep the groups from your sign-in until you sign out.',
    );
    expect(credui.launches).toEqual([]);
    await captureStates(page, 'fresh-sign-in-offer');

    await offer.getByRole('button', { name: 'Start' }).click();
    await offer.getByRole('status').waitFor();
    expect(plain(await offer.getByRole('status').innerText())).toBe(
      'The program started with a new sign-in. It has your current groups; your other programs do not.',
    );
    expect(credui.started).toEqual(['cmd.exe']);
    expect(credui.launches[0]?.file).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
    await captureStates(page, 'fresh-sign-in-started');

    credui.answer = 'cancel';
    await offer.getByRole('radio', { name: 'Windows PowerShell' }).check();
    await offer.getByRole('button', { name: 'Start' }).click();
    await offer.getByRole('alert').waitFor();
    expect(plain(await offer.getByRole('alert').innerText())).toBe(
      'Nothing was started, because the Windows sign-in was cancelled.',
    );
    expect(credui.launches.map((l) => l.program)).toEqual(['cmd', 'powershell']);
    expect(credui.started).toEqual(['cmd.exe']);
    expect(signOuts).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
