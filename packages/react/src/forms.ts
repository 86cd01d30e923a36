// The forms components (text fields, choices, amount, form errors) and the layout pieces they need. Re-exported by index.ts.
export * from './amount-field';
export * from './checkbox';
export * from './field';
export * from './heading';
export * from './icon-button';
export * from './link';
export * from './password-field';
export * from './radio-group';
export * from './select';
export * from './stack';
export * from './switch';
export * from './text';
export * from './summary-list';
export * from './text-field';
export * from './visually-hidden';
