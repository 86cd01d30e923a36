export { ConfirmAction, confirmActionTones } from './ConfirmAction';
export type { ConfirmActionDetail, ConfirmActionProps } from './ConfirmAction';
