// The forms components (text fields, choices, amount, form errors). Re-exported by index.ts.
export {};
