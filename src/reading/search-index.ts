import type { Bibliography } from '../citations/bibliography.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import { sourceAnchor } from './context.ts';

/** One searchable entry: where it links, its title as a result shows it, and the text matched. */
export interface SearchDocument {
  readonly href: string;
  readonly title: string;
  readonly text: string;
}

/** The search index, built with the page: every event (title, date, place, names, figures) and every source. */
export function searchDocuments(index: TalkIndex, bibliography: Bibliography): SearchDocument[] {
  const events = index.talk.events.map((event) => {
    const names = [
      ...event.actors.map((id) => index.group(id).name),
      ...(event.responsibility?.claims ?? []).flatMap((claim) =>
        claim.madeIn === null ? [] : [index.group(claim.madeIn).name],
      ),
      ...(event.responsibility?.attributions ?? []).map((a) => index.group(a.group).name),
    ];
    const place = event.place ? [event.place.name, event.place.region ?? '', event.place.country] : [];
    const figures = event.figures.map((figure) => `${index.formats.amount(figure)} ${figure.label}`);
    return {
      href: `#${event.id}`,
      title: `${index.formats.span(event.date, event.until)}: ${event.title}`,
      text: [event.shortTitle, ...place, ...names, ...figures].join(' '),
    };
  });
  const sources = index.talk.sources.map((source) => ({
    href: `#${sourceAnchor(source.id)}`,
    title: `[${index.sourceNumber(source.id)}] ${bibliography.entries.get(source.id)?.text ?? source.title}`,
    text: `${source.publisher} ${source.title}`,
  }));
  return [...events, ...sources];
}

/** JSON safe inside a `<script type="application/json">`: no `<` can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
