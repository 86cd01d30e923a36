export { TextArea, TextField, textFieldWidths } from './TextField';
export type { TextAreaProps, TextFieldProps } from './TextField';
