// Draws Parley's icon (a speech bubble holding an opening quote mark) at every size the
// installers use: resources/icon.png (1024 px, macOS and Windows) and resources/icons/NxN.png (Linux).
// Run: npx tsx scripts/draw-icon.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

const resources = join(import.meta.dirname, '..', 'resources');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

/** One quote mark: a round head with a tail sweeping up to the left, like a 6. */
function quoteMark(ctx: SKRSContext2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx - r, cy);
  ctx.quadraticCurveTo(cx - r * 1.05, cy - r * 2.1, cx + r * 0.75, cy - r * 2.45);
  ctx.lineTo(cx + r * 0.85, cy - r * 1.95);
  ctx.quadraticCurveTo(cx - r * 0.1, cy - r * 1.55, cx + r * 0.2, cy - r * 0.9);
  ctx.closePath();
  ctx.fill();
}

function draw(size: number): Buffer {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.scale(size / 1024, size / 1024);

  const background = ctx.createLinearGradient(0, 0, 1024, 1024);
  background.addColorStop(0, '#3556a8');
  background.addColorStop(1, '#1c2b57');
  ctx.fillStyle = background;
  ctx.beginPath();
  ctx.roundRect(48, 48, 928, 928, 200);
  ctx.fill();

  // The bubble, with its tail pointing to the speaker at the bottom left.
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(196, 236, 632, 452, 120);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(300, 640);
  ctx.lineTo(262, 824);
  ctx.lineTo(470, 668);
  ctx.closePath();
  ctx.fill();

  ctx.fillStyle = '#2a4489';
  quoteMark(ctx, 430, 488, 62);
  quoteMark(ctx, 600, 488, 62);

  // A warm underline: the span Parley highlights.
  ctx.fillStyle = '#f2a93b';
  ctx.beginPath();
  ctx.roundRect(352, 578, 320, 30, 15);
  ctx.fill();

  return canvas.toBuffer('image/png');
}

mkdirSync(join(resources, 'icons'), { recursive: true });
writeFileSync(join(resources, 'icon.png'), draw(1024));
for (const size of LINUX_SIZES) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), draw(size));
console.log(`Wrote resources/icon.png and ${LINUX_SIZES.length} sizes under resources/icons/.`);
