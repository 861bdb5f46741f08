/**
 * What a new case type or task (an id the defaults do not know) starts from. Fields left
 * `undefined` have no sensible default and must be given: parsing reports them as required.
 */
import type { CaseType, TaskType } from './types.ts';

type Template<T> = { [K in keyof T]: T[K] extends object ? Template<T[K]> | T[K] : T[K] | undefined };

export const CASE_TYPE_TEMPLATE: Template<Omit<CaseType, 'id' | 'label'>> = {
  arrivalsPerWeek: undefined,
  urgentShare: 0,
  initialOpen: null,
  // Exponential: the memoryless choice when nothing is known about the spread.
  duration: { distribution: 'exponential', meanDays: undefined, cv: 1 },
  contactHoursPerWeek: 0,
  costPerYearDkk: 0,
  isPlacement: false,
  tasks: [],
  next: {},
};

export const TASK_TEMPLATE: Template<Omit<TaskType, 'id' | 'label'>> = {
  kind: 'other',
  trigger: 'start',
  dueDays: undefined,
  dueFrom: 'phase',
  windowDays: 14,
  repeatEveryDays: null,
  hours: undefined,
  documentationShare: 0.5,
  decision: false,
};
