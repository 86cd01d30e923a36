export { IconButton, iconButtonTones } from './IconButton';
export type { IconButtonProps } from './IconButton';
