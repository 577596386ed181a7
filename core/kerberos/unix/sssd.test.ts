import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupsThroughSssd, readGroupsThroughSssd } from './sssd';

describe('groups through SSSD, from nsswitch.conf', () => {
  it("says no for Debian's default (group: files)", () => {
    // Debian's /etc/nsswitch.conf as the base-files package installs it.
    const debian =
      '# /etc/nsswitch.conf\n\npasswd:         files\ngroup:          files\nshadow:         files\n';
    expect(groupsThroughSssd(debian)).toBe(false);
  });

  it('says yes where the group database lists sss, before or after files, with criteria', () => {
    // The forms sssd's and authselect's documentation write.
    expect(groupsThroughSssd('passwd: files sss\ngroup: files sss\n')).toBe(true);
    expect(groupsThroughSssd('group:      sss files systemd\n')).toBe(true);
    expect(groupsThroughSssd('group: sss [NOTFOUND=return] files\n')).toBe(true);
  });

  it('ignores comments, other databases and look-alike sources', () => {
    expect(groupsThroughSssd('# group: files sss\ngroup: files\n')).toBe(false);
    expect(groupsThroughSssd('passwd: files sss\ngroup: files winbind\n')).toBe(false);
    expect(groupsThroughSssd('group: files sssx\n')).toBe(false);
  });

  it('reads the file, and a missing file means not known to use SSSD', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regroup-nss-'));
    const file = path.join(dir, 'nsswitch.conf');
    fs.writeFileSync(file, 'group: files sss\n');
    expect(await readGroupsThroughSssd(file)).toBe(true);
    expect(await readGroupsThroughSssd(path.join(dir, 'missing'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
