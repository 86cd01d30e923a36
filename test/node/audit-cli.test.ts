import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../packages/audit/src/server.ts';
import type { AuditReport } from '../../packages/audit/src/types.ts';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'packages/audit/dist/cli.js');
const fixtures = join(root, 'test/fixtures/bad-page');
const scratch = mkdtempSync(join(tmpdir(), 'eui-audit-'));
let server: StaticServer;

/** Runs the built CLI without blocking this process, which serves the pages. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, timeout: 240_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function readReport(dir: string): AuditReport {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
}

beforeAll(async () => {
  if (!existsSync(cli)) execFileSync('pnpm', ['--filter', '@elder-ui/audit', 'build'], { cwd: root, stdio: 'pipe' });
  server = await serveFolder(fixtures);
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('elder-audit on the deliberately bad page', () => {
  const out = join(scratch, 'bad');
  let result: { code: number; stdout: string; stderr: string };
  let report: AuditReport;

  beforeAll(async () => {
    // The page puts itself in elder mode, so it is audited as it is and the elder rules run.
    result = await run(['--themes', 'none', '--concurrency', '1', '--out', out, `${server.url}index.html`]);
    report = readReport(out);
  });

  it('exits 1 and names the failures', () => {
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('violations');
    expect(report.pages).toHaveLength(1);
    expect(report.pages[0]!.error).toBeUndefined();
    expect(report.pages[0]!.elderRules).toBe(true);
  });

  // Each planted defect: the check, the criterion or clause it falls under, and a piece of its element's HTML.
  it.each([
    ['html-has-lang', 'wcag', '3.1.1', '<html'],
    ['color-contrast', 'wcag', '1.4.3', 'class="faint"'],
    ['image-alt', 'wcag', '1.1.1', '<img'],
    ['label', 'wcag', '4.1.2', 'id="account"'],
    ['elder-text-size', 'miit', '1.1', 'class="tiny"'],
    ['elder-target-size', 'miit', '2.1', 'class="small"'],
    ['reflow', 'wcag', '1.4.10', 'class="banner"'],
    ['text-resize', 'wcag', '1.4.4', 'class="fixed-height"'],
    ['text-spacing', 'wcag', '1.4.12', 'class="fixed-width"'],
    ['forced-colors-boundary', 'wcag', '1.4.11', 'class="flat"'],
    ['forced-colors-focus', 'wcag', '2.4.7', 'class="shadow-focus"'],
    ['focus-visible', 'wcag', '2.4.7', 'class="no-focus"'],
    ['keyboard-trap', 'wcag', '2.1.2', 'id="note"'],
    ['keyboard-reachable', 'wcag', '2.1.1', 'id="send"'],
  ] as const)('reports %s under %s %s', (check, kind, criterion, html) => {
    const finding = report.pages[0]!.violations.find((f) => f.check === check);
    expect(finding, `${check} not reported`).toBeDefined();
    expect(finding![kind]).toContain(criterion);
    expect(finding!.nodes.some((node) => node.html.includes(html)), JSON.stringify(finding!.nodes)).toBe(true);
    expect(finding!.fixHint.length).toBeGreaterThan(20);
    const row = report[kind].find((r) => r.id === criterion);
    expect(row?.outcome).toBe('failed');
  });

  it('writes a self-contained HTML report with screenshot crops, and EARL', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('data:image/png;base64,');
    expect(html).toContain('How to fix:');
    const earl = JSON.parse(readFileSync(join(out, 'report.earl.jsonld'), 'utf8')) as { '@graph': { test: { title: string; isPartOf: string }; result: { outcome: string } }[] };
    expect(earl['@graph']).toContainEqual(
      expect.objectContaining({ test: expect.objectContaining({ title: 'reflow', isPartOf: 'https://www.w3.org/TR/WCAG22/#reflow' }), result: expect.objectContaining({ outcome: 'earl:failed' }) }),
    );
  });
});

describe('elder-audit on a good page', () => {
  it('exits 0 with no violations', async () => {
    const out = join(scratch, 'good');
    const result = await run(['--themes', 'none', '--out', out, '--format', 'json', `${server.url}good.html`]);
    const report = readReport(out);
    expect(report.pages[0]!.violations, JSON.stringify(report.pages[0]!.violations, null, 1)).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });
});

describe('elder-audit on a Storybook build', () => {
  it('visits each story in each theme through globals, one shard at a time', async () => {
    const out = join(scratch, 'storybook');
    const result = await run(['--storybook', join(fixtures, 'storybook'), '--themes', 'elder-*-*', '--checks', 'axe', '--shard', '1/2', '--out', out, '--format', 'json']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = readReport(out);
    // 3 stories × 4 themes, dealt round-robin: shard 1 of 2 gets 6.
    expect(report.pages).toHaveLength(6);
    expect(report.shard).toEqual({ index: 1, total: 2 });
    for (const page of report.pages) {
      expect(page.url).toMatch(/iframe\.html\?id=bill--(paid|due|overdue)&viewMode=story&globals=mode:elder;scheme:(light|dark);contrast:(standard|high)$/);
      expect(page.elderRules).toBe(true);
      expect(page.error).toBeUndefined();
    }
  });
});

describe("elder-audit and a story's own rule switches", () => {
  const args = (out: string) => ['--storybook', join(fixtures, 'storybook'), '--include', 'overdue', '--themes', 'elder-light-standard', '--checks', 'axe,reflow', '--crops', '0', '--out', out, '--format', 'json,html'];

  it('skips the checks a story switches off and lists them with the story file', async () => {
    const out = join(scratch, 'story-rules');
    const result = await run(args(out));
    const report = readReport(out);
    expect(report.pages[0]!.violations.map((v) => v.check), result.stdout).toEqual([]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(report.input.storyRules).toBe('honour');
    // Listed where they would have run: not the rule axe does not know, nor the story's `region`, which it switches on.
    expect(report.pages[0]!.switchedOff).toEqual(['elder-target-size', 'image-alt', 'reflow']);
    expect(report.switchedOff.map((s) => s.check)).toEqual(['elder-target-size', 'image-alt', 'reflow']);
    expect(report.switchedOff[0]!.stories).toEqual([{ id: 'bill--overdue', title: 'Bill / Overdue', source: './bill.stories.tsx' }]);
    // Switched off is not passed.
    expect(report.pages[0]!.passes.map((p) => p.check)).not.toContain('image-alt');
    expect(report.pages[0]!.passes.map((p) => p.check)).not.toContain('reflow');
    expect(result.stdout).toContain("Checks that stories switch off for themselves (each story's file says why):");
    expect(result.stdout).toContain('  − image-alt, by 1 story: Bill / Overdue (./bill.stories.tsx)');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Checks switched off by stories (3)');
  });

  it('does not list a switch for a check this audit does not run', async () => {
    const out = join(scratch, 'story-rules-axe-only');
    const result = await run([...args(out).map((arg) => (arg === 'axe,reflow' ? 'axe' : arg))]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readReport(out).pages[0]!.switchedOff).toEqual(['elder-target-size', 'image-alt']);
  });

  it('runs them anyway with --ignore-story-rules, and finds what they hid', async () => {
    const out = join(scratch, 'story-rules-ignored');
    const result = await run([...args(out), '--ignore-story-rules']);
    const report = readReport(out);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(report.input.storyRules).toBe('ignore');
    expect(report.switchedOff).toEqual([]);
    expect(report.pages[0]!.violations.map((v) => v.check).sort()).toEqual(['elder-target-size', 'image-alt', 'reflow']);
  });
});

describe('elder-audit usage errors', () => {
  it.each([
    [[], /Nothing to audit/],
    [['--frobnicate', 'http://127.0.0.1/'], /Unknown option '--frobnicate'/],
    [['example.com'], /"example.com" is not a URL/],
    [['--storybook', '/nonexistent/storybook-static'], /Cannot read the Storybook build at \/nonexistent\/storybook-static: there is no index.json/],
    [['--chromium', '/nonexistent/chromium', 'http://127.0.0.1/'], /Chromium not found: --chromium is \/nonexistent\/chromium/],
  ])('exits 2 for %j with a clear message', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 when no Chromium can be found', async () => {
    const result = await run(['http://127.0.0.1/'], { EUI_CHROMIUM: '/nonexistent/chrome' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Chromium not found: EUI_CHROMIUM is \/nonexistent\/chrome/);
  });

  it('prints the version in its package.json and exits 0', async () => {
    const result = await run(['--version']);
    const { version } = JSON.parse(readFileSync(join(root, 'packages/audit/package.json'), 'utf8')) as { version: string };
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('prints its help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--shard <i/n>');
  });
});
