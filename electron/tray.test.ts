import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import type { KlistListing } from '../core/kerberos/types';
import { createTrayController } from './tray';
import type { TrayActions, TrayControllerOptions, TrayEvent, TrayLike } from './tray';
import { listingOf, ticketOf } from '../test/fakes/kerberos-data';

interface FakeMenu {
  template: MenuItemConstructorOptions[];
}

const NOW = Date.parse('2025-12-07T12:00:00+01:00');
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function fakeTray() {
  const listeners = new Map<string, Array<() => void>>();
  const record = {
    images: [] as string[],
    tooltips: [] as string[],
    menus: [] as Array<FakeMenu | null>,
    popups: [] as FakeMenu[],
    destroyed: false,
  };
  const tray = {
    setImage(image: NativeImage | string) {
      record.images.push(String(image));
    },
    setToolTip(text: string) {
      record.tooltips.push(text);
    },
    setContextMenu(menu: FakeMenu | null) {
      record.menus.push(menu);
    },
    popUpContextMenu(menu?: FakeMenu) {
      if (menu) record.popups.push(menu);
    },
    on(event: TrayEvent, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    getBounds: () => ({ x: 1800, y: 1050, width: 24, height: 24 }),
    destroy() {
      record.destroyed = true;
    },
  } satisfies TrayLike<FakeMenu>;
  const emit = (event: TrayEvent) => listeners.get(event)?.forEach((listener) => listener());
  return { tray, record, emit };
}

function fakeActions() {
  const calls: string[] = [];
  const actions: TrayActions = {
    toggleWindow: () => calls.push('toggle'),
    openWindow: () => calls.push('open'),
    refreshUser: () => calls.push('refresh-user'),
    refreshComputer: () => calls.push('refresh-computer'),
    setStartAtLogin: (enabled) => calls.push(`start-at-login:${enabled}`),
    quit: () => calls.push('quit'),
  };
  return { actions, calls };
}

const images = {
  valid: 'tray-valid.png',
  expiring: 'tray-expiring.png',
  expired: 'tray-expired.png',
  none: 'tray-none.png',
  error: 'tray-error.png',
};

function setup(
  platform: NodeJS.Platform = 'win32',
  extra: Partial<TrayControllerOptions<FakeMenu>> = {},
) {
  const fake = fakeTray();
  const { actions, calls } = fakeActions();
  let startAtLogin = false;
  const controller = createTrayController<FakeMenu>({
    tray: fake.tray,
    images,
    buildMenu: (template) => ({ template }),
    actions: {
      ...actions,
      setStartAtLogin: (enabled) => {
        startAtLogin = enabled;
        actions.setStartAtLogin(enabled);
      },
    },
    startAtLogin: () => startAtLogin,
    platform,
    now: () => NOW,
    ...extra,
  });
  const lastMenu = () => {
    const menu = fake.record.menus.at(-1);
    if (!menu) throw new Error('no menu set');
    return menu.template;
  };
  const press = (template: MenuItemConstructorOptions[], label: string) => {
    const item = template.find((entry) => entry.label === label);
    if (!item?.click) throw new Error(`no menu item ${label}`);
    (item.click as unknown as () => void)();
  };
  return { ...fake, controller, calls, lastMenu, press };
}

function listingWithTgt(endInMinutes: number): KlistListing {
  const tgt = ticketOf(
    'krbtgt/CONTOSO.COM@CONTOSO.COM',
    endInMinutes * 60_000,
    {
      flags: ['forwardable', 'renewable', 'initial', 'pre_authent', 'name_canonicalize'],
      flagsHex: '0x40e10000',
      startTime: new Date(NOW - 60 * 60_000).toISOString(),
      renewUntil: null,
      cacheFlags: ['PRIMARY'],
    },
    NOW,
  );
  // A Protected Users member's listing: Windows does not renew it, the icon follows the time left.
  return listingOf([tgt], { tgtUpkeep: 'protected-users' });
}

describe('the tray icon', () => {
  it('starts as "no ticket" and follows the listing with picture and tooltip', () => {
    const { controller, record } = setup();
    expect(record.images).toEqual(['tray-none.png']);
    controller.update(listingWithTgt(9 * 60 + 12));
    expect(controller.state()).toBe('valid');
    expect(record.images.at(-1)).toBe('tray-valid.png');
    expect(plain(record.tooltips.at(-1) ?? '')).toBe(
      'dyork@CONTOSO.COM — sign-in ticket valid for 9 hr 12 min',
    );
    controller.update(listingWithTgt(30));
    expect(record.images.at(-1)).toBe('tray-expiring.png');
  });

  it('does not reset the same picture again when only the time left changes', () => {
    const { controller, record } = setup();
    controller.update(listingWithTgt(300));
    controller.update(listingWithTgt(299));
    expect(record.images).toEqual(['tray-none.png', 'tray-valid.png']);
    expect(record.tooltips).toHaveLength(3);
  });

  it('toggles the window on left click', () => {
    const { emit, calls } = setup();
    emit('click');
    emit('click');
    expect(calls).toEqual(['toggle', 'toggle']);
  });

  it('offers Open, both refreshes, Start at login and Quit in the context menu', () => {
    const { lastMenu, press, calls } = setup();
    const labels = lastMenu().map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      'Open Regroup',
      'separator',
      'Refresh my groups',
      'Refresh computer groups…',
      'separator',
      'Start at sign-in',
      'separator',
      'Quit Regroup',
    ]);
    press(lastMenu(), 'Open Regroup');
    press(lastMenu(), 'Refresh my groups');
    press(lastMenu(), 'Refresh computer groups…');
    press(lastMenu(), 'Quit Regroup');
    expect(calls).toEqual(['open', 'refresh-user', 'refresh-computer', 'quit']);
  });

  it('ticks Start at login after it is switched on', () => {
    const { lastMenu, press, calls } = setup();
    expect(lastMenu().find((item) => item.label === 'Start at sign-in')?.checked).toBe(false);
    press(lastMenu(), 'Start at sign-in');
    expect(calls).toEqual(['start-at-login:true']);
    expect(lastMenu().find((item) => item.label === 'Start at sign-in')?.checked).toBe(true);
  });

  it('greys out both refreshes and says "refreshing" while one runs', () => {
    const { controller, lastMenu, record } = setup();
    controller.update(listingWithTgt(300));
    controller.setBusy('user');
    const enabled = (label: string) => lastMenu().find((item) => item.label === label)?.enabled;
    expect(enabled('Refresh my groups')).toBe(false);
    expect(enabled('Refresh computer groups…')).toBe(false);
    expect(record.tooltips.at(-1)).toBe('Regroup — refreshing…');
    controller.setBusy(null);
    expect(enabled('Refresh my groups')).toBe(true);
    expect(plain(record.tooltips.at(-1) ?? '')).toContain('sign-in ticket valid for 5 hr');
  });

  it('on macOS keeps left click for the window and pops the menu up on right click', () => {
    const { record, emit, calls } = setup('darwin');
    expect(record.menus).toEqual([]);
    emit('click');
    emit('right-click');
    expect(calls).toEqual(['toggle']);
    expect(record.popups).toHaveLength(1);
    expect(record.popups[0]?.template.map((item) => item.label).filter(Boolean)).toContain(
      'Quit Regroup',
    );
  });

  it('under a policy, leaves out "Refresh computer groups" and locks "Start at login"', () => {
    const { lastMenu } = setup('win32', {
      computerRefresh: false,
      startAtLoginManaged: true,
      startAtLogin: () => true,
    });
    expect(lastMenu().map((item) => item.label ?? item.type)).toEqual([
      'Open Regroup',
      'separator',
      'Refresh my groups',
      'separator',
      'Start at sign-in (set by your IT department)',
      'separator',
      'Quit Regroup',
    ]);
    const item = lastMenu().find((entry) => entry.type === 'checkbox');
    expect(item).toMatchObject({ checked: true, enabled: false });
  });

  it('destroys the tray icon on request', () => {
    const { controller, record } = setup();
    controller.destroy();
    expect(record.destroyed).toBe(true);
  });
});
