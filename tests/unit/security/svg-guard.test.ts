import { describe, expect, it } from 'vitest';
import { assertInertSvg } from '../../../src/deck/kinds/diagram.ts';
import { renderDeck } from '../../../src/deck/render-deck.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import { diagramsOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';

const diagrams = diagramsOf(guildsTalk);
const index = indexTalk(guildsTalk);
const inert = (id: string): string =>
  `<svg id="${id}" viewBox="0 0 10 10"><style>#${id} .a > .b{fill:#000}</style><text>onload="x" &lt;script&gt;</text></svg>`;

describe('drawn SVG goes into the page unescaped, so it must be inert', () => {
  it('accepts a drawing whose text merely mentions scripts and handlers', () => {
    expect(() =>
      renderDeck(index, diagrams, new Map(diagrams.map((diagram) => [diagram.id, inert(diagram.id)]))),
    ).not.toThrow();
  });

  it.each([
    ['a script', '<svg><script>alert(1)</script></svg>'],
    ['embedded HTML', '<svg><foreignObject><div>x</div></foreignObject></svg>'],
    ['an event handler', '<svg><rect onclick="alert(1)"/></svg>'],
    ['a javascript: link', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>'],
  ])('refuses %s, naming the slide and the diagram', (what, svg) => {
    const diagram = diagrams[0]!;
    expect(() => assertInertSvg(svg, diagram)).toThrow(
      `Diagram '${diagram.id}' on slide '${diagram.slideId}' holds ${what}`,
    );
    const svgs = new Map(
      diagrams.map((candidate) => [candidate.id, candidate === diagram ? svg : inert(candidate.id)]),
    );
    expect(() => renderDeck(index, diagrams, svgs)).toThrow(`slide '${diagram.slideId}'`);
  });
});
