/**
 * Where each default comes from, in Danish beside the English of src/scenario/sources.ts (the
 * CLI's and docs' wording), so the Danish page and report read their sources in Danish. Keyed
 * as the English tables are; a test holds the keys equal, so a new source without a Danish
 * text fails it. "antagelse" marks a value no source pins down, as "assumption" does.
 */
import { DEFAULT_ASSUMPTIONS } from '../scenario/defaults.ts';
import { CASE_TYPE_SOURCES, SOURCES } from '../scenario/sources.ts';
import type { Lang } from './i18n.ts';
import { schemaPath } from './param-labels.ts';

export const SOURCES_DA: Record<string, string> = {
  'simulation.horizonWeeks': 'to budgetår (konvention)',
  'simulation.warmupWeeks': 'et år med dagens bemanding, så uge 0 har dagens forsinkede arbejde, venteliste og ledige stillinger',
  'simulation.warmupFte': 'tom: scenariets eget; Herning-scenariet kører indkøringen som i dag (30)',
  'simulation.warmupCaseCap': 'tom: scenariets eget; Herning-scenariet kører indkøringen som i dag (50)',
  'simulation.replications': 'nok til stabile P10/P90 (antagelse)',
  'intake.growth.percent': 'Horsens +25 % sager 2020–21 (dknyt.dk); underretninger +30 % på 3 år frem til 2018',
  'intake.seasonality.amplitudeShare': 'slået fra: intet dansk tal for sæsonudsving fundet (antagelse)',
  'advisors.fte': 'en mellemstor afdeling: 34 stillinger, omkring 30 rådgivere i arbejde en gennemsnitlig dag ved 24 % personaleomsætning (antagelse)',
  'advisors.hoursPerWeek': 'Dansk Socialrådgiverforenings anbefaling regner sagstal pr. 37-timers uge',
  'advisors.productiveShare':
    'ferie 6 uger, sygefravær 6,2 % (DS 2022), møder, supervision; CWLA: 63–76 % af tiden går til familierne (antagelse)',
  'advisors.taskHoursScale': 'som sagstyperne angiver; usikker: se antagelsen om tid pr. opgave',
  'advisors.caseCap': '40–50 i debatten i Horsens og Herning; gennemsnit 31 i en undersøgelse (DS 2023); DS anbefaler 20–30',
  'advisors.fullCostPerFteDkk': 'Hernings budget ≈ 500 000 kr. pr. årsværk 2013–14, lønfremskrevet plus overhead (antagelse)',
  'advisors.hiring': 'ingen: en politisk beslutning',
  'advisors.staffing.attritionPerYear': 'VIVE 2024: 12 % rejste på et halvt år (≈ 23 % om året); DS: omkring hver fjerde rejste 2021–22',
  'advisors.staffing.attritionPressureCurve': 'antagelse: slået fra (ingen dansk sammenhæng fundet; Hillerød: rådgivere søger »mod færre sager«)',
  'advisors.staffing.recruitmentCostDkk': 'antagelse: et halvt års fulde udgift (Vision 2015: 542 700 SEK pr. genbesættelse; NCWWI: 30–200 % af lønnen)',
  'advisors.staffing.recruitmentDelayDays': 'antagelse: 3 måneder inklusive opsigelse',
  'advisors.staffing.onboardingDays': 'DS: nedsat sagstal i omkring 6 måneder for nye rådgivere',
  'advisors.staffing.onboardingCapacityShare': 'antagelse',
  'allocation.policy': 'antagelse: sager venter hellere end at overfylde loftet',
  'allocation.hardMaxCases': 'antagelse',
  'documentation.legalElements': 'forvaltningsloven §§ 19, 22–24, 25: partshøring, begrundelse, klagevejledning',
  'documentation.baseMissingProbability': 'antagelse, kalibreret (Herning: »næsten ingen klager«)',
  'documentation.errorCurve': 'antagelse: ingen dansk undersøgelse af sammenhængen findes; kalibreret til tilsynets tal',
  'documentation.errorCurveParameter': 'antagelse, kalibreret til tilsynets tal; usikker: se antagelsen om fejlkurvens stejlhed',
  'documentation.caseloadEffect':
    'antagelse: ingen kilde sætter tal på; DS anbefaler 20–30 sager, Herning angiver bedre afgørelser ved omkring 24; grundrisikoen gælder ved 25 sager',
  'practice.contactFactor': 'i dag: 1; Herning: mere kontakt med hvert barn (KORA: besøg hurtigere og oftere end lovens minimum), +50 % antagelse',
  'practice.followUpEveryDays': 'i dag: hver opgaves egen (6 måneder); Herning: hver 3. måned (KORA)',
  'costs.fosterCarePerYearDkk': 'Benchmarkingenheden 2019 (via nb-okonomi.dk): omkring 470 000 kr. pr. barn pr. år',
  'costs.residentialCarePerYearDkk': 'Benchmarkingenheden 2019: omkring 1 160 000 kr. pr. barn pr. år på døgninstitution eller opholdssted',
  'costs.residentialShare': 'DST 2018: plejefamilie 63 %, døgninstitution 17 %, opholdssted 14 % af anbringelserne (31 af 94)',
  'outcomes.placementResponse':
    'antagelse kalibreret til KORA 2015/17 (Herning: −3,7 mio. kr. til anbringelser mod +2 mio. kr. i løn midtvejs); én kommune, før og efter, ingen sammenligningsgruppe (VIVE 2020: ikke en årsagssammenhæng)',
  'outcomes.placementResponseParameter': 'antagelse kalibreret til KORA’s tal fra Herning; usikker: se antagelsen om sagstallets virkning på anbringelser',
  'uncertainty.draw': 'slået fra: et scenaries værdier er dets antagelser, og et link genskaber tallene præcist',
  'audit.windowWeeks': 'antagelse: et tilsyn læser det seneste år af en sag',
  'audit.countDeadlineBreaches': 'Ankestyrelsen tæller overskredne frister som fejl',
};

export const CASE_TYPE_SOURCES_DA: Record<string, string> = {
  arrivalsPerWeek: 'fordelingen i DST’s bestand 2019 (42 111 forebyggende, 13 600 anbragte); skaleret til afdelingen (antagelse)',
  urgentShare: 'antagelse',
  'duration.meanDays': 'undersøgelser: inden for fristen på 4 måneder; foranstaltninger: antagelse',
  'duration.cv': 'antagelse',
  contactHoursPerWeek: 'antagelse, afstemt med opgavernes timer til omkring 36 sager pr. årsværk',
  costPerYearDkk: 'forebyggende: omkring 135 000 kr. pr. barn pr. år, afledt (KL 2022: 37 % af udgiften er forebyggende), usikkert; undersøgelser: kun personaletid; anbringelser: se udgifter',
  isPlacement: 'anbringelse: Barnets lov §§ 46–47; de andre er ikke',
  next: 'antagelse: halvdelen af undersøgelserne fører til en forebyggende foranstaltning, 8 % til anbringelse',
  dueDays:
    'undersøgelse 4 måneder fra underretningen (Barnets lov § 20, stk. 3); plan og første opfølgning 3 måneder (§§ 91, 95); opfølgning hver 6. måned (antagelse)',
  hours: 'antagelse (ingen dansk tidsmåling); CWLA: 12 undersøgelser pr. rådgiver pr. måned',
};

/** The uncertain assumptions' sources by id, in Danish (the English is in their own `source`). */
export const ASSUMPTION_SOURCES_DA: Record<string, string> = {
  productiveShare:
    'antagelse: ferie og sygdom alene efterlader omkring 0,8 (6 uger, DS 2022 6,2 %); møder, supervision og transport er ikke målt i Danmark (Colorado 2014: 68 % af tiden på sagerne)',
  taskHours: 'antagelse: opgavernes timer er afstemt med arbejdsbyrden; ingen dansk tidsmåling pr. opgave (DS 2011 målte kun kontakttid)',
  errorCurve: 'antagelse: ingen dansk kilde knytter dokumentationstid til fejl; 1,5 er kalibreret til to ankerpunkter, 1 (lineær) og 2,5 (sen og stejl) ligger på hver side',
  placementResponse: 'antagelse: kalibreret til KORA’s tal fra Herning (0,15); 0 = sagstallet flytter ikke anbringelser, 0,3 = dobbelt så stor virkning som i Herning',
};

const ENGLISH_ASSUMPTION_SOURCES: Record<string, string> = Object.fromEntries(DEFAULT_ASSUMPTIONS.map((a) => [a.id, a.source]));

/**
 * A parameter's source in the page's language, or '' when the defaults name none. Case-type and
 * task fields share one source per field; a path the tables do not know has none.
 */
export function paramSource(lang: Lang, path: string): string {
  const general = schemaPath(path);
  if (general.startsWith('caseTypes.<id>.')) {
    const field = general.replace(/^caseTypes\.<id>\.(tasks\.<id>\.)?/, '');
    return (lang === 'da' ? CASE_TYPE_SOURCES_DA : CASE_TYPE_SOURCES)[field] ?? '';
  }
  return (lang === 'da' ? SOURCES_DA : SOURCES)[general] ?? '';
}

/**
 * An uncertain assumption's source: the shipped ones in the page's language; one a file brings
 * keeps its own words (in whatever language it was written), with the markdown stars taken out.
 */
export function assumptionSource(lang: Lang, id: string, own: string): string {
  const shipped = ENGLISH_ASSUMPTION_SOURCES[id] === own;
  const text = shipped && lang === 'da' ? (ASSUMPTION_SOURCES_DA[id] ?? own) : own;
  return text.replace(/\*/g, '');
}
