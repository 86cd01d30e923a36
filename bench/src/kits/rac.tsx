import {
  Button,
  Checkbox,
  Dialog,
  DialogTrigger,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  Popover,
  Select,
  SelectValue,
  Switch,
  TextField,
} from 'react-aria-components';
import { Fragment } from 'react';
import type { FormSetProps, Kit } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'];

// react-aria-components ships no styles: this measures its behaviour and markup only.
function FormSet({ index, dialogOpen = false }: FormSetProps) {
  return (
    <fieldset>
      <TextField>
        <Label>Name {index}</Label>
        <Input />
      </TextField>
      <Checkbox>I agree</Checkbox>
      <Switch>Notify me</Switch>
      <Select defaultSelectedKey={cities[0]}>
        <Label>City</Label>
        <Button>
          <SelectValue />
        </Button>
        <Popover>
          <ListBox>
            {cities.map((city) => (
              <ListBoxItem key={city} id={city}>
                {city}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      <DialogTrigger defaultOpen={dialogOpen}>
        <Button>Open</Button>
        <Modal>
          <Dialog>
            <Heading slot="title">Details</Heading>
            Dialog body
          </Dialog>
        </Modal>
      </DialogTrigger>
    </fieldset>
  );
}

export const kit: Kit = {
  Root: ({ children }) => <Fragment>{children}</Fragment>,
  Button: ({ children }) => <Button>{children}</Button>,
  FormSet,
  missing: [],
  switchHow: null,
};

export const ButtonCost = () => <Button>Confirm</Button>;
export const FormsCost = () => <FormSet index={0} />;
