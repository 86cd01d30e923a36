import { elderRuleTags } from '@elder-ui/axe-rules';
import { browserChecks } from './checks.ts';
import { miitClauses, miitFromTags, wcagUrl } from './criteria.ts';
import type { AuditReport, CriterionSummary, Finding, Outcome, PageResult } from './types.ts';

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const outcomeLabel: Record<Outcome, string> = {
  failed: 'Fail',
  cantTell: 'Needs review',
  passed: 'Pass',
  untested: 'Not tested',
};

const css = `
:root { color-scheme: light dark; --fail: #b00020; --review: #8a5a00; --pass: #1b6e20; --muted: #555; --line: #ccc; }
@media (prefers-color-scheme: dark) { :root { --fail: #ff8a80; --review: #ffd180; --pass: #9ccc65; --muted: #bbb; --line: #555; } }
body { font: 1.125rem/1.6 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1, h2, h3 { line-height: 1.3; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
.failed { color: var(--fail); font-weight: 700; }
.cantTell { color: var(--review); font-weight: 700; }
.passed { color: var(--pass); }
.untested { color: var(--muted); }
.totals { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.totals li { border: 2px solid var(--line); border-radius: 0.5rem; padding: 0.5rem 1rem; }
.totals strong { display: block; font-size: 1.75rem; }
details { border: 1px solid var(--line); border-radius: 0.5rem; margin: 0.75rem 0; padding: 0.5rem 1rem; }
summary { cursor: pointer; font-weight: 700; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.95rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: color-mix(in srgb, currentColor 6%, transparent); padding: 0.5rem; }
.node { border-top: 1px solid var(--line); padding: 0.5rem 0; }
.node img { display: block; max-width: 100%; border: 2px dashed var(--fail); margin: 0.5rem 0; }
/* The WCAG and MIIT tables side by side: wider than the text column when the window allows, one under the other when it does not. */
.criteria { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 36rem), 1fr)); gap: 0 2rem; align-items: start; margin-inline: calc((100% - min(100vw - 3rem, 112rem)) / 2); }
.criteria table { font-size: 1rem; }
.criteria code { overflow-wrap: anywhere; }
.hint { border-left: 4px solid var(--pass); padding-left: 0.75rem; }
a:focus-visible, summary:focus-visible { outline: 3px solid; outline-offset: 2px; }
`;

/** The checks that judge each MIIT clause, whether or not they ran: the elder rules' tags and this tool's checks. */
function miitChecks(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (clause: string, check: string) => map.set(clause, [...(map.get(clause) ?? []), check]);
  for (const [rule, tags] of Object.entries(elderRuleTags)) for (const clause of miitFromTags(tags)) add(clause, rule);
  for (const check of Object.values(browserChecks)) for (const clause of check.miit) add(clause, check.id);
  return map;
}

function criteriaTable(rows: CriterionSummary[], kind: 'wcag' | 'miit'): string {
  const mapped = kind === 'miit' ? miitChecks() : new Map<string, string[]>();
  const head = kind === 'wcag' ? '<th scope="col">Criterion</th><th scope="col">Level</th>' : '<th scope="col">Clause</th>';
  const body = rows
    .map((row) => {
      const name =
        kind === 'wcag'
          ? `<a href="${wcagUrl(row.id)}">${row.id} ${escapeHtml(row.title)}</a></td><td>${row.level ?? ''}`
          : `${row.id} ${escapeHtml(row.title)}${miitClauses.get(row.id) ? ` <span lang="zh-CN">(${escapeHtml(miitClauses.get(row.id)!.titleZh)})</span>` : ''}`;
      return `<tr><td>${name}</td><td class="${row.outcome}">${outcomeLabel[row.outcome]}</td><td>${row.failed}</td><td>${row.cantTell}</td><td>${row.passed}</td><td>${(row.checks.length ? row.checks : (mapped.get(row.id) ?? [])).map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')}</td></tr>`;
    })
    .join('\n');
  return `<table><thead><tr>${head}<th scope="col">Result</th><th scope="col">Pages failed</th><th scope="col">Pages to review</th><th scope="col">Pages passed</th><th scope="col">Checks</th></tr></thead><tbody>${body}</tbody></table>`;
}

function findingHtml(finding: Finding, images: (name: string) => string | undefined): string {
  const refs = [
    ...finding.wcag.map((id) => `<a href="${wcagUrl(id)}">WCAG ${id}</a>`),
    ...finding.miit.map((id) => `MIIT ${id}`),
  ].join(', ');
  const nodes = finding.nodes
    .map((node) => {
      const src = node.screenshot ? images(node.screenshot) : undefined;
      return `<div class="node"><p><strong>Selector:</strong> <code>${escapeHtml(node.selector)}</code>${node.baseline ? ` <span class="${node.baseline === 'new' ? 'failed' : 'untested'}">(${node.baseline === 'new' ? 'new' : 'in the baseline'})</span>` : ''}</p>${
        src ? `<img src="${src}" alt="Screenshot of ${escapeHtml(node.selector)}">` : ''
      }<pre>${escapeHtml(node.html)}</pre>${node.summary ? `<pre>${escapeHtml(node.summary)}</pre>` : ''}</div>`;
    })
    .join('\n');
  return `<details${finding.outcome === 'failed' ? ' open' : ''}><summary><span class="${finding.outcome}">${outcomeLabel[finding.outcome]}</span> <code>${escapeHtml(finding.check)}</code>: ${escapeHtml(finding.help)} (${finding.nodes.length} element${finding.nodes.length === 1 ? '' : 's'}${refs ? `; ${refs}` : ''})</summary>
<p>${escapeHtml(finding.description)}${finding.helpUrl ? ` <a href="${escapeHtml(finding.helpUrl)}">More about <code>${escapeHtml(finding.check)}</code></a>` : ''}</p>
<p class="hint"><strong>How to fix:</strong> ${escapeHtml(finding.fixHint)}</p>
${nodes}</details>`;
}

function switchedNote(page: PageResult): string {
  return page.switchedOff.length ? ` · switched off by the story: ${page.switchedOff.map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')}` : '';
}

/** Which setting judged the page, and whether the elder rules ran. */
function elderNote(page: PageResult): string {
  const scope = page.elder.scope ? `, scope <code>${escapeHtml(page.elder.scope)}</code> (${page.elder.scopeMatches ?? 0} matched)` : '';
  return `judged by <code>--elder ${page.elder.setting}</code>${scope}: elder rules ${page.elderRules ? 'ran' : 'did not run'}`;
}

function thresholdsHtml(report: AuditReport): string {
  const t = report.elder.thresholds;
  const scope = report.elder.scope ? ` inside <code>${escapeHtml(report.elder.scope)}</code>` : '';
  const when = { auto: 'where the nearest <code>data-eui-mode</code> says elder', on: `on every page${scope}, whatever it says about itself`, off: 'never' }[report.elder.setting];
  return `<p>Elder rules (<code>--elder ${report.elder.setting}</code>): ${when}. Thresholds: text ≥ ${t.textSize} px, targets ≥ ${t.targetSize} px (primary actions and list rows ≥ ${t.primaryTargetSize} px), line height ≥ ${t.lineHeight}, text contrast ≥ ${t.contrast} : 1, non-text contrast ≥ ${t.nonTextContrast} : 1.</p>`;
}

function baselineHtml(report: AuditReport): string {
  const b = report.baseline;
  if (!b) return '';
  const fixed = b.fixed.length
    ? `<table><thead><tr><th scope="col">Check</th><th scope="col">Page</th><th scope="col">Theme</th><th scope="col">Selector</th></tr></thead><tbody>${b.fixed
        .map((e) => `<tr><td><code>${escapeHtml(e.rule)}</code></td><td>${escapeHtml(e.page)}</td><td>${escapeHtml(e.theme)}</td><td><code>${escapeHtml(e.selector)}</code></td></tr>`)
        .join('')}</tbody></table>`
    : '<p>None fixed.</p>';
  return `<h2>Baseline</h2>
<p>Against <code>${escapeHtml(b.file)}</code>${b.updated ? ' (written again from this run)' : ''}: <strong class="${b.new ? 'failed' : 'passed'}">${b.new} new</strong>, ${b.unchanged} already known (they do not fail the run), ${b.fixed.length} fixed since.</p>
${fixed}`;
}

function pageHtml(page: PageResult, images: (name: string) => string | undefined): string {
  const status = page.error ? 'failed' : page.violations.length ? 'failed' : page.review.length ? 'cantTell' : 'passed';
  const label = page.error ? 'Not audited' : outcomeLabel[status];
  return `<section><h3><span class="${status}">${label}</span>: ${escapeHtml(page.target.title)} <small>(${escapeHtml(page.themeName)})</small></h3>
<p><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a> · ${elderNote(page)} · ${(page.durationMs / 1000).toFixed(1)} s${page.attempts > 1 ? ` · ${page.attempts} attempts` : ''}${switchedNote(page)}</p>
${page.error ? `<pre class="failed">${escapeHtml(page.error)}</pre>` : ''}
${page.violations.map((f) => findingHtml(f, images)).join('\n')}
${page.review.map((f) => findingHtml(f, images)).join('\n')}</section>`;
}

function switchedOffHtml(report: AuditReport): string {
  if (report.input.storyRules === 'ignore') {
    return '<p>Every check ran on every story: the stories\' own rule switches were ignored (<code>--ignore-story-rules</code>).</p>';
  }
  if (report.switchedOff.length === 0) return '<p>None: every check ran on every page.</p>';
  const rows = report.switchedOff
    .map(
      ({ check, stories }) =>
        `<tr><td><code>${escapeHtml(check)}</code></td><td><ul>${stories
          .map((s) => `<li>${escapeHtml(s.title)}${s.source ? ` <small>(<code>${escapeHtml(s.source)}</code>)</small>` : ''}</li>`)
          .join('')}</ul></td></tr>`,
    )
    .join('\n');
  return `<p>These stories switch checks off in their own <code>parameters.a11y</code>, so the checks did not run on them. Each is a gap in this audit: read the reason in the story's file, or audit again with <code>--ignore-story-rules</code>.</p>
<table><thead><tr><th scope="col">Check</th><th scope="col">Stories</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The HTML report: one self-contained file (styles inline, screenshots as data URLs) with a
 * summary, pass / fail / needs review per WCAG criterion and MIIT clause, and every failure with
 * its selector, a screenshot crop and a fix hint. "Needs review" results are listed too.
 *
 * @param report The audit.
 * @param screenshots PNG crops by the names the report's nodes carry.
 */
export function toHtml(report: AuditReport, screenshots: ReadonlyMap<string, Uint8Array> = new Map()): string {
  const images = (name: string) => {
    const png = screenshots.get(name);
    return png ? `data:image/png;base64,${Buffer.from(png).toString('base64')}` : undefined;
  };
  const { totals } = report;
  const verdict = totals.errors
    ? `${totals.errors} page${totals.errors === 1 ? '' : 's'} could not be audited`
    : totals.violations
      ? `${totals.violationNodes} violation${totals.violationNodes === 1 ? '' : 's'} found`
      : 'No violations found';
  const problems = report.pages.filter((p) => p.error || p.violations.length);
  const reviews = report.pages.filter((p) => !p.error && !p.violations.length && p.review.length);
  const clean = report.pages.length - problems.length - reviews.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit: ${escapeHtml(verdict)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>Accessibility audit</h1>
<p>${escapeHtml(report.input.kind === 'storybook' ? `Storybook build ${report.input.source.join(', ')}` : report.input.source.join(', '))} · themes: ${escapeHtml(report.themes.join(', '))}${report.shard.total > 1 ? ` · shard ${report.shard.index}/${report.shard.total}` : ''} · ${escapeHtml(report.startedAt)} · ${(report.durationMs / 1000).toFixed(0)} s · ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}, axe-core ${escapeHtml(report.tool.axeVersion)}</p>
</header>
<main>
<h2>Summary: ${escapeHtml(verdict)}</h2>
<ul class="totals">
<li><strong>${totals.pages}</strong> pages × themes</li>
<li class="failed"><strong>${totals.violationNodes}</strong> violations (${totals.violations} checks)</li>
<li class="cantTell"><strong>${totals.reviewNodes}</strong> to review (${totals.review} checks)</li>
<li><strong>${totals.errors}</strong> not audited</li>
</ul>
${thresholdsHtml(report)}
${report.browser.lost ? `<p class="failed">${escapeHtml(report.browser.lost)}</p>` : ''}
${baselineHtml(report)}
<p>Automated checks find only part of the accessibility problems a page can have: "Not tested" criteria need a person. "Needs review" results are places a tool could not decide.</p>
<div class="criteria">
<section>
<h2>WCAG 2.2 success criteria</h2>
${criteriaTable(report.wcag, 'wcag')}
</section>
<section>
<h2>MIIT aging-friendly specification (2021)</h2>
<p>Each clause the checks map to: passed, failed, or not tested (no page was judged as elder mode, or its check did not run).</p>
${criteriaTable(report.miit, 'miit')}
</section>
</div>
<h2>Checks switched off by stories (${report.switchedOff.length})</h2>
${switchedOffHtml(report)}
<h2>Pages with failures (${problems.length})</h2>
${problems.map((p) => pageHtml(p, images)).join('\n') || '<p>None.</p>'}
<h2>Pages to review (${reviews.length})</h2>
${reviews.map((p) => pageHtml(p, images)).join('\n') || '<p>None.</p>'}
<h2>Pages that passed (${clean})</h2>
<ul>${report.pages
    .filter((p) => !p.error && !p.violations.length && !p.review.length)
    .map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.target.title)}</a> (${escapeHtml(p.themeName)})${switchedNote(p)}</li>`)
    .join('')}</ul>
</main>
</body>
</html>
`;
}
