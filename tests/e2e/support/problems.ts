import type { BrowserContext, Page } from '@playwright/test';

/**
 * Collects what would show that the page misbehaves under its Content-Security-Policy:
 * `securitypolicyviolation` events, console errors (Chromium logs each refusal there,
 * also in windows a page writes itself, such as the speaker view), and uncaught errors.
 * Covers every page of the context, popups and their frames included.
 */
export async function watchForProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
        problems.push(`${label(page)} console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${label(page)} error: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}

function label(page: Page): string {
  const url = page.url();
  return url.startsWith('about:') ? `[${url}]` : `[${url.replace(/^.*\//, '')}]`;
}

/** Parses a policy into its directives. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}
