'use client';
import * as RadixDialog from '@radix-ui/react-dialog';
import { clsx } from 'clsx/lite';
import { useRef, useState, type ComponentPropsWithRef } from 'react';
import { DialogDescription, DialogTitle, type DialogDescriptionProps, type DialogTitleProps } from '../dialog/Dialog';
import { ClosePart, ContentPart, RootPart, dialogParts, type DialogProps, type DialogShorthandProps } from '../dialog/parts';
import { isBlank } from '../internal/dev';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import * as styles from './Sheet.css';

const names = { content: 'SheetContent', title: 'SheetTitle' };

/** Props of {@link Sheet}. */
export type SheetProps = DialogProps;

/**
 * A dialog that rises from the bottom edge of the screen, for phones: full width there,
 * centred with a largest width on wider screens. It is a modal dialog in every other way:
 * focus moves in and stays inside, Escape and the close button close it, and focus returns
 * to where it came from. It has no swipe to dismiss: every way to close it is a button or a key.
 *
 * @example
 * <Sheet>
 *   <SheetTrigger asChild><Button tone="secondary">Opening hours</Button></SheetTrigger>
 *   <SheetContent title="Opening hours" description="Our branches and phone lines.">…</SheetContent>
 * </Sheet>
 */
export function Sheet(props: SheetProps) {
  return <RootPart {...props} parts={dialogParts} caller="Sheet" />;
}

/** The control that opens the sheet. Use `asChild` to make a {@link Button} the trigger. */
export const SheetTrigger = RadixDialog.Trigger;

/** Closes the sheet. Use `asChild` with a {@link Button} for a "Done" action. */
export const SheetClose = RadixDialog.Close;

/** Props of {@link SheetContent}. */
export interface SheetContentProps extends Omit<ComponentPropsWithRef<typeof RadixDialog.Content>, 'title'>, DialogShorthandProps {}

/**
 * The sheet itself, rendered at the end of the page through {@link Portal} so it keeps the
 * theme of the {@link ThemeScope} it was opened in. Name it with the `title` shorthand (or a
 * {@link SheetTitle}). The title and the close button (top-right, at least 44 × 44 px, 60 × 60
 * in elder mode) stay in view; the description and the children scroll below them when the
 * sheet would be taller than 90 % of the screen.
 */
export function SheetContent({ description, className, children, ...props }: SheetContentProps) {
  return (
    <ContentPart
      {...props}
      parts={dialogParts}
      names={names}
      close={<ClosePart />}
      className={clsx(styles.content, className)}
      overlayClassName={styles.overlay}
    >
      <SheetBody>
        {isBlank(description) ? null : <SheetDescription>{description}</SheetDescription>}
        {children}
      </SheetBody>
    </ContentPart>
  );
}

/** The part under the title that scrolls. While its content overflows it, it takes focus, so that a keyboard can scroll it. */
function SheetBody({ children }: { children: SheetContentProps['children'] }) {
  const body = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useIsomorphicLayoutEffect(() => {
    const frame = body.current;
    const content = inner.current;
    if (!frame || !content) return undefined;
    const measure = () => setScrollable(frame.scrollHeight > frame.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling part with only words in it must be reachable from the keyboard, or its end cannot be read (WCAG 2.1.1)
    <div ref={body} className={styles.body} tabIndex={scrollable ? 0 : undefined}>
      <div ref={inner} className={styles.bodyInner}>
        {children}
      </div>
    </div>
  );
}

/** Props of {@link SheetTitle}. */
export type SheetTitleProps = DialogTitleProps;

/**
 * The sheet's heading (an `<h2>` unless `asChild`) and its accessible name, the same part as a
 * dialog's. Every sheet needs one; the `title` shorthand of {@link SheetContent} keeps it in view
 * above the part that scrolls.
 */
export const SheetTitle = DialogTitle;

/** Props of {@link SheetDescription}. */
export type SheetDescriptionProps = DialogDescriptionProps;

/** One or two plain sentences under the title, read out when the sheet opens: the same part as a dialog's. */
export const SheetDescription = DialogDescription;
