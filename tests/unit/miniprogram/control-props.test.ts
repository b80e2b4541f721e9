import { controlProps as weappControlProps } from '../../../miniprogram/src/utils/control-props';
import { controlProps as h5ControlProps } from '../../../miniprogram/src/utils/control-props.h5';

describe('controlProps', () => {
  it('on weapp only wires the tap', () => {
    const onActivate = jest.fn();
    const props = weappControlProps('radio', onActivate);

    expect(Object.keys(props)).toEqual(['onClick']);
    props.onClick();
    expect(onActivate).toHaveBeenCalledTimes(1);
  });

  it('on H5 adds the role and a tab stop, and activates on Enter and Space only', () => {
    const onActivate = jest.fn();
    const preventDefault = jest.fn();
    const props = h5ControlProps('switch', onActivate);

    expect(props).toMatchObject({ role: 'switch', tabIndex: 0 });
    props.onKeyDown({ key: 'Tab', preventDefault });
    expect(onActivate).not.toHaveBeenCalled();
    props.onKeyDown({ key: 'Enter', preventDefault });
    props.onKeyDown({ key: ' ', preventDefault });
    expect(onActivate).toHaveBeenCalledTimes(2);
    expect(preventDefault).toHaveBeenCalledTimes(2);
  });
});
