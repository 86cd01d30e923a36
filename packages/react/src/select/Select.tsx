'use client';
import { CheckIcon, ChevronDownIcon } from '@elder-ui/icons';
import * as SelectPrimitive from '@radix-ui/react-select';
import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { describedBy, Field, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { useLocale } from '../locale';
import { Portal } from '../theme';
import * as styles from './Select.css';

/** Props of {@link Select}. */
export interface SelectProps
  extends FieldBaseProps,
    Omit<SelectPrimitive.SelectProps, 'children' | 'required' | 'disabled' | 'dir'> {
  /**
   * The trigger's id; the label points at it and the error summary links to it.
   * @default a generated id
   */
  id?: string;
  /**
   * Shown before anything is chosen. It is not a label: the label stays visible above.
   * @default the locale's "Choose one"
   */
  placeholder?: string;
  /**
   * How wide the trigger is.
   * @default 'full'
   */
  width?: 'full' | 'medium' | 'short';
  /**
   * Extra ids for the trigger's `aria-describedby`.
   * @default undefined
   */
  'aria-describedby'?: string;
  /**
   * A class for the field around the trigger.
   * @default undefined
   */
  className?: string;
  /** The {@link SelectItem}s. */
  children?: ReactNode;
}

/**
 * One choice from a longer list (about seven or more), as a button that opens a
 * list of large options (Radix Select): each option at least 44 px high (48 in
 * elder mode), words that wrap, and a check mark by the chosen one. Typing a
 * letter jumps to it; the list opens in the theme of the field.
 */
export function Select({
  label,
  hint,
  error,
  required,
  disabled,
  id,
  placeholder,
  width = 'full',
  className,
  children,
  'aria-describedby': ariaDescribedBy,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  ...props
}: SelectProps) {
  const { messages } = useLocale();
  const [openState, setOpenState] = useState(defaultOpen);
  const open = openProp ?? openState;
  const changeOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
  };
  return (
    <Field label={label} hint={hint} error={error} required={required} disabled={disabled} id={id} className={className}>
      {(control) => (
        <SelectPrimitive.Root {...props} open={open} onOpenChange={changeOpen} disabled={disabled}>
          <SelectPrimitive.Trigger
            {...control}
            // While the list is open the rest of the page is aria-hidden and focus stays in the
            // list, so the trigger leaves the tab order too; focus comes back to it on close.
            tabIndex={open ? -1 : undefined}
            aria-describedby={describedBy(control['aria-describedby'], ariaDescribedBy)}
            className={[fieldStyles.control({ width }), styles.trigger].join(' ')}
          >
            <span className={styles.value}>
              <SelectPrimitive.Value placeholder={placeholder ?? messages.selectPlaceholder} />
            </span>
            <SelectPrimitive.Icon className={styles.chevron}>
              <ChevronDownIcon />
            </SelectPrimitive.Icon>
          </SelectPrimitive.Trigger>
          <Portal>
            <SelectPrimitive.Content position="popper" sideOffset={4} className={styles.content}>
              <SelectPrimitive.Viewport className={styles.viewport}>{children}</SelectPrimitive.Viewport>
            </SelectPrimitive.Content>
          </Portal>
        </SelectPrimitive.Root>
      )}
    </Field>
  );
}

/** Props of {@link SelectItem}. */
export interface SelectItemProps extends Omit<ComponentPropsWithRef<typeof SelectPrimitive.Item>, 'children' | 'asChild'> {
  /** The words of the option. */
  children: ReactNode;
}

/** One option of a {@link Select}. */
export function SelectItem({ children, className, ...props }: SelectItemProps) {
  return (
    <SelectPrimitive.Item {...props} className={[styles.item, className].filter(Boolean).join(' ')}>
      <span className={styles.itemIndicatorSlot} aria-hidden="true">
        <SelectPrimitive.ItemIndicator>
          <CheckIcon />
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
    </SelectPrimitive.Item>
  );
}
