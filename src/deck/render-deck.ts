import type { Bibliography } from '../citations/bibliography.ts';
import { REFERENCE_CLASS } from '../contract.ts';
import type { DiagramDefinition } from '../diagrams/diagram-kind.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { Section, SlideSpec } from '../model/types.ts';
import type { Published } from '../reading/qr.ts';
import type { RenderContext, RenderedSlide } from './context.ts';
import { bdi, html, type SafeHtml } from './html.ts';
import { sourcesPageOf } from './kinds/sources/spec.ts';
import { renderSlide } from './renderers.ts';
import type { SlideOf } from './slide-kind.ts';

/** One `<section>` of the finished deck. */
export interface DeckSlide {
  readonly id: string;
  readonly html: string;
  /** A reference page off the talk's path, stacked under the slide before it (`deckMarkup`). */
  readonly offPath?: boolean;
}

/**
 * The deck's slides as reveal.js reads them: a slide followed by reference pages off the talk's
 * path becomes a vertical stack (`<section class="stack">` holding the slide, then the pages), so
 * → passes the pages and ↓ reads them. The stack carries no id and no `slide` class: only the
 * slides in it are slides (`SLIDE_SELECTOR` in src/contract.ts).
 */
export function deckMarkup(slides: readonly DeckSlide[]): string {
  const groups: DeckSlide[][] = [];
  for (const slide of slides) {
    const last = groups.at(-1);
    if (slide.offPath && last) last.push(slide);
    else groups.push([slide]);
  }
  return groups
    .map((group) =>
      group.length === 1
        ? (group[0]?.html ?? '')
        : `<section class="stack">\n${group.map((slide) => slide.html).join('\n')}\n</section>`,
    )
    .join('\n');
}

/** Turns an indexed talk, its drawn diagrams and its formatted bibliography into the deck's slides, in order. */
export function renderDeck(
  index: TalkIndex,
  diagrams: readonly DiagramDefinition[],
  svgs: ReadonlyMap<string, string>,
  bibliography: Bibliography,
  published: Published | null = null,
): DeckSlide[] {
  const sourcesSpec = index.slides.find((slide): slide is SlideOf<'sources'> => slide.kind === 'sources');
  if (!sourcesSpec) throw new Error('The talk has no Sources slide: validate it before rendering.');
  const context: RenderContext = {
    index,
    svgs,
    diagrams: new Map(diagrams.map((diagram) => [diagram.slideId, diagram])),
    sourcesPageOf: (number) => sourcesPageOf(sourcesSpec, number),
    bibliography,
    published,
  };
  const slides = index.talk.sections.flatMap((section) => renderSection(context, section));
  assertUniqueIds(slides);
  return slides;
}

/** Two elements of the deck with one id: a link or a label would find the wrong one. */
export class DuplicateIdError extends Error {
  constructor(readonly duplicates: ReadonlyArray<{ id: string; slides: readonly string[] }>) {
    super(
      `The deck would give ${duplicates.length} id(s) to more than one element:\n${duplicates
        .map(({ id, slides }) => `  - '${id}', on slide(s) ${slides.map((slide) => `'${slide}'`).join(', ')}`)
        .join('\n')}\nRename the slides or items these ids come from.`,
    );
    this.name = 'DuplicateIdError';
  }
}

/**
 * Every id in the finished markup, the drawings' own included, is unique. Attribute
 * values are escaped, so ` id="` only ever starts a real attribute.
 */
function assertUniqueIds(slides: readonly DeckSlide[]): void {
  const owners = new Map<string, string[]>();
  for (const slide of slides) {
    for (const match of slide.html.matchAll(/\sid="([^"]*)"/g)) {
      const id = match[1] ?? '';
      owners.set(id, [...(owners.get(id) ?? []), slide.id]);
    }
  }
  const duplicates = [...owners]
    .filter(([, where]) => where.length > 1)
    .map(([id, where]) => ({ id, slides: [...new Set(where)] }));
  if (duplicates.length > 0) throw new DuplicateIdError(duplicates);
}

function renderSection(context: RenderContext, section: Section): DeckSlide[] {
  let headingPlaced = false;
  return section.slides.flatMap((spec) =>
    renderSlide(spec, context).map((part) => {
      // The section's heading goes on its first slide after the title slide, so the handout's bookmarks follow the sections.
      const opensSection = !headingPlaced && spec.kind !== 'title';
      if (opensSection) headingPlaced = true;
      return wrapSlide(context, spec, part, headings(section, part, opensSection), section);
    }),
  );
}

/** The section heading (h1) where a section opens, and the slide title (h2) — once only when the two are the same words. */
function headings(section: Section, part: RenderedSlide, opensSection: boolean): SafeHtml | null {
  if (opensSection && part.title === section.title)
    return html`<h1 class="section-title section-title--slide">${bdi(section.title)}</h1>`;
  const sectionHeading = opensSection ? html`<h1 class="section-title">${bdi(section.title)}</h1>` : null;
  return html`${sectionHeading}${part.title === undefined ? null : html`<h2>${bdi(part.title)}</h2>`}`;
}

/** A slide's section: `data-section` names it, so the rehearsal table (src/client/rehearsal.ts) totals time by section. */
function wrapSlide(
  context: RenderContext,
  spec: SlideSpec,
  part: RenderedSlide,
  heading: SafeHtml | null,
  section: Section,
): DeckSlide {
  const numbers = [...new Set(part.sources.map((id) => context.index.sourceNumber(id)))].sort((a, b) => a - b);
  // reveal.js leaves an `uncounted` slide out of the slide number and the progress bar, which follow the talk's path.
  const reference = part.offPath ? html` data-visibility="uncounted"` : null;
  const markup = html`<section id="${part.id}" class="slide slide--${spec.kind}${part.offPath ? ` ${REFERENCE_CLASS}` : ''}"${reference} data-timing="${Math.round(part.seconds)}" data-sources="${numbers.join(' ')}" data-section="${section.title}">
${heading}${part.body}
</section>`;
  return part.offPath ? { id: part.id, html: markup.value, offPath: true } : { id: part.id, html: markup.value };
}
