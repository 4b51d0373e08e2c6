import { SHARED_CHROMIUM_ENV, startSharedChromium } from '../../src/browser/prepared-page.ts';
import { DIAGRAM_PAGE, prepareDiagramPage } from '../../src/pipeline/render-diagrams.ts';

/**
 * Global setup shared by the unit and the end-to-end runners: one Chromium for the whole run,
 * with the diagram page (fonts, Mermaid, the sanitizer) prepared once. Every test file, and
 * every build a test runs, draws in it through $DECK_SHARED_CHROMIUM, which the workers
 * inherit. A run started inside another (a test that runs the runner) keeps the outer one's.
 */
export default async function sharedChromium(): Promise<(() => Promise<void>) | undefined> {
  if (process.env[SHARED_CHROMIUM_ENV]) return undefined;
  const shared = await startSharedChromium([[DIAGRAM_PAGE, prepareDiagramPage]]);
  process.env[SHARED_CHROMIUM_ENV] = shared.endpoint;
  return async () => {
    delete process.env[SHARED_CHROMIUM_ENV];
    await shared.close();
  };
}
