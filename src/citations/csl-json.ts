/**
 * A talk's sources as CSL-JSON, the format reference managers and CSL processors read.
 * This is the one place a `Source` becomes a bibliographic item: the bibliography, the
 * data package's sources.json and its BibTeX all start from these items.
 */
import type { PartialDate, Source, SourceKind } from '../model/types.ts';

/** A CSL-JSON date: `date-parts` holds one [year, month?, day?] array. */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

/** The CSL-JSON fields the engine writes (a subset of the CSL 1.0.2 data schema). */
export interface CslItem {
  readonly id: string;
  /** A CSL item type: `article-newspaper`, `report`… */
  readonly type: string;
  readonly title: string;
  /** The newspaper or site a piece appeared in. */
  readonly 'container-title'?: string;
  /** The organisation that issued a report or record. */
  readonly publisher?: string;
  readonly issued: CslDate;
  readonly URL: string;
  /** What the source is (reporting, opinion…), in the talk's words. */
  readonly genre?: string;
  /** What is not certain about the citation, in the talk's words. */
  readonly note?: string;
  /** The language of the talk that cites it, not of the source, which the data does not record. */
  readonly language?: string;
}

/** How each kind of source is typed in CSL: pieces in a periodical carry their outlet as `container-title`, others as `publisher`. */
const CSL_TYPES: Readonly<Record<SourceKind, { type: string; outlet: 'container-title' | 'publisher' }>> = {
  reporting: { type: 'article-newspaper', outlet: 'container-title' },
  opinion: { type: 'article-newspaper', outlet: 'container-title' },
  official: { type: 'report', outlet: 'publisher' },
  research: { type: 'report', outlet: 'publisher' },
};

/** A partial date as CSL date parts: only the parts the source gives. */
export function cslDate(date: PartialDate): CslDate {
  const parts = [date.year, date.month, date.month === undefined ? undefined : date.day].filter(
    (part): part is number => part !== undefined,
  );
  return { 'date-parts': [parts] };
}

/** One source as a CSL-JSON item; `kindName` is the talk's word for its kind. */
export function toCslItem(source: Source, kindName: string): CslItem {
  const { type, outlet } = CSL_TYPES[source.kind];
  return {
    id: source.id,
    type,
    title: source.title,
    [outlet]: source.publisher,
    issued: cslDate(source.date),
    // The address in its canonical form: quotes and spaces percent-encoded, so it is safe in any attribute.
    URL: new URL(source.url).href,
    genre: kindName,
    ...(source.caveat === undefined ? {} : { note: source.caveat }),
  };
}
