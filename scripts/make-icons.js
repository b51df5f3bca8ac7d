// @ts-check

/**
 * Draws the add-in's own icon (a calendar with a small "person" badge: scheduling on someone's behalf)
 * at every size the manifest declares and writes assets/icon-<size>.png, plus the two icons the app
 * package (manifest.json) requires: a 192 x 192 colour icon and a 32 x 32 outline icon, white on
 * transparent (assets/app-color-192.png, assets/app-outline-32.png).
 *
 * Plain Node, no dependencies: shapes are tested per sample point and supersampled for anti-aliasing;
 * the PNG encoder writes RGBA, 8 bits per channel, one zlib stream, CRC-32 per chunk.
 *
 *   node scripts/make-icons.js            # writes assets/icon-{16,32,64,80,128}.png and the app package's two
 *   node scripts/make-icons.js out-dir    # writes into another folder
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8; // 8 x 8 samples per pixel

/** @typedef {[number, number, number, number]} Rgba  straight (not premultiplied) 0..255 */

const COLOURS = {
  outline: /** @type {Rgba} */ ([15, 108, 189, 255]), // Fluent "brand" blue #0F6CBD
  header: /** @type {Rgba} */ ([15, 108, 189, 255]),
  ring: /** @type {Rgba} */ ([17, 60, 104, 255]), // #113C68
  page: /** @type {Rgba} */ ([255, 255, 255, 255]),
  cell: /** @type {Rgba} */ ([150, 190, 230, 255]),
  badge: /** @type {Rgba} */ ([3, 131, 135, 255]), // Fluent teal #038387
  person: /** @type {Rgba} */ ([255, 255, 255, 255]),
  clear: /** @type {Rgba} */ ([0, 0, 0, 0]),
};

/**
 * @param {number} px  sample x in unit space (0..1)
 * @param {number} py
 * @param {number} x0
 * @param {number} y0
 * @param {number} x1
 * @param {number} y1
 * @param {number} r   corner radius
 */
function inRoundRect(px, py, x0, y0, x1, y1, r) {
  if (px < x0 || px > x1 || py < y0 || py > y1) return false;
  const cx = Math.min(Math.max(px, x0 + r), x1 - r);
  const cy = Math.min(Math.max(py, y0 + r), y1 - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/**
 * @param {number} px
 * @param {number} py
 * @param {number} cx
 * @param {number} cy
 * @param {number} rx
 * @param {number} ry
 */
function inEllipse(px, py, cx, cy, rx, ry) {
  return ((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 <= 1;
}

/**
 * The glyph, in unit coordinates (0..1, y down). Detail adapts to the pixel size so strokes stay
 * at least one pixel wide and the grid does not turn to mush at 16 px.
 * @param {number} size
 * @returns {(x: number, y: number) => Rgba}
 */
function scene(size) {
  const px = 1 / size;
  const stroke = Math.max(px * (size <= 16 ? 1 : 1.25), 0.05);
  // Calendar sheet
  const cal = { x0: 0.06, y0: 0.13, x1: 0.84, y1: 0.86, r: Math.max(0.09, 2 * px) };
  const headerBottom = size <= 16 ? 0.38 : 0.34;
  // Binder rings
  const ringW = Math.max(0.07, 1.5 * px);
  const rings = [0.27, 0.63].map((cx) => ({ x0: cx - ringW / 2, x1: cx + ringW / 2, y0: 0.05, y1: 0.22 }));
  // Day cells: 3 x 3 on big icons, 3 x 2 on small
  const rows = size <= 32 ? 2 : 3;
  const cols = 3;
  const gridX0 = cal.x0 + stroke + 0.07;
  const gridX1 = cal.x1 - stroke - 0.07;
  const gridY0 = headerBottom + 0.07;
  const gridY1 = cal.y1 - stroke - 0.07;
  const gap = Math.max(0.05, 1.2 * px);
  const cellW = (gridX1 - gridX0 - gap * (cols - 1)) / cols;
  const cellH = (gridY1 - gridY0 - gap * (rows - 1)) / rows;
  // "On behalf" badge: a person in a circle, bottom right, cut out of the calendar by a clear ring
  // At 16 px the badge sits on whole pixels (centre 11.5, radius 4.5) and the person is drawn bolder.
  const small = size <= 16;
  const badge = small ? { cx: 11.5 / 16, cy: 11.5 / 16, r: 4.5 / 16 } : { cx: 0.735, cy: 0.735, r: 0.245 };
  const knockout = badge.r + Math.max(0.05, 1.2 * px);
  const head = { cx: badge.cx, cy: badge.cy - badge.r * (small ? 0.28 : 0.3), r: badge.r * (small ? 0.34 : 0.3) };
  const body = {
    cx: badge.cx,
    cy: badge.cy + badge.r * (small ? 0.78 : 0.62),
    rx: badge.r * (small ? 0.64 : 0.58),
    ry: badge.r * (small ? 0.5 : 0.46),
  };

  return (x, y) => {
    const dxb = x - badge.cx;
    const dyb = y - badge.cy;
    const db = dxb * dxb + dyb * dyb;
    if (db <= badge.r * badge.r) {
      const inHead = (x - head.cx) ** 2 + (y - head.cy) ** 2 <= head.r * head.r;
      const inBody = inEllipse(x, y, body.cx, body.cy, body.rx, body.ry);
      return inHead || inBody ? COLOURS.person : COLOURS.badge;
    }
    if (db <= knockout * knockout) return COLOURS.clear;

    for (const ring of rings) {
      if (inRoundRect(x, y, ring.x0, ring.y0, ring.x1, ring.y1, ringW / 2)) return COLOURS.ring;
    }
    if (!inRoundRect(x, y, cal.x0, cal.y0, cal.x1, cal.y1, cal.r)) return COLOURS.clear;
    if (y <= headerBottom) return COLOURS.header;
    const inner = inRoundRect(x, y, cal.x0 + stroke, cal.y0 + stroke, cal.x1 - stroke, cal.y1 - stroke, Math.max(cal.r - stroke, 0));
    if (!inner) return COLOURS.outline;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const x0 = gridX0 + col * (cellW + gap);
        const y0 = gridY0 + row * (cellH + gap);
        if (inRoundRect(x, y, x0, y0, x0 + cellW, y0 + cellH, Math.min(cellW, cellH) * 0.2)) return COLOURS.cell;
      }
    }
    return COLOURS.page;
  };
}

/**
 * The outline icon of the app package: the same glyph in white only, its page left transparent and the
 * person cut out of the badge, as Microsoft's outline icons are drawn.
 * @param {number} size
 * @returns {(x: number, y: number) => Rgba}
 */
function outlineScene(size) {
  const paint = scene(size);
  const white = /** @type {Rgba} */ ([255, 255, 255, 255]);
  return (x, y) => {
    const c = paint(x, y);
    return c === COLOURS.page || c === COLOURS.person || c === COLOURS.clear ? COLOURS.clear : white;
  };
}

/** The app package's icons: file name, pixel size, drawing. */
const PACKAGE_ICONS = [
  { file: "app-color-192.png", size: 192, look: scene },
  { file: "app-outline-32.png", size: 32, look: outlineScene },
];

/**
 * Renders one icon into straight RGBA bytes.
 * @param {number} size
 * @param {(size: number) => (x: number, y: number) => Rgba} [look]  the colour icon unless given
 * @returns {Buffer}
 */
function render(size, look = scene) {
  const paint = look(size);
  const out = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      // Accumulate premultiplied colour so transparent samples do not darken edges.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((pxl + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + pxl) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

/** @type {Uint32Array | undefined} */
let crcTable;

/**
 * CRC-32 (ISO 3309 / PNG) of a byte sequence.
 * @param {Buffer} bytes
 */
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = /** @type {number} */ (crcTable[(crc ^ byte) & 0xff]) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type  four ASCII letters
 * @param {Buffer} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes straight RGBA pixels as a PNG (colour type 6, 8 bits, no interlace, filter 0 on every row).
 * @param {number} width
 * @param {number} height
 * @param {Buffer} rgba
 * @returns {Buffer}
 */
function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** @param {string} outDir */
function writeIcons(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const icons = [...SIZES.map((size) => ({ file: `icon-${size}.png`, size, look: scene })), ...PACKAGE_ICONS];
  return icons.map(({ file, size, look }) => {
    const out = path.join(outDir, file);
    fs.writeFileSync(out, encodePng(size, size, render(size, look)));
    return out;
  });
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "assets"));
  for (const file of writeIcons(outDir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

module.exports = { SIZES, PACKAGE_ICONS, render, outlineScene, encodePng, crc32, writeIcons };
