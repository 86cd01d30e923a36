export { Inline, Stack, stackGaps } from './Stack';
export type { InlineProps, StackProps } from './Stack';
