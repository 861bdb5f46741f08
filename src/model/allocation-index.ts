/**
 * Who takes the next case: the advisor with the fewest open cases per productive FTE among
 * those below their cap, the lowest index on a tie. A scan of every advisor per arrival made
 * the cost per event grow with the department (issue 13: 1.5 µs at 1x, 5.7 µs at 120x); this
 * binary heap keyed by (load, index) answers in O(1) and is kept in order in O(log n) as cases
 * come and go. It picks exactly the advisor the scan picked, so results are bit for bit the same.
 */
export interface Allocatable {
  readonly index: number;
  readonly cases: { readonly size: number };
  readonly cap: number;
  readonly productiveFte: number;
  /** Position in the heap, -1 when not in it (at or above the cap, or vacant). */
  heapAt: number;
  /** Cases per productive FTE when last placed in the heap (what the comparisons read). */
  heapLoad: number;
}

export class AllocationIndex<A extends Allocatable> {
  private readonly heap: A[] = [];

  /** The advisor a new case goes to, or null when everyone is at the cap. */
  best(): A | null {
    return this.heap[0] ?? null;
  }

  /** Call whenever an advisor's cases, cap or productive FTE change. */
  update(a: A): void {
    const n = a.cases.size;
    const eligible = n < a.cap;
    if (!eligible) {
      if (a.heapAt >= 0) this.remove(a);
      return;
    }
    a.heapLoad = n / a.productiveFte;
    if (a.heapAt < 0) {
      a.heapAt = this.heap.length;
      this.heap.push(a);
      this.up(a.heapAt);
    } else {
      this.up(a.heapAt);
      this.down(a.heapAt);
    }
  }

  private remove(a: A): void {
    const i = a.heapAt;
    const last = this.heap.pop() as A;
    a.heapAt = -1;
    if (last === a) return;
    this.heap[i] = last;
    last.heapAt = i;
    this.up(i);
    this.down(i);
  }

  /** Whether a comes before b: lower load, then lower index (the scan's strict `<` kept the first). */
  private before(a: A, b: A): boolean {
    return a.heapLoad < b.heapLoad || (a.heapLoad === b.heapLoad && a.index < b.index);
  }

  private up(i: number): void {
    const heap = this.heap;
    const item = heap[i] as A;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as A;
      if (!this.before(item, p)) break;
      heap[i] = p;
      p.heapAt = i;
      i = parent;
    }
    heap[i] = item;
    item.heapAt = i;
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
      c.heapAt = i;
      i = child;
    }
    heap[i] = item;
    item.heapAt = i;
  }
}
