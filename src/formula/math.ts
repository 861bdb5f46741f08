/**
 * The mathjs instances, number-only and built from the functions they use, not from `all`:
 * `all` put every mathjs function in the page's and each worker's code (about 300 kB) and
 * resolved hundreds of them on first use, a tenth of a second of the page's start.
 *
 * - {@link math}: what the model computes with (erf).
 * - {@link createFormulaMath}: the parser and compiler for user formulas (formula.ts restricts
 *   them further), with every operator the parser knows that has a number meaning, and the
 *   functions formulas may call.
 */
import {
  absDependencies,
  addDependencies,
  andDependencies,
  bitAndDependencies,
  bitNotDependencies,
  bitOrDependencies,
  bitXorDependencies,
  cbrtDependencies,
  ceilDependencies,
  compileDependencies,
  cosDependencies,
  create,
  type FactoryFunctionMap,
  divideDependencies,
  eDependencies,
  equalDependencies,
  erfDependencies,
  expDependencies,
  factorialDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  leftShiftDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  rightArithShiftDependencies,
  rightLogShiftDependencies,
  roundDependencies,
  signDependencies,
  sinDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanDependencies,
  tanhDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from 'mathjs/number';

/** The factories of `maps`, as one map for `create` (mathjs types each as possibly missing). */
function factories(...maps: (FactoryFunctionMap | undefined)[]): FactoryFunctionMap {
  return Object.assign({}, ...maps.map((map) => {
    if (!map) throw new Error('a mathjs function this build needs is missing');
    return map;
  })) as FactoryFunctionMap;
}

export const math = create(factories(erfDependencies));

/** A fresh instance that parses and compiles formulas (see the header). */
export function createFormulaMath() {
  return create(
    factories(
      parseDependencies,
      compileDependencies,
      // Operators.
      addDependencies,
      subtractDependencies,
      multiplyDependencies,
      divideDependencies,
      powDependencies,
      modDependencies,
      unaryMinusDependencies,
      unaryPlusDependencies,
      factorialDependencies,
      equalDependencies,
      unequalDependencies,
      smallerDependencies,
      largerDependencies,
      smallerEqDependencies,
      largerEqDependencies,
      andDependencies,
      orDependencies,
      xorDependencies,
      notDependencies,
      bitAndDependencies,
      bitOrDependencies,
      bitXorDependencies,
      bitNotDependencies,
      leftShiftDependencies,
      rightArithShiftDependencies,
      rightLogShiftDependencies,
      // The functions and constants formulas may use (formula.ts, ALLOWED_FUNCTIONS).
      absDependencies,
      minDependencies,
      maxDependencies,
      expDependencies,
      logDependencies,
      log10Dependencies,
      sqrtDependencies,
      cbrtDependencies,
      floorDependencies,
      ceilDependencies,
      roundDependencies,
      sinDependencies,
      cosDependencies,
      tanDependencies,
      tanhDependencies,
      signDependencies,
      piDependencies,
      eDependencies,
    ),
  );
}
