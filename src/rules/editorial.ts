import { statementsOf } from '../deck/specs.ts';
import type { Citation, Figure, Statement } from '../model/types.ts';
import { hedgeBefore, isYear, numbersIn, valuesIn } from './figures.ts';
import { groupsNamedIn } from './naming.ts';
import { citationsOf } from './references.ts';
import { type ContentRule, type RuleContext, wordCount } from './rule.ts';

/** Longest quotation of a source: a citation, not a copy. */
export const MAX_QUOTE_WORDS = 30;

const quoteLength: ContentRule = {
  name: 'quote-length',
  check(context) {
    for (const { item, field, citation } of citationsOf(context.talk, context.slides)) {
      const words = wordCount(citation.excerpt);
      if (citation.verbatim && words > MAX_QUOTE_WORDS)
        context.report(
          item,
          `${field}.excerpt`,
          `quotes ${words} words; quote at most ${MAX_QUOTE_WORDS} and paraphrase the rest`,
        );
    }
  },
};

/** Where the source hedges a number ("around 54") the figure keeps that hedge; where it does not, the figure adds none. */
function figureProblem(
  context: RuleContext,
  figure: Pick<Figure, 'amount' | 'hedge' | 'source'>,
): { field: string; message: string } | null {
  const { words } = context;
  const excerpt = figure.source.excerpt;
  if (!valuesIn(excerpt, context.numbers).has(figure.amount))
    return {
      field: 'source.excerpt',
      message: `does not give ${figure.amount} ("${excerpt}"); cite the passage with the number`,
    };
  const hedges = Object.values(words.hedges);
  const written = hedgeBefore(excerpt, figure.amount, hedges, context.numbers);
  const kept = figure.hedge === null ? null : words.hedges[figure.hedge];
  if (written !== null && kept === null)
    return {
      field: 'hedge',
      message: `the source hedges ${figure.amount} ("${excerpt}"); keep its hedge '${written}'`,
    };
  if (written !== null && kept !== null && written !== kept)
    return {
      field: 'hedge',
      message: `the source says '${written} ${figure.amount}', not '${kept}'; keep the source's hedge`,
    };
  if (written === null && kept !== null)
    return {
      field: 'hedge',
      message: `the source gives ${figure.amount} without '${kept}' ("${excerpt}"); do not add a hedge`,
    };
  return null;
}

const hedges: ContentRule = {
  name: 'hedges-kept',
  check(context) {
    for (const event of context.talk.events) {
      const figures = [
        ...event.figures.map((figure, position) => ({ figure, field: `figures[${position}]` })),
        ...event.record.flatMap((note, noteAt) =>
          (note.figures ?? []).map((figure, position) => ({ figure, field: `record[${noteAt}].figures[${position}]` })),
        ),
      ];
      for (const { figure, field } of figures) {
        if (!Number.isFinite(figure.amount) || figure.amount < 0)
          context.report(`event '${event.id}'`, `${field}.amount`, `${figure.amount} is not a count`);
        const problem = figureProblem(context, figure);
        if (problem) context.report(`event '${event.id}'`, `${field}.${problem.field}`, problem.message);
        // A range's high end is held to the same standard as its low end: its own number, its own hedge.
        const upTo = figure.upTo;
        if (!upTo) continue;
        if (!(upTo.amount > figure.amount))
          context.report(
            `event '${event.id}'`,
            `${field}.upTo.amount`,
            `${upTo.amount} is not above the low end ${figure.amount}; give the range low to high`,
          );
        const boundProblem = figureProblem(context, upTo);
        if (boundProblem)
          context.report(`event '${event.id}'`, `${field}.upTo.${boundProblem.field}`, boundProblem.message);
      }
    }
  },
};

const origins: ContentRule = {
  name: 'origins',
  check({ talk, report }) {
    for (const event of talk.events) {
      const item = `event '${event.id}'`;
      const citesMain = event.source.source === talk.mainSource;
      if (event.origin === 'article' && !citesMain)
        report(item, 'source', `an event of the main source must cite '${talk.mainSource}'`);
      if (event.origin === 'context' && citesMain)
        report(item, 'origin', 'a context event must carry its own source, not the main source');
      if (citesMain && !event.source.verbatim)
        report(item, 'source.verbatim', 'a claim of the main source is cited with its own words');
      event.record.forEach((note, position) => {
        if (note.source.source === talk.mainSource)
          report(item, `record[${position}].source`, 'a record note must cite other reporting, not the main source');
      });
    }
  },
};

const authorArguments: ContentRule = {
  name: 'arguments-are-the-authors',
  check(context) {
    for (const argument of context.talk.arguments) {
      const item = `argument '${argument.id}'`;
      const source = context.sources.get(argument.source.source);
      if (source && source.kind !== 'opinion')
        context.report(
          item,
          'source',
          `cites '${source.id}', a ${source.kind} source; an author's argument comes from an opinion piece`,
        );
      if (!argument.source.verbatim)
        context.report(item, 'source.verbatim', "an argument is shown with the author's own words");
    }
  },
};

/** Numbers (years apart) and groups a sentence states that none of its excerpts gives. */
export function unsupported(
  context: Pick<RuleContext, 'groups' | 'numbers'>,
  text: string,
  citations: readonly Citation[],
): string[] {
  const excerpts = citations.map((citation) => citation.excerpt).join(' \n ');
  const given = valuesIn(excerpts, context.numbers);
  const numbers = numbersIn(text, context.numbers)
    .filter(
      (written) => !given.has(written.value) && !(isYear(written, context.numbers) && excerpts.includes(written.text)),
    )
    .map((written) => `the figure ${written.text}`);
  const named = groupsNamedIn(excerpts, context.groups.values());
  const groups = [...groupsNamedIn(text, context.groups.values())]
    .filter((id) => !named.has(id))
    .map((id) => `the group '${id}'`);
  return [...numbers, ...groups];
}

function checkStatement(context: RuleContext, statement: Statement, item: string, field: string): void {
  if (statement.text.trim() === '') context.report(item, `${field}.text`, 'is empty');
  if (statement.sources.length === 0) {
    context.report(
      item,
      `${field}.sources`,
      'cites nothing; a sentence in the deck’s own voice needs a source whose excerpt says it',
    );
    return;
  }
  const missing = unsupported(context, statement.text, statement.sources);
  if (missing.length > 0)
    context.report(
      item,
      `${field}.text`,
      `states ${missing.join(', ')}, which no cited excerpt gives; cite a source that says it, or remove it`,
    );
  // An opinion piece's claims are shown as that piece's, never in the deck's own voice.
  const onlyOpinion = statement.sources.every((citation) => context.sources.get(citation.source)?.kind === 'opinion');
  const voice = context.words.roleTerms.mainSourceVoice;
  if (onlyOpinion && !voice.some((phrase) => statement.text.toLowerCase().includes(phrase.toLowerCase()))) {
    context.report(
      item,
      `${field}.text`,
      `rests on an opinion piece only but reads as the deck's own claim; say so (${voice.map((phrase) => `"${phrase}…"`).join(' or ')})`,
    );
  }
}

const statements: ContentRule = {
  name: 'statements-supported',
  check(context) {
    for (const slide of context.slides) {
      for (const { field, statement } of statementsOf(slide))
        checkStatement(context, statement, `slide '${slide.id}'`, field);
    }
  },
};

/** A record line on a slide is the deck's own sentence too: what it states, its source must give. */
const recordLines: ContentRule = {
  name: 'record-lines-supported',
  check(context) {
    for (const event of context.talk.events) {
      event.record.forEach((note, position) => {
        const missing = unsupported(context, note.summary, [note.source]);
        if (missing.length > 0)
          context.report(
            `event '${event.id}'`,
            `record[${position}].summary`,
            `states ${missing.join(', ')}, which its source's excerpt does not give; add it to the excerpt if the source says it, or remove it`,
          );
      });
    }
  },
};

/** The "who is who" slide's one-line summaries are the deck's sentences too. */
const groupSummaries: ContentRule = {
  name: 'group-summaries-supported',
  check(context) {
    for (const group of context.talk.groups) {
      const missing = unsupported(context, group.summary, [group.source]).filter(
        (what) => what !== `the group '${group.id}'`,
      );
      if (missing.length > 0) {
        context.report(
          `group '${group.id}'`,
          'summary',
          `states ${missing.join(', ')}, which its source's excerpt does not give; cite the passage that does, or remove it`,
        );
      }
    }
  },
};

/** Rules on what the deck may say: quotations short, hedges kept, opinions the author's, every sentence sourced. */
export const EDITORIAL_RULES: readonly ContentRule[] = [
  quoteLength,
  hedges,
  origins,
  authorArguments,
  statements,
  recordLines,
  groupSummaries,
];
