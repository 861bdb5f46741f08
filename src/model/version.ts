/**
 * Version of the model's behaviour. Bump the minor version when the same scenario and seed
 * would give different numbers; links and CLI output carry it so old results can be told apart.
 */
export const MODEL_VERSION = '1.5.0';

/** What changed in each model version, newest first: shown when a link from an older version is opened. */
export const MODEL_CHANGES: readonly { version: string; change: string }[] = [
  {
    version: '1.5.0',
    change:
      'triage under overload: an advisor works the tasks that can still be on time before those that can no longer be (even with all documentation cut), and a task set aside waits at most four weeks before it goes ahead of anything due later; among children waiting for an advisor (urgent first, as before), those who can still be helped on time are taken first. Earliest-due-first put every overdue report first, so in deep overload a few more advisors took children already past their deadline and made the investigations that could still be on time late too: late investigations and follow-ups rose with the headcount. Now every deadline share falls with more advisors everywhere in the documented range; status quo moves little (follow-ups late a few points lower)',
  },
  {
    version: '1.4.0',
    change:
      'a child still waiting for an advisor is owed every follow-up that falls due while it waits, not only the first (each is missed); a follow-up that fell due while a child waited is counted in the week it fell due, not the week an advisor took the case. Late follow-ups and missed deadlines rise where children wait; nothing else changes',
  },
  {
    version: '1.3.0',
    change:
      'assumptions with ranges: productive share, a scale on task hours (advisors.taskHoursScale), the error curve\'s parameter a and the placement response\'s slope a can each be drawn per replication (uncertainty.draw, off by default); with the switch off every result is the same as in 1.2.0',
  },
  {
    version: '1.2.0',
    change:
      'posts and people: hiring plans that recruit and onboard, turnover on (24 %/year), staff cost counts filled posts plus recruitment; measures cost money (foster care, residential care, preventive); the placement response (Herning mechanism, assumption); a year of uncounted warm-up at today\'s configuration; status quo recalibrated to 35 posts, the investigation phase to 63 days; the Herning preset hires and follows up every 3 months',
  },
  {
    version: '1.1.0',
    change:
      'deadlines run from notification and count when they pass, waiting children included; headline error figure counts children, not decisions; errors grow with caseload as well as time pressure (assumption); audit counts waiting files and reports placement files alone',
  },
  { version: '1.0.0', change: 'first published model' },
];

/** The changes after `version`, in one line ("" when unknown or none). */
export function modelChangesSince(version: string): string {
  const index = MODEL_CHANGES.findIndex((c) => c.version === version);
  const newer = index < 0 ? MODEL_CHANGES : MODEL_CHANGES.slice(0, index);
  return newer.map((c) => `${c.version}: ${c.change}`).join('; ');
}
