/** Screenshot crops: around the elements a finding names, and to see whether focus changed anything. */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { boxOf, type PageNode } from './page-checks.ts';
import type { FindingNode } from './types.ts';

/** A rectangle of the page, in CSS px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A decoded image: 4 bytes (RGBA) per pixel, row by row. */
export interface Bitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

/** The room left around an element in a crop, in CSS px. */
const pad = 8;

/** The largest crop a report holds. */
const largest = { width: 800, height: 400 };

/**
 * The part of the viewport to crop around a box: the box and `pad` px around it, inside the
 * viewport and no larger than `max`. Null when less than 2 px would be left.
 */
export function clipAround(box: Box, viewport: { width: number; height: number }, max = { width: Infinity, height: Infinity }): Box | null {
  const x = Math.max(0, Math.floor(box.x - pad));
  const y = Math.max(0, Math.floor(box.y - pad));
  const width = Math.min(Math.ceil(box.width + 2 * pad), max.width, viewport.width - x);
  const height = Math.min(Math.ceil(box.height + 2 * pad), max.height, viewport.height - y);
  return width < 2 || height < 2 ? null : { x, y, width, height };
}

/** A PNG of part of the page, still: animations stopped and the caret hidden. */
export function screenshot(page: Page, clip: Box): Promise<Buffer> {
  return page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
}

/**
 * Adds a crop of the page to the first `limit` nodes of each finding, kept in `screenshots` by
 * file name (`0007-2.png`: the second crop of job 7). A node that cannot be found or shown has none.
 */
export function cropper(page: Page, job: number, limit: number, screenshots: Map<string, Uint8Array>): (nodes: PageNode[]) => Promise<FindingNode[]> {
  let shot = 0;
  const crop = async (selector: string): Promise<string | undefined> => {
    const box = await page.evaluate(boxOf, selector).catch(() => null);
    const viewport = page.viewportSize();
    const clip = box && viewport ? clipAround(box, viewport, largest) : null;
    if (!clip) return undefined;
    try {
      const png = await screenshot(page, clip);
      const name = `${String(job).padStart(4, '0')}-${++shot}.png`;
      screenshots.set(name, png);
      return name;
    } catch {
      return undefined;
    }
  };
  return async (nodes) => {
    const out: FindingNode[] = [];
    for (const [i, node] of nodes.entries()) {
      const file = i < limit ? await crop(node.selector) : undefined;
      out.push(file ? { ...node, screenshot: file } : node);
    }
    return out;
  };
}

/** Decodes a PNG (any kind pngjs reads) to RGBA. */
export function readPng(png: Uint8Array): Bitmap {
  const { width, height, data } = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  // A plain Uint8Array over the same bytes: a Buffer's slice() would share them instead of copying.
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * How many pixels differ clearly between two images of the same size (any channel by more
 * than `threshold` of 255). Images of different sizes count every pixel of the larger one.
 */
export function countChangedPixels(a: Bitmap, b: Bitmap, threshold = 40): number {
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.width * a.height, b.width * b.height);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > threshold ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > threshold ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > threshold
    ) {
      changed++;
    }
  }
  return changed;
}
