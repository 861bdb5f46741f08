/**
 * Whether anything changed the built-in prototypes: the mark of prototype pollution. A test
 * takes a snapshot, runs hostile input, and asks what changed; whatever did is put back, so
 * one failure cannot poison the tests after it.
 */

const WATCHED = { 'Object.prototype': Object.prototype, 'Array.prototype': Array.prototype, 'Function.prototype': Function.prototype } as const;

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

export function prototypeSnapshot(): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const proto of Object.values(WATCHED)) {
    snapshot.set(proto, new Map(Reflect.ownKeys(proto).map((key) => [key, Reflect.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor])));
  }
  return snapshot;
}

/** Every own key added to or changed on a watched prototype since `before` (restored), plus `({}).polluted`. */
export function pollutionSince(before: Snapshot): string[] {
  const found: string[] = [];
  for (const [name, proto] of Object.entries(WATCHED)) {
    const was = before.get(proto) as Map<PropertyKey, PropertyDescriptor>;
    for (const key of Reflect.ownKeys(proto)) {
      const old = was.get(key);
      const now = Reflect.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      if (old && old.value === now.value && old.get === now.get && old.set === now.set) continue;
      found.push(`${name}.${String(key)}`);
      if (old) Reflect.defineProperty(proto, key, old);
      else Reflect.deleteProperty(proto, key);
    }
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) found.push('({}).polluted');
  return found;
}
