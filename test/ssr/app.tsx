import { Button, LocaleProvider, ModeSwitch, ThemeProvider } from '@elder-ui/react';
import { renderToString } from 'react-dom/server';

/** The app that is rendered on the server and hydrated in the browser. */
export function App() {
  return (
    <ThemeProvider>
      <LocaleProvider locale="zh-CN">
        <ModeSwitch axes={['mode', 'textSize', 'scheme']} />
        <Button>确认付款</Button>
      </LocaleProvider>
    </ThemeProvider>
  );
}

/** Renders {@link App} to HTML, refusing to run anywhere with DOM globals. */
export function renderApp(): string {
  if (typeof window !== 'undefined' || typeof document !== 'undefined' || typeof localStorage !== 'undefined') {
    throw new Error('renderApp() must run where there is no DOM.');
  }
  return renderToString(<App />);
}
