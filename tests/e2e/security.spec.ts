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
    // The served deck runs no inline script, its speaker view included: no hash at all.
    expect(policy.get('script-src')).toEqual(["'self'"]);

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

  test('speaker view: S opens it with the slide’s notes and the clock; it follows the deck, runs no script of its own and breaks no rule of the policy', async ({
    page,
    context,
    marks,
  }) => {
    const year = marks.busyYear;
    const problems = await watchForProblems(context);
    await openDeck(page, `./#/${year}`);
    expect((await deckState(page)).id).toBe(year);
    // What the speaker says on a slide: its notes, without what left the stage for the handout.
    const spokenNotesOf = (id: string): Promise<string> =>
      page.locator(`section[id="${id}"] > aside.notes`).evaluate((notes) =>
        [...notes.children]
          .filter((child) => !child.matches('.notes-detail, .notes-record'))
          .map((child) => child.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    const shownNotes = (): Promise<string> =>
      speaker.locator('.speaker-notes').evaluate((notes) =>
        [...notes.children]
          .map((child) => child.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popupOpened;
    await expect.poll(shownNotes).toBe(await spokenNotesOf(year));
    // The deck's code writes and updates the window: it holds no script, so the policy needs no hash for it.
    expect(await speaker.locator('script').count()).toBe(0);
    await expect(speaker.locator('.speaker-current')).toBeAttached();
    await expect(speaker.locator('.speaker-next')).toBeAttached();
    await expect(speaker.locator('.speaker-elapsed')).toHaveText(/[1-9]/, { timeout: 5_000 });

    let state = await deckState(page);
    while (state.id === year) state = await pressAndWait(page, 'ArrowRight');
    await expect.poll(shownNotes).toBe(await spokenNotesOf(state.id));

    await speaker.close();
    expect(problems).toEqual([]);
  });
});
