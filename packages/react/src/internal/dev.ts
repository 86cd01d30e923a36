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
