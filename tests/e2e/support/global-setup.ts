import { buildRendererIfStale } from './build-renderer';

export default async function globalSetup(): Promise<void> {
  if (await buildRendererIfStale()) console.log('Built the renderer into out/renderer.');
}
