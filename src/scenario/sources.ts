/**
 * Where each default comes from, in one line (details and links: shared/domain/facts.md).
 * "assumption" marks a value no source pins down; the app and docs say so.
 */
export const SOURCES: Record<string, string> = {
  'simulation.horizonWeeks': 'two budget years (convention)',
  'simulation.warmupWeeks': 'none: council scenarios start from today',
  'simulation.replications': 'enough for stable P10/P90 (assumption)',
  'intake.growth.percent': 'Horsens +25 % caseload 2020–21 (dknyt.dk); notifications +30 % in 3 years to 2018',
  'intake.seasonality.amplitudeShare': 'off: no Danish seasonal figure found (assumption)',
  'advisors.fte': 'a mid-sized department (assumption)',
  'advisors.hoursPerWeek': 'DS guideline defines caseload per 37-hour week',
  'advisors.productiveShare':
    'holiday 6 weeks, sick leave 6.2 % (DS 2022), meetings, supervision; CWLA: 63–76 % of time serves families (assumption)',
  'advisors.caseCap': '40–50 in Horsens/Herning debate; survey average 31 (DS 2023); DS guideline 20–30',
  'advisors.fullCostPerFteDkk': 'Herning budgets ≈ 500 000 DKK/FTE 2013–14, wage-indexed plus overhead (assumption)',
  'advisors.staffing.attritionPerYear': 'off by default; DS: about 1 in 4 left 2021–22',
  'advisors.staffing.recruitmentDelayDays': 'assumption: 3 months including notice',
  'advisors.staffing.onboardingDays': 'DS: reduced caseload for about 6 months for new advisors',
  'advisors.staffing.onboardingCapacityShare': 'assumption',
  'allocation.policy': 'assumption: cases wait rather than overfill the cap',
  'allocation.hardMaxCases': 'assumption',
  'documentation.legalElements': 'forvaltningsloven §§ 19, 22–24, 25: partshøring, begrundelse, klagevejledning',
  'documentation.baseMissingProbability': 'assumption, calibrated (Herning: "almost no complaints")',
  'documentation.errorCurve': 'assumption: no Danish dose–response study exists; calibrated to audit anchors',
  'documentation.caseloadEffect':
    'assumption: no source puts a number on it; DS guideline 20–30 cases, Herning\'s claim of better decisions at about 24; base rate holds at 25 cases',
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
  isPlacement: 'placement: an anbringelse (Barnets lov §§ 46–47); the others are not',
  next: 'assumption: half of investigations lead to a preventive measure, 8 % to placement',
  dueDays:
    'BFU 4 months from notification (Barnets lov § 20 stk. 3); plan and first follow-up 3 months (§§ 91, 95); follow-up every 6 months (assumption)',
  hours: 'assumption (no Danish time study); CWLA: 12 investigations per worker-month',
};
