import { render } from '@testing-library/react';
import { Chip } from '../../src/shared/components/Chip';
import { countLabel } from '../../src/shared/count-label';

// The server counts up to 1,000 and then says "at least" (totalCountIsLowerBound,
// countsAreLowerBounds): the villager reads "1000+", never a made-up exact number.
describe('counts past 1,000', () => {
  it('read as "1000+" when the server says the count is a lower bound', () => {
    expect(countLabel(1000, true)).toBe('1000+');
    expect(countLabel(128, true)).toBe('128+');
    expect(countLabel(999, false)).toBe('999');
  });

  it('show on a chip as the villager reads them', () => {
    const { container, rerender } = render(<Chip label='足疗' count={1000} atLeast selected={false} onTap={() => {}} />);
    expect(container.querySelector('.chip__count')?.textContent).toBe('1000+');
    rerender(<Chip label='足疗' count={12} selected={false} onTap={() => {}} />);
    expect(container.querySelector('.chip__count')?.textContent).toBe('12');
  });
});
