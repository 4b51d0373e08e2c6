/**
 * What `drawRegionMap` takes and gives: a build-time vector map of a region, its markers
 * (one per event, revealed step by step), a legend and labels placed without overlaps.
 */
import type { Look } from '../../look/group-looks.ts';
import type { TextMeasurer } from '../svg/text-measure.ts';

/** A box in longitude/latitude (degrees, WGS84). */
export interface GeoExtent {
  /** Western edge, degrees east (−180…180). */
  readonly west: number;
  /** Southern edge, degrees north (−90…90). */
  readonly south: number;
  /** Eastern edge, degrees east; greater than `west`. */
  readonly east: number;
  /** Northern edge, degrees north; greater than `south`. */
  readonly north: number;
}

/** Size of the SVG in user units (its viewBox is `0 0 width height`). */
export interface MapSize {
  /** Width in user units; pick the CSS width the slide shows it at, so 1 unit ≈ 1 CSS px. */
  readonly width: number;
  /** Height in user units. */
  readonly height: number;
}

/** Symbol shapes; each legend category gets its own shape as well as its own colour. */
/** One event on the map. */
export interface MapMarker {
  /** Unique id, written to data-marker and used in error messages. */
  readonly id: string;
  /** Label text, e.g. "Eastport 1907"; a "\n" forces a line break, otherwise the placer may break at a space. */
  readonly label: string;
  /** Longitude in degrees east. */
  readonly lon: number;
  /** Latitude in degrees north. */
  readonly lat: number;
  /** Reveal step (integer, e.g. the year): written to data-step for the build to reveal markers in order. */
  readonly step: number;
  /** Key into `legend` (its colour and shape draw the symbol). */
  readonly category: string;
  /**
   * What the symbol's area stands for (e.g. the deaths reported), when the map sizes its
   * markers (`sizeKey`): the area grows with it. Null or absent: a fixed, dashed symbol.
   */
  readonly size?: number | null;
}

/** A place drawn for orientation (a city), not an event: a small square in ink, always shown, labelled. */
export interface ReferencePlace {
  /** Unique id, written to data-reference and used in error messages. */
  readonly id: string;
  /** Label text, e.g. "Eastport". */
  readonly label: string;
  /** Longitude in degrees east. */
  readonly lon: number;
  /** Latitude in degrees north. */
  readonly lat: number;
}

/**
 * Markers drawn as one group: each member's symbol at its true place (largest first, so
 * the smaller stay visible on top), one label for all of them instead of one each.
 */
export interface MarkerGroup {
  /** Unique id, written to data-group and used in error messages. */
  readonly id: string;
  /** The group's label, e.g. "Eastport area: 4 attacks"; a "\n" forces a line break. */
  readonly label: string;
  /** Ids of its markers (two or more); a marker belongs to one group at most. */
  readonly members: readonly string[];
}

/** How the legend explains sized markers: a heading, sample sizes, and the fixed symbol of an unknown size. */
export interface SizeKey {
  /** Heading of the key, e.g. "Killed". */
  readonly title: string;
  /** Two or three sample values drawn as reference circles, each with its number. */
  readonly samples: readonly number[];
  /** Text beside the fixed symbol of a marker with no size, e.g. "no death figure". */
  readonly unknown: string;
}

/** A scale bar and a credit line, drawn together in a corner of the map. */
export interface MapFooter {
  /** Unit word after the scale bar's length, e.g. "km". The length is a round number of kilometres. */
  readonly unit: string;
  /** Credit of the map's data, as its maker asks to be credited, e.g. "Made with Natural Earth"; none when absent. */
  readonly credit?: string;
}

/** One legend row: a category's text and its look (tone and mark, never colour alone). */
export interface LegendEntry {
  /** Category key that markers refer to. */
  readonly category: string;
  /** Legend text for the category. */
  readonly text: string;
  /** Tone and mark of the category's symbols. */
  readonly look: Look;
}

/** A country to draw filled and (if room) labelled. Countries not listed are drawn as plain land. */
export interface CountrySpec {
  /** Natural Earth NAME as in world-atlas, e.g. "France", "Spain", "Portugal". */
  readonly name: string;
  /** 'focus' countries get the light fill and a bold label; 'context' ones the land fill and a lighter label. */
  readonly role: 'focus' | 'context';
  /** Label text, or alternatives tried in order (e.g. ["Turkmenistan", "Turkm."]), or false for none; default is the name. */
  readonly label?: string | readonly string[] | false;
}

/** Merges several first-level divisions into one (e.g. FATA into Khyber Pakhtunkhwa since 2018). */
export interface ProvinceMerge {
  /** Division (English name) that absorbs the others. */
  readonly into: string;
  /** Divisions (English names) merged into `into`. */
  readonly from: readonly string[];
}

/** Draw one country's first-level divisions. */
export interface ProvinceSpec {
  /** Natural Earth ADMIN name of the country, e.g. "France". */
  readonly country: string;
  /** Divisions to merge before drawing (boundaries inside a merged group are not drawn). */
  readonly merge?: readonly ProvinceMerge[];
  /** Label per division (by English name): text, alternatives tried in order, or false for none. */
  readonly labels?: Readonly<Record<string, string | readonly string[] | false>>;
}

/** The border drawn thick and distinct. */
export interface HighlightBorderSpec {
  /** The two countries (Natural Earth names) whose shared border is highlighted. */
  readonly between: readonly string[];
  /** Optional label placed beside the line (e.g. "Durand Line"). */
  readonly label?: string;
}

/** A dashed outline summarising an area shown on another map, with a label. */
export interface SummaryBox {
  /** Unique id (used in errors and in data-box). */
  readonly id: string;
  /** Area outlined. */
  readonly extent: GeoExtent;
  /** Label text; "\n" breaks lines. */
  readonly label: string;
}

export type LegendPosition = 'auto' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** Everything `drawRegionMap` needs. */
export interface RegionMapInput {
  /** The lon/lat box that must be visible; the projection fits it into `size` and shows whatever extra area the aspect ratio leaves. */
  readonly extent: GeoExtent;
  /** SVG size in user units; default 1184 × 530 (the slide's map canvas, so it is drawn at scale ≈ 1). */
  readonly size?: MapSize;
  /** Countries drawn filled and labelled. */
  readonly countries: readonly CountrySpec[];
  /** The shared border drawn thick (a border the talk is about). */
  readonly highlightBorder?: HighlightBorderSpec;
  /** A country whose first-level divisions are drawn and labelled. */
  readonly provincesOf?: ProvinceSpec;
  /** Events; every one must lie inside the drawn area. */
  readonly markers: readonly MapMarker[];
  /** Markers drawn together under one label, at their true places; see `overlappingMarkers`. Default none. */
  readonly groups?: readonly MarkerGroup[];
  /** Places drawn for orientation (cities), each a labelled square; every one must lie inside the drawn area. Default none. */
  readonly references?: readonly ReferencePlace[];
  /** Legend text of the reference places' square, e.g. "city"; required when there are references. */
  readonly referenceLegend?: string;
  /** Markers sized by area (each marker's `size`), explained in the legend; absent: every symbol the same size. */
  readonly sizeKey?: SizeKey;
  /** A scale bar and the data's credit, drawn in a corner; absent: none. */
  readonly footer?: MapFooter;
  /** Categories, in legend order. */
  readonly legend: readonly LegendEntry[];
  /** Legend heading; none when omitted. */
  readonly legendTitle?: string;
  /** Legend corner; 'auto' (default) picks the corner covering the fewest markers and focus land. */
  readonly legendPosition?: LegendPosition;
  /** 'used' (default) lists only categories that have a marker on this map; 'all' lists every entry. */
  readonly legendShows?: 'used' | 'all';
  /** Dashed outlines summarising areas shown on another map. */
  readonly boxes?: readonly SummaryBox[];
  /** Font size of every text in user units (default 20); no text is drawn smaller. */
  readonly fontSize?: number;
  /** CSS font-family written on the SVG; default "'Source Sans 3', sans-serif" (must match `measureText`). */
  readonly fontFamily?: string;
  /** Measures text in `fontFamily`; default measures Source Sans 3 400/700 with fontkit. */
  readonly measureText?: TextMeasurer;
  /** Accessible name, written to <title>. */
  readonly title: string;
  /** Accessible description, written to <desc>. */
  readonly description: string;
  /** Prefix for element ids, unique per page (default derived from the title). */
  readonly idPrefix?: string;
  /** Seed of the label placer's PRNG (default 1); change only to explore alternatives. */
  readonly seed?: number;
}

/** Kinds of text drawn on the map. */
export type LabelKind =
  | 'marker'
  | 'group'
  | 'reference'
  | 'country'
  | 'province'
  | 'border'
  | 'box'
  | 'legend'
  | 'footer';

/** Box of one drawn text, in user units (the text's advance width × its font line box). */
export interface LabelBox {
  /** Marker id, country/province name, box id, or legend category. */
  readonly id: string;
  readonly kind: LabelKind;
  /** The text as drawn (lines joined with "\n"). */
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The drawn map. */
export interface RegionMap {
  /** Standalone SVG markup (no script, no external references, no filters). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** Every placed text's box, for tests and for the engine's checks. */
  readonly labels: readonly LabelBox[];
  /** Country/province/border labels left out for lack of room (marker labels are never dropped). */
  readonly dropped: readonly string[];
  /** Where each marker's symbol was drawn (after spreading co-located symbols) and the radius it keeps clear. */
  readonly symbols: readonly { readonly id: string; readonly x: number; readonly y: number; readonly r: number }[];
  /** Where each reference place's square was drawn. */
  readonly references: readonly { readonly id: string; readonly x: number; readonly y: number }[];
  /** The scale bar as drawn (its length in km and in user units), or null without a footer. */
  readonly scaleBar: {
    readonly km: number;
    readonly x: number;
    readonly y: number;
    readonly width: number;
  } | null;
  /** The legend's frame, or null when there is no legend. */
  readonly legendBox: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  } | null;
}

/** Thrown when labels cannot be placed; `markerIds` names the markers involved. */
export class LabelPlacementError extends Error {
  readonly markerIds: readonly string[];
  constructor(message: string, markerIds: readonly string[]) {
    super(message);
    this.name = 'LabelPlacementError';
    this.markerIds = markerIds;
  }
}
