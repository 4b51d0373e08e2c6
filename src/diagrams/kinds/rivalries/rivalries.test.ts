import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../../../tests/fixtures/deck.ts';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'rivalries' });

describe('the rivalries diagram', () => {
  it('draws the dilemma as the author argues it, and says whose argument it is', () => {
    const diagram = generatedDiagram('quarrel');
    expect(mermaidText(diagram)).toContain(' -. ');
    expect(diagram.description).toContain('The author argues that the quarrel helps neither guild');
  });
});
