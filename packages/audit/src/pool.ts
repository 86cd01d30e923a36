/** One worker of {@link runPool}: takes items one at a time, and is stopped when none are left. */
export interface PoolWorker<Item> {
  /** Handles one item. */
  run: (item: Item) => Promise<void>;
  /** Frees what the worker holds. */
  stop: () => Promise<void>;
}

/**
 * Works through `items` in order with at most `concurrency` workers at once, each made by `start`.
 * Every item goes to exactly one worker; a worker is stopped when no items are left, or when it fails.
 */
export async function runPool<Item>(items: readonly Item[], concurrency: number, start: () => Promise<PoolWorker<Item>>): Promise<void> {
  let next = 0;
  const lane = async () => {
    const worker = await start();
    try {
      while (next < items.length) await worker.run(items[next++]!);
    } finally {
      await worker.stop();
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
}
