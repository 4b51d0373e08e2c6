import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'groups' });

describe('the groups slide', () => {
  it('has one row per group, in order, each with its mark', () => {
    const html = renderedPage('who');
    expect([...html.matchAll(/<tr data-group="([a-z-]+)">/g)].map((match) => match[1])).toEqual([
      'masons',
      'carpenters',
      'council',
    ]);
    expect(html).toContain('class="group-mark"');
  });
});
