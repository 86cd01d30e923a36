import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { clipAround, countChangedPixels, readPng } from './crops.ts';

/** A PNG written byte by byte, as the format spells it, so the decoder is tested against the spec. */
function handWrittenPng(width: number, height: number, colour: number, raw: Uint8Array): Buffer {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set(Buffer.from(type, 'latin1'), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, colour, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

describe('png', () => {
  it('decodes an RGB PNG with filters and counts changed pixels', () => {
    // Row 0: filter 0 (none), red and green; row 1: filter 2 (up), adding blue to each.
    const png = handWrittenPng(2, 2, 2, Uint8Array.from([0, 255, 0, 0, 0, 255, 0, 2, 0, 0, 255, 0, 0, 255]));
    const image = readPng(png);
    expect([...image.data]).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 255, 0, 255, 255, 0, 255, 255, 255]);
    const other = { ...image, data: image.data.slice() };
    other.data[0] = 0;
    expect(countChangedPixels(image, other)).toBe(1);
    expect(countChangedPixels(image, image)).toBe(0);
  });

  it('decodes an RGBA PNG, keeping its alpha', () => {
    // One row, filter 1 (sub): a half-transparent red, then the same plus 10 green.
    const image = readPng(handWrittenPng(2, 1, 6, Uint8Array.from([1, 255, 0, 0, 128, 0, 10, 0, 0])));
    expect([...image.data]).toEqual([255, 0, 0, 128, 255, 10, 0, 128]);
  });

  it('reads what pngjs writes, and counts only changes above the threshold', () => {
    const draw = (fill: number) => {
      const png = new PNG({ width: 4, height: 4 });
      png.data.fill(fill);
      return PNG.sync.write(png);
    };
    const grey = readPng(draw(100));
    expect([grey.width, grey.height]).toEqual([4, 4]);
    expect(countChangedPixels(grey, readPng(draw(130)))).toBe(0);
    expect(countChangedPixels(grey, readPng(draw(150)))).toBe(16);
  });

  it('counts every pixel of the larger image when the sizes differ', () => {
    const small = { width: 2, height: 2, data: new Uint8Array(16) };
    const large = { width: 3, height: 2, data: new Uint8Array(24) };
    expect(countChangedPixels(small, large)).toBe(6);
  });
});

describe('clipAround', () => {
  const viewport = { width: 1280, height: 800 };

  it('takes the box with 8 px around it, on whole pixels', () => {
    expect(clipAround({ x: 100.5, y: 50.2, width: 40.2, height: 20 }, viewport)).toEqual({ x: 92, y: 42, width: 57, height: 36 });
  });

  it('stays inside the viewport', () => {
    expect(clipAround({ x: 2, y: 3, width: 20, height: 20 }, viewport)).toEqual({ x: 0, y: 0, width: 36, height: 36 });
    expect(clipAround({ x: 1260, y: 790, width: 100, height: 100 }, viewport)).toEqual({ x: 1252, y: 782, width: 28, height: 18 });
  });

  it('is no larger than the largest crop asked for', () => {
    expect(clipAround({ x: 10, y: 10, width: 2000, height: 2000 }, viewport, { width: 800, height: 400 })).toEqual({ x: 2, y: 2, width: 800, height: 400 });
  });

  it('is null when less than 2 px would be left', () => {
    expect(clipAround({ x: 1279, y: 10, width: 10, height: 10 }, viewport)).not.toBeNull();
    expect(clipAround({ x: 1290, y: 10, width: 10, height: 10 }, viewport)).toBeNull();
  });
});
