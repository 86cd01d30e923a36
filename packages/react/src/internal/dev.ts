/** True outside production builds; bundlers replace `process.env.NODE_ENV`. */
export const isDev = process.env.NODE_ENV !== 'production';

const warned = new Set<string>();
const reported = new Set<string>();

function once(seen: Set<string>, log: (text: string) => void, key: string, message: string): void {
  if (!isDev || seen.has(key)) return;
  seen.add(key);
  log(`[Elder UI] ${message}`);
}

/**
 * Logs a development warning once per key, so a bad value repeated on every render warns once.
 * Call it behind `process.env.NODE_ENV !== 'production'`, written out at the call site: bundlers
 * then drop the call and its message from production builds, which a check in here cannot do.
 */
export function warnOnce(key: string, message: string): void {
  once(warned, (text) => console.warn(text), key, message);
}

/** Forgets the warnings already given. For tests only. */
export function resetWarnings(): void {
  warned.clear();
}

/**
 * Logs a development error once per key: for a misuse that breaks accessibility, such as a dialog
 * without a title. Guard the call as for {@link warnOnce}.
 */
export function errorOnce(key: string, message: string): void {
  once(reported, (text) => console.error(text), key, message);
}

/** Forgets the errors already given. For tests only. */
export function resetErrors(): void {
  reported.clear();
}

/** True when a node would render no words. */
export function isBlank(node: unknown): boolean {
  return node === undefined || node === null || node === false || node === true || (typeof node === 'string' && node.trim() === '');
}
