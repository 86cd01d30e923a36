'use client';
import { CloseIcon, SearchIcon } from '@elder-ui/icons';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import { useEffect, useId, useRef, type ChangeEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { describedBy, Field, splitFieldProps, type FieldBaseProps, type FieldNativeProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { IconButton } from '../icon-button';
import { announce } from '../internal/announce';
import { warnOnce } from '../internal/dev';
import { useLocale } from '../locale';
import type { SearchMessages } from '../locale/messages-search';
import { Inline } from '../stack';
import { Text } from '../text';
import * as styles from './SearchField.css';

/**
 * Props of {@link SearchField}. `className` and `style` go to the outer box, as in every
 * form component; other props (`ref`, `name`, `autoComplete`, `onKeyDown`, …) go to the `<input>`.
 */
export interface SearchFieldProps
  extends FieldBaseProps,
    Omit<FieldNativeProps<'input'>, 'type' | 'value' | 'defaultValue' | 'width' | 'enterKeyHint'> {
  /**
   * The words in the field (controlled). Leave it out to let the field hold its own words.
   * @default undefined
   */
  value?: string;
  /**
   * The words at first (uncontrolled).
   * @default ''
   */
  defaultValue?: string;
  /**
   * Called with the new words as the user types, and with `''` when the field is cleared
   * by the clear button or Escape.
   * @default undefined
   */
  onValueChange?: (value: string) => void;
  /**
   * Called with the words when the user presses Enter (the phone keyboard's "Search" key).
   * Inside a form, Enter also sends the form, as in any text input.
   * @default undefined
   */
  onSearch?: (value: string) => void;
  /**
   * How many results the words found. Shown in words under the field ("12 results",
   * "No results"), read with the field, and said politely once typing pauses and the count
   * has settled. Leave it out while there is nothing to count.
   * @default undefined
   */
  resultCount?: number;
  /**
   * Makes the field a search landmark (`role="search"`), so screen reader users can jump to
   * it. Give it to the page's main search, not to a filter inside a form.
   * @default false
   */
  landmark?: boolean;
}

/** How long typing must pause before the count is said, so a screen reader is not talked over at every key. */
const settlePause = 1000;

/** The count in words, by the locale's plural rules: "No results", "1 result", "1,234 results". */
function countInWords(count: number, locale: string, messages: SearchMessages): string {
  if (count === 0) return messages.searchResultsNone;
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? messages.searchResultsOne : messages.searchResultsOther;
  return form.replace('{count}', new Intl.NumberFormat(locale).format(count));
}

/**
 * A search box: `<input type="search">` with its label always visible, a search icon, the
 * phone keyboard's "Search" key, and one clear button (the kit's IconButton, in words in
 * elder mode) that empties the field and puts focus back in it; Escape empties it too. With
 * `resultCount`, the number of results shows in words under the field and is said once
 * typing settles.
 */
export function SearchField({
  value: valueProp,
  defaultValue = '',
  onValueChange,
  onSearch,
  resultCount,
  landmark = false,
  onChange,
  onKeyDown,
  ...props
}: SearchFieldProps) {
  const { locale, messages } = useLocale();
  const [value, setValue] = useControllableState({
    prop: valueProp,
    defaultProp: defaultValue,
    onChange: onValueChange,
    caller: 'SearchField',
  });
  const [field, input] = splitFieldProps(props);
  const generated = useId();
  const inputId = field.id ?? `${generated}-search`;
  const countId = `${inputId}-count`;

  const countable = resultCount === undefined || (Number.isInteger(resultCount) && resultCount >= 0);
  if (process.env.NODE_ENV !== 'production' && !countable) warnOnce('search-field-count', `SearchField got resultCount ${resultCount}; give a whole number of 0 or more.`);
  const countText = resultCount === undefined || !countable ? undefined : countInWords(resultCount, locale, messages);

  const typed = useRef(false);
  const said = useRef<string>(undefined);
  useEffect(() => {
    if (countText === undefined) {
      said.current = undefined;
      return;
    }
    if (!typed.current || countText === said.current) return;
    const timer = setTimeout(() => {
      said.current = countText;
      announce(countText);
    }, settlePause);
    return () => clearTimeout(timer);
  }, [countText, value]);

  useEffect(() => {
    // Dialogs (the kit's, built on Radix, among them) hear Escape on the document before the input
    // does. Marking it handled on its way down keeps the dialog open while Escape empties the field.
    const keep = (event: globalThis.KeyboardEvent) => {
      const target = event.target as Partial<HTMLInputElement> | null;
      if (event.key === 'Escape' && !event.isComposing && target?.id === inputId && target.value) event.preventDefault();
    };
    window.addEventListener('keydown', keep, { capture: true });
    return () => window.removeEventListener('keydown', keep, { capture: true });
  }, [inputId]);

  const clear = () => {
    typed.current = true;
    setValue('');
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    typed.current = true;
    setValue(event.target.value);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    // Enter or Escape while an input method is composing (pinyin, zhuyin) belongs to the input method.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') onSearch?.(event.currentTarget.value);
    if (event.key === 'Escape' && value !== '') {
      // Only when there was text to clear: the next Escape reaches a dialog around the field and closes it.
      event.preventDefault();
      event.stopPropagation();
      clear();
    }
  };

  const handleClear = (event: MouseEvent<HTMLButtonElement>) => {
    clear();
    // The button goes with the words, so focus goes back to where the next search is typed.
    event.currentTarget.ownerDocument.getElementById(inputId)?.focus();
  };

  return (
    <Field {...field} id={inputId} role={landmark ? 'search' : undefined}>
      {(control) => (
        <>
          <Inline gap="target" align="stretch">
            <div className={styles.box}>
              <input
                {...input}
                {...control}
                aria-describedby={describedBy(control['aria-describedby'], countText !== undefined && countId)}
                type="search"
                enterKeyHint="search"
                value={value}
                onChange={handleChange}
                onKeyDown={handleKeyDown}
                className={clsx(fieldStyles.control(), styles.input)}
              />
              <span className={styles.icon} aria-hidden="true">
                <SearchIcon />
              </span>
            </div>
            {value !== '' ? (
              <IconButton
                label={messages.searchClear}
                icon={<CloseIcon />}
                aria-controls={inputId}
                disabled={control.disabled}
                onClick={handleClear}
              />
            ) : null}
          </Inline>
          {countText !== undefined ? <Text id={countId}>{countText}</Text> : null}
        </>
      )}
    </Field>
  );
}
