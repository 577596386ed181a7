import { describe, expect, it } from 'vitest';
import { MIT_FLAG_NAMES, isMitFlagLetters, mitFlagLettersToNames } from './mit-flags';

describe('MIT flag letters', () => {
  it('maps every letter MIT klist prints to the Windows flag name', () => {
    expect(MIT_FLAG_NAMES).toEqual({
      F: 'forwardable',
      f: 'forwarded',
      P: 'proxiable',
      p: 'proxy',
      D: 'may_postdate',
      d: 'postdated',
      R: 'renewable',
      I: 'initial',
      i: 'invalid',
      H: 'hw_authent',
      A: 'pre_authent',
      T: 'transited_policy_checked',
      O: 'ok_as_delegate',
      a: 'anonymous',
    });
  });

  it('turns a Flags value into names in the printed order', () => {
    expect(mitFlagLettersToNames('FRIA')).toEqual([
      'forwardable',
      'renewable',
      'initial',
      'pre_authent',
    ]);
    expect(mitFlagLettersToNames('fFTO')).toEqual([
      'forwarded',
      'forwardable',
      'transited_policy_checked',
      'ok_as_delegate',
    ]);
    expect(mitFlagLettersToNames('')).toEqual([]);
  });

  it('tells flag letters from words', () => {
    expect(isMitFlagLetters('FRIA')).toBe(true);
    expect(isMitFlagLetters('(none)')).toBe(false);
    expect(isMitFlagLetters('keine')).toBe(false);
    expect(isMitFlagLetters('')).toBe(false);
    expect(isMitFlagLetters('toString')).toBe(false);
  });
});
