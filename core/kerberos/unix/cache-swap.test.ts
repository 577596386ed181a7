import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitTempCache, createTempCache, fileOfCache } from './cache-swap';

describe('fileOfCache', () => {
  it('knows the file behind FILE caches, bare paths and DIR members, and nothing else', () => {
    expect(fileOfCache('FILE:/tmp/krb5cc_1000')).toBe('/tmp/krb5cc_1000');
    expect(fileOfCache('/tmp/krb5cc_1000_vOHKAs')).toBe('/tmp/krb5cc_1000_vOHKAs');
    expect(fileOfCache('DIR::/run/user/1000/krb5cc/tktSLkPHr')).toBe(
      '/run/user/1000/krb5cc/tktSLkPHr',
    );
    expect(fileOfCache('DIR:/run/user/1000/krb5cc')).toBeNull();
    expect(fileOfCache('KEYRING:persistent:1000:1000')).toBeNull();
    expect(fileOfCache('KCM:1000')).toBeNull();
    expect(fileOfCache('API:501')).toBeNull();
  });
});

describe('createTempCache / commitTempCache', () => {
  it('builds the new cache in a private folder next to the old one and renames it over', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'swap-'));
    const target = path.join(dir, 'krb5cc_1000');
    writeFileSync(target, 'old');
    const temp = await createTempCache(`FILE:${target}`);
    expect(path.dirname(path.dirname(temp.file))).toBe(dir);
    expect(statSync(path.dirname(temp.file)).mode & 0o777).toBe(0o700);
    expect(temp.name).toBe(`FILE:${temp.file}`);
    expect(temp.replaces).toBe(target);
    await writeFile(temp.file, 'new');
    await commitTempCache(temp);
    await temp.dispose();
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['krb5cc_1000']);
  });

  it('leaves the old cache alone when the new one is thrown away', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'swap-'));
    const target = path.join(dir, 'cc');
    writeFileSync(target, 'old');
    const temp = await createTempCache(target);
    await writeFile(temp.file, 'half-done');
    await temp.dispose();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['cc']);
  });

  it('uses the temp folder, and no rename, for caches that are not files', async () => {
    const keyring = await createTempCache('KEYRING:persistent:1000:1000');
    expect(keyring.replaces).toBeNull();
    expect(keyring.file.startsWith(os.tmpdir())).toBe(true);
    await expect(commitTempCache(keyring)).rejects.toThrow(/cannot be replaced/);
    await keyring.dispose();
  });
});
