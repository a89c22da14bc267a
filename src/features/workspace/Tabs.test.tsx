// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Tab, TabList, TabPanel, Tabs } from './Tabs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Example({ start = 'a' }: { start?: string }) {
  const [value, setValue] = useState(start);
  return (
    <Tabs value={value} onValueChange={setValue}>
      <TabList label="Results">
        <Tab value="a">Alpha</Tab>
        <Tab value="b">Beta</Tab>
        <Tab value="c">Gamma</Tab>
      </TabList>
      <TabPanel value="a">panel a</TabPanel>
      <TabPanel value="b">panel b</TabPanel>
      <TabPanel value="c" keepMounted>
        panel c
      </TabPanel>
    </Tabs>
  );
}

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<Example />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const tabs = () => Array.from(host.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
const selected = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;
const press = (key: string) => act(() => (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

describe('Tabs', () => {
  it('names the list, ties each tab to its panel, and makes the selected tab the one tab stop', () => {
    expect(host.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Results');
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    const panel = host.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
    expect(panel?.textContent).toBe('panel a');
    expect(panel?.getAttribute('aria-labelledby')).toBe(tabs()[0].id);
    expect(tabs()[0].getAttribute('aria-controls')).toBe(panel?.id);
  });

  it('selects on click: other panels leave the page, a kept one only hides', () => {
    act(() => tabs()[1].click());
    expect(selected()).toBe('Beta');
    const panels = Array.from(host.querySelectorAll<HTMLElement>('[role="tabpanel"]'));
    expect(panels.map((p) => [p.textContent, p.hidden])).toEqual([
      ['panel b', false],
      ['panel c', true],
    ]);
  });

  it('moves focus and selection with the arrow keys (wrapping), Home and End', () => {
    tabs()[0].focus();
    press('ArrowRight');
    expect([selected(), document.activeElement?.textContent]).toEqual(['Beta', 'Beta']);
    press('End');
    expect(selected()).toBe('Gamma');
    press('ArrowRight');
    expect(selected()).toBe('Alpha');
    press('ArrowLeft');
    expect(selected()).toBe('Gamma');
    press('Home');
    expect([selected(), document.activeElement?.textContent]).toEqual(['Alpha', 'Alpha']);
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it('leaves other keys alone', () => {
    tabs()[0].focus();
    press('ArrowDown');
    press('a');
    expect(selected()).toBe('Alpha');
  });
});
