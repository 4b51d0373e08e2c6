/**
 * How long each kind of text may be, in characters, and how many items a slide may
 * list. The numbers come from the layout: each is the most that still fits its place
 * on a 1280×720 slide (and in its diagram, with labels at the 20 px readability floor)
 * when every other field on that slide is at its own maximum. `tests/e2e/lengths.spec.ts`
 * builds a talk with every field at these limits and proves it fits at 1024×768,
 * 1280×720 and 1920×1080; change a number here and that test says whether it still does.
 */

/** A text field's rule: its longest allowed length, and whether it may be left empty. */
export interface TextLimit {
  /** Most characters (UTF-16 code units, as `String.length` counts them). */
  readonly max: number;
  /** False for fields that may be absent; a field that is present is never blank. */
  readonly required: boolean;
  /** Where the text shows, for the error message. */
  readonly shows: string;
}

const limit = (max: number, shows: string, required = true): TextLimit => ({ max, required, shows });

// --- The talk as a whole (page head, PDF metadata, handout footer) ---
export const MAX_TALK_TITLE = 120;
export const MAX_TALK_SUBTITLE = 200;
export const MAX_TALK_AUTHOR = 120;

// --- Headings ---
/** A slide's heading (42 px bold) on one line, above a diagram whose height is fixed. */
export const MAX_SLIDE_TITLE = 60;
/** The talk's title on the title slide (60 px bold), up to three lines. */
export const MAX_TITLE_SLIDE_TITLE = 100;
export const MAX_TITLE_SLIDE_SUBTITLE = 120;
export const MAX_TITLE_SLIDE_BYLINE = 140;
/** A section's heading (20 px capitals) on one line above the slide's own. */
export const MAX_SECTION_TITLE = 60;
/** A year slide's heading, beside the year, with "(continued)" added on further pages. */
export const MAX_YEAR_HEADING = 56;

// --- Groups, outlets, relations ---
/** A short name: a diagram box's first line and the "who is who" table's first column. */
export const MAX_SHORT_NAME = 24;
export const MAX_GROUP_NAME = 80;
/** A group's aim: its diagram box's second line. */
export const MAX_GROUP_AIM = 60;
export const MAX_GROUP_SUMMARY = 150;
/** Aliases are matched, never shown; longer is a pasting accident. */
export const MAX_ALIAS = 80;
export const MAX_OUTLET_NAME = 80;
export const MAX_OUTLET_DESCRIPTION = 120;
/** A tie's label on a diagram arrow. */
export const MAX_RELATION_LABEL = 40;
/** An organisation's name as its claims use it, inside a claim's sentence. */
export const MAX_NAME_IN_CLAIMS = 40;

// --- Events ---
export const MAX_EVENT_TITLE = 80;
/** An event's label on an overview timeline and on a map. */
export const MAX_EVENT_SHORT_TITLE = 36;
export const MAX_PLACE_PART = 40;
export const MAX_FIGURE_LABEL = 56;
/** A figure drawn as a slice of a chart: its label and number sit in the chart's legend. */
export const MAX_SLICE_LABEL = 28;
export const MAX_RECORD_SUMMARY = 130;
/** A record note's detail: speaker notes and handout only. */
export const MAX_RECORD_DETAIL = 600;

// --- Sentences ---
export const MAX_ARGUMENT_PARAPHRASE = 220;
/** A statement shown as a point of a slide. */
export const MAX_POINT_STATEMENT = 180;
export const MAX_CAPTION = 200;
/** What the source says; shown only for an author's argument (a verbatim quote of at most 30 words). */
export const MAX_EXCERPT = 600;

// --- Sources and credits (eight to a slide) ---
export const MAX_PUBLISHER = 64;
export const MAX_SOURCE_TITLE = 240;
export const MAX_SOURCE_CAVEAT = 120;
export const MAX_CREDIT_PART = 40;
/** What was used, with any note on it (a map's disputed boundaries): as long as a source's caveat and title together, no more. */
export const MAX_CREDIT_MATERIAL = 180;

// --- Speaker notes: the speaker view and the handout's panel under each slide ---
export const MAX_NOTES_SAY = 1400;
export const MAX_NOTES_STRESS = 240;
export const MAX_NOTES_TRANSITION = 200;

// --- How many items a slide lists ---
/** Rows of a "who is who" table. */
export const MAX_GROUPS_PER_SLIDE = 7;
/** Points of a points or closing slide. */
export const MAX_POINTS_PER_SLIDE = 5;
/** Figures of one event, shown on its line of facts. */
export const MAX_FIGURES_PER_EVENT = 4;
/** Claims and attributions of one event, together. */
export const MAX_RESPONSIBILITY_PARTS = 3;
/** Record lines of one event that differ from the main source (each a line under it). */
export const MAX_DIFFERING_RECORDS = 2;

/** The limits by kind of text, for the walk over a talk's fields in `texts.ts`. */
export const LIMITS = {
  talkTitle: limit(MAX_TALK_TITLE, 'the page title, the PDF title and the handout footer'),
  talkSubtitle: limit(MAX_TALK_SUBTITLE, 'the page description and the PDF subject'),
  talkAuthor: limit(MAX_TALK_AUTHOR, 'the page author and the PDF author'),
  slideTitle: limit(MAX_SLIDE_TITLE, "the slide's heading, on one line"),
  titleSlideTitle: limit(MAX_TITLE_SLIDE_TITLE, 'the title slide'),
  titleSlideSubtitle: limit(MAX_TITLE_SLIDE_SUBTITLE, 'the title slide'),
  titleSlideByline: limit(MAX_TITLE_SLIDE_BYLINE, 'the title slide'),
  sectionTitle: limit(MAX_SECTION_TITLE, "the section's heading, on one line"),
  yearHeading: limit(MAX_YEAR_HEADING, 'beside the year, on one line'),
  shortName: limit(MAX_SHORT_NAME, 'diagram boxes and the "who is who" table'),
  groupName: limit(MAX_GROUP_NAME, 'the "who is who" table and claim lines'),
  groupAim: limit(MAX_GROUP_AIM, 'diagram boxes and the "who is who" table', false),
  groupSummary: limit(MAX_GROUP_SUMMARY, 'the "who is who" table'),
  alias: limit(MAX_ALIAS, 'nowhere (matched in excerpts)'),
  outletName: limit(MAX_OUTLET_NAME, 'nowhere yet (matched in excerpts)'),
  outletShortName: limit(MAX_SHORT_NAME, 'claim lines'),
  outletDescription: limit(MAX_OUTLET_DESCRIPTION, 'nowhere yet'),
  relationLabel: limit(MAX_RELATION_LABEL, 'diagram arrows', false),
  nameInClaims: limit(MAX_NAME_IN_CLAIMS, 'claim lines'),
  eventTitle: limit(MAX_EVENT_TITLE, 'year slides and points'),
  eventShortTitle: limit(MAX_EVENT_SHORT_TITLE, 'overview timelines and maps'),
  placePart: limit(MAX_PLACE_PART, 'event lines and diagrams'),
  optionalPlacePart: limit(MAX_PLACE_PART, 'event lines and diagrams', false),
  figureLabel: limit(MAX_FIGURE_LABEL, 'event lines'),
  sliceLabel: limit(MAX_SLICE_LABEL, "event lines and a chart's legend"),
  recordSummary: limit(MAX_RECORD_SUMMARY, 'event lines and the record table'),
  recordDetail: limit(MAX_RECORD_DETAIL, 'speaker notes and the handout'),
  argumentParaphrase: limit(MAX_ARGUMENT_PARAPHRASE, 'points and diagram descriptions'),
  pointStatement: limit(MAX_POINT_STATEMENT, 'a point of a slide'),
  caption: limit(MAX_CAPTION, "a diagram's caption"),
  excerpt: limit(MAX_EXCERPT, "an author's quoted argument; otherwise checked, not shown"),
  publisher: limit(MAX_PUBLISHER, 'the Sources list and the handout'),
  sourceTitle: limit(MAX_SOURCE_TITLE, 'the Sources list and the handout'),
  sourceCaveat: limit(MAX_SOURCE_CAVEAT, 'the Sources list and the handout', false),
  creditPart: limit(MAX_CREDIT_PART, 'the credits under the Sources list'),
  creditMaterial: limit(MAX_CREDIT_MATERIAL, 'the credits under the Sources list'),
  notesSay: limit(MAX_NOTES_SAY, 'the speaker view and the handout'),
  notesStress: limit(MAX_NOTES_STRESS, 'the speaker view and the handout'),
  notesTransition: limit(MAX_NOTES_TRANSITION, 'the speaker view and the handout'),
} as const satisfies Record<string, TextLimit>;
