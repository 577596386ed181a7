/**
 * "Start at login". Windows and macOS: Electron's login items. Linux: an XDG autostart entry
 * (`~/.config/autostart/regroup.desktop`), which Electron does not manage there.
 */
import type { App } from 'electron';
import path from 'node:path';

export interface StartAtLoginDeps {
  platform: NodeJS.Platform;
  app: Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings'>;
  execPath: string;
  /** `$XDG_CONFIG_HOME` or `~/.config`. */
  configDir: string;
  fs: {
    existsSync(file: string): boolean;
    mkdirSync(dir: string, options: { recursive: true }): unknown;
    writeFileSync(file: string, text: string): void;
    rmSync(file: string, options: { force: true }): void;
  };
}

export interface StartAtLogin {
  get(): boolean;
  set(enabled: boolean): void;
  /** True when the IT department's policy decides (the tray item is locked then). */
  managed?: boolean;
}

/**
 * "Start at login" under a policy that forces it on or off (null: the person decides). The forced
 * state is written at once (a person who turned it off gets it back at the next start) and every
 * later change is refused; what the OS has is re-read, so the tray shows what will happen.
 */
export function managedStartAtLogin(inner: StartAtLogin, forced: boolean | null): StartAtLogin {
  if (forced === null) return { ...inner, managed: false };
  if (inner.get() !== forced) inner.set(forced);
  return { get: () => inner.get(), set: () => undefined, managed: true };
}

export function createStartAtLogin(deps: StartAtLoginDeps): StartAtLogin {
  if (deps.platform !== 'linux') {
    return {
      get: () => deps.app.getLoginItemSettings().openAtLogin,
      set: (enabled) => deps.app.setLoginItemSettings({ openAtLogin: enabled }),
    };
  }
  const dir = path.join(deps.configDir, 'autostart');
  const file = path.join(dir, 'regroup.desktop');
  return {
    get: () => deps.fs.existsSync(file),
    set(enabled) {
      if (!enabled) {
        deps.fs.rmSync(file, { force: true });
        return;
      }
      deps.fs.mkdirSync(dir, { recursive: true });
      deps.fs.writeFileSync(file, desktopEntry(deps.execPath));
    },
  };
}

/** A desktop entry; the path is quoted as the XDG spec requires for `Exec`. */
export function desktopEntry(execPath: string): string {
  const quoted = `"${execPath.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Regroup',
    'Comment=Kerberos tickets and group membership in the tray',
    `Exec=${quoted}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
