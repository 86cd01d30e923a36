// Puts the token themes in front of the component styles, so an app needs one
// CSS import: `import '@elder-ui/react/styles.css'`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tokensCss = readFileSync(require.resolve('@elder-ui/tokens/styles.css'), 'utf8');
const target = new URL('../dist/styles.css', import.meta.url);
const componentsCss = readFileSync(target, 'utf8');
writeFileSync(target, `${tokensCss.trimEnd()}\n${componentsCss}`);
