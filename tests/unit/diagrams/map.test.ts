import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talk } from '../../../slides/index.ts';
import { markOf } from '../../../src/diagrams/claim-marks.ts';
import type { DiagramDefinition } from '../../../src/diagrams/diagram-kind.ts';
import { markedEvents } from '../../../src/diagrams/kinds/map/spec.ts';
import { countryAt, drawRegionMap, insideExtent } from '../../../src/diagrams/map/draw-map.ts';
import type { RegionMapInput } from '../../../src/diagrams/map/types.ts';
import { generateDiagram } from '../../../src/diagrams/renderers.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import { readAdmin1 } from '../../../src/pipeline/map-data.ts';
import { cacheKey, type DrawingEnvironment } from '../../../src/pipeline/render-diagrams.ts';

const byId = (id: string) => talk.events.find((event) => event.id === id)!;

describe('what a map marks', () => {
  it('marks the attacks with a place in its countries, and nothing else', () => {
    const ids = markedEvents(talk.events, ['Pakistan']).map((event) => event.id);
    expect(ids).toContain('bajaur-2023');
    expect(ids).toContain('mastung-mawlid-2023');
    // An order, a toll and a border fence have places in Pakistan but are not attacks.
    expect(ids).not.toContain('deportation-order-2023');
    expect(ids).not.toContain('toll-2023');
    expect(ids).not.toContain('kabul-airport-2021');
  });

  it('marks each attack by its claim: a stated name, a name not stated, competing claims, or none', () => {
    expect(markOf(byId('bajaur-2023'))).toEqual({ kind: 'group', group: 'iskp' });
    // "The Islamic State claimed it through Amaq": the name is not stated, and the map does not guess it.
    expect(markOf(byId('mastung-rally-2018'))).toEqual({ kind: 'not-stated' });
    expect(markOf(byId('daraban-2023'))).toEqual({ kind: 'group', group: 'tjp' });
    expect(markOf(byId('mastung-mawlid-2023'))).toEqual({ kind: 'unclaimed' });
    // First claimed by an unknown outfit, then, in doubt, by ISKP: competing, none preferred.
    expect(markOf(byId('mangaluru-2022'))).toEqual({ kind: 'competing' });
    expect(markOf(byId('quetta-police-college-2016'))).toEqual({ kind: 'competing' });
  });
});

describe('the region map', () => {
  it('knows which country a point lies in, and the sea', () => {
    expect(countryAt(71.52, 34.73)).toBe('Pakistan');
    expect(countryAt(69.17, 34.53)).toBe('Afghanistan');
    expect(countryAt(79.85, 6.93)).toBe('Sri Lanka');
    expect(countryAt(65, 15)).toBeNull();
    expect(insideExtent({ west: 60, south: 20, east: 80, north: 40 }, 70, 30)).toBe(true);
    expect(insideExtent({ west: 60, south: 20, east: 80, north: 40 }, 90, 30)).toBe(false);
  });

  const input: RegionMapInput = {
    title: 'Two attacks',
    description: 'Two markers',
    idPrefix: 'diagram-test-map',
    extent: { west: 66, south: 28, east: 73, north: 36 },
    size: { width: 800, height: 500 },
    countries: [
      { name: 'Pakistan', role: 'focus' },
      { name: 'Afghanistan', role: 'focus' },
    ],
    markers: [
      { id: 'bajaur', label: 'Bajaur 2023', lon: 71.52, lat: 34.73, step: 2023, category: 'a' },
      { id: 'peshawar', label: 'Peshawar 2022', lon: 71.57, lat: 34.01, step: 2022, category: 'b' },
    ],
    legend: [
      { category: 'a', text: 'One name', look: { tone: 'blue', mark: 'triangle' } },
      { category: 'b', text: 'Another', look: { tone: 'green', mark: 'diamond' } },
    ],
    legendTitle: 'Claimed in the name of',
  };

  it('draws markers that steps can find, in palette colours, with no two labels overlapping', () => {
    const map = drawRegionMap(input);
    expect(map.svg).toContain('data-key="bajaur"');
    expect(map.svg).toContain('data-key="peshawar"');
    expect(map.svg).toContain('style="fill:var(--tone-3)"');
    expect(map.svg).not.toMatch(/(fill|stroke)="#[0-9a-f]{6}"/i);
    expect(map.svg).toContain('<title id="diagram-test-map-title">Two attacks</title>');
    const boxes = map.labels;
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.text} / ${b.text}`).toBe(false);
      }
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(800);
    }
  }, 60_000);

  it('is a drawing the build makes, under the one cache, keyed by its whole input and the map data', () => {
    const environment: DrawingEnvironment = {
      mermaid: '1',
      chromium: '1',
      fonts: '1',
      sanitizer: '1',
      maps: 'world-atlas@2.0.2',
    };
    const diagram = (map: RegionMapInput): DiagramDefinition => ({
      id: 'diagram-map_',
      slideId: 'map',
      title: 'Map',
      description: 'A map',
      drawing: { engine: 'map', map },
      sources: [],
    });
    const key = cacheKey(diagram(input), environment);
    expect(cacheKey(diagram({ ...input }), environment)).toBe(key);
    expect(cacheKey(diagram({ ...input, title: 'Other' }), environment)).not.toBe(key);
    expect(cacheKey(diagram(input), { ...environment, maps: 'world-atlas@2.0.3' })).not.toBe(key);
  });

  it('places every label of the talk’s own maps inside the map, at full size, with none overlapping', () => {
    const index = indexTalk(talk);
    const maps = index.slides.flatMap((slide) =>
      slide.kind === 'diagram' && slide.diagram.kind === 'map' ? [generateDiagram(slide.diagram, index, slide)] : [],
    );
    expect(maps).toHaveLength(2);
    for (const diagram of maps) {
      if (diagram.drawing.engine !== 'map') throw new Error(`${diagram.id} is not a map drawing`);
      const input = diagram.drawing.map;
      const country = input.provincesOf?.country;
      const map = drawRegionMap(input, country ? { provinces: readAdmin1(country) } : {});
      const { width, height } = input.size ?? { width: 0, height: 0 };
      for (const marker of input.markers)
        expect(
          map.labels.some((label) => label.kind === 'marker' && label.id === marker.id),
          marker.id,
        ).toBe(true);
      for (const [i, a] of map.labels.entries()) {
        expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= width && a.y + a.height <= height, a.text).toBe(true);
        // Every label is set at the map's type size: the placement never shrinks one to fit.
        expect(a.height, a.text).toBeGreaterThanOrEqual((input.fontSize ?? 20) * 1.2);
        for (const b of map.labels.slice(i + 1)) {
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${a.text} / ${b.text}`).toBe(false);
        }
      }
    }
  }, 120_000);
});

describe('the diagram code does no file I/O', () => {
  it('imports no file system module and keeps no cache of its own', () => {
    const folder = join('src', 'diagrams');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(join(folder, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:)?fs(\/promises)?['"]/);
      expect(source, file).not.toMatch(/node_modules\/\.cache/);
    }
  });
});
