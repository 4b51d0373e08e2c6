import { describe, expect, it } from 'vitest';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'slide', kind: 'diagram' });

describe('the diagram slide', () => {
  it('shows its drawing as one named and described image, the drawing itself hidden from assistive technology', () => {
    const html = renderedPage('formed');
    expect(html).toContain('<figure class="diagram" data-diagram="diagram-formed_">');
    expect(html).toContain(
      'role="img" aria-labelledby="diagram-formed_-name" aria-describedby="diagram-formed_-about"',
    );
    expect(html).toContain('<svg aria-hidden="true" focusable="false"');
  });
});
