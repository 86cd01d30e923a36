'use client';
import { clsx } from 'clsx';
import type { ReactNode } from 'react';
import * as choice from './choice.css';
import { RequiredMark, type FieldWrapperProps, type useField } from './Field';

interface ChoiceOptionProps extends FieldWrapperProps {
  /** The ids of the option's field: its control, words and hint. */
  field: ReturnType<typeof useField>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** The control: a checkbox or a radio, named by the words (`aria-labelledby={field.labelId}`). */
  children: ReactNode;
}

/**
 * One choice of a checkbox or a radio group: the control and its words in one `<label>`,
 * so the whole label is the hit area (ELDER-MODE.md), with the hint under the words.
 */
export function ChoiceOption({ field, label, hint, required = false, className, style, children }: ChoiceOptionProps) {
  return (
    <label htmlFor={field.control.id} className={clsx(choice.option, className)} style={style}>
      {children}
      <span className={choice.optionText}>
        <span id={field.labelId}>
          {label}
          {required ? <RequiredMark /> : null}
        </span>
        {hint ? (
          <span id={field.hintId} className={choice.optionHint}>
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}
