import { describe, expect, it } from 'vitest';
import { runPool } from './pool.ts';

/** A fake task: records what ran where and how many ran at once. */
function tracker() {
  let running = 0;
  const log = { most: 0, started: 0, stopped: 0, handled: [] as [worker: number, item: number][] };
  const start = async () => {
    const worker = log.started++;
    return {
      run: async (item: number) => {
        running++;
        log.most = Math.max(log.most, running);
        await new Promise((resolve) => setTimeout(resolve, item % 3));
        log.handled.push([worker, item]);
        running--;
      },
      stop: async () => {
        log.stopped++;
      },
    };
  };
  return { log, start };
}

describe('runPool', () => {
  it('hands every item to exactly one worker, never more at once than asked', async () => {
    const { log, start } = tracker();
    const items = Array.from({ length: 10 }, (_, i) => i);
    await runPool(items, 3, start);
    expect(log.handled.map(([, item]) => item).sort((a, b) => a - b)).toEqual(items);
    expect(log.most).toBe(3);
    expect(new Set(log.handled.map(([worker]) => worker)).size).toBe(3);
    expect(log.stopped).toBe(3);
  });

  it('starts no more workers than there are items, and one when there are none', async () => {
    const few = tracker();
    await runPool([1, 2], 5, few.start);
    expect(few.log.started).toBe(2);
    const none = tracker();
    await runPool([], 5, none.start);
    expect([none.log.started, none.log.stopped, none.log.handled.length]).toEqual([1, 1, 0]);
  });

  it('stops a worker whose task fails, and fails with its error', async () => {
    let stopped = 0;
    const failing = runPool([1, 2, 3], 1, async () => ({
      run: async (item) => {
        if (item === 2) throw new Error('tab crashed');
      },
      stop: async () => {
        stopped++;
      },
    }));
    await expect(failing).rejects.toThrow('tab crashed');
    expect(stopped).toBe(1);
  });
});
