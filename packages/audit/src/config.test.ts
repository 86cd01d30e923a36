import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, validateConfig } from './config.ts';
import { UsageError } from './errors.ts';

const published = JSON.parse(readFileSync(resolve('packages/audit/elder-audit.config.schema.json'), 'utf8')) as Record<string, unknown>;

describe('elder-audit.config.json', () => {
  it('publishes the schema the validator reads (regenerate the file from configJsonSchema() when a key changes)', () => {
    expect(published).toEqual(configJsonSchema());
  });

  const good = [
    { urls: ['https://example.com/'], elder: 'on', thresholds: { textSize: 20, targetSize: 44 }, format: ['json', 'sarif'], headers: { Authorization: 'Bearer x' } },
    { sitemap: 'https://example.com/sitemap.xml', crawl: ['https://example.com/'], maxPages: 10, exclude: ['/admin/'], connect: 'ws://grid:3000/', shard: '1/4' },
    { storybook: 'storybook-static', themes: ['elder-*-*'], checks: ['axe'], ignoreStoryRules: true, baseline: 'a11y-baseline.json', updateBaseline: false },
  ];
  const bad: [unknown, RegExp][] = [
    [{ elder: 'yes' }, /"elder" must be one of "auto", "on", "off"; got "yes"/],
    [{ thresholds: { textSize: 0 } }, /"thresholds"\.textSize must be at least 1; got 0/],
    [{ thresholds: { fontSize: 18 } }, /"thresholds" has an unknown key "fontSize"/],
    [{ thresholds: { contrast: 30 } }, /"thresholds"\.contrast must be at most 21/],
    [{ themse: 'all' }, /unknown key "themse"/],
    [{ concurrency: 1.5 }, /"concurrency" must be a whole number/],
    [{ format: ['pdf'] }, /"format"\[0\] must be one of/],
    [{ headers: { 'X-A': 1 } }, /"headers"\.X-A must be a string/],
    [{ shard: 'half' }, /"shard" must look like "2\/5"/],
    [{ sitemap: [] }, /"sitemap" must not be empty/],
    [[], /must be a JSON object/],
  ];

  it.each(good)('accepts %j, as the published schema does', (config) => {
    expect(validateConfig(config, 'c.json')).toEqual(config);
    expect(new Ajv({ strict: false }).validate(published, config)).toBe(true);
  });

  it.each(bad)('refuses %j with a clear message, as the published schema does', (config, message) => {
    expect(() => validateConfig(config, 'c.json')).toThrow(UsageError);
    expect(() => validateConfig(config, 'c.json')).toThrow(message);
    expect(new Ajv({ strict: false }).validate(published, config)).toBe(false);
  });
});
