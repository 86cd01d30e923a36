// jsdom ships no types and @types/jsdom is not a dependency: this declares the one constructor the
// node tests use to parse CSS with jsdom's CSSOM.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
