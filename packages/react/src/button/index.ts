export { Button, buttonTones } from './Button';
export type { ButtonProps } from './Button';
