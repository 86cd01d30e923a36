import '@elder-ui/react/styles.css';
import * as eui from '@elder-ui/react';
import { Button, ThemeProvider, useThemeSetters, type ThemeSetters } from '@elder-ui/react';
import { useState, type ComponentType, type ReactNode } from 'react';
import { formParts, type FormSetProps, type Kit } from '../kit';

type Loose = ComponentType<{ children?: ReactNode; [prop: string]: unknown }>;

// The form components are still landing, so each is looked up on the package and may be missing.
// Each is a plain property read on the namespace (never the namespace in a variable), which esbuild tree-shakes.
type Parts = Partial<
  Record<'TextField' | 'Checkbox' | 'Switch' | 'Select' | 'SelectItem' | 'Dialog' | 'DialogTrigger' | 'DialogContent', Loose>
>;
const TextField = (eui as unknown as Parts).TextField;
const Checkbox = (eui as unknown as Parts).Checkbox;
const Switch = (eui as unknown as Parts).Switch;
const Select = (eui as unknown as Parts).Select;
const SelectItem = (eui as unknown as Parts).SelectItem;
const Dialog = (eui as unknown as Parts).Dialog;
const DialogTrigger = (eui as unknown as Parts).DialogTrigger;
const DialogContent = (eui as unknown as Parts).DialogContent;
const hasDialog = Boolean(Dialog && DialogTrigger && DialogContent);

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

/**
 * The form set's parts as plain functions returning elements (no component of their own, so
 * the set's tree is what an app would write). `pnpm --filter @elder-ui/bench profile` mounts each alone.
 */
export const formSetParts = {
  TextField: (index: number) => (TextField ? <TextField label={`Name ${index}`} /> : null),
  Checkbox: () => (Checkbox ? <Checkbox label="I agree" /> : null),
  Switch: () => (Switch ? <Switch label="Notify me" /> : null),
  Select: () =>
    Select && SelectItem ? (
      <Select label="City" defaultValue={cities[0]}>
        {cities.map((city) => (
          <SelectItem key={city} value={city}>
            {city}
          </SelectItem>
        ))}
      </Select>
    ) : null,
  Dialog: (open: boolean, onOpenChange: (open: boolean) => void) =>
    Dialog && DialogTrigger && DialogContent ? (
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogTrigger asChild>
          <Button>Open</Button>
        </DialogTrigger>
        <DialogContent title="Details">Dialog body</DialogContent>
      </Dialog>
    ) : (
      <Button>Open</Button>
    ),
};

function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  return (
    <fieldset>
      {formSetParts.TextField(index)}
      {formSetParts.Checkbox()}
      {formSetParts.Switch()}
      {formSetParts.Select()}
      {formSetParts.Dialog(open, setOpen)}
    </fieldset>
  );
}

let setTheme: ThemeSetters['setTheme'] | null = null;

/**
 * Keeps the provider's setter, so the bench switches through the kit's own API. It shows no
 * setting, so it takes the setters alone and, like an app's "Larger text" action, does not
 * re-render on a switch (a control that shows the setting, such as `ModeSwitch`, would).
 */
function CaptureSetTheme() {
  setTheme = useThemeSetters().setTheme;
  return null;
}

const changes = { scheme: { scheme: 'dark' }, schemeAndSize: { mode: 'elder', scheme: 'dark' } } as const;

export const kit: Kit = {
  Root: ({ children }) => (
    <ThemeProvider storage={null} defaultMode="standard" defaultScheme="light" defaultContrast="standard">
      <CaptureSetTheme />
      {children}
    </ThemeProvider>
  ),
  Button: ({ children }) => <Button>{children}</Button>,
  FormSet,
  // Pure: the cost entries, which never read `kit`, must not keep it (and ThemeProvider) alive.
  missing: /* @__PURE__ */ formParts.filter(
    (part) => !{ TextField, Checkbox, Switch, Select: SelectItem ? Select : undefined, Dialog: hasDialog ? Dialog : undefined }[part],
  ),
  switchTheme: (change) => setTheme?.(changes[change]),
  switchHow: {
    scheme: "`setTheme({ scheme: 'dark' })`: an attribute on `<html>`",
    schemeAndSize: "`setTheme({ mode: 'elder', scheme: 'dark' })`: attributes on `<html>`",
  },
};

export const ButtonCost = () => <Button>Confirm</Button>;
// With ThemeProvider, as an app has it: the form set's cost includes choosing and keeping the theme.
export const FormsCost = () => (
  <ThemeProvider>
    <FormSet index={0} />
  </ThemeProvider>
);
