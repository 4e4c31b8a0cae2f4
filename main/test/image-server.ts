/** A local web server standing in for the image hosts of the open web (tests and the e2e harness). */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { deflateSync } from 'node:zlib'

/** A tiny, valid PNG of one colour (so the browser really decodes it). */
export function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())])
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (data: Buffer): number => {
    let c = 0xffffffff
    for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

export interface ImageServer {
  origin: string
  /** Paths requested so far, in order. */
  hits: string[]
  close(): Promise<void>
}

/** Serves /*.png as pictures, /page.html as a web page, /drawing.svg as SVG, /huge.png oversized; else 404. */
export async function startImageServer(): Promise<ImageServer> {
  const hits: string[] = []
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/'
    hits.push(url)
    if (url === '/page.html')
      return void response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>hi')
    if (url === '/drawing.svg')
      return void response
        .writeHead(200, { 'Content-Type': 'image/svg+xml' })
        .end('<svg xmlns="http://www.w3.org/2000/svg"/>')
    if (url === '/huge.png')
      return void response.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.alloc(64 * 1024))
    if (url.endsWith('.png'))
      return void response.writeHead(200, { 'Content-Type': 'image/png' }).end(png(16, 9, [200, 40, 40]))
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
