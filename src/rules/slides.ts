import { SOURCE_ENTRY_ID } from '../deck/kinds/sources/spec.ts';
import { allPages, checkSlide, spokenPages } from '../deck/specs.ts';
import { shownOnStage } from '../model/cuts.ts';
import type { ContentRule } from './rule.ts';

/** Slide timings may miss the talk's length by this share. */
export const TIMING_TOLERANCE = 0.05;

const kinds: ContentRule = {
  name: 'slide-kinds',
  check(context) {
    for (const slide of context.slides) checkSlide(slide, context, `slide '${slide.id}'`);
    const sources = context.slides.filter((slide) => slide.kind === 'sources').length;
    if (sources !== 1)
      context.report(
        'talk',
        'sections',
        `has ${sources} Sources slides; give exactly one, where the footnote markers can point`,
      );
  },
};

/** Pages the engine adds (`sources-2`, `2023-2`) take ids an author must not use for another slide. */
const pageIds: ContentRule = {
  name: 'page-ids-unique',
  check(context) {
    const owners = new Map<string, string>();
    for (const page of allPages(context.talk, context.slides)) {
      const owner = owners.get(page.id);
      if (owner !== undefined && owner !== page.spec.id) {
        const generated = page.id === page.spec.id ? owner : page.spec.id;
        context.report(
          `slide '${page.id === page.spec.id ? page.id : owner}'`,
          'id',
          `'${page.id}' is also the id of a further page of slide '${generated}'; choose another id`,
        );
      }
      owners.set(page.id, page.spec.id);
    }
  },
};

/**
 * Ids the engine gives elements of the page are reserved: a slide named like a Sources
 * entry (`source-3`) would take the entry's place as a link target. Diagram ids end in
 * `_`, which slide ids never hold, and so cannot meet one.
 */
const reservedIds: ContentRule = {
  name: 'reserved-ids',
  check({ slides, report }) {
    for (const slide of slides) {
      if (SOURCE_ENTRY_ID.test(slide.id))
        report(
          `slide '${slide.id}'`,
          'id',
          `'${slide.id}' is the id the Sources list gives the entry of a source; choose another id, such as '${slide.id.replace(/^source-/, 'about-source-')}'`,
        );
    }
  },
};

const timings: ContentRule = {
  name: 'timings-add-up',
  check(context) {
    const total = spokenPages(context.talk, context.slides).reduce((sum, page) => sum + page.seconds, 0);
    const target = context.talk.durationMinutes * 60;
    if (Math.abs(total - target) > target * TIMING_TOLERANCE) {
      context.report(
        'talk',
        'sections[].slides[].seconds',
        `slide timings add up to ${total} s; the talk lasts ${target} s (±${TIMING_TOLERANCE * 100}%)`,
      );
    }
  },
};

/** Every year of the period has its year slide, in order, and something dated in it. */
const chronology: ContentRule = {
  name: 'chronology-complete',
  check({ talk, slides, report }) {
    const years = slides.flatMap((slide) => (slide.kind === 'year' ? [slide.year] : []));
    for (let year = talk.period.from; year <= talk.period.to; year += 1) {
      if (!years.includes(year))
        report('talk', 'sections', `no year slide for ${year}; add { kind: 'year', id: '${year}', year: ${year}, … }`);
      const covered = talk.events.some(
        (event) => shownOnStage(event, talk) && event.date.year <= year && (event.until ?? event.date).year >= year,
      );
      if (!covered)
        report(
          'talk',
          'events',
          `nothing ${talk.presenting === undefined ? '' : 'shown '}is dated in ${year}; add a context event with its own source${talk.presenting === undefined ? '' : ', or show one of its events in this cut'}`,
        );
    }
    if ([...years].sort((a, b) => a - b).join() !== years.join())
      report('talk', 'sections', `year slides are out of order: ${years.join(', ')}`);
  },
};

/** Rules across slides: kinds' own rules, page ids, timings, the chronology. */
export const SLIDE_RULES: readonly ContentRule[] = [kinds, pageIds, reservedIds, timings, chronology];
