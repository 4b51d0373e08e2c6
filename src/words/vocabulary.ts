/**
 * The closed lists of the content schema: kinds of source, hedges, ties, precision, tones
 * and marks. They live with the interface words, which name every member of them, so that
 * the words depend on nothing of the schema and the schema (`src/model/types.ts`) imports them.
 */

/** Where a source stands: reporting, official records and research state facts; an opinion piece argues. */
export type SourceKind = 'reporting' | 'opinion' | 'official' | 'research';

/** How one group stands towards another. Read as "from <kind> to". */
export type RelationKind =
  | 'split-from'
  | 'affiliate-of'
  | 'province-of'
  | 'rival-of'
  | 'hunts'
  | 'attacks'
  | 'linked-to';

/** The hedges a figure may carry, as its source words them. */
export type Hedge =
  | 'about'
  | 'around'
  | 'some'
  | 'almost'
  | 'nearly'
  | 'at least'
  | 'more than'
  | 'up to'
  | 'approximately';

/** How precisely coordinates place an event: on the spot, in a town, in a district or province, or only a country. */
export type Precision = 'site' | 'town' | 'district' | 'province' | 'country';

/** The tones that tell groups apart on slides and diagrams (see `src/look/palette.ts`); `neutral` is for states. */
export type Tone = 'orange' | 'sky' | 'green' | 'blue' | 'vermillion' | 'purple' | 'yellow' | 'neutral';

/** The mark shapes that tell groups apart besides their tone, so colour is never the only cue. */
export type Mark =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'cross'
  | 'star'
  | 'hexagon'
  | 'triangle-down'
  | 'ring'
  | 'open-square'
  | 'open-diamond';

/** How a source hedges a date: "about 2015", "early 2015", "mid-2015", "late 2015", "before 2015", "after 2015". */
export type DateQualifier = 'about' | 'early' | 'mid' | 'late' | 'before' | 'after';

/** How strongly someone holds a group responsible (see `Attribution` in `src/model/types.ts`). */
export type AttributionStrength = 'blamed' | 'attributed' | 'suspected';
