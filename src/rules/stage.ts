import { stageRuns } from '../deck/kinds/points/spec.ts';
import type { SlideOf } from '../deck/slide-kind.ts';
import { pagesOf } from '../deck/specs.ts';
import { shownOnStage } from '../model/cuts.ts';
import { compareDates } from '../model/dates.ts';
import { headlineFigure } from '../model/magnitude.ts';
import type { Point, SlideKinds, SlideSpec, TimelineEvent } from '../model/types.ts';
import { type Formats, formatsFor } from '../words/formats.ts';
import { type ContentRule, type RuleContext, wordCount } from './rule.ts';

/**
 * Stage rules: a projected slide is for listening, not reading. A slide may show at most
 * `MAX_STAGE_WORDS` words at any step (the year axis, citation marks and the slide number
 * aside; a diagram's drawn labels are held to their own rules). What does not fit moves to
 * the notes, which the speaker view and the handout print. Type sizes and the use of the
 * screen's height are checked in a browser (tests/e2e/stage.spec.ts), where they can be measured.
 */

/** Most words on screen at any step of a slide. */
export const MAX_STAGE_WORDS = 40;

/** A text on stage and the field it comes from, so an error can say what to shorten. */
interface StageText {
  readonly field: string;
  readonly text: string;
}

interface StageView {
  readonly context: RuleContext;
  readonly formats: Formats;
}

/** The words of an event's stage card: date, short title, place, its one figure, and the handout mark. */
function cardTexts(view: StageView, event: TimelineEvent, field: string): StageText[] {
  const { formats, context } = view;
  const figure = headlineFigure(event, context.words.stage.deathTerms);
  const place = event.place
    ? [...new Set([event.place.short ?? event.place.name, event.place.country])].join(', ')
    : '';
  return [
    { field: `${field}.date`, text: formats.span(event.date, event.until) },
    { field: `${field}.shortTitle`, text: event.shortTitle },
    { field: `${field}.place`, text: place },
    { field: `${field}.figures`, text: figure ? `${formats.amount(figure)} ${figure.label}` : '' },
    {
      field: `${field}.record`,
      text: event.record.some((note) => note.differs) ? context.words.stage.moreInHandout : '',
    },
  ];
}

function pointTexts(view: StageView, point: Point, field: string): StageText[] {
  const { context } = view;
  if (point.kind === 'statement') return [{ field: `${field}.stage`, text: point.stage ?? point.text }];
  if (point.kind === 'argument')
    return [{ field: `${field}.stage`, text: point.stage ?? context.arguments.get(point.argument)?.paraphrase ?? '' }];
  const event = context.events.get(point.event);
  // A point's card: its title and number only (see eventCard's 'point' form).
  return event ? cardTexts(view, event, `event '${point.event}'`).filter((_, part) => part === 1 || part === 3) : [];
}

/** A slide's points as the stage shows them: each run of arguments under one "the author argues". */
function pointsTexts(view: StageView, points: readonly Point[]): StageText[] {
  const lead = (run: readonly Point[]): StageText[] =>
    run[0]?.kind === 'argument' ? [{ field: 'points', text: view.context.words.authorArgues }] : [];
  let index = 0;
  return stageRuns(points).flatMap((run) => [
    ...lead(run),
    ...run.flatMap((point) => pointTexts(view, point, `points[${index++}]`)),
  ]);
}

/** What one slide shows at each of its steps, per page. */
type StageSteps<K extends keyof SlideKinds> = (spec: SlideOf<K>, view: StageView) => StageText[][];

const title = (spec: { readonly title: string }): StageText => ({ field: 'title', text: spec.title });

function yearSteps(spec: SlideOf<'year'>, view: StageView): StageText[][] {
  const events = view.context.talk.events
    .filter((event) => event.date.year === spec.year && shownOnStage(event, view.context.talk))
    .sort((a, b) => compareDates(a.date, b.date));
  const pages = pagesOf(spec, view.context.talk).length;
  const size = Math.max(1, Math.ceil(events.length / pages));
  const steps: StageText[][] = [];
  for (let page = 0; page < pages; page += 1) {
    const shown = events.slice(page * size, (page + 1) * size);
    const heading = [{ field: 'heading', text: `${spec.year} ${spec.heading}` }];
    // Earlier cards fold to their title (the strip keeps their dates); the newest shows in full.
    shown.forEach((event, step) => {
      const folded = shown
        .slice(0, step)
        .flatMap((earlier) => cardTexts(view, earlier, `event '${earlier.id}'`).slice(1, 2));
      steps.push([...heading, ...folded, ...cardTexts(view, event, `event '${event.id}'`)]);
    });
    if (shown.length === 0) steps.push(heading);
  }
  return steps;
}

/**
 * What each kind shows on stage. The Sources slide shows its title and the engine's own words (how
 * many, where); its list, reference pages stacked off the talk's path, is not on stage.
 */
const STAGE_STEPS: { readonly [K in keyof SlideKinds]?: StageSteps<K> } = {
  sources: (spec) => [[title(spec)]],
  title: (spec) => [
    [
      { field: 'title', text: spec.title },
      { field: 'subtitle', text: spec.subtitle },
      { field: 'byline', text: spec.byline },
    ],
  ],
  points: (spec, view) => [[title(spec), ...pointsTexts(view, spec.points)]],
  closing: (spec, view) => [[title(spec), ...pointsTexts(view, spec.points)]],
  diagram: (spec) => [
    [title(spec), ...(spec.caption ? [{ field: 'caption.stage', text: spec.caption.stage ?? spec.caption.text }] : [])],
  ],
  groups: (spec, view) => [
    [
      title(spec),
      ...spec.groups.flatMap((id) => {
        const group = view.context.groups.get(id);
        return group
          ? [
              { field: `group '${id}'.shortName`, text: group.shortName },
              { field: `group '${id}'.aim`, text: group.aim ?? '' },
            ]
          : [];
      }),
    ],
  ],
  record: (spec, view) => [
    [
      title(spec),
      ...view.context.talk.events
        .filter((event) => event.origin === 'article' && event.record.some((note) => note.differs))
        .flatMap((event) => cardTexts(view, event, `event '${event.id}'`).slice(1, 2)),
    ],
  ],
  year: yearSteps,
};

function stepsOf<K extends keyof SlideKinds>(spec: SlideSpec & { readonly kind: K }, view: StageView): StageText[][] {
  const steps = STAGE_STEPS[spec.kind] as StageSteps<K> | undefined;
  return steps ? steps(spec as SlideOf<K>, view) : [];
}

/** The field with the most words, the first to shorten. */
function longest(texts: readonly StageText[]): StageText | undefined {
  return [...texts].sort((a, b) => wordCount(b.text) - wordCount(a.text))[0];
}

const stageWords: ContentRule = {
  name: 'stage-words',
  check(context) {
    const view: StageView = { context, formats: formatsFor(context.talk.lang, context.words) };
    // A section's title heads its first slide after the title slide (render-deck.ts), and is on screen there.
    const sectionTitles = new Map(
      context.talk.sections.flatMap((section) => {
        const first = section.slides.find((candidate) => candidate.kind !== 'title');
        // Where the slide's title is the section's, the deck shows it once.
        const same = first !== undefined && 'title' in first && first.title === section.title;
        return first && !same ? [[first.id, section.title] as const] : [];
      }),
    );
    for (const slide of context.slides) {
      stepsOf(slide, view).forEach((texts, step) => {
        const heading = sectionTitles.get(slide.id) ?? '';
        const words = texts.reduce((sum, text) => sum + wordCount(text.text), wordCount(heading));
        if (words <= MAX_STAGE_WORDS) return;
        const culprit = longest(texts);
        context.report(
          `slide '${slide.id}'`,
          culprit?.field ?? 'notes',
          `${words} words on stage at step ${step + 1} (at most ${MAX_STAGE_WORDS}); shorten ${culprit?.field ?? 'the slide'} (${wordCount(culprit?.text ?? '')} words) and say the rest in the notes`,
        );
      });
    }
  },
};

export const STAGE_RULES: readonly ContentRule[] = [stageWords];
