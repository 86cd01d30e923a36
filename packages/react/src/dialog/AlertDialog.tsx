'use client';
import * as RadixAlertDialog from '@radix-ui/react-alert-dialog';
import type { ComponentPropsWithRef } from 'react';
import { ContentPart, DescriptionPart, RootPart, TitlePart, type DialogProps, type DialogShorthandProps } from './parts';

const parts = {
  Root: RadixAlertDialog.Root,
  Overlay: RadixAlertDialog.Overlay,
  Content: RadixAlertDialog.Content,
  Title: RadixAlertDialog.Title,
  Description: RadixAlertDialog.Description,
};
const names = { content: 'AlertDialogContent', title: 'AlertDialogTitle' };

/** Props of {@link AlertDialog}. */
export type AlertDialogProps = DialogProps;

/**
 * A dialog that needs an answer: a tap outside it does nothing, Escape chooses
 * the cancel action, and focus starts on the cancel action (the safe choice).
 * Focus returns to where it came from when it closes.
 */
export function AlertDialog(props: AlertDialogProps) {
  return <RootPart {...props} parts={parts} caller="AlertDialog" />;
}

/** The control that opens the alert dialog. Use `asChild` with a {@link Button}. */
export const AlertDialogTrigger = RadixAlertDialog.Trigger;

/** The safe choice; it gets focus first. Use `asChild` with a secondary {@link Button}. */
export const AlertDialogCancel = RadixAlertDialog.Cancel;

/**
 * The action that goes ahead, then closes the dialog. Use `asChild` with a {@link Button};
 * an `onClick` that calls `event.preventDefault()` keeps the dialog open.
 */
export const AlertDialogAction = RadixAlertDialog.Action;

/** Props of {@link AlertDialogContent}. */
export interface AlertDialogContentProps
  extends Omit<ComponentPropsWithRef<typeof RadixAlertDialog.Content>, 'title'>,
    DialogShorthandProps {}

/**
 * The alert dialog itself, rendered through {@link Portal} so it keeps its {@link ThemeScope}'s theme.
 * Ask the question in an {@link AlertDialogTitle} (or the `title` shorthand). It has no close button:
 * the answer is one of its actions.
 */
export function AlertDialogContent(props: AlertDialogContentProps) {
  return <ContentPart {...props} parts={parts} names={names} />;
}

/** Props of {@link AlertDialogTitle}. */
export type AlertDialogTitleProps = ComponentPropsWithRef<typeof RadixAlertDialog.Title>;

/** The question (an `<h2>` unless `asChild`), as the heading and accessible name. Every alert dialog needs one. */
export function AlertDialogTitle(props: AlertDialogTitleProps) {
  return <TitlePart {...props} radix={RadixAlertDialog.Title} />;
}

/** Props of {@link AlertDialogDescription}. */
export type AlertDialogDescriptionProps = ComponentPropsWithRef<typeof RadixAlertDialog.Description>;

/** What will happen, read out when the alert dialog opens. */
export function AlertDialogDescription(props: AlertDialogDescriptionProps) {
  return <DescriptionPart {...props} radix={RadixAlertDialog.Description} />;
}
