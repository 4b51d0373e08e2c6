import { describe, expect, it } from 'vitest';
import { badLinks } from '../../e2e/support/pdf-links.ts';

describe('the PDF link check', () => {
  it('lets through absolute web addresses only', () => {
    expect(badLinks(['https://www.dawn.com/news/1', 'http://example.org/a'])).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'vbscript:x',
    '/news/1',
    'http://127.0.0.1:39217/news/1',
    'http://localhost:4173/index.html',
    'file:///etc/passwd',
  ])('catches %s', (link) => {
    expect(badLinks([link])).toEqual([link]);
  });
});
