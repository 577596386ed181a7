/**
 * The deb's maintainer scripts (assets/linux/after-install.tpl, after-remove.tpl) are copies of
 * electron-builder's own templates with one change: /usr/bin/regroup links to the command line
 * launcher (bin/regroup) instead of the tray app's binary. When electron-builder changes its
 * templates (chrome-sandbox, AppArmor, desktop database), this fails until the copies follow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const upstreamDir = path.join(root, 'node_modules', 'app-builder-lib', 'templates', 'linux');
const CLI_LINK = "'/opt/${sanitizedProductName}/bin/${executable}'";
const APP_LINK = "'/opt/${sanitizedProductName}/${executable}'";

/** Ours with the change undone and our header comment (after the shebang) removed. */
function undoChange(text: string): string {
  const [shebang, ...rest] = text.split('\n');
  const firstCode = rest.findIndex((line) => !line.startsWith('#'));
  return [shebang, ...rest.slice(firstCode)].join('\n').replaceAll(CLI_LINK, APP_LINK);
}

describe.each([
  ['after-install.tpl', 3],
  ['after-remove.tpl', 1],
])('the deb script %s', (name, links) => {
  const ours = fs.readFileSync(path.join(root, 'assets', 'linux', name), 'utf8');
  const upstream = fs.readFileSync(path.join(upstreamDir, name), 'utf8');

  it(`points the /usr/bin link at the command line (${links}x)`, () => {
    expect(ours.split(CLI_LINK).length - 1).toBe(links);
    expect(ours).not.toContain(APP_LINK);
  });

  it("is otherwise electron-builder's own", () => {
    expect(undoChange(ours)).toBe(upstream);
  });
});
