/** A progress bar on stderr, drawn only when stderr is a terminal (never in pipes or logs). */

/** Somewhere to write text: a process stream, or a collector in tests. */
export interface TextSink {
  write(text: string): unknown;
  /** Whether a person watches it (the progress bar is drawn only then). */
  isTTY?: boolean;
}

const WIDTH = 30;

export function progressBar(stream: TextSink, enabled: boolean) {
  const start = performance.now();
  let lastDraw = 0;
  const draw = (done: number, total: number) => {
    const now = performance.now();
    // Redrawing faster than ~20 times a second only costs time.
    if (done < total && now - lastDraw < 50) return;
    lastDraw = now;
    const filled = Math.round((done / total) * WIDTH);
    const seconds = ((now - start) / 1000).toFixed(1);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} replications  ${seconds} s`);
  };
  return {
    update: (done: number, total: number) => {
      if (enabled) draw(done, total);
    },
    finish: () => {
      if (enabled) stream.write('\n');
    },
  };
}
