import { checkDate } from '../model/check-context.ts';
import { compareDates } from '../model/dates.ts';
import type { Coordinates } from '../model/types.ts';
import type { ContentRule, RuleContext } from './rule.ts';

/** Ids become links, diagram ids and file names: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** The collections whose ids must be unique and well formed, with the word for one item. */
function collections(context: RuleContext): Array<[string, readonly { readonly id: string }[]]> {
  const { talk } = context;
  return [
    ['source', talk.sources],
    ['credit', talk.credits ?? []],
    ['group', talk.groups],
    ['outlet', talk.outlets ?? []],
    ['claim naming', talk.claimNamings ?? []],
    ['relation', talk.relations],
    ['event', talk.events],
    ['argument', talk.arguments],
    ['section', talk.sections],
    ['slide', context.slides],
  ];
}

const uniqueIds: ContentRule = {
  name: 'unique-ids',
  check(context) {
    for (const [kind, items] of collections(context)) {
      const seen = new Set<string>();
      for (const item of items) {
        if (seen.has(item.id))
          context.report(
            `${kind} '${item.id}'`,
            'id',
            `the id '${item.id}' is used by more than one ${kind}; ids must be unique`,
          );
        seen.add(item.id);
      }
    }
  },
};

const idFormat: ContentRule = {
  name: 'id-format',
  check(context) {
    for (const [kind, items] of collections(context)) {
      for (const item of items) {
        if (!ID_PATTERN.test(item.id))
          context.report(
            `${kind} '${item.id}'`,
            'id',
            'use lowercase letters, digits and hyphens, starting with a letter or digit; the id is used in links',
          );
      }
    }
  },
};

const dates: ContentRule = {
  name: 'dates',
  check({ talk, report }) {
    if (!(talk.period.from <= talk.period.to))
      report('talk', 'period', `runs from ${talk.period.from} to ${talk.period.to}; the first year must come first`);
    for (const source of talk.sources) checkDate(talk, source.date, `source '${source.id}'`, 'date', report, false);
    for (const group of talk.groups)
      if (group.founded) checkDate(talk, group.founded, `group '${group.id}'`, 'founded', report, false);
    for (const relation of talk.relations) {
      if (relation.since) checkDate(talk, relation.since, `relation '${relation.id}'`, 'since', report);
      if (relation.sinceUntil) {
        checkDate(talk, relation.sinceUntil, `relation '${relation.id}'`, 'sinceUntil', report);
        if (!relation.since || compareDates(relation.sinceUntil, relation.since) < 0)
          report(`relation '${relation.id}'`, 'sinceUntil', 'the span must end after `since`, which it needs');
      }
    }
    for (const naming of talk.claimNamings ?? []) {
      if (naming.from) checkDate(talk, naming.from, `claim naming '${naming.id}'`, 'from', report, false);
      if (naming.until) checkDate(talk, naming.until, `claim naming '${naming.id}'`, 'until', report, false);
    }
    for (const event of talk.events) {
      const item = `event '${event.id}'`;
      checkDate(talk, event.date, item, 'date', report);
      if (event.until) {
        checkDate(talk, event.until, item, 'until', report);
        if (compareDates(event.until, event.date) < 0) report(item, 'until', 'ends before it starts');
      }
      event.responsibility?.claims.forEach((claim, index) => {
        if (claim.date) checkDate(talk, claim.date, item, `responsibility.claims[${index}].date`, report, false);
      });
    }
  },
};

export function isLanguageTag(lang: string): boolean {
  try {
    return lang.trim() !== '' && Intl.getCanonicalLocales(lang).length === 1;
  } catch {
    return false;
  }
}

/** Only absolute web addresses: anything else would be a dead link, or an active one, in the PDF. */
export function addressProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `'${url}' is not an absolute address; give the full https:// address`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `'${url}' uses ${parsed.protocol}; only https: and http: addresses are allowed`;
  if (parsed.hostname === '' || !parsed.hostname.includes('.')) return `'${url}' names no public host`;
  return null;
}

const addresses: ContentRule = {
  name: 'addresses',
  check({ talk, report }) {
    for (const source of talk.sources) {
      const problem = addressProblem(source.url ?? '');
      if (problem) report(`source '${source.id}'`, 'url', problem);
    }
    for (const credit of talk.credits ?? []) {
      const problem = addressProblem(credit.url ?? '');
      if (problem) report(`credit '${credit.id}'`, 'url', problem);
    }
  },
};

/** Coordinates are numbers in range; whether they fall on land in the right country is the map's rule. */
export function coordinatesProblem(at: Coordinates): string | null {
  if (!Number.isFinite(at.lat) || at.lat < -90 || at.lat > 90) return `latitude ${at.lat} is not between −90 and 90`;
  if (!Number.isFinite(at.lon) || at.lon < -180 || at.lon > 180)
    return `longitude ${at.lon} is not between −180 and 180`;
  return null;
}

const coordinates: ContentRule = {
  name: 'coordinates',
  check({ talk, report }) {
    for (const event of talk.events) {
      if (!event.place) continue;
      const problem = coordinatesProblem(event.place.at);
      if (problem) report(`event '${event.id}'`, 'place.at', problem);
    }
  },
};

/** Rules on the shape of the data: ids, dates, addresses, coordinates. */
export const WELL_FORMED_RULES: readonly ContentRule[] = [uniqueIds, idFormat, dates, addresses, coordinates];
