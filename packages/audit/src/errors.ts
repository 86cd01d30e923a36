/** Thrown for a value given on the command line that cannot be used. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The first line of an error's message: what a report or a terminal line has room for. */
export function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
