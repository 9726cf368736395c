/**
 * Rasterises resources/icons/icon.svg into the PNGs electron-builder packages
 * (512×512 for Linux and as the source of macOS/Windows icons, 256×256 for Windows).
 * Run: node bin/tsnode.mjs scripts/make-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const dir = resolve(import.meta.dirname ?? __dirname, '..', 'resources', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'));

for (const size of [512, 256]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
  const name = size === 512 ? 'icon.png' : `${size}x${size}.png`;
  writeFileSync(join(dir, name), png);
  console.log(`${name}: ${size}×${size}, ${png.length} bytes`);
}
