import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'points' });

describe('the points slide', () => {
  it("shows its points on stage and the author's argument as the author's", () => {
    const html = renderedPage('views');
    expect(html).toContain('<ul class="points">');
    expect(html).toContain('data-argument="quarrel"');
  });
});
