import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../../../tests/fixtures/deck.ts';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'network' });

describe('the network diagram', () => {
  it('is one Mermaid flowchart that grows step by step', () => {
    const diagram = generatedDiagram('net');
    expect(mermaidText(diagram)).toMatch(/^flowchart LR/);
    expect(diagram.growth?.steps.length).toBeGreaterThan(0);
  });
});
