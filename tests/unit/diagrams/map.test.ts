import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talk } from '../../../slides/index.ts';
import { AFGHANISTAN_PAKISTAN_MAP } from '../../../slides/maps.ts';
import { markOf } from '../../../src/diagrams/claim-marks.ts';
import type { DiagramDefinition } from '../../../src/diagrams/diagram-kind.ts';
import { markedEvents } from '../../../src/diagrams/kinds/map/spec.ts';
import { overlappingMarkers } from '../../../src/diagrams/map/clusters.ts';
import { countryAt, drawRegionMap, insideExtent } from '../../../src/diagrams/map/draw-map.ts';
import { buildGeography, type Geography } from '../../../src/diagrams/map/geography.ts';
import { LABEL_FRAME_GAP } from '../../../src/diagrams/map/output.ts';
import { makeProjection, shapeContains } from '../../../src/diagrams/map/planar.ts';
import type { RegionMap, RegionMapInput } from '../../../src/diagrams/map/types.ts';
import { generateDiagram } from '../../../src/diagrams/renderers.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import type { DiagramSpec } from '../../../src/model/types.ts';
import { readAdmin1 } from '../../../src/pipeline/map-data.ts';
import { cacheKey, type DrawingEnvironment } from '../../../src/pipeline/render-diagrams.ts';
import { diagramTable } from '../../../src/reading/diagram-tables.ts';
import { readingWords } from '../../../src/reading/words.ts';

const byId = (id: string) => talk.events.find((event) => event.id === id)!;

/** The talk's maps as the build draws them, with their projected countries; drawn once for all the tests. */
let drawnMaps: { input: RegionMapInput; map: RegionMap; geography: Geography }[] | null = null;
function talkMaps(): { input: RegionMapInput; map: RegionMap; geography: Geography }[] {
  if (drawnMaps) return drawnMaps;
  const index = indexTalk(talk);
  const diagrams = index.slides.flatMap((slide) =>
    slide.kind === 'diagram' && slide.diagram.kind === 'map' ? [generateDiagram(slide.diagram, index, slide)] : [],
  );
  // The maps as the wide slide shows them, then as the 4:3 slide does: each guarantee holds in both frames.
  const drawings = [...diagrams, ...diagrams.flatMap((diagram) => (diagram.standard ? [diagram.standard] : []))];
  drawnMaps = drawings.map((diagram) => {
    if (diagram.drawing.engine !== 'map') throw new Error(`${diagram.id} is not a map drawing`);
    const input = diagram.drawing.map;
    const country = input.provincesOf?.country;
    const map = drawRegionMap(input, country ? { provinces: readAdmin1(country) } : {});
    return { input, map, geography: buildGeography(input, input.size ?? { width: 1184, height: 530 }) };
  });
  expect(drawnMaps).toHaveLength(4);
  expect(drawnMaps.map(({ input }) => input.size?.width)).toEqual([1184, 1184, 928, 928]);
  return drawnMaps;
}

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

  it('draws reference places as labelled squares, groups as one label, and a key with a scale bar and a credit', () => {
    const map = drawRegionMap({
      ...input,
      references: [{ id: 'peshawar-city', label: 'Peshawar', lon: 71.58, lat: 34.01 }],
      referenceLegend: 'city',
      groups: [{ id: 'north', label: 'North: 2 attacks', members: ['bajaur', 'peshawar'] }],
      sizeKey: { title: 'Killed', samples: [10, 50], unknown: 'no death figure' },
      footer: { unit: 'km', credit: 'Made with Natural Earth' },
    });
    expect(map.references).toEqual([expect.objectContaining({ id: 'peshawar-city' })]);
    expect(map.labels.filter((label) => label.kind === 'marker')).toEqual([]);
    expect(map.labels.find((label) => label.kind === 'group')?.text.replace('\n', ' ')).toBe('North: 2 attacks');
    const texts = map.labels.map((label) => label.text);
    for (const text of ['Peshawar', 'city', 'Killed', '10', '50', 'no death figure', 'Made with Natural Earth'])
      expect(texts).toContain(text);
    // 1 degree of longitude at 32° N is about 94 km: the bar's length in units matches its kilometres there.
    const bar = map.scaleBar;
    if (!bar) throw new Error('no scale bar');
    const projection = makeProjection(input.extent, input.size ?? { width: 0, height: 0 });
    const [a, b] = [projection([69, 32]), projection([70, 32])];
    const unitsPerKm = Math.hypot((b?.[0] ?? 0) - (a?.[0] ?? 0), (b?.[1] ?? 0) - (a?.[1] ?? 0)) / 94.4;
    expect(bar.width / unitsPerKm).toBeGreaterThan(bar.km * 0.97);
    expect(bar.width / unitsPerKm).toBeLessThan(bar.km * 1.03);
    expect(texts).toContain(`${bar.km} km`);
  }, 60_000);

  it('groups the markers whose symbols would overlap at the map’s size, and no others', () => {
    const near = { id: 'near', label: 'Near 2023', lon: 71.53, lat: 34.74, step: 2023, category: 'a' };
    expect(overlappingMarkers({ ...input, markers: [...input.markers, near] })).toEqual([['bajaur', 'near']]);
    expect(overlappingMarkers(input)).toEqual([]);
    // Larger symbols reach further: sized by 400 killed, two markers about 45 units apart overlap.
    const sized = input.markers.map((marker) => ({ ...marker, size: 400 }));
    expect(
      overlappingMarkers({ ...input, markers: sized, sizeKey: { title: 'Killed', samples: [10], unknown: '?' } }),
    ).toEqual([['bajaur', 'peshawar']]);
  });

  it.each([
    [
      'a reference place off the map',
      { references: [{ id: 'far', label: 'Far', lon: 10, lat: 10 }], referenceLegend: 'city' },
      /Reference place "far" .*outside the drawn area; remove it or enlarge the extent/,
    ],
    [
      'reference places with no legend text',
      { references: [{ id: 'peshawar', label: 'Peshawar', lon: 71.58, lat: 34.01 }] },
      /give referenceLegend/,
    ],
    [
      'a group of one',
      { groups: [{ id: 'lonely', label: 'One', members: ['bajaur'] }] },
      /Marker group "lonely" has fewer than two members; draw a single marker on its own/,
    ],
    [
      'a group naming a marker the map lacks',
      { groups: [{ id: 'ghost', label: 'Two', members: ['bajaur', 'nowhere'] }] },
      /Marker group "ghost" names "nowhere", which is not a marker of this map/,
    ],
  ] as const)('refuses %s, naming it and the fix', (_name, change, message) => {
    expect(() => drawRegionMap({ ...input, ...change })).toThrow(message);
  });

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

  it('places every label of the talk’s own maps inside the map, at full size, with none overlapping, in both frames', () => {
    for (const { input, map } of talkMaps()) expectEveryLabelPlaced(input, map);
  }, 120_000);
});

/** Every marker labelled (alone or with its group), every label inside the map, at full size, none overlapping. */
function expectEveryLabelPlaced(input: RegionMapInput, map: RegionMap): void {
  const { width, height } = input.size ?? { width: 0, height: 0 };
  for (const marker of input.markers) {
    // Its own label, or its group's: a marker drawn in a group is labelled once with the group.
    const group = (input.groups ?? []).find((candidate) => candidate.members.includes(marker.id));
    expect(
      map.labels.some((label) =>
        group ? label.kind === 'group' && label.id === group.id : label.kind === 'marker' && label.id === marker.id,
      ),
      marker.id,
    ).toBe(true);
  }
  for (const [i, a] of map.labels.entries()) {
    // Clear of the frame too (its ground reaches 2 units past its box): a label touching the edge reads as cut off.
    const margin = 6;
    expect(
      a.x >= margin && a.y >= margin && a.x + a.width <= width - margin && a.y + a.height <= height - margin,
      `${a.text} touches the frame`,
    ).toBe(true);
    // Every label is set at the map's type size: the placement never shrinks one to fit.
    expect(a.height, a.text).toBeGreaterThanOrEqual((input.fontSize ?? 20) * 1.2);
    for (const b of map.labels.slice(i + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.text} / ${b.text}`).toBe(false);
    }
  }
}

describe('the talk’s own maps, as drawn at slide size', () => {
  it('frames the newest step’s label clear of its text, and the frame inside the map', () => {
    for (const { input, map } of talkMaps()) {
      const { width, height } = input.size ?? { width: 0, height: 0 };
      const frames = [
        ...map.svg.matchAll(/class="map-label-frame" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g),
      ];
      const stepLabels = map.labels.filter((label) => label.kind === 'marker' || label.kind === 'group');
      expect(frames).toHaveLength(stepLabels.length);
      for (const [, x = '', y = '', w = '', h = ''] of frames) {
        const frame = { x: Number(x), y: Number(y), w: Number(w), h: Number(h) };
        // The deck strokes it 5 units wide, centred: its inner edge stays 2.5 units off the text, its outer edge on the map.
        const label = stepLabels.find((candidate) => Math.abs(candidate.x - frame.x - LABEL_FRAME_GAP) < 0.01);
        expect(label, `frame at ${x},${y} belongs to a label`).toBeDefined();
        expect(LABEL_FRAME_GAP - 2.5).toBeGreaterThanOrEqual(2.5);
        expect(frame.x - 2.5 >= 0 && frame.y - 2.5 >= 0, `${label?.text} frame`).toBe(true);
        expect(frame.x + frame.w + 2.5 <= width && frame.y + frame.h + 2.5 <= height, `${label?.text} frame`).toBe(
          true,
        );
      }
    }
  }, 120_000);

  it('draws every attack at its true point, on land inside its own country’s drawn outline', () => {
    for (const { input, map, geography } of talkMaps()) {
      for (const marker of input.markers) {
        const event = byId(marker.id);
        const drawn = map.symbols.find((symbol) => symbol.id === marker.id);
        const home = geography.countries.find((country) => country.name === event.place?.country);
        expect(home, `${marker.id}: ${event.place?.country} is drawn`).toBeDefined();
        if (!drawn || !home) throw new Error(`${marker.id} is not drawn`);
        expect(shapeContains(home.shape, drawn.x, drawn.y), `${marker.id} lies in ${home.name}`).toBe(true);
        // Never pushed off its place: the symbol is where the place projects.
        const [x, y] = geography.project([marker.lon, marker.lat]) ?? [Number.NaN, Number.NaN];
        expect(Math.hypot(drawn.x - x, drawn.y - y), `${marker.id} is drawn at its place`).toBeLessThan(0.5);
      }
    }
  }, 120_000);

  it('draws markers that would overlap as one labelled group, and leaves no attack off the Afghanistan–Pakistan map', () => {
    const [nearBorder] = talkMaps();
    if (!nearBorder) throw new Error('no map');
    expect(nearBorder.input.markers.map((marker) => marker.id)).toEqual(
      expect.arrayContaining([
        'peshawar-sikhs-2022',
        'mastung-senate-deputy-2017',
        'hazarganji-2019',
        'mastung-rally-2018',
      ]),
    );
    const quetta = nearBorder.input.groups?.find((group) => group.members.includes('mastung-rally-2018'));
    expect(quetta?.label).toMatch(/^Quetta area: \d+ attacks$/);
    expect(quetta?.members).toEqual(expect.arrayContaining(['quetta-civil-hospital-2016', 'hazarganji-2019']));
    expect(nearBorder.map.svg).toContain(`data-group="${quetta?.id}"`);
    // No two ungrouped symbols overlap: what would overlap is grouped instead.
    const grouped = new Set((nearBorder.input.groups ?? []).flatMap((group) => group.members));
    const alone = nearBorder.map.symbols.filter((symbol) => !grouped.has(symbol.id));
    for (const [i, a] of alone.entries())
      for (const b of alone.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThan(a.r + b.r - 5);
  }, 120_000);

  it('draws the reference cities, a scale bar in round kilometres, the data’s credit and a size key', () => {
    const [nearBorder, region] = talkMaps();
    if (!nearBorder || !region) throw new Error('two maps');
    const cities = ['Kabul', 'Islamabad', 'Peshawar', 'Quetta', 'Karachi'];
    expect(nearBorder.map.references.map((reference) => reference.id)).toEqual(cities);
    for (const city of cities) {
      expect(
        nearBorder.map.labels.some((label) => label.kind === 'reference' && label.text === city),
        city,
      ).toBe(true);
      expect(nearBorder.map.svg).toContain(`data-reference="${city}"`);
    }
    const credit = talk.credits?.find((candidate) => candidate.id === 'natural-earth')?.holder ?? '';
    expect(credit).toBe('Made with Natural Earth');
    for (const { input, map } of [nearBorder, region]) {
      const texts = map.labels.map((label) => label.text);
      expect(texts).toContain(credit);
      expect(map.scaleBar?.km).toBeGreaterThan(0);
      expect([10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000]).toContain(map.scaleBar?.km);
      expect(texts).toContain(`${map.scaleBar?.km} km`);
      expect(texts).toContain('Killed');
      expect(texts).toContain('no death figure');
      for (const sample of input.sizeKey?.samples ?? []) expect(texts).toContain(String(sample));
      expect(input.sizeKey?.samples.length).toBeGreaterThanOrEqual(2);
      for (const label of map.labels) expect(label.height, label.text).toBeGreaterThanOrEqual(20 * 1.2);
    }
    expect(nearBorder.map.labels.map((label) => label.text)).toContain('city');
  }, 120_000);

  it('sizes each attack’s marker by area from its deaths, and draws one with no death figure dashed at a fixed size', () => {
    const [nearBorder] = talkMaps();
    if (!nearBorder) throw new Error('no map');
    const radius = (id: string): number => nearBorder.map.symbols.find((symbol) => symbol.id === id)?.r ?? 0;
    const size = (id: string): number | null | undefined =>
      nearBorder.input.markers.find((marker) => marker.id === id)?.size;
    const sized = nearBorder.input.markers.filter((marker) => typeof marker.size === 'number' && marker.size >= 20);
    const [small, large] = [...sized].sort((a, b) => (a.size ?? 0) - (b.size ?? 0));
    const largest = sized.reduce((best, marker) => ((marker.size ?? 0) > (best.size ?? 0) ? marker : best));
    if (!small || !large) throw new Error('two sized markers');
    expect(radius(largest.id)).toBeGreaterThan(radius(small.id));
    // Area, not radius, in proportion: the radius grows with the square root of the figure.
    const ratio = (radius(largest.id) - 2.5) / (radius(small.id) - 2.5);
    expect(ratio).toBeCloseTo(Math.sqrt((size(largest.id) ?? 0) / (size(small.id) ?? 1)), 1);
    const unknown = nearBorder.input.markers.find((marker) => marker.size === null);
    if (unknown)
      expect(nearBorder.map.svg).toMatch(new RegExp(`data-key="${unknown.id}"[^>]*>(?:(?!</g>).)*map-symbol-unsized`));
  }, 120_000);
});

describe('the reading edition’s table of a map', () => {
  it('lists the attacks the map draws, and none it leaves off', () => {
    const index = indexTalk(talk);
    const context = {
      index,
      words: readingWords(talk.lang),
      bibliography: { style: '', locale: '', items: [], entries: new Map() },
      diagrams: new Map(),
      svgs: new Map(),
    };
    const drawn = markedEvents(
      talk.events,
      AFGHANISTAN_PAKISTAN_MAP.kind === 'map' ? AFGHANISTAN_PAKISTAN_MAP.marks : [],
    );
    const titles = (spec: DiagramSpec): string[] => diagramTable(spec, context).rows.map((row) => row[1]?.text ?? '');
    expect(titles(AFGHANISTAN_PAKISTAN_MAP)).toEqual(drawn.map((event) => event.title));
    const leftOff = { ...AFGHANISTAN_PAKISTAN_MAP, leaveOff: ['bajaur-2023'] } as DiagramSpec;
    expect(titles(leftOff)).toEqual(drawn.filter((event) => event.id !== 'bajaur-2023').map((event) => event.title));
  });
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
