import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ENV } from '../../../src/browser/chromium.ts';
import { type DiagramDefinition, drawingsOf } from '../../../src/diagrams/diagram-kind.ts';
import {
  cacheKey,
  type DrawingEnvironment,
  drawingEnvironment,
  InertnessError,
  renderDiagrams,
} from '../../../src/pipeline/render-diagrams.ts';
import { diagramsOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'deck-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A drawing a generator wrote itself, as the map and chart kinds do. */
function written(name: string, svg: string): DiagramDefinition {
  return {
    id: `diagram-${name}_`,
    slideId: name,
    title: name,
    description: `A drawing that holds ${name}.`,
    drawing: { engine: 'svg', svg },
    sources: [],
  };
}

const frame = (inner: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100"><rect width="200" height="100" fill="#eee"/>${inner}</svg>`;

describe('every drawing, whatever drew it, is held to an allow-list in Chromium', () => {
  it('passes an inert drawing a generator wrote, with its text alternative added', async () => {
    const { svgs } = await renderDiagrams(
      [written('plain', frame('<text x="10" y="50">onload="x" &lt;script&gt;</text>'))],
      {
        cacheDir,
      },
    );
    const svg = svgs.get('diagram-plain_')!;
    expect(svg).toContain('onload="x" &lt;script&gt;');
    expect(svg).toMatch(/<title[^>]*>plain<\/title>/);
  });

  const HOSTILE: ReadonlyArray<readonly [name: string, inner: string, refused: RegExp]> = [
    ['smil-href', '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>', /<animate>/],
    ['smil-handler', '<rect width="5" height="5"><set attributeName="onmouseover" to="alert(1)"/></rect>', /<set>/],
    ['smil-motion', '<circle r="3"><animateMotion dur="1s" path="M0 0 L10 10"/></circle>', /<animateMotion>/],
    ['entity-scheme', '<a href="jav&#x61;script:alert(1)"><text>x</text></a>', /href="javascript:/],
    ['entity-xlink', '<text><tref xlink:href="&#106;avascript:alert(1)"/></text>', /xlink:href/],
    [
      'html-inside',
      '<foreignObject width="50" height="20"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>',
      /<foreignObject>/,
    ],
    ['other-language', '<html:iframe xmlns:html="http://www.w3.org/1999/xhtml" src="https://example.org/"/>', /iframe/],
    ['script', '<script>alert(1)</script>', /<script>/],
    ['handler', '<rect width="5" height="5" onclick="alert(1)"/>', /onclick/],
    ['image', '<image href="https://example.org/x.png" width="5" height="5"/>', /<image>/],
    ['other-file', '<use href="other.svg#shape"/>', /<use>/],
  ];

  it('refuses SMIL, entity-encoded schemes, foreign markup, scripts, handlers, images and references, naming each slide', async () => {
    const cached = (): number => readdirSync(cacheDir).filter((file) => file.endsWith('.json')).length;
    const before = cached();
    const attempt = renderDiagrams(
      HOSTILE.map(([name, inner]) => written(name, frame(inner))),
      { cacheDir },
    );
    const error = await attempt.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(InertnessError);
    const lines = (error as InertnessError).message.split('\n');
    for (const [name, , refused] of HOSTILE) {
      const line = lines.find((candidate) => candidate.includes(`slide '${name}', diagram 'diagram-${name}_'`));
      expect(line, name).toBeDefined();
      expect(line, name).toMatch(refused);
    }
    expect(cached(), 'nothing refused is cached').toBe(before);
  });

  it('refuses a drawing that does not parse as SVG', async () => {
    await expect(renderDiagrams([written('broken', '<svg><g></svg>')], { cacheDir })).rejects.toThrow(
      /slide 'broken'.*does not parse as SVG/,
    );
  });
});

describe('the diagram cache checks itself', () => {
  const diagrams = diagramsOf(guildsTalk);
  const folder = mkdtempSync(join(cacheDir, 'own-'));
  let first: Map<string, string>;
  beforeAll(async () => {
    first = (await renderDiagrams(diagrams, { cacheDir: folder })).svgs;
  });

  const entries = (): string[] => readdirSync(folder).filter((file) => file.endsWith('.json'));

  it('keeps each drawing with the hash of its input and of its output', () => {
    expect(entries()).toHaveLength(diagrams.flatMap(drawingsOf).length);
    for (const file of entries()) {
      const entry = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;
      expect(file).toBe(`${entry['input']}.json`);
      expect(entry['output']).toMatch(/^[0-9a-f]{64}$/);
      expect(entry['svg']).toMatch(/^<svg/);
    }
  });

  it('draws again, with one line in the log, an entry that is empty, cut short or altered', async () => {
    const [empty, truncated, altered] = entries().map((file) => join(folder, file)) as [string, string, string];
    writeFileSync(empty, '');
    const whole = readFileSync(truncated, 'utf8');
    writeFileSync(truncated, whole.slice(0, Math.floor(whole.length / 2)));
    const entry = JSON.parse(readFileSync(altered, 'utf8')) as { svg: string };
    entry.svg = entry.svg.replace('</svg>', '<set attributeName="onmouseover" to="alert(1)"/></svg>');
    writeFileSync(altered, JSON.stringify(entry));
    const log: string[] = [];
    const again = await renderDiagrams(diagrams, { cacheDir: folder, log: (line) => log.push(line) });
    expect(again).toMatchObject({ drawn: 3, fromCache: diagrams.flatMap(drawingsOf).length - 3 });
    expect(again.svgs).toEqual(first);
    const checks = log.filter((line) => line.startsWith('diagram cache:'));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatch(/3 drawing\(s\) failed their check/);
    for (const problem of ['empty', 'cut short', 'changed since it was checked']) expect(checks[0]).toContain(problem);
    expect(readdirSync(folder).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('keys each drawing by the browser file and the font files, not only by its source', () => {
    const environment = drawingEnvironment(folder);
    expect(environment.chromium).toMatch(/^[0-9a-f]{16}$/);
    expect(environment.fonts).toMatch(/^[0-9a-f]{16}$/);
    // Another browser file (another install, or this one updated in place) is another stamp.
    const other = join(folder, 'other-chromium');
    writeFileSync(other, '#!/bin/sh\n');
    const saved = process.env[CHROMIUM_ENV];
    process.env[CHROMIUM_ENV] = other;
    try {
      expect(drawingEnvironment(folder).chromium).not.toBe(environment.chromium);
    } finally {
      if (saved === undefined) delete process.env[CHROMIUM_ENV];
      else process.env[CHROMIUM_ENV] = saved;
    }
    const diagram = diagrams[0]!;
    const key = cacheKey(diagram, environment);
    const changed = (change: Partial<DrawingEnvironment>): string => cacheKey(diagram, { ...environment, ...change });
    expect(changed({ chromium: 'Chromium 999.0.0.0 other' })).not.toBe(key);
    expect(changed({ fonts: '0000000000000000' })).not.toBe(key);
    expect(changed({ sanitizer: 'other' })).not.toBe(key);
    expect(cacheKey(diagram, { ...environment })).toBe(key);
  });
});
