import type { Report, RuleContext } from './rule.ts';

/** Reports a reference to a group that does not exist; true when it does. For kinds' own rules as much as the talk's. */
export function needGroup(
  context: Pick<RuleContext, 'groups' | 'report'>,
  id: string,
  item: string,
  field: string,
): boolean {
  if (context.groups.has(id)) return true;
  context.report(item, field, `names group '${id}', which does not exist; add it to the groups or fix the id`);
  return false;
}

/** Reports a reference to an item of another kind that does not exist. */
export function needOne(
  report: Report,
  map: ReadonlyMap<string, unknown>,
  kind: string,
  id: string,
  item: string,
  field: string,
): void {
  if (!map.has(id)) report(item, field, `names ${kind} '${id}', which does not exist; add it or fix the id`);
}
