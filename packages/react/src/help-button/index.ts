export { HelpAction, HelpButton, helpButtonPlacements } from './HelpButton';
export type { HelpActionProps, HelpButtonPlacement, HelpButtonProps } from './HelpButton';
