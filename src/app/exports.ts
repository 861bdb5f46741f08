/**
 * What leaves the page: the scenario as a file in the format of scenarios/, and each chart as
 * SVG or PNG (the numbers as CSV: csv-export.ts). All built locally; nothing is uploaded.
 */
import type { Scenario } from '../scenario/types.ts';

export function download(filename: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The scenario as a file that `sagstal run` and the app read back: every parameter spelled out. */
export function scenarioFile(scenario: Scenario): string {
  return `${JSON.stringify({ ...scenario, notes: scenario.notes.split('\n\n') }, null, 2)}\n`;
}

/** The chart's SVG as a standalone file (fonts and colours inlined by Plot's own attributes). */
export function chartSvg(figure: Element): string {
  const svg = figure.querySelector('.plot svg');
  if (!svg) throw new Error('no chart to export');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  copy.style.background = 'white';
  return new XMLSerializer().serializeToString(copy);
}

/** The chart as a PNG at twice its size (sharp on slides). */
export async function chartPng(figure: Element): Promise<Blob> {
  const svg = figure.querySelector<SVGSVGElement>('.plot svg');
  if (!svg) throw new Error('no chart to export');
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([chartSvg(figure)], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: Math.round(width * 2), height: Math.round(height * 2) });
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = 'white';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'));
}
