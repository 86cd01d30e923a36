// The overlay, feedback and navigation components. Re-exported by index.ts.
export * from './accordion';
export * from './action-list';
export * from './alert';
export * from './card';
export * from './confirm-action';
export * from './dialog';
export * from './marketing-slot';
export * from './help-button';
export * from './progress';
export * from './service-grid';
export * from './sheet';
export * from './skip-link';
export * from './stepper';
export * from './tab-bar';
export * from './tabs';
export * from './toast';
