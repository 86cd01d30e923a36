import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/audit/src/main.ts';
import type { AuditReport } from '../../packages/audit/src/types.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { serveForeignSite, sessionCookie, siteFolder, type ForeignSite } from '../fixtures/foreign-site/serve.ts';

const scratch = mkdtempSync(join(tmpdir(), 'eui-connect-'));
let site: ForeignSite;
/** Called when the contact page is requested: lets a test pull the browser away mid-run. */
let onContact: () => void = () => undefined;
const servers: BrowserServer[] = [];

async function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: process.env, cwd: scratch });
  return { code, stdout, stderr };
}

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as AuditReport;
/** Every violation as page, rule and selector: what two runs of the same pages must agree on. */
const violations = (report: AuditReport) =>
  report.pages.flatMap((p) => p.violations.flatMap((f) => f.nodes.map((n) => `${new URL(p.url).pathname} ${f.check} ${n.selector}`))).sort();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A Playwright browser server on this machine, as `npx playwright run-server` or a grid would run one. */
async function browserServer(port = 0, wsPath?: string): Promise<BrowserServer> {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: chromiumArgs, port, ...(wsPath ? { wsPath } : {}) });
  servers.push(server);
  return server;
}

/** Takes every browser server away, as a crash or a lost network would, and starts one again at the same address after `downMs`. */
function dropBrowser(port: number, wsPath: string, downMs: number) {
  void (async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await browserServer(port, wsPath);
  })();
}

const quick = ['--themes', 'none', '--checks', 'axe', '--crops', '0', '--no-progress', '--elder', 'on', '--format', 'json', '--storage-state', 'signed-in.json'];

beforeAll(async () => {
  site = await serveForeignSite({
    '/contact.html': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(siteFolder, 'contact.html')));
      onContact();
    },
  });
  writeFileSync(
    join(scratch, 'signed-in.json'),
    JSON.stringify({ cookies: [{ ...sessionCookie, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: false, secure: false, sameSite: 'Lax' }], origins: [] }),
  );
});

afterEach(async () => {
  onContact = () => undefined;
  await Promise.all(servers.splice(0).map((s) => s.close().catch(() => undefined)));
});

afterAll(async () => {
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('--connect', () => {
  it('audits in a Playwright browser server, spreading --concurrency pages, and finds what a local run finds', async () => {
    const server = await browserServer();
    const local = await audit([...quick, '--concurrency', '2', '--out', join(scratch, 'local'), '--sitemap', `${site.url}sitemap.xml`]);
    const remote = await audit([...quick, '--concurrency', '2', '--connect', server.wsEndpoint(), '--out', join(scratch, 'remote'), '--sitemap', `${site.url}sitemap.xml`]);
    expect(remote.code, remote.stderr).toBe(1);
    expect(local.code, local.stderr).toBe(1);
    const report = readReport(join(scratch, 'remote'));
    expect(report.browser).toEqual({ kind: 'connected', endpoints: [server.wsEndpoint()], reconnects: 0 });
    expect(report.pages).toHaveLength(5);
    expect(report.pages.every((p) => !p.error)).toBe(true);
    expect(violations(report)).toEqual(violations(readReport(join(scratch, 'local'))));
    expect(remote.stdout).toContain(`through ${server.wsEndpoint()}`);
  });

  it('with --shard, each machine audits its part through the same server', async () => {
    const server = await browserServer();
    const parts = [];
    for (const shard of ['1/2', '2/2']) {
      const out = join(scratch, `shard-${shard.replace('/', '-')}`);
      const result = await audit([...quick, '--connect', server.wsEndpoint(), '--shard', shard, '--out', out, '--sitemap', `${site.url}sitemap.xml`]);
      expect(result.code, result.stderr).toBe(1);
      parts.push(readReport(out).pages.map((p) => new URL(p.url).pathname));
    }
    expect(parts[0]).toEqual(['/index.html', '/contact.html', '/account/statement.html']);
    expect(parts[1]).toEqual(['/services.html', '/login.html']);
  });

  it('audits in any browser reached over CDP', async () => {
    const port = await freePort();
    const browser: ChildProcess = spawn(chromiumPath(), [...chromiumArgs, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${join(scratch, 'cdp-profile')}`, 'about:blank'], { stdio: 'ignore' });
    try {
      const endpoint = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100; i++) {
        if (await fetch(`${endpoint}/json/version`).then((r) => r.ok).catch(() => false)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const out = join(scratch, 'cdp');
      const result = await audit([...quick, '--connect', endpoint, '--out', out, `${site.url}index.html`]);
      expect(result.code, result.stderr).toBe(1);
      const report = readReport(out);
      expect(report.browser.kind).toBe('connected');
      expect(report.pages[0]!.error).toBeUndefined();
      expect(report.pages[0]!.violations.map((f) => f.check)).toContain('elder-text-size');
    } finally {
      browser.kill();
    }
  });

  it('says clearly when the endpoint cannot be reached', async () => {
    const port = await freePort();
    const result = await audit([...quick, '--connect', `ws://127.0.0.1:${port}/nobody`, '--timeout', '2000', `${site.url}index.html`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Could not reach the browser at ws://127.0.0.1:${port}/nobody`);
  });

  it('resumes the pages left when a dropped browser server comes back', async () => {
    const port = await freePort();
    const wsPath = '/audit-grid';
    await browserServer(port, wsPath);
    let dropped = false;
    onContact = () => {
      if (dropped) return;
      dropped = true;
      // Pull the browser away while the contact page loads, and bring one back at the same address.
      dropBrowser(port, wsPath, 1500);
    };
    const out = join(scratch, 'resume');
    const result = await audit([...quick, '--concurrency', '1', '--connect', `ws://127.0.0.1:${port}${wsPath}`, '--out', out, '--sitemap', `${site.url}sitemap.xml`]);
    const report = readReport(out);
    expect(dropped).toBe(true);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(report.browser.reconnects).toBeGreaterThanOrEqual(1);
    expect(report.pages.map((p) => [new URL(p.url).pathname, p.error])).toEqual([
      ['/index.html', undefined],
      ['/services.html', undefined],
      ['/contact.html', undefined],
      ['/login.html', undefined],
      ['/account/statement.html', undefined],
    ]);
    expect(result.stdout).toContain('Reached a lost browser again');
  });

  it('reports a page as not audited when the browser goes away twice while it is audited, and goes on', async () => {
    const port = await freePort();
    const wsPath = '/audit-grid';
    await browserServer(port, wsPath);
    let drops = 0;
    // Every visit to the contact page takes the browser down (as a page that crashes it would); it comes back each time.
    onContact = () => {
      drops++;
      dropBrowser(port, wsPath, 1000);
    };
    const out = join(scratch, 'twice');
    const result = await audit([...quick, '--concurrency', '1', '--connect', `ws://127.0.0.1:${port}${wsPath}`, '--out', out, '--sitemap', `${site.url}sitemap.xml`]);
    const report = readReport(out);
    expect(result.code, result.stdout + result.stderr).toBe(3);
    expect(drops).toBe(2);
    expect(report.pages.map((p) => [new URL(p.url).pathname, p.error?.replace(/ \(.*$/, '')])).toEqual([
      ['/index.html', undefined],
      ['/services.html', undefined],
      ['/contact.html', 'The browser went away twice while auditing this page'],
      ['/login.html', undefined],
      ['/account/statement.html', undefined],
    ]);
  });

  it('fails with a clear message, and reports the pages left as not audited, when it does not come back', async () => {
    const port = await freePort();
    const wsPath = '/audit-grid';
    await browserServer(port, wsPath);
    onContact = () => void Promise.all(servers.splice(0).map((s) => s.close()));
    const out = join(scratch, 'lost');
    const result = await audit([...quick, '--concurrency', '1', '--timeout', '2000', '--connect', `ws://127.0.0.1:${port}${wsPath}`, '--out', out, '--sitemap', `${site.url}sitemap.xml`]);
    const report = readReport(out);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`elder-audit: Lost the browser at ws://127.0.0.1:${port}${wsPath} and could not reach it again within 10 s`);
    expect(report.browser.lost).toMatch(/^Lost the browser/);
    const [index, services, ...rest] = report.pages;
    expect(index!.error).toBeUndefined();
    expect(services!.error).toBeUndefined();
    for (const page of rest) expect(page.error).toMatch(/^Not audited: Lost the browser/);
  });
});
