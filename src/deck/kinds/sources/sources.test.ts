import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'sources' });

describe('the sources slide', () => {
  it('numbers every source as its footnote markers do', () => {
    const html = renderedPage('sources');
    expect(html).toContain('<li id="source-1" value="1" data-source-id="chronicle">');
    expect(html).toContain('data-source-id="gazette"');
  });
});
