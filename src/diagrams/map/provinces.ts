/** Phase 2 of a map: one country's first-level divisions, merged as the spec asks, with their lines and label texts. */
import type * as GeoJSON from 'geojson';
import { merge, mesh } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { type Admin1Feature, type Projector, type ProvinceProps, projectProvinces, propName } from './geo-data.ts';
import { polygonsOf, SIMPLIFY_AREA, SMALLEST_RING } from './geography.ts';
import type { Rect } from './label-placement.ts';
import { type PlanarShape, shapeOf } from './planar.ts';
import type { ProvinceSpec } from './types.ts';

export interface ProvinceShape {
  readonly name: string;
  readonly shape: PlanarShape;
  /** The label's alternatives, longest first, or false for none. */
  readonly label: readonly string[] | false;
}

export interface Provinces {
  /** The lines between provinces (none inside a merged group). */
  readonly lines: GeoJSON.MultiLineString;
  readonly shapes: readonly ProvinceShape[];
}

function labelOf(spec: ProvinceSpec, group: string): readonly string[] | false {
  const given = spec.labels?.[group];
  if (given === false) return false;
  if (given === undefined) return [group];
  return typeof given === 'string' ? [given] : [...given];
}

function checkMergesKnown(spec: ProvinceSpec, features: readonly Admin1Feature[]): void {
  const known = new Set(features.map((feature) => feature.name));
  for (const name of (spec.merge ?? []).flatMap((merged) => [merged.into, ...merged.from]))
    if (!known.has(name))
      throw new Error(`Province "${name}" not found for ${spec.country}; known: ${[...known].join(', ')}`);
}

/** The provinces of `spec.country`, from its Natural Earth admin-1 features, their inside tests indexed over `frame`. */
export function buildProvinces(
  spec: ProvinceSpec,
  features: readonly Admin1Feature[],
  project: Projector,
  frame: Rect,
): Provinces {
  checkMergesKnown(spec, features);
  const mergedInto = new Map((spec.merge ?? []).flatMap((merged) => merged.from.map((from) => [from, merged.into])));
  const topology = projectProvinces(features, project, SIMPLIFY_AREA, SMALLEST_RING);
  const geometries = topology.objects.provinces.geometries.filter((geometry) => geometry.type !== null);
  const groupOf = (geometry: TopoJSON.GeometryObject<ProvinceProps>): string => {
    const name = propName(geometry.properties);
    return mergedInto.get(name) ?? name;
  };
  const lines = mesh(
    topology,
    { type: 'GeometryCollection', geometries },
    (a, b) =>
      a !== b &&
      groupOf(a as TopoJSON.GeometryObject<ProvinceProps>) !== groupOf(b as TopoJSON.GeometryObject<ProvinceProps>),
  );
  const groups = [...new Set(geometries.map(groupOf))].sort();
  const shapes = groups.map((group) => ({
    name: group,
    shape: shapeOf(merge(topology, polygonsOf(geometries.filter((geometry) => groupOf(geometry) === group))), frame),
    label: labelOf(spec, group),
  }));
  return { lines, shapes };
}
