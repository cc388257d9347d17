import { describe, expect, it } from 'vitest';
import { measureMarkup } from '../../../../electron/core/import/formats/html/markup-bounds';

describe('measuring a page before it is parsed', () => {
  it('counts every opened element once and ignores the doctype', () => {
    expect(measureMarkup('<!doctype html><html><body><p>a<br>b</p><img src="x"></body></html>').elements).toBe(5);
  });

  it('lets paragraphs and list items, opened or closed, neither deepen nor flatten the tree', () => {
    expect(measureMarkup('<div><p>a</p><div><p>b</p><li>c</li><div>d</div></div></div>').depth).toBe(3);
    expect(measureMarkup('<div><p>a<div><p>b<div>c').depth).toBe(3);
  });
});
