/**
 * How often the page renders while results stream in. Each render is a frame's work: the
 * views' JavaScript, then style, layout and paint. On a fast machine that is a few
 * milliseconds and every frame may have one; on a slow phone it is 50–100 ms, and rendering
 * every replication that arrives kept the main thread busy from the first numbers to the last
 * (each render a long task that blocks input). So a refinement (more replications of numbers
 * already on screen) waits until the last render's cost has been repaid {@link RENDER_DUTY}
 * times over; anything else renders in the next frame: the first numbers after a change, a
 * finished run, an error.
 *
 * A refinement that waited renders in its timer's task, not in a frame after it: the views'
 * JavaScript and the frame's style, layout and paint are then two tasks, not one, and input
 * is handled between them. On a phone each render was one task of 70–140 ms.
 */

/** Renders take at most 1 / (1 + RENDER_DUTY) of the main thread while results stream in. */
export const RENDER_DUTY = 3;

export class RenderPace {
  /** The animation frame a render waits for (0: none). */
  private frame = 0;
  /** The timer a refinement waits for (null: none). */
  private timer: ReturnType<typeof setTimeout> | null = null;
  private renderedAt = -Infinity;
  /** What the last render cost, frame work included (ms). */
  private lastMs = 0;

  /**
   * @param render draws the page.
   * @param refinement whether a render now would only refine what is on screen.
   */
  constructor(
    private readonly render: () => void,
    private readonly refinement: () => boolean,
  ) {}

  /** Asks for a render: in the next frame, or once the pace allows it (coalesced either way). */
  request(): void {
    if (this.frame) return;
    const wait = this.refinement() ? this.renderedAt + RENDER_DUTY * this.lastMs - performance.now() : 0;
    if (wait > 0) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        // A change since asked would have cancelled this timer; a frame already asked for draws it all.
        if (!this.frame) this.draw(false);
      }, wait);
      return;
    }
    // Not a refinement (or its time has come): a refinement still waiting is drawn with it.
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw(true);
    });
  }

  private draw(inFrame: boolean): void {
    const start = performance.now();
    this.renderedAt = start;
    this.render();
    // The cost counts the frame's style, layout and paint: a task after this frame's rendering
    // (drawn in a frame) or after the next frame's (drawn in a task of its own).
    const measure = () => setTimeout(() => (this.lastMs = performance.now() - start), 0);
    if (inFrame) measure();
    else requestAnimationFrame(measure);
  }
}
