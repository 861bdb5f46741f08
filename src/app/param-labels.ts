/**
 * Every scenario parameter in words, Danish first: its label, its unit and the names of its
 * choices, so no page shows a raw key (`advisors.fullCostPerFteDkk`) or an English unit. Keyed
 * by the schema's own paths (`caseTypes.<id>.tasks.<id>.hours` for every task), so a test holds
 * the table to `leafFields()`: a new parameter without a Danish label fails it.
 */
import { SCENARIO_SPEC, type FieldSpec } from '../scenario/schema.ts';
import { t, type Lang, type MessageKey } from './i18n.ts';

export interface Words {
  da: string;
  en: string;
}
const w = (da: string, en: string): Words => ({ da, en });

/** Labels by schema path. Fields a user never edits (ids, the format version, title and notes) are named too. */
export const PARAM_LABELS: Record<string, Words> = {
  schemaVersion: w('Filformatets version', 'File format version'),
  title: w('Titel', 'Title'),
  notes: w('Noter og kilder', 'Notes and sources'),
  'simulation.horizonWeeks': w('Fremskrivningens længde', 'Length of the projection'),
  'simulation.warmupWeeks': w('Indkøring før start (tælles ikke)', 'Warm-up before the start (not counted)'),
  'simulation.replications': w('Antal kørsler', 'Number of runs'),
  'simulation.seed': w('Seed (startværdi for tilfældighederne)', 'Seed (start value of the random numbers)'),
  'simulation.warmupFte': w('Stillinger i indkøringen (i dag)', 'Posts during the warm-up (today)'),
  'simulation.warmupCaseCap': w('Loft i indkøringen (i dag)', 'Cap during the warm-up (today)'),
  'intake.growth.kind': w('Form på ændringen i nye sager', 'Shape of the change in new cases'),
  'intake.growth.percent': w('Ændring i antal nye sager', 'Change in new cases'),
  'intake.growth.startWeek': w('Ændringen begynder i uge', 'The change starts in week'),
  'intake.growth.rampWeeks': w('Ændringen indfases over', 'The change is phased in over'),
  'intake.seasonality.amplitudeShare': w('Sæsonudsving i nye sager', 'Seasonal swing in new cases'),
  'intake.seasonality.peakWeek': w('Flest nye sager i uge', 'Most new cases in week'),
  'caseTypes.<id>.id': w('Sagstypens id', 'Case type id'),
  'caseTypes.<id>.label': w('Navn', 'Name'),
  'caseTypes.<id>.arrivalsPerWeek': w('Nye sager pr. uge', 'New cases per week'),
  'caseTypes.<id>.urgentShare': w('Andel akutte', 'Share urgent'),
  'caseTypes.<id>.initialOpen': w('Åbne sager ved start', 'Open cases at the start'),
  'caseTypes.<id>.duration.distribution': w('Fordeling af varigheden', 'Distribution of the duration'),
  'caseTypes.<id>.duration.meanDays': w('Gennemsnitlig varighed', 'Mean duration'),
  'caseTypes.<id>.duration.cv': w('Spredning af varigheden (variationskoefficient)', 'Spread of the duration (coefficient of variation)'),
  'caseTypes.<id>.contactHoursPerWeek': w('Kontakt med barn og familie', 'Contact with child and family'),
  'caseTypes.<id>.costPerYearDkk': w('Udgift til foranstaltningen', 'Cost of the measure'),
  'caseTypes.<id>.isPlacement': w('Er en anbringelse', 'Is a placement'),
  'caseTypes.<id>.tasks.<id>.id': w('Opgavens id', 'Task id'),
  'caseTypes.<id>.tasks.<id>.label': w('Navn', 'Name'),
  'caseTypes.<id>.tasks.<id>.kind': w('Tæller som', 'Counts as'),
  'caseTypes.<id>.tasks.<id>.trigger': w('Opstår', 'Arises'),
  'caseTypes.<id>.tasks.<id>.dueDays': w('Frist', 'Deadline'),
  'caseTypes.<id>.tasks.<id>.dueFrom': w('Fristen regnes fra', 'The deadline runs from'),
  'caseTypes.<id>.tasks.<id>.windowDays': w('Kan løses så længe før fristen', 'Can be done this long before the deadline'),
  'caseTypes.<id>.tasks.<id>.repeatEveryDays': w('Gentages hver', 'Repeats every'),
  'caseTypes.<id>.tasks.<id>.hours': w('Timer til opgaven', 'Hours the task takes'),
  'caseTypes.<id>.tasks.<id>.documentationShare': w('Heraf dokumentation', 'Of which documentation'),
  'caseTypes.<id>.tasks.<id>.decision': w('Ender i en afgørelse', 'Ends in a decision'),
  'caseTypes.<id>.next': w('Bliver bagefter til', 'Becomes afterwards'),
  'advisors.fte': w('Rådgivere (besluttet antal)', 'Advisors (the number decided)'),
  'advisors.hoursPerWeek': w('Arbejdstid pr. årsværk', 'Working hours per FTE'),
  'advisors.productiveShare': w('Andel af arbejdstiden til sagerne', 'Share of working time for casework'),
  'advisors.taskHoursScale': w('Tid pr. opgave, gange', 'Time per task, times'),
  'advisors.caseCap': w('Højst sager pr. rådgiver', 'Most cases per advisor'),
  'advisors.fullCostPerFteDkk': w('Udgift pr. årsværk inkl. overhead', 'Cost per FTE including overhead'),
  'advisors.hiring': w('Senere ændringer i stillinger', 'Later changes in posts'),
  'advisors.staffing.attritionPerYear': w('Personaleomsætning', 'Staff turnover'),
  'advisors.staffing.recruitmentDelayDays': w('Tid til en stilling er besat', 'Time until a post is filled'),
  'advisors.staffing.onboardingDays': w('Oplæring af nye', 'Onboarding of newcomers'),
  'advisors.staffing.onboardingCapacityShare': w('Nye rådgiveres kapacitet under oplæring', "Newcomers' capacity while onboarding"),
  'advisors.staffing.attritionPressureCurve': w('Pres og personaleomsætning f(p)', 'Pressure and turnover f(p)'),
  'advisors.staffing.recruitmentCostDkk': w('Udgift til at besætte en stilling', 'Cost of filling a post'),
  'allocation.policy': w('Når alle har nået loftet', 'When everyone is at the cap'),
  'allocation.hardMaxCases': w('Højst sager ved overfyldning', 'Most cases when overfilled'),
  'documentation.legalElements': w('Retlige elementer i en afgørelse', 'Legal elements of a decision'),
  'documentation.baseMissingProbability': w('Grundrisiko for et manglende element', 'Base chance of a missing element'),
  'documentation.errorCurve': w('Fejlkurve g(s): fejl når dokumentation skæres', 'Error curve g(s): errors when documentation is cut'),
  'documentation.errorCurveParameter': w('Fejlkurvens stejlhed a', 'Steepness a of the error curve'),
  'documentation.caseloadEffect': w('Sagstallets virkning på fejl k(c)', 'Effect of caseload on errors k(c)'),
  'practice.contactFactor': w('Kontakt med hvert barn, gange', 'Contact with each child, times'),
  'practice.followUpEveryDays': w('Opfølgning hver', 'Follow-up every'),
  'costs.fosterCarePerYearDkk': w('Et barn i plejefamilie', 'A child in foster care'),
  'costs.residentialCarePerYearDkk': w('Et barn på institution eller opholdssted', 'A child in residential care'),
  'costs.residentialShare': w('Andel af anbringelser på institution', 'Share of placements in residential care'),
  'outcomes.placementResponse': w('Sagstallets virkning på anbringelser h(c)', 'Effect of caseload on placements h(c)'),
  'outcomes.placementResponseParameter': w('Virkningens styrke a', 'Strength a of the effect'),
  'uncertainty.draw': w('Medtag usikkerhed om antagelser', 'Include uncertainty about assumptions'),
  'uncertainty.assumptions.<id>.id': w('Antagelsens id', 'Assumption id'),
  'uncertainty.assumptions.<id>.path': w('Parameter', 'Parameter'),
  'uncertainty.assumptions.<id>.low': w('Laveste plausible værdi', 'Lowest plausible value'),
  'uncertainty.assumptions.<id>.high': w('Højeste plausible værdi', 'Highest plausible value'),
  'uncertainty.assumptions.<id>.source': w('Kilde', 'Source'),
  'audit.windowWeeks': w('Tilsynet læser tilbage', 'An audit looks back'),
  'audit.countDeadlineBreaches': w('Overskredne frister tæller som fejl ved tilsyn', 'Missed deadlines count as errors in an audit'),
};

/** The schema's units in words; an empty unit stays empty. */
export const UNIT_LABELS: Record<string, Words> = {
  '': w('', ''),
  weeks: w('uger', 'weeks'),
  days: w('dage', 'days'),
  hours: w('timer', 'hours'),
  'hours/week': w('timer pr. uge', 'hours a week'),
  count: w('antal', 'count'),
  integer: w('heltal', 'whole number'),
  FTE: w('årsværk', 'FTE'),
  'cases/FTE': w('sager pr. årsværk', 'cases per FTE'),
  'cases/week': w('sager pr. uge', 'cases a week'),
  cases: w('sager', 'cases'),
  '%': w('%', '%'),
  'share 0–1': w('andel 0–1', 'share 0–1'),
  'share 0.05–1': w('andel 0,05–1', 'share 0.05–1'),
  'share 0–0.9': w('andel 0–0,9', 'share 0–0.9'),
  'share/year': w('andel pr. år', 'share a year'),
  'week of year': w('uge i året', 'week of the year'),
  ratio: w('faktor', 'factor'),
  'DKK/year': w('kr. pr. år', 'DKK a year'),
  DKK: w('kr.', 'DKK'),
  "the parameter's": w('parameterens egen', "the parameter's own"),
  'weeks, FTE': w('uge, årsværk', 'week, FTE'),
};

/** The choices of enum fields, by value. */
export const CHOICE_LABELS: Record<string, Words> = {
  none: w('ingen ændring', 'no change'),
  step: w('på én gang', 'all at once'),
  ramp: w('jævnt over en periode', 'evenly over a period'),
  lognormal: w('lognormal', 'lognormal'),
  exponential: w('eksponentiel', 'exponential'),
  fixed: w('fast', 'fixed'),
  investigation: w('børnefaglig undersøgelse', 'investigation'),
  followUp: w('opfølgning', 'follow-up'),
  plan: w('barnets plan', "the child's plan"),
  decision: w('afgørelse', 'decision'),
  other: w('andet', 'other'),
  start: w('når forløbet begynder', 'when the phase starts'),
  end: w('når forløbet slutter', 'when the phase ends'),
  phase: w('forløbets start eller slutning', "the phase's start or end"),
  arrival: w('underretningen', 'the notification'),
  waitlist: w('nye sager venter', 'new cases wait'),
  overfill: w('nye sager fordeles alligevel', 'new cases are assigned anyway'),
};

/** The schema path of a concrete one: list items by id become `<id>` (`caseTypes.<id>.tasks.<id>.hours`). */
export function schemaPath(path: string): string {
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    out.push(parts[i] as string);
    const here = out.join('.');
    if (here === 'caseTypes' || here === 'caseTypes.<id>.tasks' || here === 'uncertainty.assumptions') {
      if (i + 1 < parts.length) out.push('<id>');
      i++;
    }
  }
  // A key of a map of probabilities (`caseTypes.<id>.next.preventive`) is named by its map.
  return out.join('.').replace(/^(caseTypes\.<id>\.next)\..+$/, '$1');
}

/** A case type's name in the page's language: the shipped ones are translated, others keep their label. */
export function caseTypeName(lang: Lang, id: string, label: string): string {
  const key = `caseType.${id}` as MessageKey;
  const name = t(lang, key);
  return name === key ? label : name;
}

/** A parameter's label; a path the table does not know is shown as it is (never throws). */
export function paramLabel(lang: Lang, path: string): string {
  return PARAM_LABELS[schemaPath(path)]?.[lang] ?? path;
}

export function unitLabel(lang: Lang, spec: FieldSpec): string {
  const unit = spec.kind === 'number' ? spec.unit : spec.kind === 'nullable' ? spec.of.unit : spec.kind === 'hiring' ? 'weeks, FTE' : spec.kind === 'shares' ? 'share 0–1' : '';
  return UNIT_LABELS[unit]?.[lang] ?? unit;
}

export function choiceLabel(lang: Lang, value: string): string {
  return CHOICE_LABELS[value]?.[lang] ?? value;
}

/** The schema's field at a concrete path (`caseTypes.investigation.next.preventive` is the `next` map), or null. */
export function specAt(path: string): FieldSpec | null {
  let spec: FieldSpec = SCENARIO_SPEC;
  for (const key of schemaPath(path).split('.')) {
    if (spec.kind === 'list' && key === '<id>') spec = spec.of;
    else if (spec.kind === 'object' && Object.hasOwn(spec.fields, key)) spec = spec.fields[key] as FieldSpec;
    else return null;
  }
  return spec;
}

/** The shipped tasks' names by id in both languages (a task a file brings keeps its own label). */
export const TASK_NAMES: Record<string, Words> = {
  bfu: w('Undersøgelse afsluttes med afgørelse', 'Investigation ends in a decision'),
  plan: w('Barnets plan', "The child's plan"),
  followUp: w('Opfølgning', 'Follow-up'),
  close: w('Afgørelse om ophør', 'Decision to end'),
  placementDecision: w('Afgørelse om anbringelse', 'Placement decision'),
};

/** A task's name in the page's language: a shipped one (its Danish label unchanged) translated, others as labelled. */
export function taskName(lang: Lang, id: string, label: string): string {
  const names = TASK_NAMES[id];
  return names && names.da === label ? names[lang] : label;
}

/**
 * A parameter's label with what it belongs to, for lists outside the editor (the results, the
 * report, the CSV): "Børnefaglige undersøgelser, Undersøgelse afsluttes med afgørelse: Timer til
 * opgaven". `labels` gives the scenario's own case type and task labels, by id.
 */
export function fullLabel(lang: Lang, path: string, labels: { caseType(id: string): string; task(type: string, id: string): string }): string {
  const parts = path.split('.');
  if (parts[0] !== 'caseTypes' || parts.length < 3) return paramLabel(lang, path);
  const type = parts[1] as string;
  const name = caseTypeName(lang, type, labels.caseType(type));
  const owner = name.charAt(0).toUpperCase() + name.slice(1);
  if (parts[2] === 'tasks' && parts.length > 4) {
    const task = parts[3] as string;
    return `${owner}, ${taskName(lang, task, labels.task(type, task))}: ${paramLabel(lang, path).toLowerCase()}`;
  }
  if (parts[2] === 'next' && parts.length === 4) {
    const target = parts[3] as string;
    return `${owner}: ${paramLabel(lang, path).toLowerCase()} ${caseTypeName(lang, target, labels.caseType(target))}`;
  }
  return `${owner}: ${paramLabel(lang, path).toLowerCase()}`;
}

/** What an empty (null) value means, per nullable field. */
export const NULL_MEANINGS: Record<string, Words> = {
  'simulation.warmupFte': w('som rådgivere', 'as advisors'),
  'simulation.warmupCaseCap': w('som loftet', 'as the cap'),
  'caseTypes.<id>.initialOpen': w('ligevægt (nye × varighed)', 'steady state (new × duration)'),
  'caseTypes.<id>.tasks.<id>.repeatEveryDays': w('gentages ikke', 'does not repeat'),
  'practice.followUpEveryDays': w('hver opgaves egen', "each task's own"),
};

/** The words for an empty value at `path`. */
export function nullMeaning(lang: Lang, path: string): string {
  return NULL_MEANINGS[schemaPath(path)]?.[lang] ?? (lang === 'da' ? 'scenariets egen' : "the scenario's own");
}
