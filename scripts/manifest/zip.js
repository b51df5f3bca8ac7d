// @ts-check
/**
 * A store-only zip writer for the app package (manifest.json, two icons, three language files: a few
 * kilobytes, nothing to gain from compression). Written here instead of adding a dependency for the
 * build: about fifty lines of the PKWARE APPNOTE format. Every entry gets the same fixed date, so the
 * same inputs give byte-identical packages. The tests read the result with adm-zip, an independent
 * implementation.
 */
// CRC-32 from make-icons.js: zlib.crc32 needs Node 20.15, package.json allows any Node 20.
const { crc32 } = require("../make-icons.js");

/** 1980-01-01 00:00, the earliest MS-DOS date: no build-time clock in the archive. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 11: file names are UTF-8. */
const FLAGS = 0x0800;

/**
 * @param {ReadonlyArray<{ name: string, data: Buffer }>} entries  in the order they should appear
 * @returns {Buffer}
 */
function storeZip(entries) {
  const names = new Set();
  /** @type {Buffer[]} */
  const locals = [];
  /** @type {Buffer[]} */
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    if (!name || name.startsWith("/") || name.includes("\\") || name.split("/").includes(".."))
      throw new Error(`zip: unsafe entry name "${name}"`);
    if (names.has(name)) throw new Error(`zip: duplicate entry "${name}"`);
    names.add(name);
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed: 1.0 (stored)
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42); // extra, comment, disk, attributes stay 0
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

module.exports = { storeZip };
