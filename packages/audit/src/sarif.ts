/** The audit as SARIF 2.1.0, for code-scanning dashboards. */
import { createHash } from 'node:crypto';
import { miitClauses, wcagCriteria, wcagUrl } from './criteria.ts';
import type { AuditReport, Finding } from './types.ts';

/** A SARIF log: the parts this tool writes (see https://docs.oasis-open.org/sarif/sarif/v2.1.0/). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Record<string, unknown>[];
}

const informationUri = 'https://www.npmjs.com/package/@elder-ui/audit';

/** A stable fingerprint of one violation: rule, page, theme, selector (what `--baseline` matches on). */
function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

function refs(finding: Pick<Finding, 'wcag' | 'miit'>): string {
  return [...finding.wcag.map((id) => `WCAG ${id}`), ...finding.miit.map((id) => `MIIT ${id}`)].join(', ');
}

/**
 * The audit as a SARIF 2.1.0 log with one run: a rule (reporting descriptor) per check that
 * failed, with its help URL, fix hint and WCAG / MIIT references (as tags and as relationships to
 * the `WCAG` and `MIIT` taxonomies); one result per violation, that is per element of each failed
 * check on each page × theme, located by the page URL and the element's CSS selector (a logical
 * location of kind `element`, with the element's HTML as the snippet). With a baseline each
 * result has a `baselineState`, and fixed violations are listed as `absent`. Pages that could not
 * be audited are tool execution notifications, and make the invocation unsuccessful.
 */
export function toSarif(report: AuditReport): SarifLog {
  const findings = new Map<string, Finding>();
  for (const page of report.pages) for (const f of page.violations) if (!findings.has(f.check)) findings.set(f.check, f);
  const ruleIds = [...findings.keys()].sort();
  // Fixed baseline entries may name rules that no longer fail anywhere.
  for (const fixed of report.baseline?.fixed ?? []) if (!ruleIds.includes(fixed.rule)) ruleIds.push(fixed.rule);
  const usedWcag = new Set<string>();
  const usedMiit = new Set<string>();
  for (const f of findings.values()) {
    f.wcag.forEach((id) => usedWcag.add(id));
    f.miit.forEach((id) => usedMiit.add(id));
  }
  const wcagTaxa = [...usedWcag].sort();
  const miitTaxa = [...usedMiit].sort();
  const rules = ruleIds.map((id) => {
    const f = findings.get(id);
    if (!f) return { id, shortDescription: { text: id } };
    const references = refs(f);
    return {
      id,
      name: id,
      shortDescription: { text: f.help },
      fullDescription: { text: f.description },
      ...(f.helpUrl ? { helpUri: f.helpUrl } : {}),
      help: {
        text: `${f.fixHint}${references ? ` (${references})` : ''}`,
        markdown: `${f.fixHint}${references ? `\n\n${[...f.wcag.map((c) => `[WCAG ${c}](${wcagUrl(c)})`), ...f.miit.map((c) => `MIIT ${c}`)].join(', ')}` : ''}`,
      },
      defaultConfiguration: { level: 'error' },
      relationships: [
        ...f.wcag.map((c) => ({ target: { id: c, index: wcagTaxa.indexOf(c), toolComponent: { name: 'WCAG', index: 0 } }, kinds: ['relevant'] })),
        ...f.miit.map((c) => ({ target: { id: c, index: miitTaxa.indexOf(c), toolComponent: { name: 'MIIT', index: 1 } }, kinds: ['relevant'] })),
      ],
      properties: { tags: ['accessibility', ...(f.source === 'axe' ? ['axe-core'] : []), ...references.split(', ').filter(Boolean)], wcag: f.wcag, miit: f.miit },
    };
  });
  const results: Record<string, unknown>[] = [];
  for (const page of report.pages) {
    for (const f of page.violations) {
      for (const node of f.nodes) {
        results.push({
          ruleId: f.check,
          ruleIndex: ruleIds.indexOf(f.check),
          kind: 'fail',
          level: 'error',
          message: { text: `${f.help}${node.summary ? `: ${node.summary.replace(/\s+/g, ' ').trim()}` : ''} (${page.themeName})` },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: page.url }, region: { snippet: { text: node.html } } },
              logicalLocations: [{ fullyQualifiedName: node.selector, kind: 'element' }],
            },
          ],
          partialFingerprints: { 'elderAudit/v1': fingerprint(f.check, page.target.id, page.themeName, node.selector) },
          ...(node.baseline ? { baselineState: node.baseline } : {}),
          properties: { page: page.target.title, theme: page.themeName, elder: page.elder.setting, ...(f.impact ? { impact: f.impact } : {}) },
        });
      }
    }
  }
  for (const fixed of report.baseline?.fixed ?? []) {
    results.push({
      ruleId: fixed.rule,
      ruleIndex: ruleIds.indexOf(fixed.rule),
      kind: 'pass',
      level: 'none',
      message: { text: `Fixed since the baseline (${fixed.theme}).` },
      locations: [{ physicalLocation: { artifactLocation: { uri: fixed.page } }, logicalLocations: [{ fullyQualifiedName: fixed.selector, kind: 'element' }] }],
      partialFingerprints: { 'elderAudit/v1': fingerprint(fixed.rule, fixed.page, fixed.theme, fixed.selector) },
      baselineState: 'absent',
    });
  }
  const notAudited = report.pages.filter((p) => p.error);
  const end = new Date(Date.parse(report.startedAt) + report.durationMs).toISOString();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri, rules } },
        taxonomies: [
          {
            name: 'WCAG',
            version: '2.2',
            organization: 'W3C',
            informationUri: 'https://www.w3.org/TR/WCAG22/',
            taxa: wcagTaxa.map((id) => ({ id, name: wcagCriteria.get(id)?.title ?? id, helpUri: wcagUrl(id) })),
          },
          {
            name: 'MIIT',
            version: '2021',
            organization: 'MIIT',
            shortDescription: { text: 'MIIT aging-friendly design specification for mobile apps (工信厅信管函〔2021〕67号)' },
            taxa: miitTaxa.map((id) => ({ id, name: miitClauses.get(id)?.title ?? id })),
          },
        ],
        invocations: [
          {
            executionSuccessful: notAudited.length === 0 && !report.browser.lost,
            startTimeUtc: report.startedAt,
            endTimeUtc: end,
            toolExecutionNotifications: notAudited.map((p) => ({
              level: 'error',
              message: { text: `Not audited: ${p.target.title} (${p.themeName}): ${p.error}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: p.url } } }],
            })),
          },
        ],
        results,
        properties: { themes: report.themes, elder: report.elder, shard: report.shard },
      },
    ],
  };
}
