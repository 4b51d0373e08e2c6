/**
 * A fingerprint of the code that draws a map, part of its cache key, so a change to how maps
 * are drawn draws them again. It is taken from the functions themselves as loaded (their
 * source text), never by reading source files from a folder relative to where the build runs.
 */
import { createHash } from 'node:crypto';
import * as boxIndex from '../diagrams/map/box-index.ts';
import * as boxes from '../diagrams/map/boxes.ts';
import * as candidates from '../diagrams/map/candidates.ts';
import * as clusters from '../diagrams/map/clusters.ts';
import * as compactPath from '../diagrams/map/compact-path.ts';
import * as countryLookup from '../diagrams/map/country-lookup.ts';
import * as drawMap from '../diagrams/map/draw-map.ts';
import * as geoData from '../diagrams/map/geo-data.ts';
import * as geography from '../diagrams/map/geography.ts';
import * as key from '../diagrams/map/key.ts';
import * as labelJobs from '../diagrams/map/label-jobs.ts';
import * as labelPlacement from '../diagrams/map/label-placement.ts';
import * as labels from '../diagrams/map/labels.ts';
import * as legend from '../diagrams/map/legend.ts';
import * as markers from '../diagrams/map/markers.ts';
import * as obstacles from '../diagrams/map/obstacles.ts';
import * as output from '../diagrams/map/output.ts';
import * as planar from '../diagrams/map/planar.ts';
import * as pointInShape from '../diagrams/map/point-in-shape.ts';
import * as prospects from '../diagrams/map/prospects.ts';
import * as provinces from '../diagrams/map/provinces.ts';
import * as references from '../diagrams/map/references.ts';
import * as sizes from '../diagrams/map/sizes.ts';
import * as textLayout from '../diagrams/map/text-layout.ts';
import * as visualCentre from '../diagrams/map/visual-centre.ts';
import * as svgText from '../diagrams/svg/svg-text.ts';
import * as textMeasure from '../diagrams/svg/text-measure.ts';
import * as groupLooks from '../look/group-looks.ts';
import * as marks from '../look/marks.ts';
import * as countries from '../model/countries.ts';

/**
 * Every module of the map's drawing, by name: those of src/diagrams/map/, then those of src/ they import.
 * `tests/unit/pipeline/map-drawing-code.test.ts` fails when one is missing here.
 */
export const MAP_DRAWING_MODULES = {
  boxIndex,
  boxes,
  candidates,
  clusters,
  compactPath,
  countryLookup,
  drawMap,
  geoData,
  geography,
  key,
  labelJobs,
  labelPlacement,
  labels,
  legend,
  markers,
  obstacles,
  output,
  planar,
  pointInShape,
  prospects,
  provinces,
  references,
  sizes,
  textLayout,
  visualCentre,
  svgText,
  textMeasure,
  groupLooks,
  marks,
  countries,
};

/** Each exported function's and constant's text, hashed: what the map modules are made of, as far as their exports show. */
export const MAP_DRAWING_CODE = createHash('sha256')
  .update(
    Object.values(MAP_DRAWING_MODULES)
      .flatMap((module) =>
        Object.entries(module)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(
            ([name, value]) =>
              `${name}=${typeof value === 'function' ? value.toString() : (JSON.stringify(value) ?? '')}`,
          ),
      )
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 16);
