/**
 * Sharing, saving and printing what is on screen: copy the link, download the numbers or the
 * scenario, open a scenario file, print the report. The page hands in what these need.
 */
import type { ReplicationResult } from '../experiment/catalogue.ts';
import type { Scenario } from '../scenario/types.ts';
import { download, scenarioFile } from './exports.ts';
import { t, type Lang, type MessageKey } from './i18n.ts';
import type { Controls } from './link.ts';
import { controlsFromFile } from './scenario-file.ts';
import { $ } from './dom.ts';

export interface ShareContext {
  lang(): Lang;
  /** What is on screen now, if anything. */
  shown(): { scenario: Scenario | null; results: readonly ReplicationResult[]; controls?: Controls | null } | null;
  fileStem(): string;
  /** The scenario's name ("I dag, højst 25 sager"): the saved file's title. */
  title(): string;
  /** The numbers on screen as the app's CSV (csv-export.ts), or null before there are any. */
  csv(): string | null;
  /** A scenario file opened: its controls to apply, or the reasons it cannot be. */
  opened(result: { ok: true; controls: Controls } | { ok: false; messages: string[] }): void;
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
    const csv = context.csv();
    if (csv) download(`${context.fileStem()}.csv`, csv, 'text/csv');
  });
  $('#download-scenario').addEventListener('click', () => {
    const shown = context.shown();
    // Titled with its name, so opened again (as the scenario or to compare with) it says what it is.
    if (shown?.scenario) download(`${context.fileStem()}.json`, scenarioFile({ ...shown.scenario, title: context.title() }), 'application/json');
  });
  $('#print-report').addEventListener('click', () => window.print());
  $<HTMLInputElement>('#open-scenario').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) context.opened(await controlsFromFile(await file.text(), file.name));
  });
}
