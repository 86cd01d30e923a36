const warned = new Set<string>();

/** True outside production builds; bundlers replace `process.env.NODE_ENV`. */
export const isDev = process.env.NODE_ENV !== 'production';

/** Logs a development warning once per key, so a bad value repeated on every render warns once. */
export function warnOnce(key: string, message: string): void {
  if (!isDev || warned.has(key)) return;
  warned.add(key);
  console.warn(`[Elder UI] ${message}`);
}

/** Forgets the warnings already given. For tests only. */
export function resetWarnings(): void {
  warned.clear();
}

const reported = new Set<string>();

/** Logs a development error once per key: for a misuse that breaks accessibility, such as a dialog without a title. */
export function errorOnce(key: string, message: string): void {
  if (!isDev || reported.has(key)) return;
  reported.add(key);
  console.error(`[Elder UI] ${message}`);
}

/** Forgets the errors already given. For tests only. */
export function resetErrors(): void {
  reported.clear();
}

/** True when a node would render no words. */
export function isBlank(node: unknown): boolean {
  return node === undefined || node === null || node === false || node === true || (typeof node === 'string' && node.trim() === '');
}
