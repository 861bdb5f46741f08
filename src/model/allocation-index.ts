/**
 * Who takes a case: the advisor with the fewest open cases per productive FTE among those a
 * rule admits (below the cap for a new case; below the hard maximum under `overfill`; anyone
 * at work for a colleague's hand-over), the lowest index on a tie. A scan of every advisor per
 * arrival, and per handed-over case, made the cost per event grow with the department (issue
 * 13: 1.5 µs at 1x, 5.7 µs at 120x); this binary heap keyed by (load, index) answers in O(1)
 * and is kept in order in O(log n) as cases come and go. It picks exactly the advisor the scan
 * picked, so results are bit for bit the same.
 */
export interface Allocatable {
  /** Dense post number (0, 1, 2, … in creation order): the tie-break and the slot in the index. */
  readonly index: number;
  readonly cases: { readonly size: number };
  readonly productiveFte: number;
}

export class AllocationIndex<A extends Allocatable> {
  private readonly heap: A[] = [];
  /** Heap position by post index, -1 when the rule does not admit the post. */
  private readonly at: number[] = [];
  /** Cases per productive FTE by post index, as last placed (what the comparisons read). */
  private readonly load: number[] = [];

  /** `admits` must depend only on the post's cases, cap and capacity: `update` is called when those change. */
  constructor(private readonly admits: (a: A) => boolean) {}

  /** The least-loaded admitted post, or null when the rule admits none. */
  best(): A | null {
    return this.heap[0] ?? null;
  }

  /** How many posts the rule admits now. */
  get size(): number {
    return this.heap.length;
  }

  has(a: A): boolean {
    return (this.at[a.index] ?? -1) >= 0;
  }

  /** Call whenever a post's cases, cap or productive FTE change. */
  update(a: A): void {
    const i = this.at[a.index] ?? -1;
    if (!this.admits(a)) {
      if (i >= 0) this.remove(a, i);
      return;
    }
    this.load[a.index] = a.cases.size / a.productiveFte;
    if (i < 0) {
      this.heap.push(a);
      this.up(this.heap.length - 1);
    } else {
      this.down(this.up(i));
    }
  }

  private remove(a: A, i: number): void {
    const last = this.heap.pop() as A;
    this.at[a.index] = -1;
    if (last === a) return;
    this.heap[i] = last;
    this.at[last.index] = i;
    this.down(this.up(i));
  }

  /** Whether a comes before b: lower load, then lower index (the scan's strict `<` kept the first). */
  private before(a: A, b: A): boolean {
    const la = this.load[a.index] as number;
    const lb = this.load[b.index] as number;
    return la < lb || (la === lb && a.index < b.index);
  }

  /** Moves the item at i towards the root while it comes first; returns where it settled. */
  private up(i: number): number {
    const heap = this.heap;
    const item = heap[i] as A;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as A;
      if (!this.before(item, p)) break;
      heap[i] = p;
      this.at[p.index] = i;
      i = parent;
    }
    heap[i] = item;
    this.at[item.index] = i;
    return i;
  }

  private down(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    const item = heap[i] as A;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.before(heap[right] as A, heap[left] as A) ? right : left;
      const c = heap[child] as A;
      if (!this.before(c, item)) break;
      heap[i] = c;
      this.at[c.index] = i;
      i = child;
    }
    heap[i] = item;
    this.at[item.index] = i;
  }
}
