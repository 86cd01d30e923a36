export { Card, CardTitle } from './Card';
export type { CardProps, CardTitleProps } from './Card';
