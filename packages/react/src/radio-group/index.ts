export { RadioGroup, RadioGroupItem } from './RadioGroup';
export type { RadioGroupItemProps, RadioGroupProps } from './RadioGroup';
