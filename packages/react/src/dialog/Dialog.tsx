'use client';
import * as RadixDialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithRef } from 'react';
import { Inline } from '../stack';
import { ClosePart, ContentPart, DescriptionPart, RootPart, TitlePart, dialogParts, type DialogProps, type DialogShorthandProps } from './parts';

export type { DialogProps };

const parts = dialogParts;
const names = { content: 'DialogContent', title: 'DialogTitle' };

/**
 * A modal dialog. Focus moves into it when it opens, stays inside while it is
 * open and returns to where it came from when it closes; Escape closes it.
 *
 * @example
 * <Dialog>
 *   <DialogTrigger asChild><Button>Change payee</Button></DialogTrigger>
 *   <DialogContent>
 *     <DialogTitle>Change payee</DialogTitle>
 *     <DialogDescription>Choose who gets the money.</DialogDescription>
 *     …
 *   </DialogContent>
 * </Dialog>
 */
export function Dialog(props: DialogProps) {
  return <RootPart {...props} parts={parts} caller="Dialog" />;
}

/** The control that opens the dialog. Use `asChild` to make a {@link Button} the trigger. */
export const DialogTrigger = RadixDialog.Trigger;

/** Closes the dialog. Use `asChild` with a {@link Button} for a "Cancel" or "Done" action. */
export const DialogClose = RadixDialog.Close;

/** Props of {@link DialogContent}. */
export interface DialogContentProps extends Omit<ComponentPropsWithRef<typeof RadixDialog.Content>, 'title'>, DialogShorthandProps {}

/**
 * The dialog itself, rendered at the end of the page through {@link Portal} so it
 * keeps the theme of the {@link ThemeScope} it was opened in. Name it with a
 * {@link DialogTitle} (or the `title` shorthand). Its close button sits in the
 * top-right corner, at least 44 × 44 px (60 × 60 in elder mode), with the word
 * "Close" beside the icon in elder mode.
 */
export function DialogContent(props: DialogContentProps) {
  return <ContentPart {...props} parts={parts} names={names} close={<ClosePart />} />;
}

/** Props of {@link DialogTitle}. */
export type DialogTitleProps = ComponentPropsWithRef<typeof RadixDialog.Title>;

/** The dialog's heading (an `<h2>` unless `asChild`) and its accessible name. Every dialog needs one. */
export function DialogTitle(props: DialogTitleProps) {
  return <TitlePart {...props} radix={RadixDialog.Title} />;
}

/** Props of {@link DialogDescription}. */
export type DialogDescriptionProps = ComponentPropsWithRef<typeof RadixDialog.Description>;

/** One or two plain sentences under the title, read out when the dialog opens. */
export function DialogDescription(props: DialogDescriptionProps) {
  return <DescriptionPart {...props} radix={RadixDialog.Description} />;
}

/** Props of {@link DialogFooter}. */
export type DialogFooterProps = ComponentPropsWithRef<'div'>;

/** A row for the dialog's actions at its end, wrapping onto more lines when the text is large. */
export function DialogFooter(props: DialogFooterProps) {
  return <Inline {...props} justify="end" align="stretch" />;
}
