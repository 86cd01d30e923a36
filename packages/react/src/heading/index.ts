export { Heading, headingSizes } from './Heading';
export type { HeadingProps } from './Heading';
