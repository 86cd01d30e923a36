'use client';
import { PhoneIcon } from '@elder-ui/icons';
import type { ReactNode } from 'react';
import { Button } from '../button';
import { useLocale } from '../locale';
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
}

/**
 * A fraud or risk warning: danger tone, an icon and words, announced at once
 * (role `alert`). It is part of the page, not an overlay, so no tap outside it
 * dismisses it. With `helpHref` or `onHelp` it offers a "call for help" action.
 */
export function RiskWarning({ title, helpHref, onHelp, helpLabel, ...props }: RiskWarningProps) {
  const { messages } = useLocale();
  const label = helpLabel ?? messages.callForHelp;
  const action = helpHref ? (
    <Button asChild tone="secondary" icon={<PhoneIcon />}>
      <a href={helpHref}>{label}</a>
    </Button>
  ) : onHelp ? (
    <Button tone="secondary" icon={<PhoneIcon />} onClick={onHelp}>
      {label}
    </Button>
  ) : undefined;
  return <Alert {...props} tone="danger" live="assertive" title={title ?? messages.riskTitle} action={action} data-eui-risk="" />;
}
