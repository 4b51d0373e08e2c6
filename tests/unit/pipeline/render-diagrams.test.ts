import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DiagramDefinition, drawingsOf } from '../../../src/diagrams/diagram-kind.ts';
import { DiagramRenderError, renderDiagrams } from '../../../src/pipeline/render-diagrams.ts';
import { diagramsOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { HOSTILE_LABELS } from '../../fixtures/hostile.ts';
import { mutate } from '../../fixtures/mutate.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'deck-diagrams-'));
// Drawn in the run's one Chromium, in its diagram page prepared once (tests/support/shared-chromium.ts).
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The visible text of an SVG, joined, as a reader (or pdftotext) would get it. */
function svgText(svg: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  return svg
    .replace(/<style[\s\S]*?<\/style>|<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => entities[entity] ?? entity)
    .replace(/\u200B/g, '')
    .replace(/\s+/g, ' ');
}

describe('build-time diagram rendering in Chromium', () => {
  it('draws every fixture diagram as SVG with text labels and a title, then serves them from the cache', async () => {
    const diagrams = diagramsOf(guildsTalk);
    // Each diagram is drawn for the wide slide, and the flowcharts and charts again for the 4:3 one.
    const drawings = diagrams.flatMap(drawingsOf);
    expect(drawings.length).toBeGreaterThan(diagrams.length);
    const first = await renderDiagrams(diagrams, { cacheDir });
    expect(first.drawn).toBe(drawings.length);
    for (const diagram of drawings) {
      const svg = first.svgs.get(diagram.id)!;
      expect(svg).toMatch(new RegExp(`^<svg[^>]* id="${diagram.id}"`));
      expect(svg).not.toContain('foreignObject');
      expect(svg).toContain('<title');
    }
    expect(svgText(first.svgs.get('diagram-formed_')!)).toContain('Carpenters');
    const second = await renderDiagrams(diagrams, { cacheDir });
    expect(second).toMatchObject({ drawn: 0, fromCache: drawings.length });
    expect(second.svgs).toEqual(first.svgs);
    expect(readdirSync(cacheDir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('draws hostile labels as plain text, never markup', async () => {
    const hostile = mutate(guildsTalk, (t) => {
      t.groups[0]!.shortName = HOSTILE_LABELS.slice(0, 8).join(' / ');
    });
    const diagram = diagramsOf(hostile)[0]!;
    const { svgs } = await renderDiagrams([diagram], { cacheDir });
    const svg = svgs.get(diagram.id)!;
    expect(svg).not.toMatch(/<script/i);
    const text = svgText(svg);
    for (const fragment of ['He said', 'stop', '#35;', 'alert(1)', 'داعش', 'خراسان']) expect(text).toContain(fragment);
  });

  it('stops with a message naming the slide when Mermaid cannot parse a diagram', async () => {
    const broken: DiagramDefinition = {
      id: 'diagram-broken',
      slideId: 'broken-slide',
      title: 't',
      description: 'd',
      drawing: { engine: 'mermaid', text: 'flowchart LR\n  a[[[ --> b\n' },
      sources: [],
    };
    const failure = renderDiagrams([broken], { cacheDir });
    await expect(failure).rejects.toThrow(DiagramRenderError);
    await expect(failure).rejects.toThrow(/slide 'broken-slide', diagram 'diagram-broken'/);
  });
});
