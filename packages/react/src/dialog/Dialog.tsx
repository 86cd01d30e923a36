'use client';
import { CloseIcon } from '@elder-ui/icons';
import * as RadixDialog from '@radix-ui/react-dialog';
import { createContext, useContext, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useLocale } from '../locale';
import { Portal } from '../theme';
import * as styles from './Dialog.css';
import { errorOnce, isBlank } from '../internal/dev';

const OpenContext = createContext(false);

/** Open state shared by the dialog roots: controlled when `open` is given, else kept here. */
export function useOpenState(open: boolean | undefined, defaultOpen: boolean, onOpenChange?: (open: boolean) => void) {
  const [own, setOwn] = useState(defaultOpen);
  const current = open ?? own;
  const change = (next: boolean) => {
    if (open === undefined) setOwn(next);
    onOpenChange?.(next);
  };
  return [current, change] as const;
}

export { OpenContext as DialogOpenContext };

/**
 * Where focus was when the dialog opened, and the close handler that sends it back
 * there. Radix returns focus to its trigger only; a dialog opened by a form's submit
 * button or a keyboard shortcut would otherwise drop focus on the body. Call it in a
 * component that mounts as the dialog opens, so it reads focus before the dialog takes it.
 */
export function useReturnFocus(onCloseAutoFocus?: (event: Event) => void) {
  const [cameFrom] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  return (event: Event) => {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    if (cameFrom && cameFrom !== document.body && cameFrom.isConnected) {
      event.preventDefault();
      cameFrom.focus();
    }
  };
}

/** Props of {@link Dialog}. */
export interface DialogProps {
  /**
   * Whether the dialog is open, controlled. Leave undefined to let the dialog keep it.
   * @default undefined
   */
  open?: boolean;
  /**
   * Whether the dialog starts open (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called when the dialog opens or closes: the trigger, the close button, Escape or a tap on the veil.
   * @default undefined
   */
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
}

/**
 * A modal dialog. Focus moves into it when it opens, stays inside while it is
 * open and returns to the trigger when it closes; Escape closes it.
 *
 * @example
 * <Dialog>
 *   <DialogTrigger asChild><Button>Change payee</Button></DialogTrigger>
 *   <DialogContent title="Change payee">…</DialogContent>
 * </Dialog>
 */
export function Dialog({ open, defaultOpen = false, onOpenChange, children }: DialogProps) {
  const [isOpen, setOpen] = useOpenState(open, defaultOpen, onOpenChange);
  return (
    <OpenContext.Provider value={isOpen}>
      <RadixDialog.Root open={isOpen} onOpenChange={setOpen}>
        {children}
      </RadixDialog.Root>
    </OpenContext.Provider>
  );
}

/** The control that opens the dialog. Use `asChild` to make a {@link Button} the trigger. */
export const DialogTrigger = RadixDialog.Trigger;

/** Closes the dialog. Use `asChild` with a {@link Button} for a "Cancel" or "Done" action. */
export const DialogClose = RadixDialog.Close;

/** Props of {@link DialogContent}. */
export interface DialogContentProps extends Omit<ComponentPropsWithRef<typeof RadixDialog.Content>, 'title'> {
  /**
   * The dialog's heading and accessible name. Required: a dialog without one is
   * a development error, since screen readers would announce an unnamed dialog.
   */
  title: ReactNode;
  /**
   * One or two plain sentences under the title, read out when the dialog opens.
   * @default undefined
   */
  description?: ReactNode;
}

/**
 * The dialog itself, rendered at the end of the page through {@link Portal} so it
 * keeps the theme of the {@link ThemeScope} it was opened in. Its close button sits
 * in the top-right corner, at least 44 × 44 px (60 × 60 in elder mode), with the
 * word "Close" beside the icon in elder mode.
 */
export function DialogContent({ title, description, className, children, ...props }: DialogContentProps) {
  const open = useContext(OpenContext);
  if (isBlank(title)) {
    errorOnce('dialog-title', 'A <DialogContent> needs a `title`: it names the dialog for screen readers.');
  }
  if (!open) return null;
  return (
    <OpenDialogContent title={title} description={description} className={className} {...props}>
      {children}
    </OpenDialogContent>
  );
}

function OpenDialogContent({ title, description, className, children, onCloseAutoFocus, ...props }: DialogContentProps) {
  const { messages } = useLocale();
  const returnFocus = useReturnFocus(onCloseAutoFocus);
  return (
    <Portal>
      <RadixDialog.Overlay className={styles.overlay}>
        <RadixDialog.Content
          {...(description ? {} : { 'aria-describedby': undefined })}
          {...props}
          onCloseAutoFocus={returnFocus}
          className={[styles.content, className].filter(Boolean).join(' ')}
        >
          <div className={styles.header}>
            <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
            <RadixDialog.Close className={styles.close} aria-label={messages.close} data-eui-target="primary">
              <CloseIcon />
              <span className={styles.closeWord} aria-hidden="true">
                {messages.close}
              </span>
            </RadixDialog.Close>
          </div>
          {description ? (
            <RadixDialog.Description className={styles.description}>{description}</RadixDialog.Description>
          ) : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Overlay>
    </Portal>
  );
}

/** Props of {@link DialogFooter}. */
export type DialogFooterProps = ComponentPropsWithRef<'div'>;

/** A row for the dialog's actions, wrapping onto more lines when the text is large. */
export function DialogFooter({ className, ...props }: DialogFooterProps) {
  return <div {...props} className={[styles.footer, className].filter(Boolean).join(' ')} />;
}
