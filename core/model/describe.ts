/** Ticket details in plain words: flags and encryption types. */
import { t } from '../i18n';
import type { MessageId } from '../i18n';

const FLAG_KEYS: Record<string, MessageId> = {
  forwardable: 'flag.forwardable',
  forwarded: 'flag.forwarded',
  proxiable: 'flag.proxiable',
  proxy: 'flag.proxy',
  may_postdate: 'flag.may_postdate',
  postdated: 'flag.postdated',
  invalid: 'flag.invalid',
  renewable: 'flag.renewable',
  initial: 'flag.initial',
  pre_authent: 'flag.pre_authent',
  hw_authent: 'flag.hw_authent',
  ok_as_delegate: 'flag.ok_as_delegate',
  name_canonicalize: 'flag.name_canonicalize',
  anonymous: 'flag.anonymous',
  transited_policy_checked: 'flag.transited_policy_checked',
  reserved: 'flag.reserved',
};

export function flagInWords(flag: string): string {
  const key = FLAG_KEYS[flag.toLowerCase()];
  return key ? t(key) : t('flag.other', { name: flag });
}

export type EncryptionStrength = 'strong' | 'weak' | 'broken' | 'unknown';

export function encryptionStrength(type: string | null): EncryptionStrength {
  const name = (type ?? '').toLowerCase();
  if (name.includes('aes')) return 'strong';
  if (name.includes('rc4') || name.includes('arcfour')) return 'weak';
  if (name.includes('des')) return 'broken';
  return 'unknown';
}

/** `AES-256-CTS-HMAC-SHA1-96 (strong)`. */
export function encryptionInWords(type: string | null): string {
  const strength = encryptionStrength(type);
  const words =
    strength === 'strong'
      ? t('enc.aes')
      : strength === 'weak'
        ? t('enc.rc4')
        : strength === 'broken'
          ? t('enc.des')
          : t('enc.unknown');
  return type ? `${type} (${words})` : words;
}
