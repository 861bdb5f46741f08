/**
 * The mathjs instance the model and the experiment layer compute with (number-only build: small enough for workers). Internal use;
 * user formulas get their own restricted instance in formula.ts.
 */
import { all, create, type FactoryFunctionMap } from 'mathjs/number';

/** Creates a fresh number-only mathjs instance. */
export function createMath() {
  return create(all as FactoryFunctionMap);
}

export const math = createMath();
