export { Sheet, SheetClose, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from './Sheet';
export type { SheetContentProps, SheetDescriptionProps, SheetProps, SheetTitleProps } from './Sheet';
