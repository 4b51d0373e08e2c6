import { describe, expect, it } from 'vitest';
import { resolveDeepLink } from '../../../src/client/deep-links.ts';

const IDS = ['title', 'the-warning', '2014', '2015', 'sources'];

describe('deep links', () => {
  it('read a year as a slide id, not as an index', () => {
    expect(resolveDeepLink('#/2015', IDS)).toEqual({ index: 3 });
    expect(resolveDeepLink('#/2015/0/2', IDS)).toEqual({ index: 3, fragment: 2 });
  });

  it('fall back to indexes for bare numbers that are no slide id', () => {
    expect(resolveDeepLink('#/1', IDS)).toEqual({ index: 1 });
    expect(resolveDeepLink('#/99', IDS)).toEqual({ index: 4 });
  });

  it('resolve named slides and ignore unknown ones', () => {
    expect(resolveDeepLink('#/sources', IDS)).toEqual({ index: 4 });
    expect(resolveDeepLink('#/nowhere', IDS)).toBeNull();
    expect(resolveDeepLink('', IDS)).toBeNull();
  });
});
