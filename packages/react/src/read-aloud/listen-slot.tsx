'use client';
import { createContext, useContext, type ComponentType, type RefObject } from 'react';
import { warnOnce } from '../internal/dev';

/** Props of the Listen button a {@link ListenSlot} renders. */
export interface ListenButtonProps {
  target: RefObject<Element | null>;
  progress?: boolean;
}

/**
 * The Listen button, handed down by a ReadAloudProvider. A part that offers read aloud as an
 * option (RiskWarning) renders it through this context, so the part alone does not carry read
 * aloud's code (about 10 kB gzipped) into an app that never turns the option on.
 */
export const ListenButtonContext = createContext<ComponentType<ListenButtonProps> | null>(null);

/** The Listen button for `target`, or nothing (with a development warning) outside a ReadAloudProvider. */
export function ListenSlot({ owner, ...props }: ListenButtonProps & { owner: string }) {
  const ListenButton = useContext(ListenButtonContext);
  if (!ListenButton) {
    warnOnce(`${owner}-read-aloud`, `${owner}'s readAloud needs a <ReadAloudProvider> above it; it shows no Listen button without one.`);
    return null;
  }
  return <ListenButton {...props} />;
}
