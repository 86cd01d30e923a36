import './cleanup';
import './stories';

// jsdom has no layout, so it lacks the APIs Radix calls while it measures and tracks pointers.
// Do-nothing stand-ins are enough for behaviour tests; sizes and pointers are tested in Chromium.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
if (typeof Element !== 'undefined') {
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.setPointerCapture ??= () => {};
  Element.prototype.releasePointerCapture ??= () => {};
  Element.prototype.scrollIntoView ??= () => {};
}
