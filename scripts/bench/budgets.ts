import type { Budget, BudgetResult, Figure } from './types.ts';

/** The budgets of issue 4. Absolute limits are on the deck's own figure; ratio limits on deck / floor from the same run. */
export const BUDGETS: readonly Budget[] = [
  { key: 'bytesJsGzip', kind: 'absolute', limit: 60 * 1024, text: '≤ 60 KiB' },
  { key: 'firstSlide', kind: 'ratio', limit: 1.2, text: '≤ 1.2× floor' },
  { key: 'allDiagrams', kind: 'ratio', limit: 1.2, text: '≤ 1.2× floor' },
  { key: 'pdfExport', kind: 'absolute', limit: 2000, text: '≤ 2 s' },
  { key: 'buildWarm', kind: 'absolute', limit: 2000, text: '≤ 2 s' },
];

/** Checks each budget against its figure; a figure that is missing, or a ratio that cannot be formed, fails its budget. */
export function checkBudgets(figures: readonly Figure[], budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const figure = figures.find((candidate) => candidate.key === budget.key);
    const actual = figure ? (budget.kind === 'ratio' ? figure.ratio : figure.deck) : null;
    return { budget, actual, pass: actual !== null && Number.isFinite(actual) && actual <= budget.limit };
  });
}
