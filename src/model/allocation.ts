/**
 * Who takes a case: advisors indexed by load (allocation-index.ts), so that every arrival and
 * every freed slot finds its advisor without a scan of the department. Whoever changes an
 * advisor's cases, cap or capacity re-places it here ({@link Allocation.reindex}).
 */
import type { Advisor } from './advisor.ts';
import { AllocationIndex } from './allocation-index.ts';

export class Allocation {
  /** Advisors below their cap, least loaded first: who takes the next case. */
  private readonly belowCap = new AllocationIndex<Advisor>((a) => a.cases.size < a.cap);
  /** Under `overfill`, advisors below the hard maximum: who takes a case when everyone is at the cap. */
  private readonly belowHardMax: AllocationIndex<Advisor> | null;
  /** See {@link atWork}: null until the first hand-over. */
  private atWorkIndex: AllocationIndex<Advisor> | null = null;

  constructor(
    /** The department's posts, as they are opened. */
    private readonly advisors: readonly Advisor[],
    overfill: boolean,
  ) {
    this.belowHardMax = overfill ? new AllocationIndex<Advisor>((a) => a.cases.size < a.hardMax) : null;
  }

  /** The advisor with the fewest cases per productive FTE below the cap (overfill: below the hard maximum). */
  pick(): Advisor | null {
    return this.belowCap.best() ?? this.belowHardMax?.best() ?? null;
  }

  /**
   * Every advisor at work, least loaded first, caps ignored: who takes a leaving colleague's
   * cases. Built at the first hand-over and kept up to date from then on: building it afresh for
   * each departure cost O(posts) per departure, so its share grew with the department (4 % at
   * 60x); kept from the start, it cost every case a third index update in runs without
   * departures (the M/M/c benchmark).
   */
  atWork(): AllocationIndex<Advisor> {
    if (!this.atWorkIndex) {
      this.atWorkIndex = new AllocationIndex<Advisor>((a) => a.active && a.productiveFte > 0);
      for (const a of this.advisors) this.atWorkIndex.update(a);
    }
    return this.atWorkIndex;
  }

  /** Re-places an advisor in every index: call whenever its cases, cap or capacity change. */
  reindex(advisor: Advisor): void {
    this.belowCap.update(advisor);
    this.belowHardMax?.update(advisor);
    this.atWorkIndex?.update(advisor);
  }
}
