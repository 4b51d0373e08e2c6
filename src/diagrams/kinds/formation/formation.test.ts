import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../../../tests/fixtures/deck.ts';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'formation' });

describe('the formation diagram', () => {
  it('is a Mermaid flowchart of the group and the groups it left, one box each', () => {
    const diagram = generatedDiagram('formed');
    expect(mermaidText(diagram)).toMatch(/^flowchart LR/);
    expect(diagram.nodes).toEqual(expect.arrayContaining(["group 'carpenters'"]));
  });
});
