// Stories are the fixtures: tests render them with `composeStories`, wrapped in the same
// decorators (ThemeProvider, LocaleProvider, the <main> landmark) and globals as the Storybook.
import { setProjectAnnotations } from '@storybook/react-vite';
import preview from '../../.storybook/preview';

setProjectAnnotations(preview);
