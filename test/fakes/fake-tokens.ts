/**
 * Sign-in tokens for the fake whoami.exe, taken from real `whoami` outputs (the shared samples
 * next to the repository; see their README): every row's name, type, SID and attribute text as
 * Windows printed it, so the fake's CSV is what that person's whoami would print.
 *   standardUser   a domain user (whoami-en-all-7: Medium label, no Administrators)
 *   filteredAdmin  an administrator under UAC (whoami-en-all-6: Administrators "Group used for
 *                  deny only", Medium label)
 *   elevatedAdmin  an elevated administrator (whoami-en-all-5: Administrators enabled, High label)
 *   russianAdmin   an administrator under UAC on Russian Windows (whoami-ru-groups-1)
 *   frenchUser     a domain user on French Windows (whoami-fr-groups-2)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseWhoami } from '../../core/token/whoami';
import type { FakeWhoamiGroup } from './fake-windows';

export const WHOAMI_SAMPLES = path.resolve(__dirname, '../../../shared/whoami-samples');

export function tokenOfSample(file: string): FakeWhoamiGroup[] {
  const reading = parseWhoami(fs.readFileSync(path.join(WHOAMI_SAMPLES, file), 'utf8'));
  return reading.groups.map((g) => ({
    name: g.name ?? '',
    type: g.type,
    sid: g.sid,
    attributes: g.attributes,
  }));
}

export const TOKENS = {
  standardUser: 'whoami-en-all-7.txt',
  filteredAdmin: 'whoami-en-all-6.txt',
  elevatedAdmin: 'whoami-en-all-5.txt',
  russianAdmin: 'whoami-ru-groups-1.txt',
  frenchUser: 'whoami-fr-groups-2.txt',
} as const;
