import { afterEach, describe, expect, it } from 'vitest';
import { formatDuration, registerCatalogue, setLocale, t } from './index';
import { en } from './en';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

afterEach(() => {
  setLocale('en');
});

describe('durations', () => {
  it('read like a person would say them', () => {
    expect(plain(formatDuration((9 * 60 + 12) * 60_000 + 59_000))).toBe('9 h 12 min');
    expect(plain(formatDuration(42 * 60_000 + 5_000))).toBe('42 min 05 s');
    expect(plain(formatDuration(8_400))).toBe('8 s');
    expect(plain(formatDuration((2 * 24 + 4) * 3_600_000))).toBe('2 d 4 h');
    expect(plain(formatDuration(-5_000))).toBe('0 s');
  });

  it('never break between a number and its unit', () => {
    expect(formatDuration(9 * 3_600_000)).not.toMatch(/\d /);
  });
});

describe('the message catalogue', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('tickets.heading', { count: 3 })).toBe('Service tickets (3)');
    expect(t('tickets.heading')).toBe('Service tickets ({count})');
  });

  it('takes another language by its base tag, and falls back to English per key', () => {
    registerCatalogue('de', { 'actions.refreshUser': 'Meine Gruppen aktualisieren' });
    expect(setLocale('de-AT')).toBe('de');
    expect(t('actions.refreshUser')).toBe('Meine Gruppen aktualisieren');
    expect(t('actions.refreshComputer')).toBe(en['actions.refreshComputer']);
    expect(setLocale('fi-FI')).toBe('en');
  });
});
