import { describe, expect, it } from 'vitest';
import { IntakeProfile, intakeMultiplier } from '../../src/model/intake.ts';
import type { IntakeSettings } from '../../src/scenario/types.ts';

const intake = (growth: Partial<IntakeSettings['growth']>, amplitudeShare = 0): IntakeSettings => ({
  growth: { kind: 'none', percent: 0, startWeek: 0, rampWeeks: 52, ...growth },
  seasonality: { amplitudeShare, peakWeek: 10 },
});

describe('intakeMultiplier(intake, day)', () => {
  it('steps up by the percentage at the start week', () => {
    const step = intake({ kind: 'step', percent: 25, startWeek: 4 });
    expect(intakeMultiplier(step, 27)).toBe(1);
    expect(intakeMultiplier(step, 28)).toBe(1.25);
  });

  it('ramps linearly to the percentage over the ramp weeks', () => {
    const ramp = intake({ kind: 'ramp', percent: 20, startWeek: 0, rampWeeks: 10 });
    expect(intakeMultiplier(ramp, 35)).toBeCloseTo(1.1, 12);
    expect(intakeMultiplier(ramp, 700)).toBeCloseTo(1.2, 12);
  });

  it('peaks at the peak week with seasonality', () => {
    const seasonal = intake({}, 0.2);
    expect(intakeMultiplier(seasonal, 70)).toBeCloseTo(1.2, 12);
  });
});

describe('IntakeProfile.invert(level, hint)', () => {
  it('inverts the cumulative rate, including across a step', () => {
    const profile = new IntakeProfile(intake({ kind: 'step', percent: 100, startWeek: 1 }), 28, 0);
    expect(profile.invert(3.5, 0).time).toBeCloseTo(3.5, 12);
    expect(profile.invert(9, 0).time).toBeCloseTo(8, 12); // 7 days at rate 1, then rate 2
    expect(profile.invert(1e9, 0).time).toBe(Infinity);
  });

  it('runs the warm-up at the base rate', () => {
    const profile = new IntakeProfile(intake({ kind: 'step', percent: 100, startWeek: 0 }), 14, 7);
    expect(profile.total).toBeCloseTo(7 + 14, 12);
  });
});
