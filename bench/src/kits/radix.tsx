import '@radix-ui/themes/styles.css';
import { Button, Checkbox, Dialog, Select, Switch, Text, TextField, Theme } from '@radix-ui/themes';
import { useState } from 'react';
import type { FormSetProps, Kit } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  return (
    <fieldset>
      <Text as="label">
        Name {index} <TextField.Root />
      </Text>
      <Text as="label">
        <Checkbox /> I agree
      </Text>
      <Text as="label">
        <Switch /> Notify me
      </Text>
      <Select.Root defaultValue={cities[0]}>
        <Select.Trigger aria-label="City" />
        <Select.Content>
          {cities.map((city) => (
            <Select.Item key={city} value={city}>
              {city}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger>
          <Button>Open</Button>
        </Dialog.Trigger>
        <Dialog.Content>
          <Dialog.Title>Details</Dialog.Title>
          <Dialog.Description>Dialog body</Dialog.Description>
        </Dialog.Content>
      </Dialog.Root>
    </fieldset>
  );
}

export const kit: Kit = {
  Root: ({ change, children }) => (
    <Theme appearance={change ? 'dark' : 'light'} scaling={change === 'schemeAndSize' ? '110%' : '100%'}>
      {children}
    </Theme>
  ),
  Button: ({ children }) => <Button>{children}</Button>,
  FormSet,
  missing: [],
  switchHow: {
    scheme: '`<Theme appearance="dark">`: re-render of `<Theme>`, classes swap CSS variables',
    schemeAndSize: '`<Theme appearance="dark" scaling="110%">`: re-render of `<Theme>`, classes swap CSS variables',
  },
};

export const ButtonCost = () => (
  <Theme>
    <Button>Confirm</Button>
  </Theme>
);
export const FormsCost = () => (
  <Theme>
    <FormSet index={0} />
  </Theme>
);
