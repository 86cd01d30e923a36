export { Field, FieldError, FieldHint } from './Field';
export type { FieldBaseProps, FieldControlProps, FieldErrorProps, FieldHintProps, FieldProps, FieldWrapperProps } from './Field';
export { FormErrorSummary, focusField, formErrors, useFormErrors } from './FormErrorSummary';
export type { FormError, FormErrorSummaryProps, FormErrorWords } from './FormErrorSummary';
