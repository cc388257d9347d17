import type { Locator, Page } from '@playwright/test';

/** The page's DataTransfer, typed here because these tests compile without the DOM library. */
type PageDataTransfer = new () => { items: { add(file: File): unknown } };

export interface FileToDrop {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/**
 * Drops files on the page the way the browser does for a real drag from the desktop:
 * a DataTransfer holding File objects, then dragenter, dragover and drop on the target.
 */
export async function dropFiles(page: Page, files: readonly FileToDrop[], target = 'main'): Promise<void> {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.type ?? '',
    base64: Buffer.from(file.bytes).toString('base64'),
  }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const Transfer = (globalThis as unknown as { DataTransfer: PageDataTransfer }).DataTransfer;
    const transfer = new Transfer();
    for (const item of items) {
      const binary = atob(item.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], item.name, { type: item.type, lastModified: Date.now() }));
    }
    return transfer;
  }, payload);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(target, type, { dataTransfer });
  }
  await dataTransfer.dispose();
}

/** Starts a drag over the window without dropping, to see what the user sees mid-drag. */
export async function dragFilesOver(page: Page, files: readonly FileToDrop[], target = 'main'): Promise<void> {
  const dataTransfer = await page.evaluateHandle((names) => {
    const Transfer = (globalThis as unknown as { DataTransfer: PageDataTransfer }).DataTransfer;
    const transfer = new Transfer();
    for (const name of names) transfer.items.add(new File(['x'], name));
    return transfer;
  }, files.map((file) => file.name));
  await page.dispatchEvent(target, 'dragenter', { dataTransfer });
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await dataTransfer.dispose();
}

/**
 * Drags one element of the page onto another through the drag's own events, in order, carrying one
 * DataTransfer: the source's dragstart handler writes into it and the target's drop handler reads it
 * (a mouse-driven drag starts unreliably in headless Chromium). The drop lands at the target's centre.
 */
export async function dragElementTo(page: Page, source: Locator, target: Locator): Promise<void> {
  const dataTransfer = await page.evaluateHandle(() => new (globalThis as unknown as { DataTransfer: PageDataTransfer }).DataTransfer());
  await source.dispatchEvent('dragstart', { dataTransfer });
  const box = await target.boundingBox();
  if (!box) throw new Error('The drop target is not on screen.');
  const at = { dataTransfer, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, at);
  await source.dispatchEvent('dragend', { dataTransfer });
  await dataTransfer.dispose();
}
