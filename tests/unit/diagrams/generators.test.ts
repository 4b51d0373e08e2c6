import { describe, expect, it } from 'vitest';
import type { DiagramSlide } from '../../../src/diagrams/diagram-kind.ts';
import { networkSteps } from '../../../src/diagrams/kinds/network/render.ts';
import { barsOf } from '../../../src/diagrams/kinds/toll/render.ts';
import { generateDiagram } from '../../../src/diagrams/renderers.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import type { DiagramSpec } from '../../../src/model/types.ts';
import { diagramsOf, mermaidText } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

const index = indexTalk(guildsTalk);
const draw = (spec: DiagramSpec, slide: DiagramSlide) => generateDiagram(spec, index, slide);

describe('diagram generators on the fixture talk', () => {
  const diagrams = diagramsOf(guildsTalk);
  const text = (position: number) => mermaidText(diagrams[position]!);

  it('make one diagram per diagram slide, each with an accessible title and description', () => {
    expect(diagrams.map((diagram) => diagram.slideId)).toEqual(['formed', 'net', 'fair-toll']);
    for (const diagram of diagrams) {
      if (diagram.drawing.engine === 'mermaid') {
        expect(mermaidText(diagram)).toMatch(/^\s*accTitle: .+$/m);
        expect(mermaidText(diagram)).toMatch(/^\s*accDescr: .+$/m);
      } else if (diagram.drawing.engine === 'svg') {
        expect(diagram.drawing.svg).toContain(`<title id="${diagram.id}-title">`);
        expect(diagram.drawing.svg).toContain(`<desc id="${diagram.id}-desc">`);
      }
      expect(diagram.sources.length).toBeGreaterThan(0);
    }
  });

  it('draw each diagram again for the 4:3 slide, in its narrower frame, under an id of its own', () => {
    for (const diagram of diagrams) {
      const standard = diagram.standard;
      expect(standard, `${diagram.slideId} has a 4:3 drawing`).toBeDefined();
      expect(standard!.id).toBe(`${diagram.id}standard`);
      expect(standard!.slideId).toBe(diagram.slideId);
      expect(standard!.description).toBe(diagram.description);
    }
    // A flowchart runs top to bottom in tighter boxes, down the taller slide; a chart is laid out to its width.
    expect(mermaidText(diagrams[0]!.standard!)).toMatch(/^---\nconfig:\n[\s\S]*\n---\nflowchart TB\n/);
    const chart = diagrams[2]!.standard!.drawing;
    expect(chart.engine === 'svg' ? chart.svg : '').toMatch(/^<svg[^>]* viewBox="0 0 880 /);
  });

  it('formation: draws the split from the parent to the new group, each with its aim', () => {
    expect(text(0)).toMatch(/^flowchart LR/);
    expect(text(0)).toContain('n_masons e_carpenters_hsplit@-- "members broke\naway, 2002" --> n_carpenters');
    expect(text(0)).toContain('n_carpenters["Carpenters\nwood for every roof"]');
    expect(diagrams[0]!.description).toContain('Carpenters – members broke away, 2002 – Masons');
  });

  it('network: draws every group and tie once, with an edge id per tie, whatever the slide', () => {
    expect(text(1)).toContain('e_carpenters_hsplit@');
    expect(text(1)).toContain('e_rivals@');
    const early = draw({ kind: 'network', at: { year: 2002 }, previous: null }, { id: 'early', title: 'Early' });
    expect(mermaidText(early).split('\n').slice(3)).toEqual(text(1).split('\n').slice(3));
  });

  it('network: steps in date order, each group with its first tie, undated ties last', () => {
    const steps = networkSteps(guildsTalk.relations);
    expect(steps.map((step) => [step.date, step.relations.map((relation) => relation.id), step.groups])).toEqual([
      [{ year: 2002 }, ['carpenters-split'], ['carpenters', 'masons']],
      [null, ['rivals'], []],
    ]);
  });

  it('network: reveals the steps since the previous slide, keeps earlier ones shown and leaves later ones out', () => {
    const growth = diagrams[1]!.growth!;
    expect(growth.before).toEqual([]);
    expect(growth.steps.map((step) => step.label)).toEqual(['2002', 'undated in the sources']);
    expect(growth.steps[0]!.keys).toEqual(['n_carpenters', 'n_masons', 'e_carpenters_hsplit']);
    const early = draw({ kind: 'network', at: { year: 2002 }, previous: { year: 2001 } }, { id: 'e', title: 'E' });
    expect(early.growth!.steps.map((step) => step.label)).toEqual(['2002']);
    expect(early.growth!.later).toEqual(['e_rivals']);
    const late = draw({ kind: 'network', at: { year: 2003 }, previous: { year: 2002 } }, { id: 'l', title: 'L' });
    expect(late.growth!.before).toEqual(['2002']);
    expect(late.growth!.steps.map((step) => step.label)).toEqual(['undated in the sources']);
  });

  it('network: the first network slide opens on its first date, never a blank canvas; undated ties are marked', () => {
    const first = draw({ kind: 'network', at: { year: 2003 }, previous: null }, { id: 'f', title: 'F' });
    expect(first.growth!.before).toEqual(['2002']);
    expect(first.growth!.steps.map((step) => [step.label, step.undated])).toEqual([['undated in the sources', true]]);
  });

  it('network: a key to its line styles, each with the kinds of tie it draws, only those the slide shows', () => {
    expect(diagrams[1]!.lineKey).toEqual([{ line: 'plain', text: 'members broke away, rivals' }]);
    const early = draw({ kind: 'network', at: { year: 2002 }, previous: { year: 2001 } }, { id: 'e', title: 'E' });
    expect(early.lineKey).toEqual([{ line: 'plain', text: 'members broke away' }]);
  });

  it('network: each group drawn in its look, the same on every slide', () => {
    expect(diagrams[1]!.looks).toEqual([
      { key: 'n_carpenters', look: { tone: 'sky', mark: 'square' } },
      { key: 'n_masons', look: { tone: 'orange', mark: 'circle' } },
    ]);
  });

  it('toll: the main source’s total as a bar split by its parts, each number with its hedge, the record beside it', () => {
    const toll = diagrams[2]!;
    const svg = toll.drawing.engine === 'svg' ? toll.drawing.svg : '';
    expect(svg).toContain('>about 300</text>');
    expect(svg).toContain('>about 200 from Millbrook</text>');
    expect(svg).toContain('>about 100 from Eastport</text>');
    expect(toll.description).toContain('The chronicle: Millbrook Chronicle, January 2004. visitors: about 300');
    expect(svg).not.toMatch(/#[0-9a-f]{6}/i);
  });

  it('toll: bars from figures in order, parts by count and shares by per cent', () => {
    const figure = (amount: number, role: 'total' | 'part' | 'share', hedge: 'nearly' | null = null) => ({
      amount,
      role,
      hedge,
      label: `r${amount}`,
      source: { source: 'gazette', excerpt: `${amount}`, verbatim: false },
    });
    const bars = barsOf(index, [
      figure(200, 'total'),
      figure(50, 'part'),
      figure(1000, 'total'),
      figure(65, 'share', 'nearly'),
    ]);
    expect(bars).toEqual([
      { label: 'r200', value: 200, valueText: '200', segments: [{ fraction: 0.25, label: '50 r50' }] },
      { label: 'r1000', value: 1000, valueText: '1,000', segments: [{ fraction: 0.65, label: 'nearly 65% r65' }] },
    ]);
  });

  it('timeline: a column for every year, its events, context set apart', () => {
    const overview = draw({ kind: 'timeline' }, { id: 'overview', title: 'Overview' });
    const svg = overview.drawing.engine === 'svg' ? overview.drawing.svg : '';
    expect(svg).toMatch(/>2001<\/text>[\s\S]*>2002<\/text>[\s\S]*>2003<\/text>/);
    expect(svg).toContain('data-key="split"');
    expect(svg).toMatch(/data-key="split"><line class="years-bar-context"/);
    expect(overview.description).toContain('2002: Carpenters leave (Context)');
    const later = draw({ kind: 'timeline', from: 2002, to: 2003 }, { id: 'later', title: 'Later' });
    expect(later.description).not.toContain('2001');
  });

  it('rivalries: draws the state dilemma as the author argues it', () => {
    const rivalries = draw(
      { kind: 'rivalries', state: 'council', argument: 'quarrel' },
      { id: 'trap', title: 'The trap' },
    );
    expect(mermaidText(rivalries)).toContain(
      'n_council -. "the author:\nstriking\nCarpenters helps\nMasons" .-> n_carpenters',
    );
    const between = draw(
      { kind: 'rivalries', state: 'council', argument: 'quarrel', between: ['carpenters'] },
      { id: 'trap', title: 'The trap' },
    );
    expect(mermaidText(between)).not.toContain('n_masons');
    expect(rivalries.description).toContain('The author argues that the quarrel helps neither guild');
  });

  it('escape hostile group names', () => {
    const hostile = mutate(guildsTalk, (t) => {
      t.groups[1]!.shortName = 'Car"pen"ters <script>x</script> #35; end';
    });
    expect(mermaidText(diagramsOf(hostile)[0]!)).toContain(
      'Car“pen”ters #lt;script#gt;x#lt;/script#gt; #\u200B35; end',
    );
  });
});
