export { Field, FieldError, FieldHint } from './Field';
export type { FieldBaseProps, FieldControlProps, FieldErrorProps, FieldHintProps, FieldProps, FieldWrapperProps } from './Field';
export { FormErrorSummary, focusField } from './FormErrorSummary';
export type { FormError, FormErrorSummaryProps } from './FormErrorSummary';
