/**
 * The tray icon: its picture and tooltip follow the TGT (see tray-state.ts), a left click toggles
 * the window, the context menu offers Open, the two refreshes, Start at login and Quit. Electron's
 * Tray and Menu are injected so this runs in Node tests with typed fakes.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { KlistListing, RefreshScope } from '../core/kerberos/types';
import { trayLookFor } from './tray-state';
import type { TrayState } from './tray-state';
import { t } from '../core/i18n';

/** The tray events used here. */
export type TrayEvent = 'click' | 'right-click' | 'mouse-enter';

/** The parts of Electron's Tray used here; `M` is the menu type (Electron's Menu in the app). */
export interface TrayLike<M = Menu> extends Pick<
  Tray,
  'setImage' | 'setToolTip' | 'getBounds' | 'destroy'
> {
  on(event: TrayEvent, listener: () => void): unknown;
  setContextMenu(menu: M | null): void;
  popUpContextMenu(menu?: M): void;
}

export interface TrayActions {
  toggleWindow(): void;
  openWindow(): void;
  refreshUser(): void;
  refreshComputer(): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

export interface TrayControllerOptions<M = Menu> {
  tray: TrayLike<M>;
  images: Record<TrayState, NativeImage | string>;
  buildMenu: (template: MenuItemConstructorOptions[]) => M;
  actions: TrayActions;
  startAtLogin: () => boolean;
  /** The IT department's policy sets "start at login": the item shows it and is locked. */
  startAtLoginManaged?: boolean;
  /** False when policy hides "Refresh computer groups" (the item is left out). Default true. */
  computerRefresh?: boolean;
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

export function createTrayController<M = Menu>(options: TrayControllerOptions<M>): TrayController {
  const { tray, actions, platform } = options;
  const now = options.now ?? Date.now;
  let listing: KlistListing | null = null;
  let busy: RefreshScope | null = null;
  let state: TrayState | null = null;
  let tooltip = '';
  let menu: M | null = null;

  const buildMenu = (): M => {
    const idle = busy === null;
    return options.buildMenu([
      { label: t('tray.menu.open'), click: () => actions.openWindow() },
      { type: 'separator' },
      { label: t('tray.menu.refreshUser'), enabled: idle, click: () => actions.refreshUser() },
      ...(options.computerRefresh === false
        ? []
        : [
            {
              label: t('tray.menu.refreshComputer'),
              enabled: idle,
              click: () => actions.refreshComputer(),
            },
          ]),
      { type: 'separator' },
      {
        label: t(
          options.startAtLoginManaged ? 'tray.menu.startAtLoginManaged' : 'tray.menu.startAtLogin',
        ),
        type: 'checkbox',
        checked: options.startAtLogin(),
        enabled: !options.startAtLoginManaged,
        click: () => {
          actions.setStartAtLogin(!options.startAtLogin());
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
