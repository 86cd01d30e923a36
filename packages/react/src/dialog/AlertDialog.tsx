'use client';
import * as RadixAlertDialog from '@radix-ui/react-alert-dialog';
import { useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import { Portal } from '../theme';
import * as styles from './Dialog.css';
import { DialogOpenContext, useOpenState, useReturnFocus, type DialogProps } from './Dialog';
import { errorOnce, isBlank } from '../internal/dev';

/** Props of {@link AlertDialog}. */
export type AlertDialogProps = DialogProps;

/**
 * A dialog that needs an answer: a tap outside it does nothing, Escape chooses
 * the cancel action, and focus starts on the cancel action (the safe choice).
 * Focus returns to the trigger when it closes.
 */
export function AlertDialog({ open, defaultOpen = false, onOpenChange, children }: AlertDialogProps) {
  const [isOpen, setOpen] = useOpenState(open, defaultOpen, onOpenChange);
  return (
    <DialogOpenContext.Provider value={isOpen}>
      <RadixAlertDialog.Root open={isOpen} onOpenChange={setOpen}>
        {children}
      </RadixAlertDialog.Root>
    </DialogOpenContext.Provider>
  );
}

/** The control that opens the alert dialog. Use `asChild` with a {@link Button}. */
export const AlertDialogTrigger = RadixAlertDialog.Trigger;

/** The safe choice; it gets focus first. Use `asChild` with a secondary {@link Button}. */
export const AlertDialogCancel = RadixAlertDialog.Cancel;

/** The action that goes ahead. Use `asChild` with a {@link Button}. */
export const AlertDialogAction = RadixAlertDialog.Action;

/** Props of {@link AlertDialogContent}. */
export interface AlertDialogContentProps extends Omit<ComponentPropsWithRef<typeof RadixAlertDialog.Content>, 'title'> {
  /** The question, as the heading and accessible name. Required: its absence is a development error. */
  title: ReactNode;
  /**
   * What will happen, read out when the dialog opens.
   * @default undefined
   */
  description?: ReactNode;
}

/** The alert dialog itself, rendered through {@link Portal} so it keeps its {@link ThemeScope}'s theme. */
export function AlertDialogContent({ title, description, className, children, ...props }: AlertDialogContentProps) {
  const open = useContext(DialogOpenContext);
  if (isBlank(title)) {
    errorOnce('alert-dialog-title', 'An <AlertDialogContent> needs a `title`: it names the dialog for screen readers.');
  }
  if (!open) return null;
  return (
    <OpenAlertDialogContent title={title} description={description} className={className} {...props}>
      {children}
    </OpenAlertDialogContent>
  );
}

function OpenAlertDialogContent({
  title,
  description,
  className,
  children,
  onCloseAutoFocus,
  ...props
}: AlertDialogContentProps) {
  const returnFocus = useReturnFocus(onCloseAutoFocus);
  return (
    <Portal>
      <RadixAlertDialog.Overlay className={styles.overlay}>
        <RadixAlertDialog.Content
          {...(description ? {} : { 'aria-describedby': undefined })}
          {...props}
          onCloseAutoFocus={returnFocus}
          className={[styles.content, className].filter(Boolean).join(' ')}
        >
          <RadixAlertDialog.Title className={styles.title}>{title}</RadixAlertDialog.Title>
          {description ? (
            <RadixAlertDialog.Description className={styles.description}>{description}</RadixAlertDialog.Description>
          ) : null}
          {children}
        </RadixAlertDialog.Content>
      </RadixAlertDialog.Overlay>
    </Portal>
  );
}
