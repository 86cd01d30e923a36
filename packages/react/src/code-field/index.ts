export { CodeField } from './CodeField';
export type { CodeCompleteDetails, CodeFieldProps } from './CodeField';
