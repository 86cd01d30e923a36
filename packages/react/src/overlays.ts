// The overlay, feedback and navigation components. Re-exported by index.ts.
export {};
