import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiagramDefinition } from '../../../src/diagrams/diagram-kind.ts';
import { MERMAID_CONFIG } from '../../../src/pipeline/mermaid-config.ts';
import { renderDiagrams } from '../../../src/pipeline/render-diagrams.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'deck-strict-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('Mermaid runs strict', () => {
  it('is configured with securityLevel strict and SVG text labels', () => {
    expect(MERMAID_CONFIG.securityLevel).toBe('strict');
    expect(MERMAID_CONFIG.htmlLabels).toBe(false);
  });

  // What the renderer really drew shows the configuration it ran with: under any other security level the
  // click directives would leave handlers and links, and with HTML labels the text would sit in foreignObject.
  it('draws a source that tries links, callbacks and raw tags as inert SVG, its labels as SVG text', async () => {
    // Written by hand, past the generators' escaping, as a hostile or broken generator would write it.
    const hostile: DiagramDefinition = {
      id: 'diagram-hostile',
      slideId: 'hostile',
      title: 'Hostile',
      description: 'A diagram that tries to run code.',
      sources: [],
      drawing: {
        engine: 'mermaid',
        text: [
          'flowchart LR',
          '  n1["<img src=x onerror=alert(1)>"] --> n2["<a href=\'javascript:alert(2)\'>two</a>"]',
          '  click n1 href "javascript:alert(3)"',
          '  click n2 call alert(4)',
          '',
        ].join('\n'),
      },
    };
    const { svgs } = await renderDiagrams([hostile], { cacheDir });
    const svg = svgs.get(hostile.id)!;
    expect(svg).not.toMatch(/javascript:/i);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/<(script|img|foreignObject)\b/i);
    expect(svg).toMatch(/<text\b[^>]*>[\s\S]*two/);
  });
});
