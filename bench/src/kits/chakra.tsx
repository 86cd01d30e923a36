import {
  Button,
  ChakraProvider,
  Checkbox,
  Dialog,
  Field,
  Input,
  Portal,
  Select,
  Switch,
  createListCollection,
  defaultSystem,
} from '@chakra-ui/react';
import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { FormSetProps, Kit, ThemeChange } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  const collection = useMemo(() => createListCollection({ items: cities }), []);
  return (
    <fieldset>
      <Field.Root>
        <Field.Label>Name {index}</Field.Label>
        <Input />
      </Field.Root>
      <Checkbox.Root>
        <Checkbox.HiddenInput />
        <Checkbox.Control />
        <Checkbox.Label>I agree</Checkbox.Label>
      </Checkbox.Root>
      <Switch.Root>
        <Switch.HiddenInput />
        <Switch.Control>
          <Switch.Thumb />
        </Switch.Control>
        <Switch.Label>Notify me</Switch.Label>
      </Switch.Root>
      <Select.Root collection={collection} defaultValue={[cities[0] ?? '']}>
        <Select.HiddenSelect />
        <Select.Label>City</Select.Label>
        <Select.Control>
          <Select.Trigger>
            <Select.ValueText />
          </Select.Trigger>
          <Select.IndicatorGroup>
            <Select.Indicator />
          </Select.IndicatorGroup>
        </Select.Control>
        <Portal>
          <Select.Positioner>
            <Select.Content>
              {cities.map((city) => (
                <Select.Item item={city} key={city}>
                  {city}
                  <Select.ItemIndicator />
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Positioner>
        </Portal>
      </Select.Root>
      <Dialog.Root open={open} onOpenChange={(details) => setOpen(details.open)}>
        <Dialog.Trigger asChild>
          <Button>Open</Button>
        </Dialog.Trigger>
        <Portal>
          <Dialog.Backdrop />
          <Dialog.Positioner>
            <Dialog.Content>
              <Dialog.Header>
                <Dialog.Title>Details</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>Dialog body</Dialog.Body>
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>
    </fieldset>
  );
}

const Large = /* @__PURE__ */ createContext(false);

function Root({ change, children }: { change: ThemeChange | null; children: ReactNode }) {
  const dark = change !== null;
  // Chakra v3's dark mode is the `dark` class on <html> (what next-themes sets); sizes are each component's `size` prop.
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
  return (
    <ChakraProvider value={defaultSystem}>
      <Large.Provider value={change === 'schemeAndSize'}>{children}</Large.Provider>
    </ChakraProvider>
  );
}

function KitButton({ children }: { children: ReactNode }) {
  return <Button size={useContext(Large) ? 'lg' : undefined}>{children}</Button>;
}

export const kit: Kit = {
  Root,
  Button: KitButton,
  FormSet,
  missing: [],
  switchHow: {
    scheme: '`dark` class on `<html>` (as next-themes does): re-render, emotion',
    schemeAndSize: '`dark` class on `<html>` (as next-themes does) and `size="lg"` on every Button: re-render, emotion',
  },
};

export const ButtonCost = () => (
  <ChakraProvider value={defaultSystem}>
    <Button>Confirm</Button>
  </ChakraProvider>
);
export const FormsCost = () => (
  <ChakraProvider value={defaultSystem}>
    <FormSet index={0} />
  </ChakraProvider>
);
