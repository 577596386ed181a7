/**
 * Stand-ins for Electron's unpacked distribution, so that electron-builder can package Regroup
 * offline (no Electron binary can be downloaded here). Each is laid out like Electron's own zip
 * and holds only what electron-builder touches when it packages for `dir`:
 * - Linux: an `electron` executable, renamed to the app's executable name.
 * - Windows: an `electron.exe` that is a real PE file with a version resource in one language:
 *   electron-builder writes the asar integrity hash and the version strings and icon into it
 *   (with resedit), and that fails on anything else.
 * Both carry Electron's fuse wire (the sentinel, version 1, the length, then one byte per fuse in
 * Electron's default states), so electron-builder's `electronFuses` really flip bytes in them and
 * a test can read the result back with @electron/fuses, as it could from a real build.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as resedit from 'resedit';

/** @electron/fuses' sentinel: the fuse wire follows it in the binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's default fuse states ('1' on, '0' off), in @electron/fuses' V1 order: RunAsNode,
 * EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
 */
export const DEFAULT_FUSES = '10110001';

function fuseWire() {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'latin1'),
  ]);
}

function common(dir, version) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'version'), version);
  fs.writeFileSync(path.join(dir, 'LICENSE'), "Stand-in for Electron's LICENSE file.\n");
}

/** Writes a Linux stand-in into `dir` and returns `dir`. */
export function makeLinuxElectron(dir, version) {
  common(dir, version);
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron: nothing to run" >&2\nexit 1\n');
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([script, fuseWire()]), {
    mode: 0o755,
  });
  return dir;
}

/** Writes a Windows stand-in into `dir` and returns `dir`. */
export function makeWindowsElectron(dir, version) {
  common(dir, version);
  const exe = resedit.NtExecutable.createEmpty(false, false);
  const resources = resedit.NtExecutableResource.from(exe);
  const info = resedit.Resource.VersionInfo.createEmpty();
  const lang = { lang: 1033, codepage: 1200 };
  info.lang = lang.lang;
  info.setStringValues(lang, { FileDescription: 'Electron stand-in', ProductName: 'Electron' });
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  info.setFileVersion(major, minor, patch, 0, lang.lang);
  info.setProductVersion(major, minor, patch, 0, lang.lang);
  info.outputToResourceEntries(resources.entries);
  // RT_RCDATA: raw bytes, kept as they are when electron-builder rewrites the resources.
  resources.entries.push({ type: 10, id: 1, ...lang, bin: fuseWire() });
  resources.outputResource(exe);
  fs.writeFileSync(path.join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  return dir;
}
