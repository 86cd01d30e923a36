'use client';
import { PhoneIcon } from '@elder-ui/icons';
import { useRef, type ReactNode } from 'react';
import { Button } from '../button';
import { useLocale } from '../locale';
import { ListenSlot } from '../read-aloud/listen-slot';
import { Alert, type AlertProps } from './Alert';

/** Props of {@link RiskWarning}. */
export interface RiskWarningProps extends Omit<AlertProps, 'tone' | 'live' | 'action'> {
  /**
   * The warning in a few words.
   * @default messages.riskTitle ("Stop and check: this could be a scam")
   */
  title?: ReactNode;
  /**
   * A phone link for the "call for help" action, such as `tel:95588`.
   * @default undefined
   */
  helpHref?: string;
  /**
   * Called by the "call for help" action when there is no `helpHref`, to open the app's own help.
   * @default undefined
   */
  onHelp?: () => void;
  /**
   * The words of the help action, such as "Call your bank: 95588".
   * @default messages.callForHelp ("Call for help")
   */
  helpLabel?: ReactNode;
  /**
   * Adds a "Listen" button that reads the warning aloud in its language (see {@link ReadAloud}):
   * for someone who reads slowly, a warning heard is the one most likely to stop a transfer.
   * Needs a {@link ReadAloudProvider} above it, which brings read aloud's code: a warning
   * without it stays small.
   * @default false
   */
  readAloud?: boolean;
}

/**
 * A fraud or risk warning: danger tone, an icon and words, announced at once
 * (role `alert`). It is part of the page, not an overlay, so no tap outside it
 * dismisses it. With `helpHref` or `onHelp` it offers a "call for help" action, and with
 * `readAloud` a "Listen" button that reads it aloud.
 */
export function RiskWarning({ title, helpHref, onHelp, helpLabel, readAloud = false, ref, ...props }: RiskWarningProps) {
  const { messages } = useLocale();
  const root = useRef<HTMLDivElement | null>(null);
  const label = helpLabel ?? messages.callForHelp;
  const help = helpHref ? (
    <Button asChild tone="secondary" icon={<PhoneIcon />}>
      <a href={helpHref}>{label}</a>
    </Button>
  ) : onHelp ? (
    <Button tone="secondary" icon={<PhoneIcon />} onClick={onHelp}>
      {label}
    </Button>
  ) : null;
  // No sentence count here: the warning is a live region, which would announce every change in it.
  const listen = readAloud ? <ListenSlot owner="RiskWarning" target={root} progress={false} /> : null;
  return (
    <Alert
      {...props}
      ref={(element) => {
        root.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      tone="danger"
      live="assertive"
      title={title ?? messages.riskTitle}
      action={listen || help ? <>{listen}{help}</> : undefined}
      data-eui-risk=""
    />
  );
}
