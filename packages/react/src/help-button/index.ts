export { HelpAction, HelpButton, HelpListenAction, helpButtonPlacements } from './HelpButton';
export type { HelpActionProps, HelpButtonPlacement, HelpButtonProps, HelpListenActionProps } from './HelpButton';
