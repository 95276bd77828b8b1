/**
 * The pure parts of the signature pad: where a pointer is on the canvas's own drawing surface,
 * and whether a data URL is the PNG the API expects. The canvas draws at a fixed resolution and is
 * shown at whatever width the screen allows, so every point is scaled from screen to canvas.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CanvasPoint {
  x: number;
  y: number;
}

/** A pointer's screen position as a point on a canvas `canvasWidth` × `canvasHeight`, kept inside it. */
export function toCanvasPoint(clientX: number, clientY: number, box: Box, canvasWidth: number, canvasHeight: number): CanvasPoint {
  const scaleX = box.width > 0 ? canvasWidth / box.width : 1;
  const scaleY = box.height > 0 ? canvasHeight / box.height : 1;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return { x: clamp((clientX - box.left) * scaleX, canvasWidth), y: clamp((clientY - box.top) * scaleY, canvasHeight) };
}

/** Line width for a pointer: pens report pressure, fingers and mice do not (0.5 by the spec). */
export function lineWidthFor(pointerType: string, pressure: number, base = 3): number {
  if (pointerType !== 'pen' || pressure <= 0) return base;
  return Math.round(base * (0.5 + pressure) * 10) / 10;
}

/** True for a `data:image/png;base64,…` URL with some content. */
export function isPngDataUrl(value: unknown): value is string {
  return typeof value === 'string' && /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(value) && value.length > 'data:image/png;base64,'.length;
}
