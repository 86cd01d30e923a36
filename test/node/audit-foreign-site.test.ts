import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/audit/src/main.ts';
import type { AuditReport } from '../../packages/audit/src/types.ts';
import { serveForeignSite, sessionCookie, type ForeignSite } from '../fixtures/foreign-site/serve.ts';

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'eui-foreign-'));
const defects = (JSON.parse(readFileSync(join(root, 'test/fixtures/foreign-site/defects.json'), 'utf8')) as { defects: { id: string; page: string; rule: string }[] }).defects;
let site: ForeignSite;
let flakyHits = 0;

/** Runs elder-audit in this process (the site is served from it too) and keeps what it printed. */
async function audit(args: string[], cwd = scratch): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: process.env, cwd });
  return { code, stdout, stderr };
}

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
/** Where each planted defect was reported: by its data-defect marker in the element's HTML. */
const named = (report: AuditReport, rule: string, id: string) =>
  report.pages.some((p) => p.violations.some((f) => f.check === rule && f.nodes.some((n) => n.html.includes(`data-defect="${id}"`))));
const elderFindings = (report: AuditReport) => report.pages.flatMap((p) => p.violations.filter((f) => f.check.startsWith('elder-')));
// Quick runs: axe only (the elder rules are axe rules), pages as they are, no crops.
const quick = ['--themes', 'none', '--checks', 'axe', '--crops', '0', '--no-progress'];

beforeAll(async () => {
  site = await serveForeignSite({
    '/flaky.html': (_request, response) => {
      flakyHits++;
      if (flakyHits === 1) response.writeHead(503).end('busy');
      else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><title>Flaky</title><main><h1>Back again</h1></main></html>');
    },
    '/broken.html': (_request, response) => response.writeHead(500).end('broken'),
    '/hang.html': () => undefined,
    // Loads, then keeps its tab busy for ever: the checks after the load cannot run.
    '/spin.html': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html lang="en"><title>Spin</title><main><h1>Busy</h1></main><script>addEventListener("load", () => setTimeout(() => { for (;;) {} }, 0));</script></html>'),
    // A page as the kit's ThemeProvider makes one: it puts its stored theme (or the default) back
    // on <html> once it has hydrated, here well after the load.
    '/hydrating.html': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><html lang="en" data-eui-mode="standard" data-eui-scheme="light" data-eui-contrast="standard"><title>Hydrating</title>' +
            '<main><h1>Balance</h1><p style="font-size:14px;line-height:1.6">Fees may apply.</p></main>' +
            '<script>addEventListener("load", () => setTimeout(() => { let t = {}; try { t = JSON.parse(localStorage.getItem("eui-theme")) || {}; } catch {}' +
            ' const h = document.documentElement; h.setAttribute("data-eui-mode", t.mode || "standard"); h.setAttribute("data-eui-scheme", t.scheme || "light");' +
            ' h.setAttribute("data-eui-contrast", t.contrast || "standard"); document.title = "Hydrated"; }, 300));</script></html>',
        ),
    '/needs-header.html': (request, response) => {
      if (request.headers['x-audit-token'] !== 'letmein') response.writeHead(401).end('who are you?');
      else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><title>Staff</title><main><h1>Staff only</h1></main></html>');
    },
  });
  writeFileSync(
    join(scratch, 'signed-in.json'),
    JSON.stringify({ cookies: [{ ...sessionCookie, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' }], origins: [] }),
  );
});

afterAll(async () => {
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('--elder on, over a sitemap index, signed in', () => {
  const out = join(scratch, 'on');
  let result: Awaited<ReturnType<typeof audit>>;
  let report: AuditReport;

  beforeAll(async () => {
    result = await audit([...quick, '--elder', 'on', '--sitemap', `${site.url}sitemap.xml`, '--storage-state', 'signed-in.json', '--format', 'json,html,sarif,junit', '--out', out]);
    report = readReport(out);
  });

  it('reads every page of the sitemaps the index names, and audits them signed in', () => {
    expect(result.code, result.stderr).toBe(1);
    expect(report.pages.map((p) => new URL(p.url).pathname)).toEqual(['/index.html', '/services.html', '/contact.html', '/login.html', '/account/statement.html']);
    expect(report.input.discovered).toEqual([{ kind: 'sitemap', url: `${site.url}sitemap.xml`, pages: 5 }]);
    expect(report.pages.every((p) => !p.error)).toBe(true);
    // Signed in, the statement is served, not the sign-in page it redirects to otherwise.
    expect(report.pages[4]!.violations.some((f) => f.nodes.some((n) => n.html.includes('tiny-statement-date')))).toBe(true);
  });

  it.each(defects.map((d) => [d.id, d.rule, d.page]))('names the planted defect %s (%s on %s)', (id, rule) => {
    expect(named(report, rule, id), `${rule} did not name ${id}`).toBe(true);
  });

  it('says which setting judged each page, and prints the thresholds used', () => {
    expect(report.elder).toEqual({ setting: 'on', thresholds: { textSize: 18, targetSize: 48, primaryTargetSize: 60, lineHeight: 1.5, contrast: 7, nonTextContrast: 4.5 } });
    for (const page of report.pages) {
      expect(page.elder).toEqual({ setting: 'on' });
      expect(page.elderRules).toBe(true);
    }
    expect(result.stdout).toContain('Elder rules (--elder on) ran on 5 of 5; thresholds: text 18 px, targets 48/60 px, line height 1.5, contrast 7:1 (non-text 4.5:1).');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('judged by <code>--elder on</code>: elder rules ran');
    expect(html).toContain('Thresholds: text ≥ 18 px, targets ≥ 48 px (primary actions and list rows ≥ 60 px), line height ≥ 1.5');
  });

  it('puts the MIIT clause table beside the WCAG table in the HTML report', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const grid = html.slice(html.indexOf('<div class="criteria">'));
    expect(grid.indexOf('WCAG 2.2 success criteria')).toBeLessThan(grid.indexOf('MIIT aging-friendly specification'));
    for (const clause of report.miit) expect(['failed', 'passed', 'untested', 'cantTell']).toContain(clause.outcome);
    expect(report.miit.find((c) => c.id === '1.1')?.outcome).toBe('failed');
    expect(grid).toMatch(/1\.1 Text size[^]*?class="failed">Fail/);
  });

  it('writes SARIF 2.1.0 that the published schema accepts: one result per violation, located by page and selector', () => {
    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string; properties: { tags: string[] } }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    // The published schema declares draft-04, whose keywords these documents use as draft-07 reads them.
    delete schema.$schema;
    delete schema.id;
    // Its language-tag pattern is not valid with the `u` flag, which Ajv adds by default.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    // The schema does catch a wrong log.
    expect(validate({ ...sarif, runs: [{ ...sarif.runs[0], results: [{ ruleId: 'x', level: 'fatal', message: { text: 'x' } }] }] })).toBe(false);
    const run = sarif.runs[0]!;
    const nodes = report.pages.reduce((sum, p) => sum + p.violations.reduce((s, f) => s + f.nodes.length, 0), 0);
    expect(run.results).toHaveLength(nodes);
    const textSize = run.tool.driver.rules.find((r) => r.id === 'elder-text-size')!;
    expect(textSize.properties.tags).toContain('MIIT 1.1');
    expect(textSize.helpUri).toMatch(/^https:/);
    expect(run.tool.driver.rules.find((r) => r.id === 'elder-contrast')!.properties.tags).toEqual(expect.arrayContaining(['WCAG 1.4.6', 'MIIT 1.3']));
    const footer = run.results.find((r) => r.ruleId === 'elder-text-size' && r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('/index.html'))!;
    expect(footer.locations[0]!.logicalLocations[0]!.fullyQualifiedName).toBe('.fine-print');
  });

  it('writes JUnit XML that the published XSD accepts: one test case per page × theme × check', async () => {
    const xml = readFileSync(join(out, 'report.junit.xml'), 'utf8');
    const xsd = readFileSync(join(root, 'test/fixtures/schemas/junit-10.xsd'), 'utf8');
    const validation = await validateXML({ xml: [{ fileName: 'report.junit.xml', contents: xml }], schema: [xsd] });
    expect(validation.valid, validation.rawOutput).toBe(true);
    // The XSD does catch a wrong report: a test suite without its counts.
    const wrong = await validateXML({ xml: [{ fileName: 'wrong.xml', contents: xml.replace(/<testsuite name="([^"]*)" tests="\d+"/, '<testsuite name="$1"') }], schema: [xsd] });
    expect(wrong.valid).toBe(false);
    expect(xml.match(/<testsuite /g)).toHaveLength(5);
    const index = report.pages[0]!;
    const checks = new Set([...index.passes, ...index.violations, ...index.review].map((c) => c.check));
    const suite = xml.slice(xml.indexOf(`<testsuite name="${index.target.title} (as-is)"`));
    const cases = suite.slice(0, suite.indexOf('</testsuite>')).match(/<testcase /g) ?? [];
    expect(cases).toHaveLength(checks.size);
    expect(suite).toMatch(/<testcase name="elder-text-size"[^>]*><failure type="elder-text-size"/);
  });
});

describe('--elder auto and off', () => {
  it('auto: a site that never says it is in elder mode gets no elder rules, as before', async () => {
    const out = join(scratch, 'auto');
    const result = await audit([...quick, '--out', out, '--format', 'json', `${site.url}index.html`, `${site.url}services.html`]);
    const report = readReport(out);
    expect(result.code, result.stderr).toBe(0);
    expect(report.elder.setting).toBe('auto');
    expect(report.pages.map((p) => [p.elder.setting, p.elderRules])).toEqual([
      ['auto', false],
      ['auto', false],
    ]);
    expect(elderFindings(report)).toEqual([]);
  });

  it('off: a page that says it is in elder mode is not judged by elder numbers', async () => {
    const out = join(scratch, 'off');
    const bad = new URL(`file://${join(root, 'test/fixtures/bad-page/index.html')}`).href;
    const auto = await audit([...quick, '--out', join(out, 'auto'), '--format', 'json', bad]);
    expect(readReport(join(out, 'auto')).pages[0]!.elderRules, auto.stderr).toBe(true);
    await audit([...quick, '--elder', 'off', '--out', out, '--format', 'json', bad]);
    const report = readReport(out);
    expect(report.pages[0]!.elder.setting).toBe('off');
    expect(report.pages[0]!.elderRules).toBe(false);
    expect(elderFindings(report)).toEqual([]);
    expect(report.pages[0]!.violations.map((f) => f.check)).not.toContain('color-contrast-enhanced');
  });
});

describe('--themes on a page that puts its own theme back when it hydrates', () => {
  it('stores the theme where the kit looks before the page starts, so the page keeps it and is judged in it', async () => {
    const out = join(scratch, 'hydrating');
    const result = await audit(['--themes', 'elder-dark-standard', '--checks', 'axe', '--crops', '0', '--no-progress', `${site.url}hydrating.html`, '--out', out]);
    const [page] = readReport(out).pages;
    expect(page!.error, result.stderr).toBeUndefined();
    expect(page!.themeName).toBe('elder-dark-standard');
    expect(page!.elderRules).toBe(true);
    // The 14 px line is what elder mode refuses; judged as standard it would pass.
    expect(page!.violations.some((f) => f.check === 'elder-text-size' && f.nodes.some((n) => n.html.includes('Fees may apply')))).toBe(true);
  });
});

describe('--elder-scope', () => {
  it('judges only the part of the page the selector matches as elder mode', async () => {
    const out = join(scratch, 'scope');
    const result = await audit([...quick, '--elder-scope', '#elder-help', '--out', out, '--format', 'json,html', `${site.url}contact.html`]);
    const report = readReport(out);
    expect(result.code, result.stderr).toBe(1);
    expect(report.elder).toMatchObject({ setting: 'on', scope: '#elder-help' });
    expect(report.pages[0]!.elder).toEqual({ setting: 'on', scope: '#elder-help', scopeMatches: 1 });
    expect(named(report, 'elder-text-size', 'small-help-hint')).toBe(true);
    expect(named(report, 'elder-target-size', 'tiny-checkbox')).toBe(false);
    expect(elderFindings(report).every((f) => f.nodes.every((n) => n.selector.startsWith('#elder-help') || n.html.includes('small-help-hint')))).toBe(true);
  });

  it('reports a selector that is not CSS as the page not audited, with the reason', async () => {
    const out = join(scratch, 'scope-bad');
    const result = await audit([...quick, '--elder-scope', '#[', '--out', out, '--format', 'json', `${site.url}contact.html`]);
    expect(result.code).toBe(3);
    expect(readReport(out).pages[0]!.error).toContain('--elder-scope "#[" is not a valid CSS selector');
  });
});

describe('thresholds from the config file', () => {
  it('judges by the numbers in elder-audit.config.json, with flags over the file, and prints them', async () => {
    const dir = join(scratch, 'config');
    const out = join(dir, 'reports');
    rmSync(dir, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(dir, { recursive: true }));
    writeFileSync(
      join(dir, 'elder-audit.config.json'),
      JSON.stringify({ urls: [`${site.url}index.html`], elder: 'on', themes: 'none', checks: ['axe'], crops: 0, out: 'reports', format: ['json'], thresholds: { textSize: 12, lineHeight: 1.2, contrast: 4.5 } }),
    );
    const result = await audit(['--no-progress', '--elder', 'on'], dir);
    const report = readReport(out);
    expect(report.elder.thresholds).toEqual({ textSize: 12, targetSize: 48, primaryTargetSize: 60, lineHeight: 1.2, contrast: 4.5, nonTextContrast: 4.5 });
    expect(result.stdout).toContain('thresholds: text 12 px, targets 48/60 px, line height 1.2, contrast 4.5:1');
    // 13 px text, line height 1.2 and 4.5 : 1 grey now pass; the small link still fails.
    expect(named(report, 'elder-text-size', 'tiny-footer')).toBe(false);
    expect(named(report, 'elder-line-height', 'tight-intro')).toBe(false);
    expect(named(report, 'elder-contrast', 'grey-opening-hours')).toBe(false);
    expect(named(report, 'elder-target-size', 'compact-nav-link')).toBe(true);
    // A flag wins over the file: --elder off.
    await audit(['--no-progress', '--elder', 'off'], dir);
    expect(elderFindings(readReport(out))).toEqual([]);
  });

  it('refuses a config file that does not fit its schema, naming the key', async () => {
    const dir = join(scratch, 'config-bad');
    await import('node:fs').then((fs) => fs.mkdirSync(dir, { recursive: true }));
    writeFileSync(join(dir, 'elder-audit.config.json'), JSON.stringify({ urls: [`${site.url}index.html`], thresholds: { textSize: 0 } }));
    const result = await audit([], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/elder-audit\.config\.json: "thresholds"\.textSize must be at least 1; got 0\./);
  });
});

describe('--crawl', () => {
  it('follows same-origin links breadth-first up to --max-pages', async () => {
    const out = join(scratch, 'crawl');
    const result = await audit([...quick, '--crawl', `${site.url}index.html`, '--max-pages', '3', '--out', out, '--format', 'json']);
    const report = readReport(out);
    // Without --elder on, a site that does not say it is elder is held to WCAG only, which it meets.
    expect(result.code, result.stderr).toBe(0);
    // index links services, contact, sign-in in that order; breadth-first takes the first two.
    expect(report.pages.map((p) => new URL(p.url).pathname)).toEqual(['/index.html', '/services.html', '/contact.html']);
    expect(report.input.discovered).toEqual([{ kind: 'crawl', url: `${site.url}index.html`, pages: 3 }]);
  });

  it('leaves out what --exclude matches, and reaches the page behind the login only when signed in', async () => {
    const out = join(scratch, 'crawl-exclude');
    await audit([...quick, '--crawl', `${site.url}index.html`, '--exclude', '*/services.html', '--out', out, '--format', 'json']);
    expect(readReport(out).pages.map((p) => new URL(p.url).pathname)).toEqual(['/index.html', '/contact.html', '/login.html']);
    await audit([...quick, '--crawl', `${site.url}index.html`, '--include', '/(index|login|statement)\\.html$/', '--storage-state', 'signed-in.json', '--out', out, '--format', 'json']);
    expect(readReport(out).pages.map((p) => new URL(p.url).pathname)).toEqual(['/index.html', '/login.html', '/account/statement.html']);
  });
});

describe('sitemaps that give nothing to audit', () => {
  it.each([
    [['--sitemap', 'SITE/missing-sitemap.xml'], /Cannot read the sitemap http:\/\/127\.0\.0\.1:\d+\/missing-sitemap\.xml: HTTP 404/],
    [['--sitemap', 'SITE/index.html'], /http:\/\/127\.0\.0\.1:\d+\/index\.html is not a sitemap/],
    [['--sitemap', 'SITE/sitemap.xml', '--exclude', '*'], /No pages to audit: the sitemaps and crawls found none that pass --include \/ --exclude/],
  ])('exits 2 for %j with a clear message', async (args, message) => {
    const result = await audit([...quick, ...args.map((a) => a.replace('SITE/', site.url))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('--header and --storage-state', () => {
  it('sends each --header with every request', async () => {
    const out = join(scratch, 'header');
    const without = await audit([...quick, '--out', out, '--format', 'json', `${site.url}needs-header.html`]);
    expect(without.code).toBe(3);
    expect(readReport(out).pages[0]!.error).toContain('HTTP 401');
    const withHeader = await audit([...quick, '--header', 'X-Audit-Token: letmein', '--out', out, '--format', 'json', `${site.url}needs-header.html`]);
    expect(withHeader.code, withHeader.stdout).toBe(0);
    expect(readReport(out).pages[0]!.error).toBeUndefined();
  });

  it('is refused with a clear message when the storage state is not one', async () => {
    writeFileSync(join(scratch, 'not-state.json'), '{"cookie": 1}');
    const result = await audit([...quick, '--storage-state', 'not-state.json', `${site.url}index.html`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a Playwright storage state');
  });
});

describe('pages that fail', () => {
  it('closes a page that hangs its tab after loading, tries it again, and reports it as not audited', async () => {
    const out = join(scratch, 'spin');
    const result = await audit([...quick, '--timeout', '1500', '--out', out, '--format', 'json', `${site.url}spin.html`]);
    const page = readReport(out).pages[0]!;
    expect(result.code).toBe(3);
    expect(page.attempts).toBe(2);
    expect(page.error).toMatch(/^The page did not finish its checks within 6 s \(four times --timeout\)/);
  });

  it('tries a page once more, and reports one that still fails as not audited with the reason (exit 3)', async () => {
    const out = join(scratch, 'failures');
    const result = await audit([...quick, '--timeout', '3000', '--concurrency', '1', '--out', out, '--format', 'json,junit,sarif', `${site.url}flaky.html`, `${site.url}broken.html`, `${site.url}hang.html`]);
    const report = readReport(out);
    expect(result.code).toBe(3);
    const [flaky, broken, hang] = report.pages;
    expect(flaky!.error).toBeUndefined();
    expect(flaky!.attempts).toBe(2);
    expect(broken!.attempts).toBe(2);
    expect(broken!.error).toMatch(/HTTP 500.*tried twice/);
    expect(hang!.error).toMatch(/Timeout 3000ms exceeded/);
    expect(report.totals.errors).toBe(2);
    expect(result.stdout).toContain(`✗ not audited: ${site.url}broken.html (as-is)`);
    expect(readFileSync(join(out, 'report.junit.xml'), 'utf8')).toContain('<error type="not-audited"');
    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[] }[] };
    expect(sarif.runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false });
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(2);
  });
});

describe('--baseline', () => {
  it('writes a baseline, then fails only on violations not in it, and lists the fixed ones', async () => {
    const out = join(scratch, 'baseline');
    const file = join(scratch, 'baseline.json');
    const pages = [`${site.url}index.html`, `${site.url}services.html`];
    const written = await audit([...quick, '--elder', 'on', '--baseline', file, '--update-baseline', '--out', out, '--format', 'json', ...pages]);
    expect(written.code, written.stderr).toBe(0);
    const baseline = JSON.parse(readFileSync(file, 'utf8')) as { elderAuditBaseline: number; violations: { rule: string; page: string; theme: string; selector: string }[] };
    expect(baseline.elderAuditBaseline).toBe(1);
    expect(baseline.violations.length).toBeGreaterThan(5);

    const same = await audit([...quick, '--elder', 'on', '--baseline', file, '--out', out, '--format', 'json,sarif', ...pages]);
    expect(same.code, same.stdout).toBe(0);
    expect(readReport(out).baseline).toMatchObject({ new: 0, fixed: [] });

    // Take one violation out of the baseline (now new) and put in one that is gone (fixed).
    const removed = baseline.violations.find((v) => v.rule === 'elder-text-size')!;
    const gone = { rule: 'elder-text-size', page: `${site.url}index.html`, theme: 'as-is', selector: '.no-longer-here' };
    writeFileSync(file, JSON.stringify({ ...baseline, violations: [...baseline.violations.filter((v) => v !== removed), gone] }));
    const changed = await audit([...quick, '--elder', 'on', '--baseline', file, '--out', out, '--format', 'json,sarif', ...pages]);
    const report = readReport(out);
    expect(changed.code).toBe(1);
    expect(report.baseline).toMatchObject({ new: 1, unchanged: baseline.violations.length - 1, fixed: [gone] });
    expect(changed.stdout).toContain(`✓ fixed: ${site.url}index.html (as-is): elder-text-size at .no-longer-here`);
    const newOnes = report.pages.flatMap((p) => p.violations.flatMap((f) => f.nodes.filter((n) => n.baseline === 'new').map((n) => [f.check, n.selector])));
    expect(newOnes).toEqual([[removed.rule, removed.selector]]);
    const sarif = JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')) as { runs: { results: { baselineState: string }[] }[] };
    expect(sarif.runs[0]!.results.filter((r) => r.baselineState === 'new')).toHaveLength(1);
    expect(sarif.runs[0]!.results.filter((r) => r.baselineState === 'absent')).toHaveLength(1);
  });

  it('accepts an earlier report.json as the baseline', async () => {
    const out = join(scratch, 'baseline-report');
    await audit([...quick, '--elder', 'on', '--out', out, '--format', 'json', `${site.url}services.html`]);
    const again = await audit([...quick, '--elder', 'on', '--baseline', join(out, 'report.json'), '--out', join(out, 'again'), '--format', 'json', `${site.url}services.html`]);
    expect(again.code, again.stdout).toBe(0);
    expect(readReport(join(out, 'again')).baseline!.new).toBe(0);
  });
});
