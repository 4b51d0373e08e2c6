/**
 * Every word the engine prints around a talk's content: labels, headings, the phrasing
 * of claims and ties, handout captions. One module per language fills this shape
 * (`en.ts`, `fr.ts`); a talk picks one by its `lang` and may override any entry.
 * Numbers and dates are not here: they go through `Intl` with the talk's `lang`.
 */

import type { AttributionStrength, DateQualifier, Hedge, RelationKind, SourceKind } from './vocabulary.ts';

export interface Words {
  /** The keyboard hint on the title slide. */
  readonly keysHint: string;
  /** A heading continued on a second slide. */
  readonly continued: (heading: string) => string;
  /** Which cut of a talk given at several lengths this is, on the title slide and so the handout's cover, e.g. "10-minute version". */
  readonly cut: (minutes: number) => string;
  /** The notice a link to a slide that this cut leaves out shows, on the nearest slide it has. */
  readonly leftOut: (minutes: number) => string;
  /** Accessible name of a year slide's axis, e.g. "Chronology 2014–2023". */
  readonly chronology: (span: string) => string;
  /** The note on a year slide where the main source names no event. */
  readonly noMainSourceEvent: (year: number) => string;
  /** Before spans that started in an earlier year and run on. */
  readonly continuing: string;
  /** Badges that say where an item comes from. */
  readonly badges: {
    readonly article: { readonly label: string; readonly title: string };
    readonly context: { readonly label: string; readonly title: string };
    readonly opinion: string;
  };
  /** Before a record line on a slide. */
  readonly recordLabel: string;
  /** What the stage shows apart from the page: the slide keeps a short form, the notes and handout the detail. */
  readonly stage: {
    /** The small mark on a stage card whose full record (a revised toll, a correction) is in the notes and handout. */
    readonly moreInHandout: string;
    /** Heading of the notes' part that holds what left the stage: claim chains, the record, citations. */
    readonly onThePage: string;
    /** Words in figure labels that count deaths (matched at a word's start, any case): the strip draws those events by area. */
    readonly deathTerms: readonly string[];
    /** Accessible name of a year's time strip, e.g. "2014–2023, 2016 brought forward", and which count sizes a mark. */
    readonly strip: (span: string, year: number) => string;
  };
  /** Before a record note in the speaker notes: differs, or adds. */
  readonly recordInNotes: (differs: boolean, eventTitle: string) => string;
  /** The same, in a step's own notes, beside the event's card: "The record differs:". */
  readonly recordInStep: (differs: boolean) => string;
  /** The dilemma a rivalries diagram draws, as the author argues it: acting against one rival helps the other. */
  readonly authorDilemma: (struck: string, helped: string) => string;
  /** Before an author's argument: "The author argues". */
  readonly authorArgues: string;
  /** Words that scale a number, as the talk's language writes them ("million", "milliards"), with their factors; content rules read figures with them. */
  readonly numberScales: Readonly<Record<string, number>>;
  /** A figure given as a range: "at least 56, later 67" (a later count) or "56 to 67". */
  readonly figureRange: (low: string, high: string, later: boolean) => string;
  /** A date with its source's hedge: "early 2015", "before March 2016". */
  readonly dateQualifiers: Readonly<Record<DateQualifier, (date: string) => string>>;
  /** The hedges, as the talk's language says them. */
  readonly hedges: Readonly<Record<Hedge, string>>;
  /** Speaker-notes labels. */
  readonly notes: { readonly stress: string; readonly next: string };
  /** Claims of responsibility. */
  readonly claims: {
    /** "claimed by the Guild" + optional outlet phrase + optional later date. */
    readonly claimedBy: (claimant: string, outlet: string | null, when: string | null) => string;
    /** A claim in an organisation's own name during a naming period. */
    readonly claimedInName: (
      name: string,
      outlet: string | null,
      when: string | null,
      country: string,
      claimedAs: string,
    ) => string;
    /** How an outlet is named inside a claim: "through the Town Crier". */
    readonly viaOutlet: (outlet: string) => string;
    /** "or", joining the names a naming period lists. */
    readonly or: string;
    /** Who made a claim whose source names no outlet: "by the Guild". */
    readonly byOrganisation: (name: string) => string;
    /** A claim whose source does not state the name it was made in: "claimed through Amaq; the source does not say in whose name". */
    readonly nameNotStated: (outlet: string | null, when: string | null) => string;
    /** The general context of a claim whose name is not stated: "at the time, the Guild's claims in France were made as the Carpenters". */
    readonly namingContext: (name: string, country: string, claimedAs: string) => string;
    /** Before several claims of one attack, none preferred: "competing claims:". */
    readonly competing: string;
    /** After a claim a source puts in doubt, with what that source says. */
    readonly doubted: (why: string) => string;
    /** After competing claims that a source settles: "a source holds the Guild responsible". */
    readonly settledOn: (claimant: string) => string;
    /** Nobody claimed it. */
    readonly unclaimed: string;
    /** A group that someone holds responsible, worded by how strongly: "blamed on the Guild by officials". */
    readonly attributedTo: (group: string, by: string, strength: AttributionStrength) => string;
    /** Between claims and attributions. */
    readonly separator: string;
  };
  /**
   * Word stems that mark a role in a source's excerpt, as the talk's sources are written:
   * a claimant is named in a sentence with a `claim` term, a group held responsible with an
   * `attribution` term; a statement resting on an opinion piece alone uses a
   * `mainSourceVoice` phrase. Content rules use them; they are never shown.
   */
  readonly roleTerms: {
    readonly claim: readonly string[];
    readonly attribution: readonly string[];
    /** Phrases that voice a statement as the main source's, e.g. "the article", "the author". */
    readonly mainSourceVoice: readonly string[];
    /** Words about the engine or the data that have no place in what a speaker says aloud, e.g. "the data", "square brackets". */
    readonly notSpoken: readonly string[];
  };
  /** Column headings of the "who is who" table. */
  readonly groupsTable: { readonly group: string; readonly formed: string; readonly aim: string; readonly who: string };
  /** Column headings of the "what the record adds" table. */
  readonly recordTable: { readonly article: string; readonly record: string };
  /** Source kinds as shown beside each source. */
  readonly sourceKinds: Readonly<Record<SourceKind, string>>;
  /** Heading of the credits for third-party material, under the sources. */
  readonly credits: string;
  /** The Sources slide on the talk's path: how many sources there are and where to read them; the list sits under it. */
  readonly sourcesStage: {
    /** The count, its number already formatted, e.g. "34 sources". */
    readonly count: (formatted: string, amount: number) => string;
    /** Where the handout lists them. */
    readonly inHandout: string;
    /** Where the reading edition lists them; the deck links it when the build wrote one. */
    readonly inReading: string;
    /** The list one key down, in this deck. */
    readonly below: string;
    /** The notes of a reference page off the talk's path, for the speaker view and the handout. */
    readonly reference: string;
  };
  /** A credit line: "Map data: Natural Earth (public domain)". */
  readonly creditLine: (material: string, holder: string, licence: string) => string;
  /** Words drawn on diagrams and maps. */
  readonly diagrams: {
    /** The last step of a growing network: the ties its sources give no date for. */
    readonly undated: string;
    /** A map marker's label: the place and the year, e.g. "Eastport 1907". */
    readonly mapLabel: (place: string, year: number) => string;
    /** Heading of a map's legend. */
    readonly claimedInName: string;
    /** Legend entry of attacks nobody claimed. */
    readonly unclaimed: string;
    /** Legend entry of attacks claimed in a name their source does not state. */
    readonly notStated: string;
    /** Legend entry of attacks with competing claims, none preferred. */
    readonly competing: string;
    /** A group's legend entry in words, for screen readers: "claimed in the name of the Guild". */
    readonly claimedIn: (group: string) => string;
    /** A dashed box on a map that stands for attacks another map shows: "3 attacks in two countries: see the previous map". */
    readonly elsewhere: (count: number, countries: string) => string;
    /** A marker in the accessible description of a map or overview: "Eastport 1907, claimed in the name of the Guild". */
    readonly mapEntry: (label: string, claim: string) => string;
    /** The one label of a map's markers drawn as a group, its places listed: "Eastport area and Westby: 4 attacks". */
    readonly mapGroup: (places: string, count: number) => string;
    /** The area around a city that a group's attacks lie in: "Eastport area". */
    readonly mapArea: (place: string) => string;
    /** Legend text of a map's reference places (the cities drawn for orientation), e.g. "city". */
    readonly referencePlace: string;
    /** Heading of a map's size key: what a marker's area stands for. */
    readonly killed: string;
    /** Size key entry of the fixed, dashed marker of an attack with no death figure. */
    readonly noDeathFigure: string;
    /** Unit word after a map's scale bar, e.g. "km". */
    readonly kilometres: string;
    /** Under a part-of-whole bar: the whole it is a part of, e.g. "of around 1.7 million undocumented foreigners". */
    readonly ofWhole: (whole: string) => string;
  };
  /** How ties between groups read on a diagram, by kind. */
  readonly relations: Readonly<Record<RelationKind, string>>;
  /**
   * The speaker view's window: its title (after the talk's), the names of its two previews, of
   * its notes and of its clock, and its time lines, with `{time}` and `{plan}` filled in by the
   * speaker view (m:ss): "3:12 elapsed", "16:48 left of 20:00", "1:10 ahead", "0:40 behind".
   */
  readonly speakerView: {
    readonly title: (talkTitle: string) => string;
    readonly current: string;
    readonly upcoming: string;
    readonly notes: string;
    readonly time: string;
    readonly elapsed: string;
    readonly remaining: string;
    readonly ahead: string;
    readonly behind: string;
    readonly onTime: string;
    readonly restart: string;
  };
  /** The rehearsal table (key T): time spent against the plan, by section, and its CSV. */
  readonly rehearsal: {
    /** The table's heading, also the T key's description in reveal.js's help. */
    readonly title: string;
    readonly section: string;
    readonly planned: string;
    readonly spent: string;
    /** Column of ahead or behind, per section. */
    readonly difference: string;
    /** `{time}` is filled in, e.g. "1:05 ahead". */
    readonly ahead: string;
    readonly behind: string;
    /** The whole run: `{spent}` and `{planned}` filled in. */
    readonly total: string;
    /** Heading of the slides that ran long. */
    readonly ranLong: string;
    /** Shown before anything is recorded. */
    readonly empty: string;
    readonly exportCsv: string;
    readonly clear: string;
    readonly close: string;
  };
  /** The handout's captions and footer. */
  readonly handout: {
    readonly notes: string;
    readonly sources: string;
    /** The footer's page count, with `{number}` and `{total}` filled in by the handout's layout in the browser. */
    readonly slideOf: string;
  };
}

/** A talk's changes to its language's words: any entry, at any depth. */
export type WordOverrides = {
  readonly [Key in keyof Words]?: Words[Key] extends (...args: never[]) => unknown ? Words[Key] : Partial<Words[Key]>;
};
