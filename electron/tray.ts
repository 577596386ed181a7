/**
 * The tray icon: its picture and tooltip follow the TGT (see tray-state.ts), a left click toggles
 * the window, the context menu offers Open, the two refreshes, Start at login and Quit. Electron's
 * Tray and Menu are injected so this runs in Node tests with typed fakes.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { KlistListing, RefreshScope } from './kerberos/types';
import { trayLookFor } from './tray-state';
import type { TrayState } from './tray-state';
import { t } from '../renderer/i18n';

export type TrayLike = Pick<
  Tray,
  'setImage' | 'setToolTip' | 'setContextMenu' | 'popUpContextMenu' | 'on' | 'getBounds' | 'destroy'
>;

export interface TrayActions {
  toggleWindow(): void;
  openWindow(): void;
  refreshUser(): void;
  refreshComputer(): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

export interface TrayControllerOptions {
  tray: TrayLike;
  images: Record<TrayState, NativeImage | string>;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  actions: TrayActions;
  startAtLogin: () => boolean;
  /**
   * macOS shows a tray's context menu on any click, so there the menu is popped up on right
   * click only and left click stays free to toggle the window.
   */
  platform: NodeJS.Platform;
  now?: () => number;
}

export interface TrayController {
  /** Re-reads state and tooltip from a listing (null: not read yet). */
  update(listing: KlistListing | null): void;
  /** Recomputes the tooltip's "time left" from the last listing without running klist. */
  refreshLook(): void;
  setBusy(busy: RefreshScope | null): void;
  state(): TrayState;
  tooltip(): string;
  destroy(): void;
}

export function createTrayController(options: TrayControllerOptions): TrayController {
  const { tray, actions, platform } = options;
  const now = options.now ?? Date.now;
  let listing: KlistListing | null = null;
  let busy: RefreshScope | null = null;
  let state: TrayState | null = null;
  let tooltip = '';
  let menu: Menu | null = null;

  const buildMenu = (): Menu => {
    const idle = busy === null;
    return options.buildMenu([
      { label: t('tray.menu.open'), click: () => actions.openWindow() },
      { type: 'separator' },
      { label: t('tray.menu.refreshUser'), enabled: idle, click: () => actions.refreshUser() },
      {
        label: t('tray.menu.refreshComputer'),
        enabled: idle,
        click: () => actions.refreshComputer(),
      },
      { type: 'separator' },
      {
        label: t('tray.menu.startAtLogin'),
        type: 'checkbox',
        checked: options.startAtLogin(),
        click: (item) => {
          actions.setStartAtLogin(item.checked);
          renderMenu();
        },
      },
      { type: 'separator' },
      { label: t('tray.menu.quit'), click: () => actions.quit() },
    ]);
  };

  const renderMenu = (): void => {
    menu = buildMenu();
    if (platform !== 'darwin') tray.setContextMenu(menu);
  };

  const render = (): void => {
    const look = trayLookFor(listing, now());
    if (look.state !== state) {
      state = look.state;
      tray.setImage(options.images[look.state]);
    }
    const text = busy ? t('tray.tooltip.busy') : look.tooltip;
    if (text !== tooltip) {
      tooltip = text;
      tray.setToolTip(text);
    }
  };

  tray.on('click', () => actions.toggleWindow());
  if (platform === 'darwin') {
    tray.on('right-click', () => {
      menu ??= buildMenu();
      tray.popUpContextMenu(menu);
    });
  }
  // Windows and macOS report hovering: keep the countdown in the tooltip current.
  tray.on('mouse-enter', () => render());

  render();
  renderMenu();

  return {
    update(next) {
      listing = next;
      render();
    },
    refreshLook: render,
    setBusy(next) {
      if (next === busy) return;
      busy = next;
      render();
      renderMenu();
    },
    state: () => state ?? 'none',
    tooltip: () => tooltip,
    destroy: () => tray.destroy(),
  };
}
