export { ToastProvider, minimumToastDuration, toastTones, useToast } from './Toast';
export type { ToastApi, ToastOptions, ToastProviderProps } from './Toast';
