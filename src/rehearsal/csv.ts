import Papa from 'papaparse';
import type { RehearsalRow } from './timings.ts';

/** The CSV's columns, in order: what a spreadsheet shows and what `npm run rehearsal` reads back. */
export const REHEARSAL_COLUMNS = ['section', 'slide', 'step', 'planned_seconds', 'spent_seconds'] as const;

export function rehearsalCsv(rows: readonly RehearsalRow[]): string {
  return Papa.unparse({
    fields: [...REHEARSAL_COLUMNS],
    data: rows.map((row) => [row.section, row.slide, row.step, row.plannedSeconds, row.spentSeconds]),
  });
}

/** A rehearsal CSV read back; an error names the line, the column and what it should hold. */
export function readRehearsalCsv(text: string, file = 'the CSV'): RehearsalRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true });
  const missing = REHEARSAL_COLUMNS.filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0)
    throw new Error(
      `${file}: no column ${missing.join(', ')}; a rehearsal CSV has the columns ${REHEARSAL_COLUMNS.join(', ')} (export it from the deck's rehearsal table, key T).`,
    );
  return parsed.data.map((record, position) => {
    const line = position + 2;
    const number = (column: (typeof REHEARSAL_COLUMNS)[number]): number => {
      const value = Number(record[column]);
      if (record[column] === '' || !Number.isFinite(value))
        throw new Error(`${file}, line ${line}: ${column} is '${record[column] ?? ''}'; it must be a number.`);
      return value;
    };
    const slide = record['slide'] ?? '';
    if (slide === '') throw new Error(`${file}, line ${line}: slide is empty; it must name the slide's id.`);
    return {
      section: record['section'] ?? '',
      slide,
      step: number('step'),
      plannedSeconds: number('planned_seconds'),
      spentSeconds: number('spent_seconds'),
    };
  });
}
