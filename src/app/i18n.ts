/**
 * Every visible string, in Danish (the default) and English, and the locale's number and
 * date formats. Keys are grouped by where they appear.
 */
export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

const da = {
  title: 'Sagstal',
  tagline: 'Hvor mange rådgivere kræver børne- og familieområdet?',
  language: 'Sprog',
  otherLanguage: 'English',
  presets: 'Udgangspunkt',
  'preset.status-quo': 'I dag',
  'preset.intake-plus-25': '+25 % flere sager',
  'preset.herning-model': 'Herning-modellen',
  controls: 'Indstillinger',
  'control.intake': 'Ændring i antal nye sager',
  'control.intake.unit': '%',
  'control.intake.help': 'Stiger jævnt over det første halve år',
  'control.fte': 'Rådgivere',
  'control.fte.unit': 'årsværk',
  'control.cap': 'Højst sager pr. rådgiver',
  'control.cap.unit': 'sager',
  'control.cap.help': 'Nye sager venter, når alle har nået loftet',
  'control.horizon': 'Fremskriv',
  'control.horizon.unit': 'år',
  'fte.vsToday': '{sign}{n} i forhold til i dag',
  'fte.sameAsToday': 'Som i dag',
  results: 'Resultater',
  comparedWith: '{fte} årsværk, højst {cap} sager',
  'status.running': 'Beregner … {done} af {total} kørsler',
  'status.done': 'Færdig: {total} kørsler',
  'status.error': 'Kunne ikke beregne',
  rangeNote: 'Tallet er det mest sandsynlige udfald; parentesen viser spændet, der dækker 8 ud af 10 kørsler.',
  'card.waitingListEnd': 'Venteliste om {horizon}',
  'card.waitDays': 'Ventetid før en rådgiver',
  'card.caseload': 'Sager pr. rådgiver',
  'card.investigationsLateShare': 'Børnefaglige undersøgelser over 4 måneder',
  'card.decisionErrorShare': 'Afgørelser uden partshøring, begrundelse eller klagevejledning',
  'card.auditedFileErrorShare': 'Risiko for fejl i en sag ved tilsyn',
  'card.staffCostPerYear': 'Lønudgift til rådgivere',
  'unit.cases': 'sager',
  'unit.days': 'dage',
  'unit.aYear': 'om året',
  'change.better': 'bedre',
  'change.worse': 'værre',
  'change.same': 'som {name}',
  'change.more': 'flere',
  'change.fewer': 'færre',
  'change.vs': 'end {name}',
  compareLabel: 'Sammenlign med',
  'compare.status-quo': 'i dag',
  'compare.intake-plus-25': '+25 % flere sager',
  'compare.herning-model': 'Herning-modellen',
  'change.points': 'procentpoint',
  'change.costMore': 'mere',
  'change.costLess': 'mindre',
  'chart.waitingList': 'Venteliste',
  'chart.waitingList.y': 'Sager, der venter på en rådgiver',
  'chart.caseload': 'Sager pr. rådgiver',
  'chart.caseload.y': 'Åbne sager pr. årsværk',
  'chart.caseload.guideline': 'Dansk Socialrådgiverforenings anbefaling: 20–30',
  'chart.caseload.cap': 'Loft',
  'chart.errors': 'Fejl i afgørelser og sagsbelastning',
  'chart.errors.x': 'Sager pr. rådgiver',
  'chart.errors.y': 'Afgørelser, der mangler et retligt element',
  'chart.errors.point': 'Dette scenarie',
  'chart.errors.today': 'I dag',
  'chart.errors.computing': 'Kurven beregnes, når resultaterne er klar …',
  'chart.breaches': 'Overskredne frister',
  'chart.breaches.y': 'Opgaver løst for sent pr. uge',
  'chart.this': 'Dette scenarie',
  'chart.today': 'I dag',
  'chart.band': 'Skraveret: 8 ud af 10 kørsler',
  'chart.table': 'Vis tallene som tabel',
  'table.date': 'Dato',
  'table.median': 'Mest sandsynligt',
  'table.low': 'Lav (P10)',
  'table.high': 'Høj (P90)',
  'table.caseload': 'Sager pr. rådgiver',
  'table.errorShare': 'Fejl i afgørelser',
  advanced: 'Forudsætninger og alle parametre',
  'advanced.intro':
    'Tallene bygger på disse forudsætninger. Sammenhængen mellem tidspres og fejl er en antagelse: der findes ingen dansk undersøgelse, der måler den. Kilder: docs/model.md.',
  'advanced.parameter': 'Parameter',
  'advanced.value': 'Værdi',
  'advanced.unit': 'Enhed',
  'advanced.caseTypes': 'Sagstyper',
  'advanced.arrivals': 'nye pr. uge',
  'advanced.duration': 'varighed, dage',
  'error.url': 'Linket indeholder en ugyldig værdi: {name} = "{value}". {reason} Værdien er ignoreret; resten af linket er brugt.',
  'error.number': 'Den skal være et tal mellem {min} og {max}.',
  'error.choice': 'Mulige værdier: {names}.',
  'error.unknown': 'Parameteren findes ikke.',
  'error.alias': 'Brug parameteren {use}.',
  'error.tooLong': 'Den er for lang (højst {max} tegn).',
  'link.copy': 'Kopiér link',
  'link.copied': 'Linket er kopieret.',
  'link.copyByHand': 'Kopiér linket i feltet.',
  'link.field': 'Link til dette scenarie',
  'link.version': 'Linket er lavet med modelversion {theirs}; siden bruger {ours}, så tallene kan afvige. Ændringer: {changes}.',
  'error.scenario': 'Scenariet kan ikke beregnes: {message}',
  'error.run': 'Beregningen fejlede: {message}',
  horizonYears: '{n} år',
  horizonOneYear: '1 år',
  footer: 'Sagstal simulerer sager, rådgivere og frister med tilfældig variation. Resultaterne er fremskrivninger, ikke løfter.',
};

type Key = keyof typeof da;

const en: Record<Key, string> = {
  title: 'Sagstal',
  tagline: "How many advisors do children's services need?",
  language: 'Language',
  otherLanguage: 'Dansk',
  presets: 'Starting point',
  'preset.status-quo': 'Today',
  'preset.intake-plus-25': '+25 % more cases',
  'preset.herning-model': 'The Herning model',
  controls: 'Settings',
  'control.intake': 'Change in new cases',
  'control.intake.unit': '%',
  'control.intake.help': 'Rises evenly over the first half year',
  'control.fte': 'Advisors',
  'control.fte.unit': 'FTE',
  'control.cap': 'Most cases per advisor',
  'control.cap.unit': 'cases',
  'control.cap.help': 'New cases wait when everyone is at the cap',
  'control.horizon': 'Project',
  'control.horizon.unit': 'years',
  'fte.vsToday': '{sign}{n} compared with today',
  'fte.sameAsToday': 'Same as today',
  results: 'Results',
  comparedWith: '{fte} FTE, at most {cap} cases',
  'status.running': 'Calculating … {done} of {total} runs',
  'status.done': 'Done: {total} runs',
  'status.error': 'Could not calculate',
  rangeNote: 'The figure is the most likely outcome; the brackets show the range covering 8 in 10 runs.',
  'card.waitingListEnd': 'Waiting list in {horizon}',
  'card.waitDays': 'Wait for an advisor',
  'card.caseload': 'Cases per advisor',
  'card.investigationsLateShare': 'Child investigations over 4 months',
  'card.decisionErrorShare': 'Decisions missing a hearing, reasons or appeal guidance',
  'card.auditedFileErrorShare': 'Chance of an error in a case file at audit',
  'card.staffCostPerYear': 'Cost of advisors',
  'unit.cases': 'cases',
  'unit.days': 'days',
  'unit.aYear': 'a year',
  'change.better': 'better',
  'change.worse': 'worse',
  'change.same': 'same as {name}',
  'change.more': 'more',
  'change.fewer': 'fewer',
  'change.vs': 'than {name}',
  compareLabel: 'Compare with',
  'compare.status-quo': 'today',
  'compare.intake-plus-25': '+25 % more cases',
  'compare.herning-model': 'the Herning model',
  'change.points': 'percentage points',
  'change.costMore': 'more',
  'change.costLess': 'less',
  'chart.waitingList': 'Waiting list',
  'chart.waitingList.y': 'Cases waiting for an advisor',
  'chart.caseload': 'Cases per advisor',
  'chart.caseload.y': 'Open cases per FTE',
  'chart.caseload.guideline': "Danish social workers' union guideline: 20–30",
  'chart.caseload.cap': 'Cap',
  'chart.errors': 'Decision errors and caseload',
  'chart.errors.x': 'Cases per advisor',
  'chart.errors.y': 'Decisions missing a legal element',
  'chart.errors.point': 'This scenario',
  'chart.errors.today': 'Today',
  'chart.errors.computing': 'The curve is computed once the results are in …',
  'chart.breaches': 'Missed deadlines',
  'chart.breaches.y': 'Tasks done late per week',
  'chart.this': 'This scenario',
  'chart.today': 'Today',
  'chart.band': 'Shaded: 8 in 10 runs',
  'chart.table': 'Show the numbers as a table',
  'table.date': 'Date',
  'table.median': 'Most likely',
  'table.low': 'Low (P10)',
  'table.high': 'High (P90)',
  'table.caseload': 'Cases per advisor',
  'table.errorShare': 'Decision errors',
  advanced: 'Assumptions and every parameter',
  'advanced.intro':
    'The figures rest on these assumptions. The link between time pressure and errors is an assumption: no Danish study measures it. Sources: docs/model.md.',
  'advanced.parameter': 'Parameter',
  'advanced.value': 'Value',
  'advanced.unit': 'Unit',
  'advanced.caseTypes': 'Case types',
  'advanced.arrivals': 'new per week',
  'advanced.duration': 'duration, days',
  'error.url': 'The link holds an invalid value: {name} = "{value}". {reason} It was ignored; the rest of the link was used.',
  'error.number': 'It must be a number between {min} and {max}.',
  'error.choice': 'Possible values: {names}.',
  'error.unknown': 'There is no such parameter.',
  'error.alias': 'Use the parameter {use}.',
  'error.tooLong': 'It is too long (at most {max} characters).',
  'link.copy': 'Copy link',
  'link.copied': 'The link is copied.',
  'link.copyByHand': 'Copy the link in the field.',
  'link.field': 'Link to this scenario',
  'link.version': 'The link was made with model version {theirs}; this page runs {ours}, so the numbers may differ. Changes: {changes}.',
  'error.scenario': 'The scenario cannot be calculated: {message}',
  'error.run': 'The calculation failed: {message}',
  horizonYears: '{n} years',
  horizonOneYear: '1 year',
  footer: 'Sagstal simulates cases, advisors and deadlines with random variation. The results are projections, not promises.',
};

export type MessageKey = Key;
const MESSAGES: Record<Lang, Record<Key, string>> = { da, en };

/** The message `key` in `lang` with `{name}` placeholders filled. */
export function t(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export function locale(lang: Lang): string {
  return lang === 'da' ? 'da-DK' : 'en-GB';
}

/** A number with `digits` significant decimals at most, in the locale's format. */
export function formatNumber(lang: Lang, x: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(x);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Million kroner with one decimal ("18,8 mio. kr."). */
export function formatMillions(lang: Lang, dkk: number): string {
  const n = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(dkk / 1e6);
  return lang === 'da' ? `${n} mio. kr.` : `DKK ${n} m`;
}

export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), { month: 'short', year: 'numeric' }).format(date);
}

export function horizonLabel(lang: Lang, weeks: number): string {
  const years = weeks / 52;
  return years === 1 ? t(lang, 'horizonOneYear') : t(lang, 'horizonYears', { n: formatNumber(lang, years, 1) });
}
