/**
 * `npm run docs`: rewrites the generated sections of docs/model.md (the parameter tables and
 * the calibration anchors with the model's figures), docs/cli.md's metric tables, and the list
 * of the shipped scenarios' formula checks (src/scenario/shipped-curves.json); tests compare
 * each against the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { anchorTable, checkAnchors } from '../experiment/anchors.ts';
import { METRICS, SERIES } from '../model/metrics.ts';
import { recordCurveChecks } from '../scenario/curve-check.ts';
import { parameterTables } from '../scenario/parameter-table.ts';
import { parseScenarioOrThrow } from '../scenario/parse.ts';
import { loadPreset, PRESET_NAMES } from '../scenario/presets.ts';
import { setPath } from '../scenario/set-path.ts';

/** The seed and replications docs/model.md's anchor table is printed with (test/experiment/anchors.test.ts uses the same). */
const DOC_ANCHOR_RUN = { seed: 1, replications: 40 } as const;

/** The metric and series tables of docs/cli.md, from the catalogue itself. */
export function metricTables(): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const metrics = Object.entries(METRICS).map(([id, m]) => row([`\`${id}\``, m.unit, m.description, 'monotone' in m ? 'yes' : '']));
  const series = Object.entries(SERIES).map(([id, m]) => row([`\`${id}\``, m.unit, m.description]));
  return [
    row(['metric', 'unit', 'meaning', 'monotone']),
    row(['---', '---', '---', '---']),
    ...metrics,
    '',
    row(['series (weekly)', 'unit', 'meaning']),
    row(['---', '---', '---']),
    ...series,
  ].join('\n');
}

/** Every formula check that parsing a shipped scenario makes, uncertainty off and on (see curve-check.ts). */
export function shippedCurves(): string[] {
  const keys = recordCurveChecks(() => {
    for (const name of PRESET_NAMES) for (const draw of [false, true]) parseScenarioOrThrow(setPath(loadPreset(name), 'uncertainty.draw', draw));
  });
  return keys.sort();
}

function replaceSection(doc: string, name: string, body: string): string {
  const pattern = new RegExp(`(<!-- ${name}:begin -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
  if (!pattern.test(doc)) throw new Error(`docs/model.md has no <!-- ${name}:begin --> … <!-- ${name}:end --> section`);
  return doc.replace(pattern, (_, begin: string, end: string) => `${begin}${body}${end}`);
}

// Only when run as the script (`npm run docs`), not when a test imports metricTables.
if (process.argv[1]?.endsWith('update-docs.ts')) {
  const model = new URL('../../docs/model.md', import.meta.url);
  let doc = readFileSync(model, 'utf8');
  doc = replaceSection(doc, 'parameters', parameterTables());
  const { seed, replications } = DOC_ANCHOR_RUN;
  doc = replaceSection(doc, 'anchors', anchorTable(checkAnchors(seed, replications), seed, replications));
  writeFileSync(model, doc);
  const cli = new URL('../../docs/cli.md', import.meta.url);
  writeFileSync(cli, replaceSection(readFileSync(cli, 'utf8'), 'metrics', metricTables()));
  writeFileSync(new URL('../scenario/shipped-curves.json', import.meta.url), `${JSON.stringify(shippedCurves(), null, 2)}\n`);
  console.log('docs/model.md (parameters, anchors), docs/cli.md (metrics) and src/scenario/shipped-curves.json regenerated');
}
