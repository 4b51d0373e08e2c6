/**
 * The content schema. Everything a talk says is data of these types; the engine in
 * `src/` turns any value of `Talk` into a deck, diagrams and a handout. Nothing here
 * knows about a particular talk. Each field says what it is, its default when it is
 * optional, and where it shows.
 *
 * Diagram and slide kinds are open registries: each kind's `spec.ts` adds its fields to
 * `DiagramKinds` or `SlideKinds` below by declaration merging, so a new kind is one folder
 * plus one line in each registry of its family (`src/diagrams/specs.ts` and `renderers.ts`,
 * `src/deck/specs.ts` and `renderers.ts`). Talks import the whole schema from `src/schema.ts`.
 */

import type { WordOverrides } from '../words/types.ts';
import type {
  AttributionStrength,
  DateQualifier,
  Hedge,
  Mark,
  Precision,
  RelationKind,
  SourceKind,
  Tone,
} from '../words/vocabulary.ts';

export type {
  AttributionStrength,
  DateQualifier,
  Hedge,
  Mark,
  Precision,
  RelationKind,
  SourceKind,
  Tone,
} from '../words/vocabulary.ts';

/** A date known to the year, the month or the day. */
export interface PartialDate {
  /** The year, e.g. 2016. */
  readonly year: number;
  /** The month, 1–12; absent when the source gives only the year. */
  readonly month?: number;
  /** The day of the month; absent when the source gives only the month. Needs `month`. */
  readonly day?: number;
  /**
   * How the source hedges the date: `about`, `early`, `mid` or `late` (to the year or the
   * month, never a day), `before` or `after`. Shown with the date ("early 2015"); the date
   * sorts and compares as written. Default: the date as precise as its fields.
   */
  readonly qualifier?: DateQualifier;
}

/** A publication the talk cites. Listed, numbered, on the Sources slides and the handout's last pages. */
export interface Source {
  /** Unique id, referenced by citations. Lowercase letters, digits and hyphens. */
  readonly id: string;
  /** The organisation that published it, e.g. "The Guardian" or "U.S. Department of Defense". */
  readonly publisher: string;
  /** The headline or title exactly as published, never a description in brackets. */
  readonly title: string;
  /** When it was published, as precisely as known (year, month or day). */
  readonly date: PartialDate;
  /** Reporting, official record, research, or opinion (the author's views). */
  readonly kind: SourceKind;
  /** Its web address: an absolute `https:` (or `http:`) URL. Shown short on the slides, as a link in the handout. */
  readonly url: string;
  /**
   * What is not certain about this citation, shown beside it in the talk's words,
   * e.g. "date inferred" or "headline read from the address". Absent when all is confirmed.
   */
  readonly caveat?: string;
}

/** Third-party material the deck shows (map data, fonts, pictures): credited on the Sources slides. */
export interface Credit {
  /** Unique id. */
  readonly id: string;
  /** What was used, e.g. "Country and province outlines". */
  readonly material: string;
  /** Who made it, e.g. "Natural Earth". */
  readonly holder: string;
  /** Its licence, e.g. "public domain" or "CC BY 4.0". */
  readonly licence: string;
  /** Where it comes from: an absolute `https:` (or `http:`) URL. */
  readonly url: string;
}

/** A pointer from a statement to the source that makes it. */
export interface Citation {
  /** Id of a `Source`. */
  readonly source: string;
  /**
   * What the source says: a short verbatim excerpt when `verbatim` is true (at most 30
   * words, shown in quotation marks), otherwise a paraphrase of what it reports.
   * Content rules read it: a claimant, a figure or a group the deck states must be in it.
   */
  readonly excerpt: string;
  /** True when `excerpt` is the source's own words. */
  readonly verbatim: boolean;
}

/** A sentence the deck says in its own voice, with the sources whose excerpts support it. */
export interface Statement {
  /** The sentence as shown (or, in speaker notes, as printed in the handout). */
  readonly text: string;
  /** At least one citation; every figure and group the sentence names must appear in one of their excerpts. */
  readonly sources: readonly Citation[];
}

/** An actor of the talk: an organisation, a movement, or a state and its forces. */
export interface Group {
  /** Unique id, referenced by events, claims and relations. */
  readonly id: string;
  /** Full name, e.g. "Guild of Master Carpenters". */
  readonly name: string;
  /** Short name used in diagrams and tables, e.g. "Carpenters". */
  readonly shortName: string;
  /** Other names a source may use for this group; content rules match them, longest first, in excerpts. */
  readonly aliases: readonly string[];
  /** `state` for a government and its forces (drawn apart in diagrams); `group` for everyone else. */
  readonly kind: 'group' | 'state';
  /** When it was formed or declared, if the sources date it; null otherwise. Shown on the "who is who" slide. */
  readonly founded: PartialDate | null;
  /** What it wants, in a few words from its source, e.g. "to rule over Islamabad"; absent when no source says. Shown on the "who is who" slide. */
  readonly aim?: string;
  /** One sentence on who they are, shown on the "who is who" slide. */
  readonly summary: string;
  /** Where the summary, the aim and the founding date come from. */
  readonly source: Citation;
  /**
   * How slides and diagrams draw the group: its tone and its mark shape, the same everywhere.
   * Default: tones and marks handed out in the order of the groups, states in the neutral tone.
   */
  readonly look?: { readonly tone?: Tone; readonly mark?: Mark };
}

/** A tie between two groups, dated from when the sources place it. */
export interface Relation {
  /** Unique id. */
  readonly id: string;
  /** Id of the group the relation starts from. */
  readonly from: string;
  /** Id of the group it points to. */
  readonly to: string;
  /** What kind of tie it is; decides how it is drawn and worded. */
  readonly kind: RelationKind;
  /** From when it holds; null when the sources describe it without a date (shown in a last, labelled step). */
  readonly since: PartialDate | null;
  /**
   * When the sources date the tie's start only to a span ("between 2014 and 2015"): the
   * span's end. The diagrams then label the tie with the span, and draw it from `since`.
   * Default: `since` is the start itself.
   */
  readonly sinceUntil?: PartialDate;
  /** Short label for diagrams; default: the interface words for `kind`. */
  readonly label?: string;
  /** Where the tie is stated. */
  readonly source: Citation;
}

/** The high end of a figure given as a range, or a later, higher count of the same thing, with its own source and hedge. */
export interface FigureBound {
  /** The number. */
  readonly amount: number;
  /** The hedge its source puts on it; null only when the source states it flatly. */
  readonly hedge: Hedge | null;
  /** Who gives this bound; its excerpt must hold the number (and its hedge, when it has one). */
  readonly source: Citation;
  /** True when it is a later count of the same thing ("at least 56, later 67"); false when a source gives the range at once ("56 to 67"). */
  readonly later: boolean;
}

/** A number a source gives, with the source's own hedge ("around 54"). */
export interface Figure {
  /** The number itself, used for charts and checks. */
  readonly amount: number;
  /** The hedge the source puts on it; null only when the source states it flatly. */
  readonly hedge: Hedge | null;
  /**
   * The range's high end, with its own source and hedge: the figure then reads "at least 56,
   * later 67". `amount` is the low end; charts size a mark by it and draw the range to this
   * bound. Default: a single number.
   */
  readonly upTo?: FigureBound;
  /** What is counted, e.g. "killed", "fighters", "per cent more attacks". */
  readonly label: string;
  /** Who gives this figure; its excerpt must hold the number (and its hedge, when it has one). */
  readonly source: Citation;
  /**
   * For charts: a `total` is a bar; the `part` figures after it split that bar by their counts,
   * the `share` figures (per cent of it, as the source states them) split it by their shares.
   * Default: none, and the chart leaves the figure out.
   */
  readonly role?: 'total' | 'part' | 'share';
}

/** A point on the map, in degrees (WGS 84). */
export interface Coordinates {
  /** Latitude, −90 to 90. */
  readonly lat: number;
  /** Longitude, −180 to 180. */
  readonly lon: number;
  /** How precisely the point places the event; the map says so, and content rules check the point is on land in `country`. */
  readonly precision: Precision;
}

/** A place, as precisely as the sources give it. */
export interface Place {
  /** The place's name as the slides show it, e.g. "Old Town, Eastport". */
  readonly name: string;
  /** Province, state or district, when known; shown after the name. */
  readonly region?: string;
  /** A short name for map labels, e.g. "Eastport"; default `name`. */
  readonly short?: string;
  /** The country, by its English short name as map data names it (e.g. "France"). */
  readonly country: string;
  /** Where it is, for the map. */
  readonly at: Coordinates;
}

/** A channel that publishes claims for a group, such as a news agency or a magazine. An outlet never claims anything itself. */
export interface Outlet {
  /** Unique id, referenced by claims. */
  readonly id: string;
  /** Its name, e.g. "Town Crier Press". */
  readonly name: string;
  /** Short name for slides, e.g. "Crier". */
  readonly shortName: string;
  /** Whose outlet it is, as a group id. */
  readonly owner: string;
  /** What it is, in a few words, e.g. "the council's news sheet". */
  readonly description: string;
  /** Where that description comes from. */
  readonly source: Citation;
}

/**
 * One claim of responsibility: the name it was made in, where it was published, each with
 * its source. A claim's name is what its own source states in that role; where the source
 * says only that an organisation claimed it through its outlet ("the Islamic State claimed
 * it through Amaq"), the name is not stated and `madeIn` is null.
 */
export interface Claim {
  /**
   * Id of the group in whose name the claim was made, as its source states it: the excerpt
   * must name the group as the claimant. Null when the source does not state the name; the
   * slides then say so ("claimed through Amaq; the source does not say in whose name") and
   * maps and overviews give the claim a mark of its own. A null name needs an `outlet` or an
   * `organisation`.
   */
  readonly madeIn: string | null;
  /**
   * When `madeIn` is null: id of the organisation the source says made the claim, shown as
   * "claimed by …". Default: the owner of the claim's outlet.
   */
  readonly organisation?: string;
  /** The source that reports the claim; its excerpt must name `madeIn` as the claimant. */
  readonly source: Citation;
  /** Where the claim was published, with the source that says so; absent when no source says. */
  readonly outlet?: { readonly outlet: string; readonly source: Citation };
  /** When the claim was made, when it came well after the event (e.g. months later); shown with it. */
  readonly date?: PartialDate;
  /**
   * What a source says that puts the claim in doubt (it names another place, it could not be
   * authenticated); shown after the claim as "doubted: …" with its marker. Default: none.
   */
  readonly doubt?: Citation;
}

/** Whom reporting or officials hold responsible, where that differs from or adds to the claims. */
export interface Attribution {
  /** Id of the group held responsible. */
  readonly group: string;
  /** Who holds it responsible, in a few words as the slides say it, e.g. "officials" or "the Associated Press". */
  readonly by: string;
  /**
   * How strongly they hold it: `blamed` when they state it as their finding, `attributed` when
   * reporting attributes it, `suspected` when a source says only that suspicion falls, or is
   * likely to fall, on the group. Decides the wording ("blamed on", "attributed to", "suspicion on").
   */
  readonly strength: AttributionStrength;
  /** Where that is said; its excerpt must name the group in that role. */
  readonly source: Citation;
}

/**
 * Who claimed an attack and whom others hold responsible: kept apart, each with its own
 * source. No claim: unclaimed (a source must say so). One claim: claimed. Several claims:
 * competing claims, shown side by side with none preferred, unless a source settles them.
 */
export interface Responsibility {
  /** The claims, in the order they were made; empty when nobody claimed it. */
  readonly claims: readonly Claim[];
  /** When `claims` is empty: the source that reports that nobody claimed it. */
  readonly unclaimed?: Citation;
  /**
   * For competing claims: which claim a source holds to be the right one (its position in
   * `claims`) and that source. Default: none, and no claim is preferred.
   */
  readonly settled?: { readonly claim: number; readonly source: Citation };
  /** Whom reporting or officials hold responsible; default none. */
  readonly attributions?: readonly Attribution[];
}

/**
 * How an organisation named its claims in one country over a period. Claims made in
 * the organisation's own name in that country and period, and claims published through
 * its outlet in a name the source does not state, are shown with this note, so that a
 * claim in the parent's name is never read as the parent's own attack and a name nobody
 * stated is given its general context, never guessed.
 */
export interface ClaimNaming {
  /** Unique id. */
  readonly id: string;
  /** Id of the organisation whose own name the claims carried. */
  readonly organisation: string;
  /** The organisation's name as such claims use it, e.g. "the Guild". */
  readonly nameInClaims: string;
  /** The country the naming applies to (as in `Place.country`). */
  readonly country: string;
  /** First day it applies; absent: from the start. */
  readonly from?: PartialDate;
  /** Last day it applies; absent: to the end. */
  readonly until?: PartialDate;
  /** Ids of the groups in whose names the organisation's attacks there were claimed in that period. */
  readonly claimedAs: readonly string[];
  /** Where the naming is stated. */
  readonly source: Citation;
}

/** Where other reporting says more than, or otherwise than, the main source. */
export interface RecordNote {
  /** True when the record contradicts or corrects the main source; false when it adds detail. */
  readonly differs: boolean;
  /** One short line for the slide. */
  readonly summary: string;
  /** The detail for the speaker notes and the handout. */
  readonly detail: string;
  /** The reporting that says it; never the main source. */
  readonly source: Citation;
  /** The numbers the note gives, each with its hedge and source, for charts that set them beside the main source's; default none. */
  readonly figures?: readonly Figure[];
}

/** Main-source events are what the talk's main source states; context events come from other reporting. */
export type EventOrigin = 'article' | 'context';

/** One dated entry of the chronology. */
export interface TimelineEvent extends InCuts {
  /** Unique id, also used in links and diagrams. */
  readonly id: string;
  /** When it happened, as precisely as the source gives it. */
  readonly date: PartialDate;
  /** End of a span ("2014–2015"), if the event is one; default: a single date. */
  readonly until?: PartialDate;
  /** A few words, shown on the year slide. */
  readonly title: string;
  /** A very short label for overview timelines and the map. */
  readonly shortTitle: string;
  /** Where it happened; null for events with no place (a declaration, an estimate). */
  readonly place: Place | null;
  /** The numbers the sources give, each with its hedge and source. */
  readonly figures: readonly Figure[];
  /** Ids of the groups involved (perpetrators, targets that are groups, actors of a policy). */
  readonly actors: readonly string[];
  /** For attacks: who claimed it and whom others hold responsible; absent for events that are not attacks. */
  readonly responsibility?: Responsibility;
  /** `article` when the main source states it (cited verbatim), `context` when other reporting does. */
  readonly origin: EventOrigin;
  /** The statement this event rests on. */
  readonly source: Citation;
  /** Where other reporting adds to or corrects the main source; default none. */
  readonly record: readonly RecordNote[];
}

/** An argument of an opinion source's author: always shown as the author's, never as fact. */
export interface AuthorArgument {
  /** Unique id, referenced by points. */
  readonly id: string;
  /** The argument in the talk's own words, shown after the words for "the author argues". */
  readonly paraphrase: string;
  /** The author's words: `verbatim` must be true and the source an opinion. */
  readonly source: Citation;
}

/** What the speaker says on a slide. */
export interface SpeakerNotes {
  /** Plain spoken sentences; with `transition`, they must fit the slide's time at 110–150 words a minute. */
  readonly say: string;
  /** The one point to stress, with its sources. */
  readonly stress: Statement;
  /** The spoken bridge to the next slide. */
  readonly transition: string;
}

/**
 * What a point shows on the projected slide when its full wording is too long for the
 * stage: a few words that only shorten the full text (never add to it). The full text,
 * with its sources, is in the notes and the handout. Default: the full text.
 */
export interface StageWording {
  readonly stage?: string;
}

/** A line of a points slide: a fact from an event, a cited statement, or an author's argument. */
export type Point =
  | { readonly kind: 'event'; readonly event: string }
  | ({ readonly kind: 'statement' } & Statement & StageWording)
  | ({ readonly kind: 'argument'; readonly argument: string } & StageWording);

/**
 * The diagrams the engine can draw. Each kind's module adds `kindName: { …its fields }`
 * here by declaration merging; the registry makes the compiler prove every kind is drawn.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each diagram kind's module
export interface DiagramKinds {}

/** One diagram of a slide: `{ kind, …that kind's fields }`. */
export type DiagramSpec = { [K in keyof DiagramKinds]: { readonly kind: K } & DiagramKinds[K] }[keyof DiagramKinds];

/**
 * One length the talk can be given in (a 10-minute panel slot, a 20-minute conference talk,
 * a 40-minute seminar), made from the same data: sections, slides, events and further pages
 * say in which cuts they appear (`InCuts`), and a slide's time and notes may differ per cut
 * (`PerCut`). `applyCut` (src/model/cuts.ts) gives the talk as one cut presents it.
 */
export interface Cut {
  /**
   * Unique id: lowercase letters, digits and hyphens, e.g. `10`. Names the cut on the command line
   * (`--cut 10`, `DECK_CUT=10`) and in outputs: `dist-10min/`, `handout-10min.pdf` (an id of digits
   * reads as minutes; another id is used as it is: `dist-panel/`).
   */
  readonly id: string;
  /** Its length in minutes; the cut's slide timings must add up to it (within 5%). */
  readonly minutes: number;
}

/** What may be left out of a cut: a section, a slide, an event, a further page of a slide. */
export interface InCuts {
  /**
   * Ids of the cuts it appears in (of `Talk.cuts`). Default: every cut. An event left out of a
   * cut keeps its place in the year strip, the maps, the reading edition and the data; only its
   * card and its step on the year slide go.
   */
  readonly cuts?: readonly string[];
}

/** A page's time and speech in one cut, where they differ from its own. */
export interface CutTiming {
  /** Seconds in this cut; default the page's `seconds`. */
  readonly seconds?: number;
  /**
   * Notes in this cut, field by field over the page's own (a shorter `say` for a short cut, a
   * `transition` to the slide that follows in it); default the page's `notes`. A shorter text
   * only shortens the page's own wording and adds no fact.
   */
  readonly notes?: Partial<SpeakerNotes>;
}

/** Per cut id, the page's time and speech in that cut; default: the same in every cut. */
export interface PerCut {
  readonly perCut?: { readonly [cutId: string]: CutTiming };
}

/** A further page of a slide (a year's second slide, the Sources' next one): its own notes and time. */
export interface FurtherPage extends InCuts, PerCut {
  readonly notes: SpeakerNotes;
  readonly seconds: number;
}

/** What every slide has, whatever its kind. */
export interface SlideBase extends InCuts, PerCut {
  /** Unique id; becomes the slide's deep link (`#/id`). Lowercase letters, digits and hyphens. */
  readonly id: string;
  /** What the speaker says. */
  readonly notes: SpeakerNotes;
  /** Seconds the speaker should spend here; the speaker view's pacing timer uses it. */
  readonly seconds: number;
}

/**
 * The slide kinds. Each kind's module adds `kindName: { …its fields }` here by
 * declaration merging; the deck's registry makes the compiler prove every kind renders.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each slide kind's module
export interface SlideKinds {}

/** One slide of the talk: `{ kind, id, notes, seconds, …that kind's fields }`. */
export type SlideSpec = { [K in keyof SlideKinds]: SlideBase & { readonly kind: K } & SlideKinds[K] }[keyof SlideKinds];

/** A part of the talk; its title heads its first slide and becomes a bookmark in the handout. */
export interface Section extends InCuts {
  /** Unique id. */
  readonly id: string;
  /** The section's title; neutral, never one side's thesis. */
  readonly title: string;
  /** Its slides, in order. */
  readonly slides: readonly SlideSpec[];
}

/** Everything one talk says. */
export interface Talk {
  /** The talk's title: the page title, the title slide and the PDF's Title. */
  readonly title: string;
  /** One line on what it is about: the page description and the PDF's Subject. */
  readonly subtitle: string;
  /** Who gives the talk or made it: the PDF's Author and the page's author. */
  readonly author: string;
  /** BCP 47 language of the talk, e.g. `en` or `fr`: picks the interface words, date and number formats, `<html lang>`. */
  readonly lang: string;
  /** Interface words to change for this talk; default: the words of `lang`. See `src/words/`. */
  readonly words?: WordOverrides;
  /**
   * Length of the talk in minutes; slide timings must add up to it (within 5%). With `cuts`, the
   * length of the default cut (the one built when none is asked for), which must match it.
   */
  readonly durationMinutes: number;
  /**
   * The lengths the talk can be given in, each checked against every rule and built on its own
   * (`npm run build -- --cut 10`). Default: one, of `durationMinutes`, and no item needs `cuts`.
   */
  readonly cuts?: {
    /** Every cut, shortest first. */
    readonly all: readonly Cut[];
    /** Id of the cut built when none is asked for; its `minutes` are `durationMinutes`. */
    readonly default: string;
  };
  /**
   * The cut this value presents: set by `applyCut`, never written by an author. Absent in a talk
   * as written, where every item shows.
   */
  readonly presenting?: Cut;
  /** Id of the main source the talk is built from; "article" events cite it verbatim. */
  readonly mainSource: string;
  /** The chronology's first and last year; events must fall inside. */
  readonly period: { readonly from: number; readonly to: number };
  /** Every publication cited, in the order they are numbered. */
  readonly sources: readonly Source[];
  /**
   * The CSL style the bibliography is formatted in (Sources slides, handout, reading edition), by the
   * name of a style the engine ships (see `src/citations/styles.ts`); default `chicago-author-date-16th-edition` (Chicago author-date).
   */
  readonly citationStyle?: string;
  /**
   * Where the talk is published after it is given (its reading edition, e.g. `https://example.org/talk/read/`):
   * an https address, drawn as a QR code on the closing slide, the sources slide and the handout's cover.
   * Default: none, and no QR code is drawn.
   */
  readonly publishedAt?: string;
  /** Third-party material shown (map data and the like); default none. */
  readonly credits?: readonly Credit[];
  /** Abbreviations the speaker notes use, with their full form: each is said in full at its first use. */
  readonly abbreviations?: Readonly<Record<string, string>>;
  /** The actors. */
  readonly groups: readonly Group[];
  /** The channels that publish claims; default none. */
  readonly outlets?: readonly Outlet[];
  /** How organisations named their claims in a country over a period; default none. */
  readonly claimNamings?: readonly ClaimNaming[];
  /** Ties between groups. */
  readonly relations: readonly Relation[];
  /** The chronology, in date order. */
  readonly events: readonly TimelineEvent[];
  /** The main source's author's arguments. */
  readonly arguments: readonly AuthorArgument[];
  /** The talk's sections, in order. */
  readonly sections: readonly Section[];
}
