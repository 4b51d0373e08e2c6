import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'closing' });

describe('the closing slide', () => {
  it('shows its take-aways', () => {
    const html = renderedPage('closing');
    expect(html).toContain('<div class="closing"><ul class="points">');
    expect(html).toContain('data-argument="quarrel"');
  });
});
