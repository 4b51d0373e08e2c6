import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { fillTime } from '../../src/client/speaker-pacing.ts';
import { READY_FLAGS } from '../../src/contract.ts';
import { type RunningServer, serveFolder } from '../../src/server/static-server.ts';
import { axeOverPage, BLOCKING } from './support/axe.ts';
import { deckState, openDeck } from './support/deck.ts';
import { expect, test } from './support/talk.ts';

/** Tests tagged @smoke run on every talk (see playwright.config.ts); the others on the main talk. */
const SMOKE = { tag: '@smoke' };
/** The laptop screens the speaker view is made for. */
const LAPTOPS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
] as const;
/** The notes' smallest type: legible on a laptop at arm's length, never shrunk to fit. */
const NOTES_PX = 22;

/** Presses S in the deck and waits until the speaker view shows notes and both previews follow the deck. */
async function openSpeaker(page: Page, size: { width: number; height: number } = LAPTOPS[0]): Promise<Page> {
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.setViewportSize(size);
  await expect(speaker.locator('.speaker-notes')).not.toBeEmpty();
  await expect.poll(async () => standing(await preview(speaker, 'current'))).toBe(await standing(page));
  await speaker.evaluate(() => document.fonts.ready.then(() => undefined));
  return speaker;
}

async function preview(speaker: Page, which: 'current' | 'next'): Promise<Frame> {
  const frame = await (await speaker.locator(`.speaker-${which}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`the speaker view has no ${which} preview`);
  return frame;
}

/**
 * Where a deck page stands (the deck, or a preview): slide id and steps shown. A preview still loading its
 * page (its first navigation replaces the document being asked, or has not yet given it a root) is not ready
 * yet, which a poll waits out.
 */
function standing(frame: Page | Frame): Promise<string> {
  return frame
    .evaluate((flag) => {
      // A frame caught between documents may have no root element yet.
      if (document.documentElement?.dataset[flag] !== 'true') return 'not ready';
      const present = document.querySelector('.reveal .slides section.slide.present');
      return present ? `${present.id}/${present.querySelectorAll('.fragment.visible').length}` : '';
    }, READY_FLAGS.deck)
    .catch((error: Error) => {
      if (/Execution context was destroyed|navigat/i.test(error.message)) return 'not ready';
      throw error;
    });
}

/** How the notes sit in their box: the smallest type, and how much of the box the text takes (over 1: it does not fit). */
function measureNotes(speaker: Page): Promise<{ smallest: number; fill: number; scrolls: boolean; chars: number }> {
  return speaker.evaluate(() => {
    const notes = document.querySelector<HTMLElement>('.speaker-notes')!;
    const box = notes.getBoundingClientRect();
    const top = box.top + Number.parseFloat(getComputedStyle(notes).paddingTop);
    let smallest = Number.POSITIVE_INFINITY;
    let bottom = top;
    const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement?.checkVisibility()) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(node.parentElement).fontSize));
      const range = document.createRange();
      range.selectNodeContents(node);
      bottom = Math.max(bottom, range.getBoundingClientRect().bottom);
    }
    return {
      smallest,
      fill: (bottom - top) / (box.bottom - top),
      scrolls: notes.scrollHeight > notes.clientHeight + 1,
      chars: (notes.textContent ?? '').replace(/\s+/g, ' ').trim().length,
    };
  });
}

test(
  'every step’s notes fit the speaker view unscrolled at both laptop sizes, at 22 px or more',
  SMOKE,
  async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await openDeck(page);
    const speaker = await openSpeaker(page);
    const slides = await page.locator('.reveal .slides section.slide').count();
    const seen: { step: string; size: string; smallest: number; fill: number; scrolls: boolean; chars: number }[] = [];
    let state = await deckState(page);
    let steps = 0;
    for (;;) {
      const step = await standing(page);
      steps += 1;
      // One walk, each step measured at both sizes: stepping moves three decks (the deck and both previews),
      // resizing the speaker's window only lays its notes out again.
      for (const size of LAPTOPS) {
        await speaker.setViewportSize(size);
        await speaker.evaluate(() => document.fonts.ready.then(() => undefined));
        seen.push({ step, size: `${size.width}×${size.height}`, ...(await measureNotes(speaker)) });
      }
      // The last slide on the path: pages stacked under it are off the talk's path, and → passes them.
      if (state.index + state.below === slides - 1 && state.hiddenSteps === 0) break;
      // The speaker view's own → moves the deck (its keys are the deck's).
      await speaker.keyboard.press('ArrowRight');
      await expect.poll(() => standing(page)).not.toBe(step);
      state = await deckState(page);
    }
    const fullest = [...seen].sort((a, b) => b.fill - a.fill).slice(0, 6);
    await testInfo.attach('fullest notes', {
      body: fullest
        .map(
          (entry) =>
            `${entry.step} at ${entry.size}: ${Math.round(entry.fill * 100)} % of the box, ${entry.chars} characters`,
        )
        .join('\n'),
      contentType: 'text/plain',
    });
    expect(steps, 'every slide was shown').toBeGreaterThanOrEqual(slides);
    expect(
      seen.filter((entry) => entry.fill > 1 || entry.scrolls).map((entry) => `${entry.step} at ${entry.size}`),
      'steps whose notes overflow',
    ).toEqual([]);
    expect(
      seen
        .filter((entry) => entry.smallest < NOTES_PX)
        .map((entry) => `${entry.step} at ${entry.size}: ${entry.smallest} px`),
    ).toEqual([]);
    await speaker.close();
  },
);

test(
  'the speaker view passes axe at both laptop sizes in both looks, previews side by side and unlabelled',
  SMOKE,
  async ({ page, talk, marks }) => {
    test.setTimeout(120_000);
    await openDeck(page, `./#/${marks.busyYear}`);
    const speaker = await openSpeaker(page);
    expect(await speaker.title()).toContain(talk.title);
    expect(await speaker.evaluate(() => document.documentElement.lang)).toBe(talk.lang);
    for (const size of LAPTOPS) {
      await speaker.setViewportSize(size);
      for (const look of ['light', 'dark'] as const) {
        if ((await speaker.evaluate(() => document.documentElement.dataset['theme'] ?? 'light')) !== look)
          await speaker.keyboard.press('d');
        // D pressed in the speaker view switches the deck's look, and the view follows it.
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'light')).toBe(look);
        await expect
          .poll(() => speaker.evaluate(() => document.documentElement.dataset['theme'] ?? 'light'))
          .toBe(look);
        // Dark in the dark look, light in the light one.
        const paper = await speaker.evaluate(() => {
          const [r = 0, g = 0, b = 0] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        });
        if (look === 'dark') expect(paper, `${size.width}×${size.height} dark`).toBeLessThan(0.2);
        else expect(paper, `${size.width}×${size.height} light`).toBeGreaterThan(0.8);
        // The two previews side by side, whole on screen, with nothing laid over them.
        const boxes = await speaker.evaluate(() =>
          ['.speaker-current', '.speaker-next'].map((selector) => {
            const frame = document.querySelector(selector)!;
            const box = frame.getBoundingClientRect();
            // Anything whose box meets the preview's, other than the preview and what contains it (a label, say).
            const over = [...document.body.querySelectorAll('*')].filter((other) => {
              if (other === frame || other.contains(frame)) return false;
              const rect = other.getBoundingClientRect();
              return rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
            });
            return {
              top: Math.round(box.top),
              left: box.left,
              right: box.right,
              bottom: box.bottom,
              covered: over.map((other) => other.className).join(' '),
            };
          }),
        );
        const [current, next] = boxes;
        expect(current!.top).toBe(next!.top);
        expect(current!.right).toBeLessThanOrEqual(next!.left);
        expect(next!.right).toBeLessThanOrEqual(size.width);
        expect(current!.bottom).toBeLessThan(size.height / 2);
        expect(
          boxes.map((box) => box.covered),
          'elements over a preview',
        ).toEqual(['', '']);
        // The previews' frames too: they show the deck's slides.
        const results = await (await axeOverPage(speaker)).analyze();
        const blocking = results.violations
          .filter((violation) => BLOCKING.has(violation.impact ?? ''))
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        expect(blocking, `${size.width}×${size.height}, ${look}`).toEqual([]);
      }
    }
    await speaker.close();
  },
);

test('the deck’s keys work in the speaker view; its previews show the current and the next step; a card’s step shows its own notes', async ({
  page,
  marks,
}) => {
  await openDeck(page, `./#/${marks.busyYear}`);
  const speaker = await openSpeaker(page);
  const current = await preview(speaker, 'current');
  const next = await preview(speaker, 'next');
  expect(await standing(page)).toBe(`${marks.busyYear}/0`);
  await expect(speaker.locator('.speaker-step')).toHaveCount(0);
  await expect.poll(() => standing(next)).not.toBe(await standing(page));

  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => standing(page), 'the speaker view’s → moves the deck').not.toBe(`${marks.busyYear}/0`);
  const shown = await standing(page);
  await expect.poll(() => standing(current)).toBe(shown);
  // The next preview is one step on: what the deck shows after one more →.
  const upcoming = await standing(next);
  // The card that came on speaks for its step: its event, in full, under the slide's notes.
  const event = await page.locator('section.present .event-card.current-fragment').getAttribute('data-event');
  await expect(speaker.locator('.speaker-step [data-event]')).toHaveAttribute('data-event', event!);
  await speaker.keyboard.press('Space');
  await expect.poll(() => standing(page)).toBe(upcoming);
  await speaker.keyboard.press('ArrowLeft');
  await expect.poll(() => standing(page), 'and ← moves it back').toBe(shown);
  await speaker.keyboard.press('End');
  // End opens the last slide on the path; any pages stacked under it come after it in the deck.
  await expect
    .poll(async () => {
      const state = await deckState(page);
      return state.v === 0 ? state.index + state.below : -1;
    })
    .toBe((await page.locator('.reveal .slides section.slide').count()) - 1);
  await speaker.keyboard.press('Home');
  await expect.poll(async () => (await deckState(page)).index).toBe(0);
  await speaker.close();
});

test('the speaker view follows the deck down into a page stacked under a slide, and back', async ({ page, words }) => {
  await openDeck(page);
  await page.goto('./#/sources');
  await expect.poll(async () => (await deckState(page)).id).toBe('sources');
  const speaker = await openSpeaker(page);
  // The Sources slide is the last on the path: nothing comes after it.
  await expect(speaker.locator('.speaker-notes')).not.toContainText(words.sourcesStage.reference);
  // ↓ in the speaker view moves the deck down the stack; its notes say the page is off the talk's path.
  await speaker.keyboard.press('ArrowDown');
  await expect.poll(() => standing(page)).toBe('sources-2/0');
  await expect.poll(async () => standing(await preview(speaker, 'current'))).toBe('sources-2/0');
  await expect(speaker.locator('.speaker-notes')).toContainText(words.sourcesStage.reference);
  await speaker.keyboard.press('ArrowUp');
  await expect.poll(() => standing(page)).toBe('sources/0');
  await expect.poll(async () => standing(await preview(speaker, 'current'))).toBe('sources/0');
  await speaker.close();
});

/** The times a time line shows, in seconds ("1:05 behind" is 65). */
function secondsIn(text: string | null): number[] {
  return [...(text ?? '').matchAll(/(?:(\d+):)?(\d+):(\d\d)/g)].map(
    ([, hours = '0', minutes = '0', seconds = '0']) => Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds),
  );
}

/** A time line's words as a pattern, its times any times. */
function timePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replaceAll('\\{time\\}', '[\\d:]+').replaceAll('\\{plan\\}', '[\\d:]+')}$`);
}

test('the speaker view gives elapsed and remaining time against the plan, and says ahead or behind', async ({
  page,
  words,
}) => {
  // A fake clock that still runs, so the decks start; runFor moves it on by the plan's minutes at once.
  await page.clock.install();
  await openDeck(page);
  // The slides on the talk's path: the pages stacked off it (uncounted, no time) are never part of the plan.
  const timings = await page
    .locator('.reveal .slides section.slide[data-timing]:not([data-visibility="uncounted"])')
    .evaluateAll((slides) => slides.map((slide) => Number((slide as HTMLElement).dataset['timing'])));
  const plan = timings.reduce((sum, seconds) => sum + seconds, 0);
  const first = timings[0]!;
  const speaker = await openSpeaker(page);
  const { speakerView } = words;
  // The three lines are written together each second: read them together.
  const lines = async (): Promise<Record<'elapsed' | 'pace' | 'remaining', { text: string; times: number[] }>> => {
    const texts = await speaker.evaluate(() =>
      ['elapsed', 'pace', 'remaining'].map((name) => document.querySelector(`.speaker-${name}`)?.textContent ?? ''),
    );
    const [elapsed = '', pace = '', remaining = ''] = texts;
    const read = (text: string) => ({ text, times: secondsIn(text) });
    return { elapsed: read(elapsed), pace: read(pace), remaining: read(remaining) };
  };
  await expect(speaker.locator('.speaker-pace')).toHaveText(speakerView.onTime);
  await expect(speaker.locator('.speaker-remaining')).toHaveText(timePattern(speakerView.remaining));
  expect((await lines()).remaining.times[1], 'the plan is the sum of the slides’ timings').toBe(plan);

  // Half a minute past the title's planned time, still on it: behind, by the time past its planned end.
  await page.clock.runFor((first + 30) * 1000);
  await expect(speaker.locator('.speaker-pace')).toHaveAttribute('data-status', 'behind');
  await expect(speaker.locator('.speaker-pace')).toHaveText(timePattern(speakerView.behind));
  const late = await lines();
  const elapsed = late.elapsed.times[0]!;
  expect(elapsed).toBeGreaterThanOrEqual(first + 30);
  expect(late.elapsed.text).toBe(fillTime(speakerView.elapsed, elapsed));
  // Whole seconds of one instant: each line may round a fraction apart.
  expect(Math.abs(late.pace.times[0]! - (elapsed - first))).toBeLessThanOrEqual(1);
  expect(Math.abs(late.remaining.times[0]! - (plan - elapsed))).toBeLessThanOrEqual(1);

  // Straight to the last slide: ahead, by the time to its planned start.
  await speaker.keyboard.press('End');
  await expect(speaker.locator('.speaker-pace')).toHaveAttribute('data-status', 'ahead');
  await expect(speaker.locator('.speaker-pace')).toHaveText(timePattern(speakerView.ahead));
  const early = await lines();
  expect(Math.abs(early.pace.times[0]! - (plan - timings.at(-1)! - early.elapsed.times[0]!))).toBeLessThanOrEqual(1);

  // The clock restarts on demand.
  await speaker.locator('.speaker-restart').click();
  await expect(speaker.locator('.speaker-elapsed')).toHaveText(fillTime(speakerView.elapsed, 0));
  await speaker.close();
});

test.describe('reveal.js commands by message', () => {
  let folder = '';
  let other: RunningServer;
  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'framer-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Another site</title><body></body>');
    other = await serveFolder(folder);
  });
  test.afterAll(async () => {
    await other?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const presentId = (frame: Frame): Promise<string> =>
    frame.evaluate(() => document.querySelector('.reveal .slides section.slide.present')?.id ?? '');

  for (const query of ['', '?postMessage=true']) {
    test(`a page of another origin that frames the deck${query ? ` at ${query}` : ''} cannot drive it; its own origin can`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(other.url);
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.width = '1280';
        frame.height = '720';
        document.body.append(frame);
      }, `${baseURL}${query}#/2016`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForFunction((flag) => document.documentElement?.dataset[flag] === 'true', READY_FLAGS.deck);
      expect(await presentId(frame!)).toBe('2016');
      await page.evaluate(() => {
        const target = document.querySelector('iframe')!.contentWindow!;
        for (const command of [
          { method: 'slide', args: [0] },
          { method: 'next' },
          { method: 'configure', args: [{ controls: false }] },
          { method: 'setState', args: [{ indexh: 1, indexv: 0 }] },
        ])
          target.postMessage(JSON.stringify(command), '*');
      });
      await page.waitForTimeout(500);
      expect(await presentId(frame!), 'commands from another origin are ignored').toBe('2016');
      expect(await frame!.locator('.reveal .controls .navigate-right').isVisible()).toBe(true);
      // The same command from the deck's own origin (as its speaker view sends them) is followed.
      await frame!.evaluate(() =>
        window.postMessage(JSON.stringify({ method: 'slide', args: [0] }), window.location.origin),
      );
      await expect.poll(() => presentId(frame!)).not.toBe('2016');
    });
  }
  test('a page of another origin that frames the deck at ?postMessageEvents=true does not hear its slide changes', async ({
    page,
    baseURL,
  }) => {
    await page.goto(other.url);
    await page.evaluate((src) => {
      const heard: string[] = [];
      (window as Window & { heard?: string[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(String(event.data)));
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = '1280';
      frame.height = '720';
      document.body.append(frame);
    }, `${baseURL}?postMessageEvents=true#/2016`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForFunction((flag) => document.documentElement?.dataset[flag] === 'true', READY_FLAGS.deck);
    expect(frame!.url(), 'the setting is taken out of the address').not.toMatch(/postMessageEvents/i);
    await frame!.locator('.reveal').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const stepsShown = () => frame!.locator('.reveal .slides section.slide.present .fragment.visible').count();
    await expect.poll(stepsShown, 'the deck moved (a step, or a slide)').toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const heard = await page.evaluate(() => (window as Window & { heard?: string[] }).heard ?? []);
    expect(heard, 'no slide change reaches another origin').toEqual([]);
  });
});
