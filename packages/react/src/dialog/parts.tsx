'use client';
import { CloseIcon } from '@elder-ui/icons';
import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import type * as RadixDialog from '@radix-ui/react-dialog';
import { Close, Content, Description, Overlay, Root, Title } from '@radix-ui/react-dialog';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefAttributes,
  type RefObject,
} from 'react';
import { Heading } from '../heading';
import { IconButton } from '../icon-button';
import { errorOnce, isBlank } from '../internal/dev';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import { useMessagesOr } from '../locale/context';
import { closeEn } from '../locale/own-messages';
import { Text } from '../text';
import { Portal } from '../theme';
import * as styles from './Dialog.css';

// The one implementation of Dialog and AlertDialog: each passes in its own Radix parts.

type ContentProps = Omit<RadixDialog.DialogContentProps, 'onPointerDownOutside' | 'onInteractOutside'>;

/** The Radix parts a kit dialog is built from: those of `@radix-ui/react-dialog` or `@radix-ui/react-alert-dialog`. */
export interface RadixDialogParts {
  Root: ComponentType<{ open?: boolean; onOpenChange?: (open: boolean) => void; children?: ReactNode }>;
  Overlay: ComponentType<RadixDialog.DialogOverlayProps & RefAttributes<HTMLDivElement>>;
  Content: ComponentType<ContentProps & RefAttributes<HTMLDivElement>>;
  Title: ComponentType<RadixDialog.DialogTitleProps & RefAttributes<HTMLHeadingElement>>;
  Description: ComponentType<RadixDialog.DialogDescriptionProps & RefAttributes<HTMLParagraphElement>>;
}

/** The parts of `@radix-ui/react-dialog`, for the kit's dialogs built on it. */
export const dialogParts: RadixDialogParts = { Root, Overlay, Content, Title, Description };

/** Props of {@link Dialog} and {@link AlertDialog}. */
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
   * Called when the dialog opens or closes: the trigger, a close or cancel action, or Escape.
   * @default undefined
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * The trigger and the content.
   * @default undefined
   */
  children?: ReactNode;
}

/** The `title` and `description` shorthands of a dialog's content, for when the parts are not needed. */
export interface DialogShorthandProps {
  /**
   * Shorthand for a title part as the first child: the dialog's heading and accessible name.
   * A dialog with neither this nor a title part is a development error, since screen
   * readers would announce an unnamed dialog.
   * @default undefined
   */
  title?: ReactNode;
  /**
   * Shorthand for a description part under the title: one or two plain sentences, read out when the dialog opens.
   * @default undefined
   */
  description?: ReactNode;
}

const OpenContext = createContext(false);

interface PartsContextValue {
  titled: RefObject<boolean>;
  setDescribed: (described: boolean) => void;
}

/** Lets the title and description parts tell the content they are there. */
const PartsContext = createContext<PartsContextValue | null>(null);

/** The root of a kit dialog: keeps the open state (controlled or not) for Radix and for the content. */
export function RootPart({
  parts,
  caller,
  open,
  defaultOpen = false,
  onOpenChange,
  children,
}: DialogProps & { parts: RadixDialogParts; caller: string }) {
  const [isOpen, setOpen] = useControllableState({ prop: open, defaultProp: defaultOpen, onChange: onOpenChange, caller });
  return (
    <OpenContext.Provider value={isOpen}>
      <parts.Root open={isOpen} onOpenChange={setOpen}>
        {children}
      </parts.Root>
    </OpenContext.Provider>
  );
}

/**
 * Where focus was when the dialog opened, and the close handler that sends it back
 * there. Radix returns focus to its trigger only; a dialog opened by a form's submit
 * button or a keyboard shortcut would otherwise drop focus on the body. Call it in a
 * component that mounts as the dialog opens, so it reads focus before the dialog takes it.
 */
function useReturnFocus(onCloseAutoFocus?: (event: Event) => void) {
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

/** Props of {@link ContentPart}. */
export interface ContentPartProps extends Omit<ContentProps, 'title'>, DialogShorthandProps, RefAttributes<HTMLDivElement> {
  parts: RadixDialogParts;
  /** The public names of the content and title parts, for the development error. */
  names: { content: string; title: string };
  /** A close button, placed in the top-right corner. */
  close?: ReactNode;
  /** A class for the veil, beside its own: for a dialog laid out differently on the page, such as a bottom sheet. */
  overlayClassName?: string;
}

/** The content of a kit dialog: rendered only while open, through the theme-keeping {@link Portal}. */
export function ContentPart(props: ContentPartProps) {
  const open = useContext(OpenContext);
  return open ? <OpenContent {...props} /> : null;
}

function OpenContent({ onCloseAutoFocus, ...props }: ContentPartProps) {
  const returnFocus = useReturnFocus(onCloseAutoFocus);
  return (
    <Portal>
      <Frame {...props} onCloseAutoFocus={returnFocus} />
    </Portal>
  );
}

/** Rendered inside the portal, so its effects run after the parts inside it have mounted. */
function Frame({ parts, names, close, overlayClassName, title, description, className, children, ...props }: ContentPartProps) {
  const titled = useRef(false);
  const [described, setDescribed] = useState(() => !isBlank(description));
  const context = useMemo(() => ({ titled, setDescribed }), []);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && !titled.current) {
      errorOnce(
        `${names.content}-title`,
        `A <${names.content}> needs a \`title\` or a <${names.title}>: it names the dialog for screen readers.`,
      );
    }
  }, [names.content, names.title]);

  return (
    <PartsContext.Provider value={context}>
      <parts.Overlay className={clsx(styles.overlay, overlayClassName)}>
        <parts.Content
          // Without a description, say so, or Radix points aria-describedby at nothing.
          {...(described ? {} : { 'aria-describedby': undefined })}
          {...props}
          className={clsx(styles.content, className)}
        >
          {/* First in the DOM, so it is the first stop for Tab; the styles put it in the top-right corner. */}
          {close}
          {isBlank(title) ? null : <TitlePart radix={parts.Title}>{title}</TitlePart>}
          {isBlank(description) ? null : <DescriptionPart radix={parts.Description}>{description}</DescriptionPart>}
          {children}
        </parts.Content>
      </parts.Overlay>
    </PartsContext.Provider>
  );
}

/**
 * The close button of a dialog built on `@radix-ui/react-dialog`: the kit's {@link IconButton}
 * named "Close" in the current language, for the content's `close` slot.
 */
export function ClosePart() {
  const messages = useMessagesOr(closeEn);
  return (
    <Close asChild>
      <IconButton
        label={messages.close}
        icon={<CloseIcon />}
        className={styles.close}
        // The close button is a primary target: 60 × 60 in elder mode (ELDER-MODE.md, "Targets and spacing").
        {...{ [targetAttribute]: primaryTarget }}
      />
    </Close>
  );
}

/** A dialog's heading and accessible name, drawn as a title-sized {@link Heading}. */
export function TitlePart({
  radix: Title,
  className,
  ...props
}: RadixDialog.DialogTitleProps & RefAttributes<HTMLHeadingElement> & { radix: RadixDialogParts['Title'] }) {
  const context = useContext(PartsContext);
  const blank = isBlank(props.children);
  useIsomorphicLayoutEffect(() => {
    if (context && !blank) context.titled.current = true;
  }, [context, blank]);
  return (
    <Heading asChild level={2} size="title">
      <Title {...props} className={clsx(styles.title, className)} />
    </Heading>
  );
}

/** A dialog's description, drawn as body {@link Text}; the dialog is described by it only while it is there. */
export function DescriptionPart({
  radix: Description,
  ...props
}: RadixDialog.DialogDescriptionProps & RefAttributes<HTMLParagraphElement> & { radix: RadixDialogParts['Description'] }) {
  const context = useContext(PartsContext);
  useIsomorphicLayoutEffect(() => {
    if (!context) return undefined;
    context.setDescribed(true);
    return () => context.setDescribed(false);
  }, [context]);
  return (
    <Text asChild>
      <Description {...props} />
    </Text>
  );
}
