import type { documentContentTypes } from '../../../../domain/code-lists.js';

type ContentType = (typeof documentContentTypes)[number];

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Whether the bytes are what the declared type says (PLAT-5): the first bytes of each format, not the
 * name or the header alone, so a renamed program is not stored as a "PDF".
 */
export function matchesContentType(bytes: Buffer, type: ContentType): boolean {
  switch (type) {
    case 'application/pdf':
      return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      // A Word document is a zip whose parts include word/…
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.includes('word/');
    case 'text/plain':
      if (bytes.includes(0)) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
  }
}

export const isPreviewable = (type: string) => type === 'application/pdf' || type === 'image/png' || type === 'image/jpeg';
