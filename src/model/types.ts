/**
 * The content schema. Everything a talk says is data of these types; the
 * engine in `src/` turns any value of `Talk` into a deck, diagrams and a
 * handout. Nothing here knows about a particular talk.
 */

/** A date known to the year, the month or the day. Months are 1–12. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Where a source stands: reporting and official records state facts; an opinion piece argues. */
export type SourceKind = 'reporting' | 'opinion' | 'official' | 'research';

/** A publication the talk cites. Listed on the Sources slide and the handout's last pages. */
export interface Source {
  /** Unique id, referenced by citations. */
  readonly id: string;
  /** Who published it, e.g. "Dawn". */
  readonly publisher: string;
  /** Title of the piece or report, as published. */
  readonly title: string;
  /** When it was published, as precisely as known. */
  readonly date: PartialDate;
  /** Reporting, official record, research, or opinion (the author's views). */
  readonly kind: SourceKind;
  /** Web address, when one is known; shown on the Sources slide, never fetched. */
  readonly url?: string;
}

/** A pointer from a statement to the source that makes it. */
export interface Citation {
  /** Id of a `Source`. */
  readonly source: string;
  /**
   * What the source says: a short verbatim excerpt when `verbatim` is true
   * (at most 30 words, shown in quotation marks), otherwise a paraphrase of
   * what it reports.
   */
  readonly excerpt: string;
  /** True when `excerpt` is the source's own words. */
  readonly verbatim: boolean;
}

/** How far a group's ambitions reach. */
export type Aim = 'national' | 'regional' | 'global';

/** An armed group or a state actor that appears in the talk. */
export interface Group {
  /** Unique id, referenced by events and relations. */
  readonly id: string;
  /** Full name, e.g. "Islamic State Khorasan Province". */
  readonly name: string;
  /** Short name used in diagrams, e.g. "ISKP". */
  readonly shortName: string;
  /** Other names a source may use for this group; used to check attributions. */
  readonly aliases: readonly string[];
  /** Armed group, or a state and its forces. */
  readonly kind: 'armed-group' | 'state';
  /** When it was formed or declared, if the sources date it. */
  readonly founded: PartialDate | null;
  /** What it wants to rule: one country, a region, or beyond. */
  readonly aims: Aim;
  /** One sentence on who they are, shown on the "who is who" slide. */
  readonly summary: string;
  /** Where the summary and the founding date come from. */
  readonly source: Citation;
}

/** How one group stands towards another. Read as "from <kind> to". */
export type RelationKind = 'split-from' | 'affiliate-of' | 'province-of' | 'rival-of' | 'hunts' | 'attacks' | 'linked-to';

/** A tie between two groups, dated from when the sources place it. */
export interface Relation {
  /** Unique id. */
  readonly id: string;
  /** Id of the group the relation starts from. */
  readonly from: string;
  /** Id of the group it points to. */
  readonly to: string;
  readonly kind: RelationKind;
  /** From when it holds; null when the sources describe it without a date (shown only in the latest snapshot). */
  readonly since: PartialDate | null;
  /** Short label for diagrams; defaults to a wording of `kind`. */
  readonly label?: string;
  readonly source: Citation;
}

/** A number a source gives, with the source's own hedge ("about 54"). */
export interface Figure {
  /** The number itself, used for charts and checks. */
  readonly amount: number;
  /** The hedge the source puts on it; null only when the source states it flatly. */
  readonly hedge: 'about' | 'around' | 'some' | 'almost' | 'nearly' | 'at least' | 'up to' | null;
  /** What is counted, e.g. "killed", "fighters", "per cent more attacks". */
  readonly label: string;
  /** Who gives this figure. */
  readonly source: Citation;
  /** For charts: 'part' figures are drawn as the slices of the 'total'. Default: neither. */
  readonly role?: 'total' | 'part';
}

/** A place, as precisely as the sources give it. */
export interface Place {
  readonly name: string;
  /** Province, state or district, when known. */
  readonly region?: string;
  readonly country: string;
}

/** Who said they did it, and who others say did it. */
export interface Attribution {
  /** Group that claimed the attack, or null when nobody did. */
  readonly claimedBy: string | null;
  /** How or where the claim was made, e.g. "via Amaq". */
  readonly channel?: string;
  readonly source: Citation;
  /** A group that reporting or officials hold responsible, when that differs from or adds to the claim. */
  readonly attributedTo?: { readonly group: string; readonly source: Citation };
}

/** Where other reporting says more than, or otherwise than, the article. */
export interface RecordNote {
  /** True when the record contradicts or corrects the article; false when it adds detail. */
  readonly differs: boolean;
  /** One short line for the slide. */
  readonly summary: string;
  /** The detail for the speaker notes and the handout. */
  readonly detail: string;
  readonly source: Citation;
}

/** Article claims are what the talk's main source states; context events fill the years it leaves empty. */
export type EventOrigin = 'article' | 'context';

/** One dated entry of the chronology. */
export interface TimelineEvent {
  /** Unique id, also used in links. */
  readonly id: string;
  readonly date: PartialDate;
  /** End of a span ("2014–2015"), if the event is one. */
  readonly until?: PartialDate;
  /** A few words, shown on the year slide and in the timeline diagram. */
  readonly title: string;
  /** Very short label for the timeline overview diagram (at most 40 characters). */
  readonly shortTitle: string;
  readonly place: Place | null;
  readonly figures: readonly Figure[];
  /** Ids of the groups involved (perpetrators, targets that are groups, actors of a policy). */
  readonly actors: readonly string[];
  readonly attribution?: Attribution;
  readonly origin: EventOrigin;
  /** The statement this event rests on. */
  readonly source: Citation;
  readonly record: readonly RecordNote[];
}

/** An argument of an opinion source's author: always shown as the author's, never as fact. */
export interface AuthorArgument {
  readonly id: string;
  /** The argument in the talk's own words, shown after "The author argues". */
  readonly paraphrase: string;
  /** The author's words: `verbatim` must be true and the source an opinion. */
  readonly source: Citation;
}

/** What the speaker says on a slide. */
export interface SpeakerNotes {
  /** Plain spoken sentences, about 40–120 words. */
  readonly say: string;
  /** The one figure or point to stress. */
  readonly stress: string;
  /** The bridge to the next slide. */
  readonly transition: string;
}

/** The diagrams the engine can draw from the data. */
export type DiagramSpec =
  | { readonly kind: 'formation'; readonly group: string }
  | { readonly kind: 'network'; readonly at: PartialDate; readonly previous: PartialDate | null }
  | { readonly kind: 'rivalries'; readonly state: string; readonly argument: string }
  /** A Mermaid timeline of the years `from`–`to` (default: the whole period); more than about five years will not fit legibly on one slide. */
  | { readonly kind: 'timeline'; readonly from?: number; readonly to?: number }
  | { readonly kind: 'toll'; readonly event: string }
  | { readonly kind: 'reach'; readonly group: string; readonly home: readonly string[] };

/** A line of a points slide: a fact from an event, a cited statement, or an author's argument. */
export type Point =
  | { readonly kind: 'event'; readonly event: string }
  | { readonly kind: 'statement'; readonly text: string; readonly source: Citation }
  | { readonly kind: 'argument'; readonly argument: string };

interface SlideBase {
  /** Unique id; becomes the slide's deep link (`#/id`). */
  readonly id: string;
  readonly notes: SpeakerNotes;
  /** Seconds the speaker should spend here; the speaker view's pacing timer uses it. */
  readonly seconds: number;
}

/** One slide of the talk, in the order given. */
export type SlideSpec =
  | (SlideBase & { readonly kind: 'title'; readonly title: string; readonly subtitle: string; readonly byline: string })
  | (SlideBase & { readonly kind: 'points'; readonly title: string; readonly points: readonly Point[] })
  | (SlideBase & { readonly kind: 'groups'; readonly title: string; readonly groups: readonly string[] })
  | (SlideBase & { readonly kind: 'diagram'; readonly title: string; readonly diagram: DiagramSpec; readonly caption: string })
  | (SlideBase & { readonly kind: 'year'; readonly year: number; readonly heading: string })
  | (SlideBase & { readonly kind: 'record'; readonly title: string })
  | (SlideBase & { readonly kind: 'sources'; readonly title: string })
  /** The last slide: its take-away points cite their sources like any other. */
  | (SlideBase & { readonly kind: 'closing'; readonly title: string; readonly points: readonly Point[] });

/** A part of the talk; becomes a bookmark in the handout. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly slides: readonly SlideSpec[];
}

/** Everything one talk says. */
export interface Talk {
  readonly title: string;
  readonly subtitle: string;
  /** Language of the deck, for `<html lang>`. */
  readonly lang: string;
  /** Length of the talk in minutes; slide timings must add up to it (within 5%). */
  readonly durationMinutes: number;
  /** Id of the main source the talk is built from; "article" events cite it. */
  readonly mainSource: string;
  /** The chronology's first and last year; events must fall inside. */
  readonly period: { readonly from: number; readonly to: number };
  readonly sources: readonly Source[];
  readonly groups: readonly Group[];
  readonly relations: readonly Relation[];
  readonly events: readonly TimelineEvent[];
  readonly arguments: readonly AuthorArgument[];
  readonly sections: readonly Section[];
}
