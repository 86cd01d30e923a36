'use client';
import { CheckIcon, ChevronDownIcon } from '@elder-ui/icons';
import * as SelectPrimitive from '@radix-ui/react-select';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field, splitFieldProps, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { useLocale } from '../locale';
import { Portal } from '../theme';
import * as styles from './Select.css';

/**
 * Props of {@link Select}. `className` and `style` go to the outer box, as in every form
 * component; `id` and `aria-describedby` to the trigger; the others to the Radix Select root.
 */
export interface SelectProps extends FieldBaseProps, Omit<SelectPrimitive.SelectProps, 'children' | 'required' | 'disabled' | 'dir'> {
  /**
   * Shown before anything is chosen. It is not a label: the label stays visible above.
   * @default the locale's "Choose one"
   */
  placeholder?: string;
  /**
   * How wide the trigger is.
   * @default 'full'
   */
  width?: fieldStyles.ControlWidth;
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
  placeholder,
  width = 'full',
  children,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  ...props
}: SelectProps) {
  const { messages } = useLocale();
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen, onChange: onOpenChange, caller: 'Select' });
  const [field, root] = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <SelectPrimitive.Root {...root} open={open} onOpenChange={setOpen} disabled={control.disabled}>
          <SelectPrimitive.Trigger
            {...control}
            // While the list is open the rest of the page is aria-hidden and focus stays in the
            // list, so the trigger leaves the tab order too; focus comes back to it on close.
            tabIndex={open ? -1 : undefined}
            className={clsx(fieldStyles.control({ width }), styles.trigger)}
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
    <SelectPrimitive.Item {...props} className={clsx(styles.item, className)}>
      <span className={styles.itemIndicatorSlot} aria-hidden="true">
        <SelectPrimitive.ItemIndicator>
          <CheckIcon />
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
    </SelectPrimitive.Item>
  );
}
