/**
 * `npm run docs`: rewrites the generated sections of docs/model.md (the parameter tables and
 * the calibration anchors with the model's figures), which tests compare against the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { anchorTable, checkAnchors } from '../experiment/anchors.ts';
import { parameterTables } from '../scenario/parameter-table.ts';

/** The seed and replications docs/model.md's anchor table is printed with (test/experiment/anchors.test.ts uses the same). */
const DOC_ANCHOR_RUN = { seed: 1, replications: 40 } as const;

function replaceSection(doc: string, name: string, body: string): string {
  const pattern = new RegExp(`(<!-- ${name}:begin -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
  if (!pattern.test(doc)) throw new Error(`docs/model.md has no <!-- ${name}:begin --> … <!-- ${name}:end --> section`);
  return doc.replace(pattern, (_, begin: string, end: string) => `${begin}${body}${end}`);
}

const file = new URL('../../docs/model.md', import.meta.url);
let doc = readFileSync(file, 'utf8');
doc = replaceSection(doc, 'parameters', parameterTables());
const { seed, replications } = DOC_ANCHOR_RUN;
doc = replaceSection(doc, 'anchors', anchorTable(checkAnchors(seed, replications), seed, replications));
writeFileSync(file, doc);
console.log('docs/model.md: parameters and anchors regenerated');
