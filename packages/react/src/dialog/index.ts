export { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from './Dialog';
export type { DialogContentProps, DialogFooterProps, DialogProps } from './Dialog';
export { AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from './AlertDialog';
export type { AlertDialogContentProps, AlertDialogProps } from './AlertDialog';
