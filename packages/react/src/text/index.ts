export { Text, textSizes, textTones } from './Text';
export type { TextProps } from './Text';
