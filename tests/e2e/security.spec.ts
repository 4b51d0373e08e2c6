import { speakerViewScriptHashes } from '../../src/pipeline/csp.ts';
import { deckState, openDeck, pressAndWait } from './support/deck.ts';
import { parsePolicy, watchForProblems } from './support/problems.ts';
import { expect, test } from './support/talk.ts';

/** What each directive may list: the page's own origin, nothing, hashes of its own inline scripts, data: images. */
const ALLOWED: Record<string, RegExp> = {
  'script-src': /^('self'|'sha256-[A-Za-z0-9+/]+=*')$/,
  // Mermaid's SVGs carry <style> elements and reveal.js positions slides through style attributes.
  'style-src': /^('self'|'unsafe-inline')$/,
  'img-src': /^('self'|data:)$/,
};

test.describe('security', () => {
  test('the built page sets a Content-Security-Policy, before anything it governs, that allows only its own origin', async ({
    page,
  }) => {
    const html = await (await page.request.get('./')).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta, 'a CSP meta tag').not.toBeNull();
    const position = meta!.index;
    for (const tag of ['<script', '<link', '<style']) {
      const first = html.indexOf(tag);
      if (first >= 0) expect(position, `the policy precedes the first ${tag}`).toBeLessThan(first);
    }
    const policy = parsePolicy(meta![1]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action']) expect(policy.get(name), name).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(ALLOWED[name] ?? /^('self'|'none')$/);
    }
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(speakerViewScriptHashes()));

    await openDeck(page);
    const inHead = await page.evaluate(
      () => document.head.firstElementChild?.matches('meta[http-equiv="Content-Security-Policy"]') ?? false,
    );
    expect(inHead, 'the browser reads the policy as the first element of <head>').toBe(true);
  });

  test('the policy is in force: injected inline script and requests to other origins are refused', async ({ page }) => {
    await openDeck(page);
    const outcome = await page.evaluate(async () => {
      const refused: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => refused.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.head.append(script);
      const fetched = await fetch('http://example.org/tracker').then(
        () => 'sent',
        () => 'refused',
      );
      const image = new Image();
      image.src = 'http://example.org/pixel.png';
      document.body.append(image);
      await new Promise((done) => setTimeout(done, 300));
      image.remove();
      return {
        injected: document.documentElement.dataset['injected'] ?? 'refused',
        fetched,
        refused: [...new Set(refused)].sort(),
      };
    });
    expect(outcome).toMatchObject({ injected: 'refused', fetched: 'refused' });
    expect(outcome.refused).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    expect(outcome.refused.some((name) => name.startsWith('script-src'))).toBe(true);
  });

  // No CSP violation or console error on any slide, the overview, the help and both print layouts: tests/e2e/walk.spec.ts.

  // FIXME(issue 16): fails in the full run since the stage and reach merges (passes alone); the speaker view is being rebuilt for issue 16.
  test.fixme('speaker view: S opens it with the current slide’s notes, the timer and the pacing, and it follows the deck, with no CSP violation', async ({
    page,
    context,
    marks,
  }) => {
    const year = marks.busyYear;
    const problems = await watchForProblems(context);
    await openDeck(page, `./#/${year}`);
    expect((await deckState(page)).id).toBe(year);
    const notesOf = (id: string): Promise<string> =>
      page
        .locator(`section[id="${id}"] aside.notes`)
        .evaluate((notes) => (notes.textContent ?? '').replace(/\s+/g, ' ').trim());

    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popupOpened;
    // Its inline script (allowed by hash) connects to the deck; the status line disappears once it has.
    await expect(speaker.locator('#connection-status')).toBeHidden({ timeout: 10_000 });
    const shownNotes = speaker.locator('.speaker-controls-notes .value');
    await expect
      .poll(async () => ((await shownNotes.textContent()) ?? '').replace(/\s+/g, ' ').trim())
      .toBe(await notesOf(year));
    await expect(speaker.locator('#current-slide iframe')).toBeAttached();
    await expect(speaker.locator('#upcoming-slide iframe')).toBeAttached();

    // The clock runs, and the pacing timer shows because the deck gives reveal.js the talk's total time.
    const timer = speaker.locator('.speaker-controls-time .timer');
    await expect(timer).toBeVisible();
    await expect(timer).toHaveText(/00:00:0[1-9]/, { timeout: 5_000 });
    await expect(speaker.locator('.speaker-controls-time .pacing-title')).toBeVisible();
    await expect(speaker.locator('.speaker-controls-time .pacing')).toHaveText(/\d\d:\d\d:\d\d/);

    // Moving on in the deck moves the speaker view on.
    let state = await deckState(page);
    while (state.id === year) state = await pressAndWait(page, 'ArrowRight');
    await expect
      .poll(async () => ((await shownNotes.textContent()) ?? '').replace(/\s+/g, ' ').trim())
      .toBe(await notesOf(state.id));

    await speaker.close();
    expect(problems).toEqual([]);
  });
});
