import { compareDates, dateProblem, formatDate, yearsCovered } from './dates.ts';
import type { Citation, Figure, Group, PartialDate, Point, SlideSpec, Talk, TimelineEvent } from './types.ts';

/** One broken content rule, naming the item and the field so the author knows what to fix. */
export interface ContentProblem {
  /** The item, e.g. "event 'bajaur-2023'" or "slide 'why-pakistan'". */
  readonly item: string;
  /** The field, e.g. "attribution.claimedBy". */
  readonly field: string;
  readonly message: string;
}

/** Thrown by `assertValidTalk`; its message lists every problem, one per line. */
export class ContentRuleError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`The talk's content breaks ${problems.length} rule(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentRuleError';
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `  - ${problem.item}, field ${problem.field}: ${problem.message}`;
}

const MAX_QUOTE_WORDS = 30;
const MIN_NOTE_WORDS = 40;
const MAX_NOTE_WORDS = 120;
const TIMING_TOLERANCE = 0.05;
const SLIDE_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Longest name or title a slide or diagram can show; anything longer is a pasting accident. */
const MAX_NAME_LENGTH = 300;
const HEDGE_BEFORE_NUMBER = /\b(about|around|some|almost|nearly|at least|up to|roughly|over)\s+([\d,.]+)/gi;

type Report = (item: string, field: string, message: string) => void;

/** Checks every content rule and returns what is broken (empty when the talk is sound). */
export function validateTalk(talk: Talk): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (item, field, message) => problems.push({ item, field, message });
  checkUniqueIds(talk, report);
  checkSources(talk, report);
  checkGroups(talk, report);
  checkRelations(talk, report);
  talk.events.forEach((event) => checkEvent(talk, event, report));
  checkArguments(talk, report);
  checkSlides(talk, report);
  checkYearsCovered(talk, report);
  return problems;
}

/** Throws a `ContentRuleError` naming every broken rule. */
export function assertValidTalk(talk: Talk): void {
  const problems = validateTalk(talk);
  if (problems.length > 0) throw new ContentRuleError(problems);
}

export function allSlides(talk: Talk): SlideSpec[] {
  return talk.sections.flatMap((section) => section.slides);
}

function checkUniqueIds(talk: Talk, report: Report): void {
  const collections: Array<[string, readonly { id: string }[]]> = [
    ['source', talk.sources],
    ['group', talk.groups],
    ['relation', talk.relations],
    ['event', talk.events],
    ['argument', talk.arguments],
    ['section', talk.sections],
    ['slide', allSlides(talk)],
  ];
  for (const [kind, items] of collections) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) report(`${kind} '${item.id}'`, 'id', `the id '${item.id}' is used by more than one ${kind}; ids must be unique`);
      seen.add(item.id);
    }
  }
}

function checkCitation(talk: Talk, citation: Citation, item: string, field: string, report: Report): void {
  if (!talk.sources.some((source) => source.id === citation.source)) {
    report(item, `${field}.source`, `cites '${citation.source}', which is not in the sources; add it to the sources or fix the id`);
  }
  if (citation.excerpt.trim() === '') report(item, `${field}.excerpt`, 'is empty; say what the source states');
  if (citation.verbatim && wordCount(citation.excerpt) > MAX_QUOTE_WORDS) {
    report(item, `${field}.excerpt`, `quotes ${wordCount(citation.excerpt)} words; quote at most ${MAX_QUOTE_WORDS} and paraphrase the rest`);
  }
}

function checkDate(talk: Talk, date: PartialDate, item: string, field: string, report: Report): void {
  const problem = dateProblem(date);
  if (problem) report(item, field, problem);
  if (date.year < talk.period.from || date.year > talk.period.to) {
    report(item, field, `${formatDate(date)} is outside the talk's period ${talk.period.from}–${talk.period.to}`);
  }
}

function checkSources(talk: Talk, report: Report): void {
  const main = talk.sources.find((source) => source.id === talk.mainSource);
  if (!main) report('talk', 'mainSource', `'${talk.mainSource}' is not in the sources`);
  for (const source of talk.sources) {
    const problem = dateProblem(source.date);
    if (problem) report(`source '${source.id}'`, 'date', problem);
    if (source.publisher.trim() === '') report(`source '${source.id}'`, 'publisher', 'is empty');
    if (source.title.trim() === '') report(`source '${source.id}'`, 'title', 'is empty');
  }
}

/** A name must be there and fit on a slide. */
function checkName(value: string, item: string, field: string, report: Report): boolean {
  if (value.trim() === '') {
    report(item, field, 'is empty');
    return false;
  }
  if (value.length > MAX_NAME_LENGTH) {
    report(item, field, `has ${value.length} characters; keep it under ${MAX_NAME_LENGTH}`);
    return false;
  }
  return true;
}

function checkGroups(talk: Talk, report: Report): void {
  const owners = new Map<string, string>();
  for (const group of talk.groups) {
    const item = `group '${group.id}'`;
    const named = [checkName(group.name, item, 'name', report), checkName(group.shortName, item, 'shortName', report), ...group.aliases.map((alias, index) => checkName(alias, item, `aliases[${index}]`, report))];
    checkCitation(talk, group.source, item, 'source', report);
    // Names that failed the length check are not matched against text: the attribution check would choke on them.
    if (named.includes(false)) continue;
    for (const name of groupNames(group)) {
      const key = name.toLowerCase();
      const owner = owners.get(key);
      // A name shared by two groups would let a claim by one pass for the other (Islamic State vs ISKP).
      if (owner && owner !== group.id) report(`group '${group.id}'`, 'aliases', `'${name}' also names group '${owner}'; every name must point to one group`);
      owners.set(key, group.id);
    }
  }
}

function checkRelations(talk: Talk, report: Report): void {
  for (const relation of talk.relations) {
    const item = `relation '${relation.id}'`;
    for (const end of ['from', 'to'] as const) {
      if (!findGroup(talk, relation[end])) report(item, end, `names group '${relation[end]}', which does not exist; add it to the groups or fix the id`);
    }
    if (relation.from === relation.to) report(item, 'to', 'a group cannot relate to itself');
    if (relation.since) checkDate(talk, relation.since, item, 'since', report);
    checkCitation(talk, relation.source, item, 'source', report);
  }
}

function checkEvent(talk: Talk, event: TimelineEvent, report: Report): void {
  const item = `event '${event.id}'`;
  checkDate(talk, event.date, item, 'date', report);
  if (event.until) {
    checkDate(talk, event.until, item, 'until', report);
    if (compareDates(event.until, event.date) < 0) report(item, 'until', 'ends before it starts');
  }
  checkName(event.title, item, 'title', report);
  if (event.shortTitle.length > 40) report(item, 'shortTitle', `has ${event.shortTitle.length} characters; the timeline diagram fits at most 40`);
  checkCitation(talk, event.source, item, 'source', report);
  checkOrigin(talk, event, item, report);
  event.actors.forEach((actor, index) => {
    if (!findGroup(talk, actor)) report(item, `actors[${index}]`, `names group '${actor}', which does not exist`);
  });
  event.figures.forEach((figure, index) => checkFigure(talk, figure, item, `figures[${index}]`, report));
  event.record.forEach((note, index) => {
    checkCitation(talk, note.source, item, `record[${index}].source`, report);
    if (note.source.source === talk.mainSource) report(item, `record[${index}].source`, 'a record note must cite other reporting, not the main source');
  });
  checkAttribution(talk, event, item, report);
}

function checkOrigin(talk: Talk, event: TimelineEvent, item: string, report: Report): void {
  const citesMain = event.source.source === talk.mainSource;
  if (event.origin === 'article' && !citesMain) report(item, 'source', `an article event must cite the main source '${talk.mainSource}'`);
  if (event.origin === 'context' && citesMain) report(item, 'origin', 'a context event must carry its own source, not the main source');
  if (citesMain && !event.source.verbatim) report(item, 'source.verbatim', "an article claim is cited with the article's own words");
}

/** Where the source hedges a number ("around 54"), the figure must keep the hedge. */
function checkFigure(talk: Talk, figure: Figure, item: string, field: string, report: Report): void {
  checkCitation(talk, figure.source, item, `${field}.source`, report);
  if (!Number.isFinite(figure.amount) || figure.amount < 0) report(item, `${field}.amount`, `${figure.amount} is not a count`);
  if (figure.hedge === null && hedgedAmounts(figure.source.excerpt).includes(figure.amount)) {
    report(item, `${field}.hedge`, `the source hedges ${figure.amount} ("${figure.source.excerpt}"); keep its hedge`);
  }
}

export function hedgedAmounts(text: string): number[] {
  return [...text.matchAll(HEDGE_BEFORE_NUMBER)].map((match) => Number((match[2] ?? '').replace(/,/g, '')));
}

/** A claim must name the group it is credited to, so that the Islamic State and ISKP are never swapped. */
function checkAttribution(talk: Talk, event: TimelineEvent, item: string, report: Report): void {
  const attribution = event.attribution;
  if (!attribution) return;
  checkCitation(talk, attribution.source, item, 'attribution.source', report);
  if (attribution.claimedBy !== null) checkNamedIn(talk, attribution.claimedBy, attribution.source, item, 'attribution.claimedBy', report);
  if (attribution.attributedTo) {
    checkCitation(talk, attribution.attributedTo.source, item, 'attribution.attributedTo.source', report);
    checkNamedIn(talk, attribution.attributedTo.group, attribution.attributedTo.source, item, 'attribution.attributedTo.group', report);
  }
}

function checkNamedIn(talk: Talk, groupId: string, citation: Citation, item: string, field: string, report: Report): void {
  const group = findGroup(talk, groupId);
  if (!group) {
    report(item, field, `names group '${groupId}', which does not exist`);
    return;
  }
  if (!namesGroup(citation.excerpt, group, talk.groups)) {
    report(item, field, `credits '${group.name}', but the cited excerpt ("${citation.excerpt}") does not name it; cite a source that does`);
  }
}

/**
 * True when the text names the group. Names are matched longest first and each
 * stretch of text counts once, so "Islamic State Khorasan Province" names ISKP
 * and not the Islamic State, whose name it contains.
 */
export function namesGroup(text: string, group: Group, groups: readonly Group[]): boolean {
  return groupsNamedIn(text, groups).has(group.id);
}

export function groupsNamedIn(text: string, groups: readonly Group[]): Set<string> {
  const names = groups.flatMap((candidate) =>
    groupNames(candidate)
      .filter((name) => name.trim() !== '' && name.length <= MAX_NAME_LENGTH)
      .map((name) => ({ name: name.toLowerCase(), id: candidate.id })),
  );
  names.sort((a, b) => b.name.length - a.name.length);
  const lower = text.toLowerCase();
  const taken: Array<[number, number]> = [];
  const found = new Set<string>();
  for (const { name, id } of names) {
    for (const start of wordOccurrences(lower, name)) {
      const end = start + name.length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      found.add(id);
    }
  }
  return found;
}

function wordOccurrences(text: string, phrase: string): number[] {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((match) => match.index ?? 0);
}

function groupNames(group: Group): string[] {
  return [group.name, group.shortName, ...group.aliases];
}

function checkArguments(talk: Talk, report: Report): void {
  for (const argument of talk.arguments) {
    const item = `argument '${argument.id}'`;
    checkCitation(talk, argument.source, item, 'source', report);
    const source = talk.sources.find((candidate) => candidate.id === argument.source.source);
    if (source && source.kind !== 'opinion') report(item, 'source', `cites '${source.id}', a ${source.kind} source; an author's argument comes from an opinion piece`);
    if (!argument.source.verbatim) report(item, 'source.verbatim', "an argument is shown with the author's own words");
  }
}

function checkSlides(talk: Talk, report: Report): void {
  let totalSeconds = 0;
  for (const slide of allSlides(talk)) {
    const item = `slide '${slide.id}'`;
    if (!SLIDE_ID.test(slide.id)) report(item, 'id', 'use lowercase letters, digits and hyphens; the id is the slide\'s link');
    if (!(slide.seconds > 0)) report(item, 'seconds', 'give the slide a positive time');
    totalSeconds += slide.seconds;
    checkNotes(slide, item, report);
    checkSlideReferences(talk, slide, item, report);
  }
  const target = talk.durationMinutes * 60;
  if (Math.abs(totalSeconds - target) > target * TIMING_TOLERANCE) {
    report('talk', 'sections[].slides[].seconds', `slide timings add up to ${totalSeconds} s; the talk lasts ${target} s (±${TIMING_TOLERANCE * 100}%)`);
  }
}

function checkNotes(slide: SlideSpec, item: string, report: Report): void {
  if (slide.kind === 'title' || slide.kind === 'closing') return;
  const words = wordCount(slide.notes.say);
  if (words < MIN_NOTE_WORDS || words > MAX_NOTE_WORDS) report(item, 'notes.say', `has ${words} words; write ${MIN_NOTE_WORDS}–${MAX_NOTE_WORDS} for the speaker`);
  if (slide.notes.stress.trim() === '') report(item, 'notes.stress', 'is empty; name the figure or point to stress');
  if (slide.notes.transition.trim() === '') report(item, 'notes.transition', 'is empty; bridge to the next slide');
}

function checkSlideReferences(talk: Talk, slide: SlideSpec, item: string, report: Report): void {
  const needGroup = (id: string, field: string): void => {
    if (!findGroup(talk, id)) report(item, field, `names group '${id}', which does not exist`);
  };
  switch (slide.kind) {
    case 'points':
    case 'closing':
      slide.points.forEach((point, index) => checkPoint(talk, point, item, `points[${index}]`, report));
      break;
    case 'groups':
      slide.groups.forEach((id, index) => needGroup(id, `groups[${index}]`));
      break;
    case 'year':
      if (slide.id !== String(slide.year)) report(item, 'id', `a year slide's id is its year ('${slide.year}'), so that #/${slide.year} links to it`);
      if (slide.year < talk.period.from || slide.year > talk.period.to) report(item, 'year', `${slide.year} is outside the period ${talk.period.from}–${talk.period.to}`);
      break;
    case 'diagram':
      checkDiagramReferences(talk, slide, item, needGroup, report);
      break;
    default:
      break;
  }
}

function checkDiagramReferences(talk: Talk, slide: Extract<SlideSpec, { kind: 'diagram' }>, item: string, needGroup: (id: string, field: string) => void, report: Report): void {
  const diagram = slide.diagram;
  switch (diagram.kind) {
    case 'formation':
    case 'reach':
      needGroup(diagram.group, 'diagram.group');
      break;
    case 'rivalries':
      needGroup(diagram.state, 'diagram.state');
      if (!talk.arguments.some((argument) => argument.id === diagram.argument)) report(item, 'diagram.argument', `names argument '${diagram.argument}', which does not exist`);
      break;
    case 'toll': {
      const event = talk.events.find((candidate) => candidate.id === diagram.event);
      if (!event) report(item, 'diagram.event', `names event '${diagram.event}', which does not exist`);
      else if (!event.figures.some((figure) => figure.role === 'part' && figure.amount > 0)) report(item, 'diagram.event', `event '${event.id}' has no 'part' figure above 0; a toll chart draws its parts as slices`);
      break;
    }
    case 'network':
      checkDate(talk, diagram.at, item, 'diagram.at', report);
      if (diagram.previous) checkDate(talk, diagram.previous, item, 'diagram.previous', report);
      break;
    case 'timeline':
      for (const end of ['from', 'to'] as const) {
        const year = diagram[end];
        if (year !== undefined && (year < talk.period.from || year > talk.period.to)) report(item, `diagram.${end}`, `${year} is outside the period ${talk.period.from}–${talk.period.to}`);
      }
      break;
  }
}

function checkPoint(talk: Talk, point: Point, item: string, field: string, report: Report): void {
  if (point.kind === 'event' && !talk.events.some((event) => event.id === point.event)) report(item, `${field}.event`, `names event '${point.event}', which does not exist`);
  if (point.kind === 'argument' && !talk.arguments.some((argument) => argument.id === point.argument)) report(item, `${field}.argument`, `names argument '${point.argument}', which does not exist`);
  if (point.kind === 'statement') {
    checkCitation(talk, point.source, item, `${field}.source`, report);
    const source = talk.sources.find((candidate) => candidate.id === point.source.source);
    // An opinion piece's claims are shown as that piece's, never in the deck's own voice.
    if (source?.kind === 'opinion' && !/\b(the article|the author)\b/i.test(point.text)) {
      report(item, `${field}.text`, `rests on the opinion piece '${source.id}' but reads as the deck's own claim; say "The article…" or "The author…"`);
    }
  }
}

/** Every year of the period has a year slide, in order, and something to show: an event or a span across it. */
function checkYearsCovered(talk: Talk, report: Report): void {
  const yearSlides = allSlides(talk).flatMap((slide) => (slide.kind === 'year' ? [slide.year] : []));
  for (let year = talk.period.from; year <= talk.period.to; year += 1) {
    if (!yearSlides.includes(year)) report('talk', 'sections', `no year slide for ${year}; add { kind: 'year', id: '${year}', year: ${year} }`);
    const covered = talk.events.some((event) => yearsCovered(event.date, event.until).includes(year));
    if (!covered) report('talk', 'events', `nothing is dated in ${year}; add a context event with its own source`);
  }
  const sorted = [...yearSlides].sort((a, b) => a - b);
  if (sorted.join() !== yearSlides.join()) report('talk', 'sections', `year slides are out of order: ${yearSlides.join(', ')}`);
}

export function findGroup(talk: Talk, id: string): Group | undefined {
  return talk.groups.find((group) => group.id === id);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
