import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'title' });

describe('the title slide', () => {
  it('shows the title, subtitle and byline, and cites the main source in the notes', () => {
    const html = renderedPage('title');
    expect(html).toContain('<h1 class="talk-title">');
    expect(html).toContain('class="talk-subtitle"');
    expect(html).toContain('class="talk-byline"');
    expect(html).toMatch(/<aside class="notes">[\s\S]*<a class="cite" href="#\/sources-2" data-source="1"/);
  });
});
