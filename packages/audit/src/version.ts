/** This package's version, as written in reports and printed by `--version`. */
export const version = '0.1.0';
