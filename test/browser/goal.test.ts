/**
 * The panel "Hvor mange rådgivere skal der til?" and the assumption-uncertainty switch in
 * headless Chromium, on the built app with real Web Workers. Links ask for 16 replications
 * (`simulation.replications=16`), so a goal seek screens with 8 and verifies with 16. The
 * contract: `#goal[data-status]` (idle, running, done, cancelled, changed, error),
 * `#goal-answer[data-posts]`, its lines `[data-line="answer"]` and `[data-line="below"]`,
 * `#uncertainty` (the switch) and `#uncertainty-note[data-uncertainty]` (on, off).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD_METRICS } from '../../src/app/cards.ts';
import { presetControls } from '../../src/app/link.ts';
import { useBuiltApp } from './built-app.ts';
import { settled } from './server.ts';

const TODAY = presetControls('status-quo').fte;
const FAST = '?simulation.replications=16';

const built = useBuiltApp();

/** A new page on `query`, with two Web Workers (three cores claimed), as explorer.test.ts opens them. */
const open = (query = '', viewport = { width: 1280, height: 900 }): Promise<Page> => built.open(query, { viewport });

/** The page's own address (page.url() follows history.replaceState only a moment later). */
const search = async (page: Page) => new URLSearchParams(await page.evaluate(() => location.search));
const ranges = (page: Page) => Promise.all(CARD_METRICS.map((id) => page.textContent(`[data-metric="${id}"] .range`)));

describe('how many advisors are needed', () => {
  it('answers for today with the preset targets, checks one step below, and "Brug svaret" sets the advisors control', async () => {
    const page = await open(FAST);
    await settled(page, 'preset=status-quo');
    expect(await page.getAttribute('#goal', 'data-status')).toBe('idle');
    // The presets: the union's guideline, the four-month deadline, a short waiting list, 80 %, from week 0.
    expect(await page.locator('.goal-target').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['metric']))).toEqual([
      'caseloadEnd',
      'investigationsLateShareLastYear',
      'waitingListEnd',
    ]);
    expect(await page.locator('.goal-value').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['30', '10', '10']);
    expect(await page.inputValue('#goal-probability')).toBe('80');

    await page.click('#goal-compute');
    // Progress names each headcount tried and how often it met the targets.
    await page.waitForSelector('#goal-status:has-text("prøvet")', { timeout: 120_000 });
    expect(await page.textContent('#goal-status')).toMatch(/^Beregner … prøvet \d+ årsværk: \d+\u00a0% \(forsøg \d+\)$/);
    await page.waitForSelector('#goal[data-status="done"]', { timeout: 240_000 });

    const posts = Number(await page.getAttribute('#goal-answer', 'data-posts'));
    expect(posts).toBeGreaterThan(TODAY);
    expect(Number.isInteger(posts - TODAY)).toBe(true);
    expect(await page.textContent('.goal-verdict')).toBe(`Der skal ${posts} årsværk til: ${posts - TODAY} flere end de ${TODAY} i scenariet.`);
    const at = (await page.textContent('#goal-answer [data-line="answer"]')) ?? '';
    expect(at).toMatch(new RegExp(`^Med ${posts} årsværk nås målene i (\\d+)\u00a0% af kørslerne \\(95 %-interval \\d+–\\d+\u00a0%\\)\\.$`));
    expect(Number(/i (\d+)\u00a0%/.exec(at)?.[1])).toBeGreaterThanOrEqual(80);
    const below = (await page.textContent('#goal-answer [data-line="below"]')) ?? '';
    expect(below).toMatch(new RegExp(`^Med ét årsværk mindre, ${posts - 1} årsværk, nås de i \\d+\u00a0% af kørslerne \\(95 %-interval \\d+–\\d+\u00a0%\\)\\.$`));
    expect(Number(/i (\d+)\u00a0%/.exec(below)?.[1])).toBeLessThan(80);
    expect(await page.textContent('#goal-answer')).toMatch(/Løn og rekruttering: \+[\d,]+ mio\. kr\. om året\./);
    expect(await page.locator('.goal-chart svg').count()).toBe(1);
    // The late-investigations target sits near the floor the investigations' assumed length sets: said where the answer is.
    expect(await page.textContent('.goal-floor')).toMatch(/^Bemærk: mindst 5\u00a0% af undersøgelserne varer i modellen over 122 dage/);
    // The question is in the link now, readable.
    const link = await search(page);
    expect([link.get('max.caseloadEnd'), link.get('max.investigationsLateShareLastYear'), link.get('max.waitingListEnd'), link.get('probability')]).toEqual(['30', '0.1', '10', '0.8']);

    await page.click('#goal-apply');
    await settled(page, `fte=${posts}&`);
    expect(await page.inputValue('#fte-number')).toBe(String(posts));
    expect(await page.isChecked('#in-post')).toBe(false);
    expect((await search(page)).get('fte')).toBe(String(posts));
    expect(await page.textContent('#fte-help')).toContain(`+${posts - TODAY} i forhold til i dag`);
    expect(await page.textContent('.goal-applied')).toContain(`Rådgivere er sat til ${posts} årsværk`);
    await page.close();
  });

  it('stops a run on the stop button and when the settings change', async () => {
    const page = await open(FAST);
    await settled(page);
    await page.click('#goal-compute');
    await page.waitForSelector('#goal[data-status="running"]');
    await page.click('#goal-cancel');
    await page.waitForSelector('#goal[data-status="cancelled"]');
    expect(await page.textContent('#goal-status')).toBe('Stoppet.');
    await page.click('#goal-compute');
    await page.waitForSelector('#goal[data-status="running"]');
    await page.fill('#cap-number', '40');
    await page.waitForSelector('#goal[data-status="changed"]');
    expect(await page.textContent('#goal-status')).toContain('Indstillingerne er ændret');
    await page.close();
  });

  it('reopens with the targets a link carries, and names a bad one in the alert', async () => {
    const page = await open(`${FAST}&max.caseloadEnd=25&max.nosuch=3&max.waitingListEnd=abc&probability=0.9&fromweek=13`);
    await settled(page);
    const alert = (await page.textContent('#url-errors')) ?? '';
    expect(alert).toContain('max.nosuch = "3"');
    expect(alert).toContain('max.waitingListEnd = "abc"');
    expect(await page.locator('.goal-target').count()).toBe(1);
    expect(await page.inputValue('.goal-metric')).toBe('caseloadEnd');
    expect(await page.inputValue('.goal-value')).toBe('25');
    expect(await page.inputValue('#goal-probability')).toBe('90');
    expect(await page.inputValue('#goal-from-week')).toBe('13');
    expect(await page.textContent('#goal-status')).toContain('Målene kommer fra linket');
    // Editing the question rewrites the link at once.
    await page.fill('.goal-value', '28');
    expect((await search(page)).get('max.caseloadEnd')).toBe('28');
    await page.close();
  });
});

describe('the assumption-uncertainty switch', () => {
  it('puts uncertainty.draw in the link, widens what the runs draw, and says what the bands show', async () => {
    const page = await open(FAST);
    await settled(page);
    expect(await page.isChecked('#uncertainty')).toBe(false);
    expect(await page.getAttribute('#uncertainty-note', 'data-uncertainty')).toBe('off');
    expect(await page.textContent('#uncertainty-note')).toMatch(/^Båndene viser tilfældig variation; antagelserne er faste: andel af tiden til sagerne 70\u00a0% \(spænd 60–80\u00a0%\);/);
    const fixed = await ranges(page);

    await page.check('#uncertainty');
    await settled(page, 'uncertainty.draw=true');
    expect((await search(page)).get('uncertainty.draw')).toBe('true');
    expect(await page.getAttribute('#uncertainty-note', 'data-uncertainty')).toBe('on');
    expect(await page.textContent('#uncertainty-note')).toMatch(/^Båndene viser tilfældig variation og usikkerheden om antagelserne: hver kørsel trækker andel af tiden til sagerne 60–80\u00a0%;/);
    expect(await ranges(page)).not.toEqual(fixed);

    // A preset keeps the switch, as it keeps "already in post".
    await page.click('[data-preset="herning-model"]');
    await settled(page, 'preset=herning-model');
    expect(await page.isChecked('#uncertainty')).toBe(true);
    await page.uncheck('#uncertainty');
    await settled(page, 'preset=herning-model');
    expect((await search(page)).has('uncertainty.draw')).toBe(false);
    expect(await page.getAttribute('#uncertainty-note', 'data-uncertainty')).toBe('off');
    await page.close();
  });
});
