import { describe, expect, it } from 'vitest';
import { resolveDeepLink } from '../../../src/client/deep-links.ts';

const SLIDES = [
  { id: 'title', steps: 0 },
  { id: 'the-warning', steps: 0 },
  { id: '2014', steps: 3 },
  { id: '2015', steps: 4 },
  { id: 'sources', steps: 0 },
];

describe('deep links', () => {
  it('read a year as a slide id, not as an index', () => {
    expect(resolveDeepLink('#/2015', SLIDES)).toEqual({ index: 3 });
    expect(resolveDeepLink('#/2015/0/2', SLIDES)).toEqual({ index: 3, fragment: 2 });
  });

  it('read a step after a slide id, as reveal.js writes it', () => {
    expect(resolveDeepLink('#/2015/2', SLIDES)).toEqual({ index: 3, fragment: 2 });
  });

  it('fall back to indexes for bare numbers that are no slide id', () => {
    expect(resolveDeepLink('#/1', SLIDES)).toEqual({ index: 1 });
    expect(resolveDeepLink('#/99', SLIDES)).toEqual({ index: 4 });
  });

  it('resolve named slides and name no slide for unknown ones', () => {
    expect(resolveDeepLink('#/sources', SLIDES)).toEqual({ index: 4 });
    expect(resolveDeepLink('#/nowhere', SLIDES)).toBeNull();
    expect(resolveDeepLink('', SLIDES)).toBeNull();
  });

  it.each([
    '#/%',
    '#/%E0%A4%A',
    '#/2016%',
    '#/%ZZ/0/1',
    '#/-3',
    '#/',
    '#//',
    '#/../..',
    '#/1e3',
    '#/99999999999999999999',
  ])('never throw on %s', (hash) => {
    expect(() => resolveDeepLink(hash, SLIDES)).not.toThrow();
    const target = resolveDeepLink(hash, SLIDES);
    if (target) expect(target.index).toBeLessThan(SLIDES.length);
  });

  it('take the nearest step a slide has', () => {
    expect(resolveDeepLink('#/2014/-5/-5', SLIDES)).toEqual({ index: 2, fragment: -1 });
    expect(resolveDeepLink('#/2014/0/99', SLIDES)).toEqual({ index: 2, fragment: 2 });
    expect(resolveDeepLink('#/2014/0/%ZZ', SLIDES)).toEqual({ index: 2 });
    expect(resolveDeepLink('#/title/0/3', SLIDES)).toEqual({ index: 0 });
    expect(resolveDeepLink('#/2/0/1', SLIDES)).toEqual({ index: 2, fragment: 1 });
  });
});
