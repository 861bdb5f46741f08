/** Each validation's figure with its numbers, tolerance and verdict, in the page's language. */
import { formatNumber } from '../app/i18n.ts';
import { checkFigure, table, type Check } from './check.ts';
import { pageLang, tr } from './lang.ts';
import { determinismChart, littleChart, pressureChart, queueChart } from './validation-charts.ts';
import { PRESSURE_TOLERANCE, QUEUE_TOLERANCE, WAIT_SLACK_DAYS, type LittleResult, type PressurePoint, type QueuePoint, type WorkerRun } from './validation.ts';

const n = (x: number, digits = 2) => formatNumber(pageLang(), x, digits);

export function queueFigure(result: { points: QueuePoint[]; check: Check }, replications: number, width: number): HTMLElement {
  const lang = pageLang();
  const worst = result.points.reduce((a, b) => (b.z > a.z ? b : a));
  const figure = checkFigure(result.check, {
    chart: queueChart(result.points, width),
    numbers: tr(
      {
        da: `${replications} replikationer pr. punkt. Største afvigelse: ρ = ${worst.rho}, formel ${n(worst.formula)} dage, simuleret ${n(worst.simulated)} ± ${n(worst.se)} dage (${n(worst.z, 1)} standardfejl). Tolerance: ${QUEUE_TOLERANCE} standardfejl (+ ${n(WAIT_SLACK_DAYS)} dage).`,
        en: `${replications} replications per point. Largest deviation: ρ = ${worst.rho}, formula ${n(worst.formula)} days, simulated ${n(worst.simulated)} ± ${n(worst.se)} days (${n(worst.z, 1)} standard errors). Tolerance: ${QUEUE_TOLERANCE} standard errors (+ ${n(WAIT_SLACK_DAYS)} days).`,
      },
      lang,
    ),
    verdict: {
      da: `den simulerede ventetid ligger inden for ${QUEUE_TOLERANCE} standardfejl af Erlang C i alle ${result.points.length} punkter`,
      en: `the simulated wait lies within ${QUEUE_TOLERANCE} standard errors of Erlang C at all ${result.points.length} points`,
    },
  });
  figure.append(
    table(
      [tr({ da: 'ρ', en: 'ρ' }, lang), tr({ da: 'Erlang C (dage)', en: 'Erlang C (days)' }, lang), tr({ da: 'simuleret (dage)', en: 'simulated (days)' }, lang), tr({ da: 'standardfejl', en: 'standard error' }, lang), tr({ da: 'afvigelse (SE)', en: 'deviation (SE)' }, lang)],
      result.points.map((p) => [String(p.rho), n(p.formula), n(p.simulated), n(p.se), n(p.z, 1)]),
    ),
  );
  return figure;
}

export function littleFigure(result: LittleResult, replications: number, width: number): HTMLElement {
  const lang = pageLang();
  const pct = (x: number) => `${formatNumber(lang, x * 100, 1)} %`;
  return checkFigure(result.check, {
    chart: littleChart(result, width),
    numbers: tr(
      {
        da: `${replications} replikationer. Forventet λ · W = ${n(result.expected, 0)} åbne sager; simuleret ${n(result.simulated, 0)} ± ${n(result.se, 0)} (${pct(result.check.figure)}). Venteliste ved horisonten: ${n(result.waitingAtEnd, 1)}. Tolerance: 3 % + 3 standardfejl = ${pct(result.check.tolerance)}.`,
        en: `${replications} replications. Expected λ · W = ${n(result.expected, 0)} open cases; simulated ${n(result.simulated, 0)} ± ${n(result.se, 0)} (${pct(result.check.figure)}). Waiting list at the horizon: ${n(result.waitingAtEnd, 1)}. Tolerance: 3 % + 3 standard errors = ${pct(result.check.tolerance)}.`,
      },
      lang,
    ),
    verdict: {
      da: 'åbne sager svarer til ankomstrate × gennemsnitlig varighed (Littles lov)',
      en: "open cases equal arrival rate × mean duration (Little's law)",
    },
  });
}

export function workloadFigure(result: { formulaFte: number; points: PressurePoint[]; check: Check }, replications: number, width: number): HTMLElement {
  const lang = pageLang();
  return checkFigure(result.check, {
    chart: pressureChart(result.points, result.formulaFte, width),
    numbers: tr(
      {
        da: `${replications} replikationer pr. punkt. Formlens årsværk: ${n(result.formulaFte)}; målt pres der: ${n(result.check.figure, 3)}. Tolerance: ± ${PRESSURE_TOLERANCE} + 3 standardfejl (ankomsterne er stadig tilfældige) = ± ${n(result.check.tolerance, 3)}.`,
        en: `${replications} replications per point. The formula's FTE: ${n(result.formulaFte)}; measured pressure there: ${n(result.check.figure, 3)}. Tolerance: ± ${PRESSURE_TOLERANCE} + 3 standard errors (arrivals are still random) = ± ${n(result.check.tolerance, 3)}.`,
      },
      lang,
    ),
    verdict: {
      da: 'presset krydser 1 ved arbejdsbyrdeformlens årsværk',
      en: "pressure crosses 1 at the workload formula's FTE",
    },
  });
}

export function determinismFigure(result: { runs: WorkerRun[]; check: Check }, replications: number, width: number): HTMLElement {
  const lang = pageLang();
  const figure = checkFigure(result.check, {
    chart: determinismChart(result.runs, width),
    numbers: tr(
      {
        da: `${replications} replikationer på ${result.runs.map((r) => r.workers).join(', ')} Web Workers. Resultater der afviger fra 1 worker: ${result.check.figure}. Tolerance: 0 (bit for bit).`,
        en: `${replications} replications on ${result.runs.map((r) => r.workers).join(', ')} Web Workers. Results that differ from 1 worker: ${result.check.figure}. Tolerance: 0 (bit for bit).`,
      },
      lang,
    ),
    verdict: {
      da: 'samme scenarie og seed giver samme JSON, uanset antallet af workers',
      en: 'the same scenario and seed give the same JSON, whatever the number of workers',
    },
  });
  figure.append(
    table(
      [tr({ da: 'workers', en: 'workers' }, lang), tr({ da: 'fingeraftryk af JSON', en: 'JSON fingerprint' }, lang), tr({ da: 'tegn', en: 'characters' }, lang)],
      result.runs.map((r) => [String(r.workers), r.digest, formatNumber(lang, r.json.length)]),
    ),
  );
  return figure;
}
