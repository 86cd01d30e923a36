'use client';
import { HelpIcon, SpeakerIcon } from '@elder-ui/icons';
import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import { clsx } from 'clsx/lite';
import { Children, type ReactNode, type RefObject } from 'react';
import { ActionList, ListRow, type ListRowProps } from '../action-list';
import { Button, type ButtonProps } from '../button';
import { warnOnce } from '../internal/dev';
import { useLocale } from '../locale';
import { useReadAloud } from '../read-aloud/use-read-aloud';
import { StopIcon } from '../read-aloud/StopIcon';
import { Sheet, SheetClose, SheetContent, SheetTrigger, type SheetProps } from '../sheet';
import * as styles from './HelpButton.css';
import type { HelpButtonPlacement } from './HelpButton.css';

export { helpButtonPlacements } from './HelpButton.css';
export type { HelpButtonPlacement };

/** Props of {@link HelpButton}. */
export interface HelpButtonProps
  extends Omit<ButtonProps, 'children' | 'title' | 'tone' | 'icon' | 'loading' | 'fullWidth' | 'asChild'>,
    Omit<SheetProps, 'children'> {
  /**
   * The ways to get help, one {@link HelpAction} each: call a person, ask a family member.
   * They show as large rows in the sheet the button opens, in this order.
   * @default undefined
   */
  children?: ReactNode;
  /**
   * Where the button sits. `inline` leaves it in the flow: put it in the page's header, the
   * same on every screen. `top-end` and `bottom-end` fix it in a corner of the screen; the page
   * then keeps that corner free, so nothing that takes focus is ever hidden under it.
   * @default 'inline'
   */
  placement?: HelpButtonPlacement;
  /**
   * The title of the sheet.
   * @default "Get help", in the current language
   */
  title?: ReactNode;
  /**
   * The sentence under the sheet's title; `null` leaves it out.
   * @default "Choose how you would like to get help.", in the current language
   */
  description?: ReactNode;
}

/**
 * The one "Help" entry of a product: the word "Help" beside its icon in both modes, at least
 * 44 × 44 px (60 × 60 in elder mode). It opens a {@link Sheet} listing the product's own ways
 * to get help, each a {@link HelpAction}. It leads to a person, never to marketing.
 *
 * @example
 * <HelpButton>
 *   <HelpAction href="tel:95188" icon={<PhoneIcon />} title="Call us" description="Every day, 8:00 to 20:00" />
 *   <HelpAction onClick={askFamily} icon={<FamilyIcon />} title="Ask a family member" />
 * </HelpButton>
 */
export function HelpButton({
  placement = 'inline',
  title,
  description,
  open,
  defaultOpen,
  onOpenChange,
  className,
  children,
  ...props
}: HelpButtonProps) {
  const { messages } = useLocale();
  if (Children.count(children) === 0) {
    warnOnce('help-button-actions', 'A HelpButton needs at least one <HelpAction>: it opens a list of ways to get help.');
  }
  return (
    <Sheet open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <SheetTrigger asChild>
        <Button
          // A primary target: 60 × 60 in elder mode, as the main action of every screen.
          {...{ [targetAttribute]: primaryTarget }}
          {...props}
          tone="secondary"
          icon={<HelpIcon />}
          className={clsx(styles.helpButton({ placement }), className)}
        >
          {messages.help}
        </Button>
      </SheetTrigger>
      <SheetContent
        title={title ?? messages.helpTitle}
        description={description === undefined ? messages.helpDescription : description}
      >
        <ActionList>{children}</ActionList>
      </SheetContent>
    </Sheet>
  );
}

/** Props of {@link HelpAction}. */
export type HelpActionProps = ListRowProps;

/**
 * One way to get help, as a large row of the {@link HelpButton}'s sheet: a link with `href`
 * (`tel:` to call), a button with `onClick`. Choosing it closes the sheet, and focus goes
 * back to the help button.
 */
export function HelpAction(props: HelpActionProps) {
  return (
    <SheetClose asChild>
      <ListRow {...props} />
    </SheetClose>
  );
}

/** Props of {@link HelpListenAction}. */
export interface HelpListenActionProps {
  /**
   * The part of the page to read.
   * @default the page's `<main>`
   */
  target?: RefObject<Element | null>;
}

/**
 * "Listen to this page", a row for the {@link HelpButton}'s sheet: it reads the page's `<main>`
 * (or `target`) aloud in its language, as {@link ReadAloud} does, and says "Stop reading" while it
 * does. Where the page cannot be read (no voice for its language) the row is disabled and says so.
 * A child of its own rather than a prop, so a help button without it does not carry read aloud.
 *
 * @example
 * <HelpButton>
 *   <HelpListenAction />
 *   <HelpAction href="tel:95188" icon={<PhoneIcon />} title="Call us" />
 * </HelpButton>
 */
export function HelpListenAction({ target }: HelpListenActionProps) {
  const { messages } = useLocale();
  const { state, speak, stop, voiceFor, languageOf } = useReadAloud();
  const element = () => (typeof document === 'undefined' ? null : (target?.current ?? document.querySelector('main')));
  const playing = state.status === 'speaking' && state.target !== null && state.target === element();
  const ready = state.status === 'idle' || state.status === 'speaking';
  const canRead = ready && voiceFor(languageOf(element())) !== null;
  return (
    <HelpAction
      icon={playing ? <StopIcon /> : <SpeakerIcon />}
      title={playing ? messages.readAloudPageStop : messages.readAloudPage}
      description={ready && !canRead ? messages.readAloudUnavailable : undefined}
      disabled={!canRead}
      // Speech starts here, inside the press: iOS speaks only from a person's gesture.
      onClick={() => {
        const page = element();
        if (playing) stop();
        else if (page) speak(page);
      }}
    />
  );
}
