export { Progress, Spinner } from './Progress';
export type { ProgressProps, SpinnerProps } from './Progress';
