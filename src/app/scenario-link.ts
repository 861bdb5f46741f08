/**
 * A whole scenario in a link, for what the preset and paths cannot carry (other case types or
 * tasks, an opened file with its title and notes): deflate-compressed JSON in base64url, in the
 * fragment (`#scenario=…`, never sent to a server). Decoding treats it as hostile, as every link
 * is: bounded before and after decompression (a small link cannot inflate into a large one),
 * checked by the scenario parser (which refuses `__proto__`, `constructor` and `prototype`
 * keys), each bad field named, left out and the rest kept; a scenario that still does not parse,
 * or runs over the work bound, is named and dropped, and the query's controls apply to the preset.
 */
import { checkWorkBound } from '../experiment/catalogue.ts';
import { parseScenario, type ScenarioProblem } from '../scenario/parse.ts';
import type { ScenarioInput } from '../scenario/types.ts';
import { SCENARIO_FRAGMENT, type BaseScenario, type LinkProblem } from './link.ts';

/** Longest encoded scenario read: above any scenario the schema allows once its notes are cut. */
export const MAX_ENCODED_LENGTH = 120_000;
/** Most characters of JSON an encoded scenario may inflate to. */
export const MAX_JSON_LENGTH = 1_000_000;
/** Rounds of leaving out bad fields before the scenario is given up. */
const MAX_ROUNDS = 5;

type Json = Record<string, unknown>;

/** Encodes `input` for a link's fragment; notes are shortened (and say so) if the whole would pass the bound. */
export async function encodeScenario(input: ScenarioInput): Promise<BaseScenario> {
  let encoded = toBase64Url(await squeeze(JSON.stringify(input)));
  const given: unknown = input.notes;
  let notes = typeof given === 'string' ? given : Array.isArray(given) ? given.join('\n\n') : '';
  let kept = input;
  while (encoded.length > MAX_ENCODED_LENGTH && notes.length > 0) {
    notes = notes.slice(0, Math.floor(notes.length / 2));
    kept = { ...input, notes: notes ? `${notes} …` : '' };
    encoded = toBase64Url(await squeeze(JSON.stringify(kept)));
  }
  return { input: kept, encoded };
}

export interface DecodedScenario {
  base: BaseScenario | null;
  problems: LinkProblem[];
}

/** The scenario in a fragment (`#scenario=…`), or none; never throws. */
export async function decodeFragment(hash: string): Promise<DecodedScenario> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(SCENARIO_FRAGMENT)) return { base: null, problems: [] };
  return decodeScenario(fragment.slice(SCENARIO_FRAGMENT.length));
}

export async function decodeScenario(encoded: string): Promise<DecodedScenario> {
  const problem = (value: string, message: string): DecodedScenario => ({ base: null, problems: [scenarioProblem('scenario', value, message)] });
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return { base: null, problems: [{ name: 'scenario', value: `${encoded.length}`, reason: { kind: 'tooLong', max: MAX_ENCODED_LENGTH } }] };
  }
  const bytes = fromBase64Url(encoded);
  if (!bytes) return problem(encoded, 'is not base64url text (letters, digits, - and _)');
  let text: string;
  try {
    text = await inflate(bytes, MAX_JSON_LENGTH);
  } catch (error) {
    return problem(encoded, `cannot be unpacked: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem(encoded, `is not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return problem(encoded, 'must hold a scenario object');
  return checked(json as Json, encoded);
}

/** The scenario with each field the parser refuses left out and named; the whole dropped if that does not mend it. */
async function checked(input: Json, encoded: string): Promise<DecodedScenario> {
  const problems: LinkProblem[] = [];
  let current = input;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = parseScenario(current);
    if (parsed.ok) {
      const refusal = checkWorkBound(parsed.scenario, parsed.scenario.simulation.replications);
      if (refusal) return { base: null, problems: [...problems, scenarioProblem('scenario', '', refusal)] };
      // Re-encoded only when something was left out, so a good link keeps its exact fragment.
      const base = problems.length === 0 ? { input: current as ScenarioInput, encoded } : await encodeScenario(current as ScenarioInput);
      return { base, problems };
    }
    const next = structuredClone(current);
    const removed = parsed.problems.filter((p) => removePath(next, p.path));
    if (removed.length === 0) return { base: null, problems: [...problems, ...giveUp(parsed.problems)] };
    problems.push(...removed.map((p) => scenarioProblem(`scenario: ${p.path}`, '', p.message)));
    current = next;
  }
  return { base: null, problems: [...problems, scenarioProblem('scenario', '', 'has too many problems to mend')] };
}

function giveUp(problems: readonly ScenarioProblem[]): LinkProblem[] {
  return problems.map((p) => scenarioProblem(`scenario: ${p.path}`, '', `${p.message}; the scenario in the link was not used`));
}

function scenarioProblem(name: string, value: string, message: string): LinkProblem {
  return { name, value, reason: { kind: 'scenario', message } };
}

/**
 * Deletes the field a problem names (`advisors.fte`, `caseTypes.case.duration.meanDays`,
 * `advisors.hiring[2].week`: the whole plan); list items are found by id. False when the path
 * names nothing the input holds, or something that cannot be left out alone (a whole item).
 */
export function removePath(root: Json, path: string): boolean {
  const parts = path.replace(/\[\d+\].*$/, '').split('.');
  if (parts.some((p) => p === '')) return false;
  let node: unknown = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i] as string;
    const child: unknown = isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    if (Array.isArray(child)) {
      const id = parts[++i];
      node = child.find((item) => isObject(item) && item['id'] === id);
      if (i === parts.length - 1) return false; // a whole case type or task: its list would change
    } else {
      node = child;
    }
  }
  const last = parts[parts.length - 1] as string;
  if (!isObject(node) || !Object.hasOwn(node, last)) return false;
  Reflect.deleteProperty(node, last);
  return true;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function squeeze(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates `bytes`, stopping with an error once the text passes `max` characters. */
async function inflate(bytes: Uint8Array, max: number): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > max) {
      await reader.cancel();
      throw new Error(`it unpacks to more than ${max} characters`);
    }
  }
  return text + decoder.decode();
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
