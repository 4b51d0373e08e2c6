import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'year' });

describe('the year slide', () => {
  it('marks its year on the axis, every year a link, and shows its events as cards', () => {
    const html = renderedPage('2002');
    expect(html).toContain('<a href="#/2002" aria-current="step">2002</a>');
    expect(html).toContain('<a href="#/2001" class="past">2001</a>');
    expect(html).toContain('<ol class="event-cards">');
  });
});
