import { describe, expect, it } from 'vitest';
import type { DiagramDefinition } from '../../../src/diagrams/diagram-kind.ts';
import { finishDrawing } from '../../../src/diagrams/finish/index.ts';
import { handOverParsed, parseSvg } from '../../../src/diagrams/finish/svg-dom.ts';
import { inertnessInNode } from '../../../src/pipeline/inert-svg.ts';

/** What Mermaid draws for two nodes and an edge, trimmed to the parts the finishing steps read. */
const DRAWN = [
  '<svg xmlns="http://www.w3.org/2000/svg" id="diagram-net" viewBox="0 0 100 100">',
  '<style>#diagram-net .node rect{fill:rgb(241, 238, 230);stroke:#3b3b3b}#diagram-net .x{fill:#123456}</style>',
  '<g class="edgePaths"><path id="diagram-net-e_a" class="flowchart-link" data-id="e_a" d="M0 0L1 1"/></g>',
  '<g class="edgeLabels"><g class="edgeLabel"><g class="label" data-id="e_a"><text>tie</text></g></g></g>',
  '<g class="nodes">',
  '<g class="node default" id="diagram-net-flowchart-n_a-0"><rect x="-40" y="-20" width="80" height="40"/><text>A</text></g>',
  '<g class="node default" id="diagram-net-flowchart-n_b-1"><rect x="-40" y="-20" width="80" height="40" fill="#1b1b1b"/><text>B</text></g>',
  '</g></svg>',
].join('');

const diagram = (extra: Partial<DiagramDefinition>): DiagramDefinition => ({
  id: 'diagram-net',
  slideId: 'net',
  title: 'Net',
  description: 'A net',
  drawing: { engine: 'mermaid', text: 'flowchart LR' },
  sources: [],
  ...extra,
});

describe('finishing a drawn diagram', () => {
  it('swaps the palette’s colours for its custom properties, in styles and colour attributes', () => {
    const svg = finishDrawing(diagram({}), DRAWN);
    expect(svg).toContain('fill:var(--panel);stroke:var(--line)');
    expect(svg).toContain('fill:#123456');
    expect(svg).not.toContain('fill="#1b1b1b"');
    expect(svg).toContain('style="fill:var(--ink)"');
  });

  it('makes each step a reveal.js fragment with its index, and leaves later steps out', () => {
    const svg = finishDrawing(
      diagram({ growth: { before: ['2001'], steps: [{ label: '2002', keys: ['n_a', 'e_a'] }], later: ['n_b'] } }),
      DRAWN,
    );
    expect(svg).toMatch(
      /<g class="node default fragment diagram-step" id="diagram-net-flowchart-n_a-0" data-fragment-index="0">/,
    );
    expect(svg).toMatch(
      /<path id="diagram-net-e_a" class="flowchart-link fragment diagram-step"[^>]*data-fragment-index="0"/,
    );
    expect(svg).toMatch(/<g class="label fragment diagram-step" data-id="e_a" data-fragment-index="0">/);
    expect(svg).not.toContain('flowchart-n_b');
  });

  it('draws a group’s node in its tone with its mark on the corner', () => {
    const svg = finishDrawing(diagram({ looks: [{ key: 'n_a', look: { tone: 'blue', mark: 'triangle' } }] }), DRAWN);
    expect(svg).toContain('fill:var(--tint-3);stroke:var(--tone-3);stroke-width:2.5px');
    expect(svg).toMatch(
      /<path class="group-mark group-mark--triangle" d="M-40 -2[^"]*" style="fill:var\(--tone-3\)"\/>/,
    );
  });

  it('leaves an SVG a generator wrote itself alone when it neither grows nor has looks', () => {
    const own = '<svg id="x"><rect fill="#1b1b1b"/></svg>';
    expect(finishDrawing(diagram({ drawing: { engine: 'svg', svg: own } }), own)).toBe(own);
  });
});

describe('a drawing parsed once (src/diagrams/finish/svg-dom.ts)', () => {
  it('is finished from the document the cache check parsed, taken once, then parsed afresh', () => {
    const { refused, parsed } = inertnessInNode(DRAWN);
    expect(refused).toEqual([]);
    if (!parsed) throw new Error('the drawing did not pass');
    handOverParsed(DRAWN, parsed);
    expect(parseSvg(DRAWN, 'diagram-net')).toBe(parsed);
    // Finishing changed that document: the next finish of the same drawing must not see its changes.
    const again = parseSvg(DRAWN, 'diagram-net');
    expect(again).not.toBe(parsed);
    expect(finishDrawing(diagram({}), DRAWN)).toBe(finishDrawing(diagram({}), DRAWN));
  });

  it('hands over nothing for a drawing the check refused', () => {
    const { refused, parsed } = inertnessInNode(DRAWN.replace('<g class="nodes">', '<g class="nodes" onclick="x()">'));
    expect(refused).not.toEqual([]);
    expect(parsed).toBeUndefined();
  });
});
