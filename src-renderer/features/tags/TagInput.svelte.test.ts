// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TagInput from './TagInput.svelte';

function setup(names: string[] = []) {
  const props = $state({ id: 'tags', label: "Thema's", names, draft: '', suggestions: ['Mensenrechten', 'China'] });
  render(TagInput, { props });
  return { props, input: screen.getByLabelText("Thema's") as HTMLInputElement };
}

describe('TagInput', () => {
  it('turns typed text into a chip on Enter and on a comma, without duplicates', async () => {
    const { props, input } = setup();
    await fireEvent.input(input, { target: { value: 'Mensenrechten' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(props.names).toEqual(['Mensenrechten']);
    expect(props.draft).toBe('');
    await fireEvent.input(input, { target: { value: 'mensenrechten' } });
    await fireEvent.keyDown(input, { key: ',' });
    await fireEvent.input(input, { target: { value: 'Handel' } });
    await fireEvent.keyDown(input, { key: ',' });
    expect(props.names).toEqual(['Mensenrechten', 'Handel']);
  });

  it('removes a chip by its button and the last chip by Backspace in the empty field', async () => {
    const { props, input } = setup(['China', 'Handel', 'Sancties']);
    await fireEvent.click(screen.getByRole('button', { name: 'Thema Handel verwijderen' }));
    expect(props.names).toEqual(['China', 'Sancties']);
    await fireEvent.keyDown(input, { key: 'Backspace' });
    expect(props.names).toEqual(['China']);
  });
});
