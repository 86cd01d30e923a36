// Puts the token themes and the icon styles in front of the component styles,
// so an app needs one CSS import: `import '@elder-ui/react/styles.css'`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dependencies = ['@elder-ui/tokens/styles.css', '@elder-ui/icons/styles.css'].map((id) => readFileSync(require.resolve(id), 'utf8').trimEnd());
const target = new URL('../dist/styles.css', import.meta.url);
writeFileSync(target, `${dependencies.join('\n')}\n${readFileSync(target, 'utf8')}`);
