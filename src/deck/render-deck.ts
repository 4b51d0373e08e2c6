import type { DiagramDefinition } from '../diagrams/types.ts';
import type { Section, SlideSpec, Talk } from '../model/types.ts';
import { sourceNumber, type RenderContext, type RenderedSlide } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { diagramFigure } from './slides/diagram.ts';
import { groupsTable, groupSources } from './slides/groups.ts';
import { notesAside } from './slides/notes.ts';
import { pointSources, pointsList } from './slides/points.ts';
import { recordSources, recordTable } from './slides/record.ts';
import { sourcesSlides } from './slides/sources.ts';
import { titleBody } from './slides/title.ts';
import { yearSlides } from './slides/year.ts';

/** One `<section>` of the finished deck. */
export interface DeckSlide {
  readonly id: string;
  readonly html: string;
}

/** Turns a talk and its drawn diagrams into the deck's slides, in order. */
export function renderDeck(talk: Talk, diagrams: readonly DiagramDefinition[], svgs: ReadonlyMap<string, string>): DeckSlide[] {
  const context: RenderContext = { talk, svgs, diagrams: new Map(diagrams.map((diagram) => [diagram.slideId, diagram])) };
  return talk.sections.flatMap((section) => renderSection(context, section));
}

function renderSection(context: RenderContext, section: Section): DeckSlide[] {
  let headingPlaced = false;
  return section.slides.flatMap((spec) => {
    const parts = renderSlide(context, spec);
    return parts.map((part) => {
      // The section's heading goes on its first slide after the title slide, so the handout's bookmarks follow the sections.
      const opensSection = !headingPlaced && spec.kind !== 'title';
      if (opensSection) headingPlaced = true;
      return wrapSlide(context, spec, part, headings(section, part, opensSection), spec.seconds / parts.length);
    });
  });
}

/** The section heading (h1) where a section opens, and the slide title (h2) — once only when the two are the same words. */
function headings(section: Section, part: RenderedSlide, opensSection: boolean): SafeHtml | null {
  if (opensSection && part.title === section.title) return html`<h1 class="section-title section-title--slide">${section.title}</h1>`;
  const sectionHeading = opensSection ? html`<h1 class="section-title">${section.title}</h1>` : null;
  return html`${sectionHeading}${part.title === undefined ? null : html`<h2>${part.title}</h2>`}`;
}

function wrapSlide(context: RenderContext, spec: SlideSpec, part: RenderedSlide, heading: SafeHtml | null, seconds: number): DeckSlide {
  const numbers = [...new Set(part.sources.map((id) => sourceNumber(context.talk, id)))].sort((a, b) => a - b);
  const markup = html`<section id="${part.id}" class="slide slide--${spec.kind}" data-timing="${Math.round(seconds)}" data-sources="${numbers.join(' ')}">
${heading}${part.body}
</section>`;
  return { id: part.id, html: markup.value };
}

function single(spec: SlideSpec, body: SafeHtml, sources: readonly string[], title?: string): RenderedSlide[] {
  return [title === undefined ? { id: spec.id, body, sources } : { id: spec.id, title, body, sources }];
}

function renderSlide(context: RenderContext, spec: SlideSpec): RenderedSlide[] {
  const { talk } = context;
  switch (spec.kind) {
    case 'title':
      return single(spec, html`${titleBody(context, spec)}${notesAside(context, spec.notes)}`, [talk.mainSource]);
    case 'points':
      return single(spec, html`${pointsList(context, spec.points)}${notesAside(context, spec.notes, pointEvents(talk, spec.points))}`, pointSources(talk, spec.points), spec.title);
    case 'groups':
      return single(spec, html`${groupsTable(context, spec.groups)}${notesAside(context, spec.notes)}`, groupSources(talk, spec.groups), spec.title);
    case 'diagram': {
      const diagram = context.diagrams.get(spec.id);
      if (!diagram) throw new Error(`Slide '${spec.id}' has no generated diagram.`);
      return single(spec, html`${diagramFigure(context, diagram, spec.caption)}${notesAside(context, spec.notes)}`, diagram.sources, spec.title);
    }
    case 'year':
      return yearSlides(context, spec);
    case 'record':
      return single(spec, html`${recordTable(context)}${notesAside(context, spec.notes)}`, recordSources(talk), spec.title);
    case 'sources':
      return sourcesSlides(context, spec);
    case 'closing':
      return single(spec, html`<div class="closing">${pointsList(context, spec.points)}</div>${notesAside(context, spec.notes)}`, pointSources(talk, spec.points), spec.title);
  }
}

function pointEvents(talk: Talk, points: Extract<SlideSpec, { kind: 'points' }>['points']): Talk['events'] {
  return points.flatMap((point) => (point.kind === 'event' ? talk.events.filter((event) => event.id === point.event) : []));
}
