export { Alert, alertLiveness, alertTones } from './Alert';
export type { AlertProps } from './Alert';
export { RiskWarning } from './RiskWarning';
export type { RiskWarningProps } from './RiskWarning';
