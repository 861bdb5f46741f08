/**
 * Accessibility checked by a tool: axe-core over the built app with every panel open (the
 * editor "Forudsætninger og alle parametre", the tornado and the map computed, the goal panel
 * shown), at desk and phone widths, in Danish and English. Any `serious` or `critical`
 * violation fails, naming the rule and the elements it found.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './built-app.ts';
import { openEveryPanel, settled } from './server.ts';

/** Status quo with four replications: enough to draw every panel, quick to run. */
const FEW = '?preset=status-quo&simulation.replications=4';
const AXE = createRequire(import.meta.url).resolve('axe-core');

const built = useBuiltApp();

/** One axe violation as the test prints it: rule, impact, and the elements it names. */
interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** The page on `query` with its results settled and every panel open and drawn. */
async function openEverything(query: string, width: number): Promise<Page> {
  const page = await built.open(query, { viewport: { width, height: 900 } });
  await settled(page);
  await openEveryPanel(page);
  await page.waitForSelector('#editor [data-path="advisors.productiveShare"]');
  return page;
}

/** axe-core's serious and critical violations on the page as it stands. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
}

describe('accessibility (axe-core)', () => {
  for (const [lang, width] of [
    ['da', 1280],
    ['en', 390],
    ['en', 1280],
    ['da', 390],
  ] as const) {
    it(`finds no serious or critical violation with every panel open (${lang}, ${width} px)`, async () => {
      const page = await openEverything(`${FEW}&lang=${lang}`, width);
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.close();
    }, 240_000);
  }
});
