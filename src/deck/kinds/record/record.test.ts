import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'record' });

describe('the record slide', () => {
  it('lists the claims the record corrects on stage, the article beside the record in the notes', () => {
    const html = renderedPage('record');
    expect(html).toContain('<li data-record="fair">');
    expect(html).toContain('class="notes-record-row" data-event="fair"');
  });
});
