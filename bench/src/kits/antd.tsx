import { Button, Checkbox, ConfigProvider, Input, Modal, Select, Switch, theme } from 'antd';
import { useMemo, useState } from 'react';
import type { FormSetProps, Kit } from '../kit';

const cities = ['Beijing', 'Shanghai', 'Jakarta'].map((city) => ({ value: city, label: city }));

function FormSet({ index, dialogOpen = false }: FormSetProps) {
  const [open, setOpen] = useState(dialogOpen);
  return (
    <fieldset>
      <Input aria-label={`Name ${index}`} placeholder={`Name ${index}`} />
      <Checkbox>I agree</Checkbox>
      <Switch aria-label="Notify me" />
      <Select aria-label="City" options={cities} defaultValue={cities[0]?.value} />
      <Button onClick={() => setOpen(true)}>Open</Button>
      <Modal title="Details" open={open} onCancel={() => setOpen(false)} onOk={() => setOpen(false)}>
        Dialog body
      </Modal>
    </fieldset>
  );
}

export const kit: Kit = {
  Root: function Root({ change, children }) {
    const dark = useMemo(() => ({ algorithm: theme.darkAlgorithm }), []);
    return (
      <ConfigProvider theme={change ? dark : undefined} componentSize={change === 'schemeAndSize' ? 'large' : undefined}>
        {children}
      </ConfigProvider>
    );
  },
  Button: ({ children }) => <Button>{children}</Button>,
  FormSet,
  missing: [],
  switchHow: {
    scheme: '`<ConfigProvider theme={{ algorithm: darkAlgorithm }}>`: re-render, cssinjs regenerates styles',
    schemeAndSize: '`<ConfigProvider theme={{ algorithm: darkAlgorithm }} componentSize="large">`: re-render, cssinjs regenerates styles',
  },
};

export const ButtonCost = () => <Button>Confirm</Button>;
export const FormsCost = () => <FormSet index={0} />;
