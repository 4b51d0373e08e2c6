import { describe, expect, it } from 'vitest';
import { checkSlide } from '../../src/deck/specs.ts';
import type { DiagramDefinition } from '../../src/diagrams/diagram-kind.ts';
import { checkDiagram } from '../../src/diagrams/specs.ts';
import type { ContentProblem } from '../../src/model/check-context.ts';
import { allSlides } from '../../src/model/talk-index.ts';
import { validateTalk } from '../../src/rules/index.ts';
import { ruleContext } from '../../src/rules/rule.ts';
import type { DiagramKinds, SlideKinds, Talk } from '../../src/schema.ts';
import { deckOf, diagramsOf } from '../fixtures/deck.ts';
import { everyKindTalk, KIND_FIXTURE_TALKS } from '../fixtures/every-kind-talk.ts';
import { DIAGRAM_KIND_CASES, type KindCase, SLIDE_KIND_CASES } from '../fixtures/kind-cases.ts';
import { mutate } from '../fixtures/mutate.ts';

/** A kind by its family: a slide kind, or a diagram kind. */
export type KindOf =
  | { readonly family: 'slide'; readonly kind: keyof SlideKinds }
  | { readonly family: 'diagram'; readonly kind: keyof DiagramKinds };

/** Whether `talk` has a slide of the kind (for a diagram kind, a diagram slide that draws it). */
export function uses(talk: Talk, { family, kind }: KindOf): boolean {
  return allSlides(talk).some((slide) =>
    family === 'slide' ? slide.kind === kind : slide.kind === 'diagram' && slide.diagram.kind === kind,
  );
}

/** What the kind's own checks report on a talk: each slide of the kind run through its spec alone. */
export function kindProblems(talk: Talk, of: KindOf): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const context = ruleContext(talk, problems);
  for (const slide of allSlides(talk)) {
    const item = `slide '${slide.id}'`;
    if (of.family === 'slide' && slide.kind === of.kind) checkSlide(slide, context, item);
    if (of.family === 'diagram' && slide.kind === 'diagram' && slide.diagram.kind === of.kind)
      checkDiagram(slide.diagram, context, item);
  }
  return problems;
}

/** The kind's broken cases, from tests/fixtures/kind-cases.ts. */
export function casesOf({ family, kind }: KindOf): readonly KindCase[] {
  return (family === 'slide' ? SLIDE_KIND_CASES[kind] : DIAGRAM_KIND_CASES[kind]) ?? [];
}

/**
 * A kind's spec tests: a fixture talk uses it and its checks pass there; each broken case is
 * reported by the kind's own checks and, through the `slide-kinds` rule, by the build's.
 */
export function describeKindSpec(of: KindOf): void {
  describe(`the ${of.kind} ${of.family} kind's spec`, () => {
    it('is used by a fixture talk, whose slides pass its checks', () => {
      const using = KIND_FIXTURE_TALKS.filter((talk) => uses(talk, of));
      expect(using.length).toBeGreaterThan(0);
      for (const talk of using) expect(kindProblems(talk, of)).toEqual([]);
    });
    for (const broken of casesOf(of))
      it(`reports ${broken.name}`, () => {
        const talk = mutate(everyKindTalk, broken.change);
        const where = { item: broken.item, field: broken.field };
        expect(kindProblems(talk, of)).toContainEqual(expect.objectContaining(where));
        expect(validateTalk(talk)).toContainEqual(
          expect.objectContaining({ ...where, message: expect.stringMatching(/^slide-kinds: /) }),
        );
      });
  });
}

let deck: ReadonlyMap<string, string> | undefined;

/** The HTML of page `id` of `everyKindTalk`'s deck, rendered without a browser (diagrams stood in for). */
export function renderedPage(id: string): string {
  deck ??= new Map(deckOf(everyKindTalk).map((slide) => [slide.id, slide.html]));
  const html = deck.get(id);
  if (html === undefined) throw new Error(`everyKindTalk has no page '${id}'`);
  return html;
}

/** The diagram generated for slide `slideId` of `everyKindTalk`, not drawn. */
export function generatedDiagram(slideId: string): DiagramDefinition {
  const found = diagramsOf(everyKindTalk).find((diagram) => diagram.slideId === slideId);
  if (!found) throw new Error(`everyKindTalk has no diagram on slide '${slideId}'`);
  return found;
}
