/**
 * Where each default comes from, in one line (details and links: shared/domain/facts.md).
 * "assumption" marks a value no source pins down; the app and docs say so.
 */
export const SOURCES: Record<string, string> = {
  'simulation.horizonWeeks': 'two budget years (convention)',
  'simulation.warmupWeeks': "a year at today's configuration, so week 0 holds today's overdue work, waiting list and vacancies",
  'simulation.warmupFte': "null: the scenario's own; the Herning preset warms up as today (30)",
  'simulation.warmupCaseCap': "null: the scenario's own; the Herning preset warms up as today (50)",
  'simulation.replications': 'enough for stable P10/P90 (assumption)',
  'intake.growth.percent': 'Horsens +25 % caseload 2020–21 (dknyt.dk); notifications +30 % in 3 years to 2018',
  'intake.seasonality.amplitudeShare': 'off: no Danish seasonal figure found (assumption)',
  'advisors.fte': 'a mid-sized department: 34 posts, about 30 advisors at work on an average day at 24 % turnover (assumption)',
  'advisors.hoursPerWeek': 'DS guideline defines caseload per 37-hour week',
  'advisors.productiveShare':
    'holiday 6 weeks, sick leave 6.2 % (DS 2022), meetings, supervision; CWLA: 63–76 % of time serves families (assumption)',
  'advisors.taskHoursScale': 'as the case types give them; uncertain: see uncertainty.assumptions.taskHours',
  'advisors.caseCap': '40–50 in Horsens/Herning debate; survey average 31 (DS 2023); DS guideline 20–30',
  'advisors.fullCostPerFteDkk': 'Herning budgets ≈ 500 000 DKK/FTE 2013–14, wage-indexed plus overhead (assumption)',
  'advisors.hiring': 'none: a council decision',
  'advisors.staffing.attritionPerYear': 'VIVE 2024: 12 % left in half a year (≈ 23 %/year); DS: about 1 in 4 left 2021–22',
  'advisors.staffing.attritionPressureCurve': 'assumption: off (no Danish elasticity found; Hillerød: advisors leave "toward fewer cases")',
  'advisors.staffing.recruitmentCostDkk': 'assumption: half a year\'s full cost (Vision 2015: 542 700 SEK per replacement; NCWWI: 30–200 % of salary)',
  'advisors.staffing.recruitmentDelayDays': 'assumption: 3 months including notice',
  'advisors.staffing.onboardingDays': 'DS: reduced caseload for about 6 months for new advisors',
  'advisors.staffing.onboardingCapacityShare': 'assumption',
  'allocation.policy': 'assumption: cases wait rather than overfill the cap',
  'allocation.hardMaxCases': 'assumption',
  'documentation.legalElements': 'forvaltningsloven §§ 19, 22–24, 25: partshøring, begrundelse, klagevejledning',
  'documentation.baseMissingProbability': 'assumption, calibrated (Herning: "almost no complaints")',
  'documentation.errorCurve': 'assumption: no Danish dose–response study exists; calibrated to audit anchors',
  'documentation.errorCurveParameter': 'assumption, calibrated to the audit anchors; uncertain: see uncertainty.assumptions.errorCurve',
  'documentation.caseloadEffect':
    'assumption: no source puts a number on it; DS guideline 20–30 cases, Herning\'s claim of better decisions at about 24; base rate holds at 25 cases',
  'practice.contactFactor': 'today: 1; Herning: more contact with each child (KORA: visits faster and more often than the legal minimum), +50 % assumption',
  'practice.followUpEveryDays': 'today: each task\'s own (6 months); Herning: every 3 months (KORA)',
  'costs.fosterCarePerYearDkk': 'Benchmarkingenheden 2019 (via nb-okonomi.dk): about 470 000 DKK per child-year',
  'costs.residentialCarePerYearDkk': 'Benchmarkingenheden 2019: about 1 160 000 DKK per child-year in døgninstitution or opholdssted',
  'costs.residentialShare': 'DST 2018: foster care 63 %, døgninstitution 17 %, opholdssted 14 % of placements (31 of 94)',
  'outcomes.placementResponse':
    'assumption calibrated to KORA 2015/17 (Herning: placement spending −3.7 m DKK against +2 m DKK wages at mid-term); one municipality, before and after, no comparison group (VIVE 2020: not causal)',
  'outcomes.placementResponseParameter': "assumption calibrated to KORA's Herning figures; uncertain: see uncertainty.assumptions.placementResponse",
  'uncertainty.draw': 'off: a scenario\'s values are its stated assumptions and a link reproduces them exactly (docs/experiments.md)',
  'audit.windowWeeks': 'assumption: an audit reads the last year of a file',
  'audit.countDeadlineBreaches': 'Ankestyrelsen counts missed deadlines as errors',
};

/** Sources of case-type and task defaults, by field (the same for every default type unless stated). */
export const CASE_TYPE_SOURCES: Record<string, string> = {
  arrivalsPerWeek: 'mix of DST 2019 stock (42 111 preventive, 13 600 placed); scaled to the department (assumption)',
  urgentShare: 'assumption',
  'duration.meanDays': 'investigation: information phase within the 4-month limit; measures: assumption',
  'duration.cv': 'assumption',
  contactHoursPerWeek: 'assumption, sized with task hours to about 36 cases per FTE by the workload formula',
  costPerYearDkk: 'preventive: about 135 000 DKK per child-year, derived (KL 2022: 37 % of spend is preventive), low confidence; investigation: staff time only; placements: see costs',
  isPlacement: 'placement: an anbringelse (Barnets lov §§ 46–47); the others are not',
  next: 'assumption: half of investigations lead to a preventive measure, 8 % to placement',
  dueDays:
    'BFU 4 months from notification (Barnets lov § 20 stk. 3); plan and first follow-up 3 months (§§ 91, 95); follow-up every 6 months (assumption)',
  hours: 'assumption (no Danish time study); CWLA: 12 investigations per worker-month',
};
