/**
 * The deb's maintainer scripts (assets/linux/after-install.tpl, after-remove.tpl) are copies of
 * electron-builder's own templates with one change: /usr/bin/regroup links to the command line
 * launcher (bin/regroup) instead of the tray app's binary; and a section of Regroup's own at the
 * end (the Linux helper's ownership and polkit action, the man page). When electron-builder
 * changes its templates (chrome-sandbox, AppArmor, desktop database), this fails until the copies
 * follow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const upstreamDir = path.join(root, 'node_modules', 'app-builder-lib', 'templates', 'linux');
const CLI_LINK = "'/opt/${sanitizedProductName}/bin/${executable}'";
const APP_LINK = "'/opt/${sanitizedProductName}/${executable}'";

const OWN_SECTION = "# --- Regroup's own, after electron-builder's template ---";

/** Regroup's own section at the end of a script ('' when there is none). */
const ownSection = (text: string): string =>
  text.includes(OWN_SECTION) ? text.slice(text.indexOf(OWN_SECTION)) : '';

/** Ours with the change undone, our header comment (after the shebang) and our own section removed. */
function undoChange(text: string): string {
  const [shebang, ...rest] = text.replace(ownSection(text), '').trimEnd().split('\n');
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

  it("is otherwise electron-builder's own, up to Regroup's section at the end", () => {
    expect(undoChange(ours)).toBe(upstream.trimEnd());
  });
});

describe("Regroup's section of the deb scripts", () => {
  const read = (name: string) =>
    ownSection(fs.readFileSync(path.join(root, 'assets', 'linux', name), 'utf8'));
  const HELPER = "'/opt/${sanitizedProductName}/helper/regroup-host-kinit'";
  const POLICY = "'/usr/share/polkit-1/actions/com.regroup.app.host-kinit.policy'";

  it('after install: the helper and its folder are root-owned 0755, the action and man page in place', () => {
    const section = read('after-install.tpl');
    expect(section).toContain(`chown root:root '/opt/\${sanitizedProductName}/helper' ${HELPER}\n`);
    expect(section).toContain(`chmod 0755 '/opt/\${sanitizedProductName}/helper' ${HELPER}\n`);
    expect(section).toContain(
      `install -D -o root -g root -m 0644 '/opt/\${sanitizedProductName}/helper/com.regroup.app.host-kinit.policy' ${POLICY}\n`,
    );
    expect(section).toContain(
      "gzip -9 -n -c '/opt/${sanitizedProductName}/man/regroup.1' > /usr/share/man/man1/regroup.1.gz\n",
    );
  });

  it('after remove: exactly those two files outside /opt go again', () => {
    expect(read('after-remove.tpl')).toContain(
      `rm -f ${POLICY} /usr/share/man/man1/regroup.1.gz\n`,
    );
  });
});
