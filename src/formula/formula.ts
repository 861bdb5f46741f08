/**
 * User-editable formulas (mathjs) in a restricted scope. A budget officer types the formula
 * into a scenario file or the app; a link can carry it to anyone. So a formula may only use
 * numbers, the named variables, arithmetic, comparisons, conditionals and a short list of
 * pure functions: no assignment, no function definitions, no property access, no imports.
 * The tree is checked before compiling; the dangerous mathjs functions are also disabled in
 * the instance itself, as the mathjs security notes advise.
 */
import { createFormulaMath } from './math.ts';
import type { MathNode } from 'mathjs';

/**
 * The parser, built on the first compile rather than when the module loads: building it (mathjs's
 * typed functions) is most of a first compile's cost, and a page opened on a shipped scenario
 * compiles no formula (scenario/curve-check.ts).
 */
let parser: ((expression: string) => MathNode) | null = null;

function formulaParser(): (expression: string) => MathNode {
  if (parser) return parser;
  const math = createFormulaMath();
  // Keep our own handle on the parser before the overrides below hide it from formulas.
  parser = math.parse;
  const disabled = (name: string) => () => {
    throw new Error(`${name} is disabled in Sagstal formulas`);
  };
  math.import(
    {
      import: disabled('import'),
      createUnit: disabled('createUnit'),
      evaluate: disabled('evaluate'),
      parse: disabled('parse'),
      simplify: disabled('simplify'),
      derivative: disabled('derivative'),
      compile: disabled('compile'),
    },
    { override: true },
  );
  return parser;
}

/** Functions a formula may call. All are pure functions of numbers. */
export const ALLOWED_FUNCTIONS = [
  'abs', 'min', 'max', 'exp', 'log', 'log10', 'sqrt', 'cbrt', 'pow', 'floor', 'ceil', 'round',
  'sin', 'cos', 'tan', 'tanh', 'sign',
] as const;
const FUNCTIONS = new Set<string>(ALLOWED_FUNCTIONS);
const CONSTANTS = new Set(['pi', 'e']);
/**
 * Operators a formula may use, by the mathjs function they stand for: those with a meaning for
 * numbers. The rest (`'` transpose, `to` units, element-wise `.*`) have none here; before this
 * list `s'` passed the check and then threw while compiling.
 */
const OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus', 'factorial',
  'equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'and', 'or', 'xor', 'not',
  'bitAnd', 'bitOr', 'bitXor', 'bitNot', 'leftShift', 'rightArithShift', 'rightLogShift',
]);
const MAX_LENGTH = 500;

export type CompiledFormula = (scope: Record<string, number>) => number;

/**
 * The formula as a function of `variable`, the other variables fixed at `fixed`: for a curve
 * evaluated in a hot loop (g(s) at every decision).
 */
export type FormulaCurve = (variable: string, fixed: Readonly<Record<string, number>>) => (x: number) => number;

export type FormulaResult = { ok: true; evaluate: CompiledFormula; curve: FormulaCurve } | { ok: false; message: string };

/** Parses and checks `expression`; only `variables` and {@link ALLOWED_FUNCTIONS} may appear. */
export function compileFormula(expression: string, variables: readonly string[]): FormulaResult {
  if (expression.length > MAX_LENGTH) return fail(`is longer than ${MAX_LENGTH} characters`);
  let tree: MathNode;
  try {
    tree = formulaParser()(expression);
  } catch (error) {
    return fail(`does not parse: ${(error as Error).message}`);
  }
  const problem = checkNode(tree, new Set(variables));
  if (problem) return fail(problem);
  const code = tree.compile();
  const result = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
  return {
    ok: true,
    evaluate: (scope) => result(code.evaluate({ ...scope })),
    // One Map for every call, which mathjs reads as it is: a plain object scope costs two
    // objects and mathjs's wrapper around them per call (about 170 of the 260 bytes a call
    // allocated). A formula cannot assign (checkNode), so no call leaves anything in it.
    curve: (variable, fixed) => {
      const scope = new Map(Object.entries(fixed));
      scope.set(variable, Number.NaN);
      return (x) => {
        scope.set(variable, x);
        return result(code.evaluate(scope));
      };
    },
  };
}

function fail(message: string): FormulaResult {
  return { ok: false, message };
}

/** Returns a description of the first forbidden construct, or null when the tree is allowed. */
function checkNode(node: MathNode, variables: ReadonlySet<string>): string | null {
  switch (node.type) {
    case 'ConstantNode':
      return typeof (node as unknown as { value: unknown }).value === 'number' ? null : 'may only contain numbers';
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (variables.has(name) || CONSTANTS.has(name)) return null;
      return `uses unknown name "${name}" (allowed: ${[...variables].join(', ')})`;
    }
    case 'FunctionNode': {
      const fn = (node as unknown as { fn: MathNode }).fn;
      const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : '';
      if (!FUNCTIONS.has(name)) return `calls "${name || fn.toString()}", which is not allowed (allowed: ${ALLOWED_FUNCTIONS.join(', ')})`;
      return firstProblem((node as unknown as { args: MathNode[] }).args, variables);
    }
    case 'OperatorNode': {
      const { op, fn } = node as unknown as { op: string; fn: string };
      if (!OPERATORS.has(fn)) return `uses the operator "${op}", which has no meaning for numbers here`;
      const children: MathNode[] = [];
      node.forEach((child) => children.push(child));
      return firstProblem(children, variables);
    }
    case 'ParenthesisNode':
    case 'ConditionalNode': {
      const children: MathNode[] = [];
      node.forEach((child) => children.push(child));
      return firstProblem(children, variables);
    }
    default:
      return `may not contain ${describe(node.type)}`;
  }
}

function firstProblem(nodes: MathNode[], variables: ReadonlySet<string>): string | null {
  for (const child of nodes) {
    const problem = checkNode(child, variables);
    if (problem) return problem;
  }
  return null;
}

function describe(type: string): string {
  const words: Record<string, string> = {
    AssignmentNode: 'assignments',
    FunctionAssignmentNode: 'function definitions',
    AccessorNode: 'property access',
    IndexNode: 'indexing',
    ObjectNode: 'objects',
    ArrayNode: 'arrays',
    RangeNode: 'ranges',
    BlockNode: 'several statements',
  };
  return words[type] ?? type;
}
