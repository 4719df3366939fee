// `node scripts/make-icons.mjs`: draws Inkpost's icon (a white ink drop on a
// deep blue rounded square) and writes the PNG files electron-builder packs:
// build/icon.png (1024×1024: macOS and Windows) and build/icons/<size>x<size>.png
// (Linux). The files are committed; run this again only to change the icon.
// Plain Node: the PNG encoder is the few lines below (zlib does the deflate).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const iconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit += 1) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA image (`size`×`size`, 4 bytes a pixel) as PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The drawing, in a unit square: a rounded square, and a drop whose round part is a circle and whose tip is the apex.
const corner = 0.22;
const drop = { cx: 0.5, cy: 0.6, r: 0.2, apexY: 0.17 };

function inRoundedSquare(x, y) {
  const margin = 0.04;
  const dx = Math.max(margin + corner - x, 0, x - (1 - margin - corner));
  const dy = Math.max(margin + corner - y, 0, y - (1 - margin - corner));
  return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && dx * dx + dy * dy <= corner * corner;
}

function inDrop(x, y) {
  const { cx, cy, r, apexY } = drop;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) {
    return true;
  }
  // Between the apex and the points where lines from the apex touch the circle.
  const distance = cy - apexY;
  const tangentY = cy - (r * r) / distance;
  if (y < apexY || y > tangentY) {
    return false;
  }
  const halfWidth = Math.tan(Math.asin(r / distance)) * (y - apexY);
  return Math.abs(x - cx) <= halfWidth;
}

function draw(size) {
  const samples = size >= 256 ? 2 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let ink = 0;
      let shade = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inRoundedSquare(x, y)) {
            square += 1;
            shade += y;
            if (inDrop(x, y)) {
              ink += 1;
            }
          }
        }
      }
      const total = samples * samples;
      const offset = (py * size + px) * 4;
      if (square === 0) {
        continue;
      }
      // Deep blue, a little lighter at the top; the drop is white.
      const t = shade / square;
      const background = [Math.round(52 - 22 * t), Math.round(96 - 38 * t), Math.round(160 - 50 * t)];
      const white = ink / square;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = Math.round(background[channel] * (1 - white) + 255 * white);
      }
      pixels[offset + 3] = Math.round((255 * square) / total);
    }
  }
  return encodePng(size, pixels);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(join(root, 'build', 'icons'), { recursive: true });
  for (const size of iconSizes) {
    await writeFile(join(root, 'build', 'icons', `${size}x${size}.png`), draw(size));
  }
  await writeFile(join(root, 'build', 'icon.png'), draw(1024));
  console.log(`wrote build/icon.png and build/icons/{${iconSizes.map((size) => `${size}x${size}`).join(',')}}.png`);
}
