import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStartAtLogin, desktopEntry, managedStartAtLogin } from './start-at-login';
import type { StartAtLoginDeps } from './start-at-login';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function loginItems() {
  let openAtLogin = false;
  const app: StartAtLoginDeps['app'] = {
    getLoginItemSettings: () =>
      ({ openAtLogin }) as ReturnType<StartAtLoginDeps['app']['getLoginItemSettings']>,
    setLoginItemSettings: (settings) => {
      openAtLogin = settings.openAtLogin ?? false;
    },
  };
  return app;
}

describe('start at login', () => {
  it('on Linux writes and removes an XDG autostart entry', () => {
    const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-xdg-'));
    dirs.push(configDir);
    const login = createStartAtLogin({
      platform: 'linux',
      app: loginItems(),
      execPath: '/opt/Regroup/regroup',
      configDir,
      fs,
    });
    const file = path.join(configDir, 'autostart', 'regroup.desktop');
    expect(login.get()).toBe(false);
    login.set(true);
    expect(login.get()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain('Exec="/opt/Regroup/regroup"');
    login.set(false);
    expect(fs.existsSync(file)).toBe(false);
    expect(login.get()).toBe(false);
  });

  it('quotes the program path as the desktop entry spec asks', () => {
    expect(desktopEntry('/home/al "x"/Apps/Regroup $1.AppImage')).toContain(
      'Exec="/home/al \\"x\\"/Apps/Regroup \\$1.AppImage"',
    );
  });

  it('forced on or off by policy: written at start, and the person cannot change it', () => {
    for (const forced of [true, false]) {
      const app = loginItems();
      app.setLoginItemSettings({ openAtLogin: !forced });
      const inner = createStartAtLogin({
        platform: 'win32',
        app,
        execPath: 'R.exe',
        configDir: '',
        fs,
      });
      const login = managedStartAtLogin(inner, forced);
      expect(login.managed).toBe(true);
      expect(app.getLoginItemSettings().openAtLogin).toBe(forced);
      login.set(!forced);
      expect(login.get()).toBe(forced);
      expect(app.getLoginItemSettings().openAtLogin).toBe(forced);
    }
  });

  it('not set by policy: the person chooses', () => {
    const app = loginItems();
    const login = managedStartAtLogin(
      createStartAtLogin({ platform: 'darwin', app, execPath: '/A', configDir: '', fs }),
      null,
    );
    expect(login.managed).toBe(false);
    login.set(true);
    expect(app.getLoginItemSettings().openAtLogin).toBe(true);
  });

  it('on Windows and macOS uses the login items', () => {
    const app = loginItems();
    const login = createStartAtLogin({
      platform: 'win32',
      app,
      execPath: 'C:\\Regroup.exe',
      configDir: '',
      fs,
    });
    login.set(true);
    expect(login.get()).toBe(true);
    expect(app.getLoginItemSettings().openAtLogin).toBe(true);
  });
});
