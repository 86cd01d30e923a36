/** What {@link createProgress} writes to. */
export interface ProgressStream {
  /** Whether it is a terminal (only then is a bar drawn). */
  isTTY?: boolean;
  /** Its width in characters. */
  columns?: number;
  /** Writes text. */
  write: (text: string) => unknown;
}

/** A progress bar that redraws one line. */
export interface Progress {
  /** Redraws with `done` of `total` finished; `label` says what finished last. */
  update: (done: number, total: number, label: string, failed: number) => void;
  /** Clears the line. */
  finish: () => void;
}

/** One bar line: `[#####·····] 12/40  3 failing  Button / Primary (elder-dark-high)`, cut to `width`. */
export function renderBar(done: number, total: number, label: string, failed: number, width: number): string {
  const size = 20;
  const filled = total ? Math.round((done / total) * size) : size;
  const head = `[${'#'.repeat(filled)}${'·'.repeat(size - filled)}] ${done}/${total}${failed ? `  ${failed} failing` : ''}  `;
  const room = Math.max(0, width - head.length - 1);
  const tail = label.length > room ? `${label.slice(0, Math.max(0, room - 1))}…` : label;
  return head + tail;
}

/**
 * A progress bar on a terminal; nothing at all when the stream is not one (CI logs stay clean).
 *
 * @param stream Where to draw. @default process.stderr
 */
export function createProgress(stream: ProgressStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  let drawn = false;
  return {
    update(done, total, label, failed) {
      stream.write(`\r\x1b[2K${renderBar(done, total, label, failed, stream.columns ?? 80)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
