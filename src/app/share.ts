/**
 * Sharing, saving and printing what is on screen: copy the link, download the numbers or the
 * scenario, open a scenario file, print the report. The page hands in what these need.
 */
import type { ReplicationResult } from '../experiment/catalogue.ts';
import type { Scenario } from '../scenario/types.ts';
import { download, resultsCsv, scenarioFile } from './exports.ts';
import { t, type Lang, type MessageKey } from './i18n.ts';
import type { Controls } from './link.ts';
import { controlsFromFile } from './scenario-file.ts';
import { changesCsvRows, listChanges } from './changes.ts';

export interface ShareContext {
  lang(): Lang;
  /** What is on screen now, if anything. */
  shown(): { scenario: Scenario | null; results: readonly ReplicationResult[]; controls?: Controls | null } | null;
  fileStem(): string;
  /** A scenario file opened: its controls to apply, or the reasons it cannot be. */
  opened(result: { ok: true; controls: Controls } | { ok: false; messages: string[] }): void;
}

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

/** A file name that says what is in it: sagstal-herning-model-fte58-cap25-2y. */
export function fileStemOf(c: Controls): string {
  return `sagstal-${c.preset}-fte${c.fte}-cap${c.caseCap}-${Math.round((c.horizonWeeks / 52) * 10) / 10}y`;
}

export function wireSharing(context: ShareContext): void {
  $('#copy-link').addEventListener('click', () => {
    const done = (key: MessageKey) => ($('#copy-status').textContent = t(context.lang(), key));
    // Clipboard access can be refused (permissions, insecure origin): then offer the link to copy by hand.
    const byHand = () => {
      const field = $<HTMLInputElement>('#link-field');
      field.value = location.href;
      field.hidden = false;
      field.select();
      done('link.copyByHand');
    };
    if (!navigator.clipboard) {
      byHand();
      return;
    }
    navigator.clipboard.writeText(location.href).then(() => done('link.copied'), byHand);
  });
  $('#download-csv').addEventListener('click', () => {
    const shown = context.shown();
    // Every parameter that differs from the starting point goes along, as rows of its own.
    const changes = shown?.controls ? changesCsvRows(listChanges(context.lang(), shown.controls)) : [];
    if (shown?.scenario && shown.results.length) download(`${context.fileStem()}.csv`, resultsCsv(shown.scenario, shown.results) + changes.map((row) => `${row}\n`).join(''), 'text/csv');
  });
  $('#download-scenario').addEventListener('click', () => {
    const shown = context.shown();
    if (shown?.scenario) download(`${context.fileStem()}.json`, scenarioFile(shown.scenario), 'application/json');
  });
  $('#print-report').addEventListener('click', () => window.print());
  $<HTMLInputElement>('#open-scenario').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) context.opened(await controlsFromFile(await file.text(), file.name));
  });
}
