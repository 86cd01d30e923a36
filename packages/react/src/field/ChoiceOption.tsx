'use client';
import { clsx } from 'clsx/lite';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
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

/**
 * Puts the state of a native choice back where it started when its form is reset. The browser
 * resets the inputs to their `checked` attribute, which React writes once, from the first render;
 * this resets the state React holds to that same first value, so the two always agree, whichever
 * runs first. `element` is an input or fieldset of the form; no `reset` means another part resets.
 */
export function useFormReset<T>(
  element: RefObject<HTMLInputElement | HTMLFieldSetElement | null>,
  value: T,
  reset: ((first: T) => void) | undefined,
) {
  const [first] = useState(value);
  useEffect(() => {
    const form = element.current?.form;
    if (!form || !reset) return;
    const onReset = () => reset(first);
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [element, first, reset]);
}
