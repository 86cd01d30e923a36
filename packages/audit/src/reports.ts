import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toEarl } from './earl.ts';
import { toHtml } from './html.ts';
import { toJunit } from './junit.ts';
import { toSarif } from './sarif.ts';
import type { AuditReport } from './types.ts';

/** The report formats `--format` can choose. */
export const reportFormats = ['json', 'html', 'earl', 'sarif', 'junit'] as const;

/** One of {@link reportFormats}. */
export type ReportFormat = (typeof reportFormats)[number];

/** The formats written when none are chosen. */
export const defaultReportFormats: readonly ReportFormat[] = ['json', 'html', 'earl'];

/** The file each format is written to, inside the output folder. */
export const reportFiles: Record<ReportFormat, string> = {
  json: 'report.json',
  html: 'report.html',
  earl: 'report.earl.jsonld',
  sarif: 'report.sarif',
  junit: 'report.junit.xml',
};

/**
 * Writes the chosen reports into `dir` (created if missing). JSON names screenshots by file, so
 * they go to `dir/screenshots/`; the HTML report embeds them and stands alone.
 *
 * @returns The paths written.
 */
export async function writeReports(
  dir: string,
  report: AuditReport,
  screenshots: ReadonlyMap<string, Uint8Array>,
  formats: readonly ReportFormat[] = defaultReportFormats,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  if (formats.includes('json')) {
    const path = join(dir, reportFiles.json);
    await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
    written.push(path);
    // Crops of an earlier run would be mistaken for this one's.
    await rm(join(dir, 'screenshots'), { recursive: true, force: true });
    if (screenshots.size) {
      await mkdir(join(dir, 'screenshots'), { recursive: true });
      for (const [name, png] of screenshots) await writeFile(join(dir, 'screenshots', name), png);
    }
  }
  if (formats.includes('html')) {
    const path = join(dir, reportFiles.html);
    await writeFile(path, toHtml(report, screenshots));
    written.push(path);
  }
  if (formats.includes('earl')) {
    const path = join(dir, reportFiles.earl);
    await writeFile(path, `${JSON.stringify(toEarl(report), null, 2)}\n`);
    written.push(path);
  }
  if (formats.includes('sarif')) {
    const path = join(dir, reportFiles.sarif);
    await writeFile(path, `${JSON.stringify(toSarif(report), null, 2)}\n`);
    written.push(path);
  }
  if (formats.includes('junit')) {
    const path = join(dir, reportFiles.junit);
    await writeFile(path, toJunit(report));
    written.push(path);
  }
  return written;
}
