import { describe, expect, it } from 'vitest';
import { isPngDataUrl, lineWidthFor, toCanvasPoint } from './signature-pad-geometry';

describe('signature pad geometry (INV-4: a parent signs the safety plan on a tablet)', () => {
  const box = { left: 100, top: 50, width: 300, height: 100 };

  it('scales a touch on a pad shown at half size to the canvas drawing surface', () => {
    expect(toCanvasPoint(250, 100, box, 600, 200)).toEqual({ x: 300, y: 100 });
    expect(toCanvasPoint(100, 50, box, 600, 200)).toEqual({ x: 0, y: 0 });
  });

  it('keeps a stroke that slides off the edge inside the canvas', () => {
    expect(toCanvasPoint(50, 500, box, 600, 200)).toEqual({ x: 0, y: 200 });
    expect(toCanvasPoint(1000, 0, box, 600, 200)).toEqual({ x: 600, y: 0 });
  });

  it('does not divide by zero while the pad is not laid out yet', () => {
    expect(toCanvasPoint(110, 60, { left: 100, top: 50, width: 0, height: 0 }, 600, 200)).toEqual({ x: 10, y: 10 });
  });

  it('uses pen pressure for the line width but not a finger or mouse', () => {
    expect(lineWidthFor('touch', 0.5)).toBe(3);
    expect(lineWidthFor('mouse', 0)).toBe(3);
    expect(lineWidthFor('pen', 1)).toBe(4.5);
    expect(lineWidthFor('pen', 0.1)).toBe(1.8);
  });

  it('accepts only a PNG data URL with content', () => {
    expect(isPngDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isPngDataUrl('data:image/png;base64,')).toBe(false);
    expect(isPngDataUrl('data:image/jpeg;base64,/9j/4AAQ')).toBe(false);
    expect(isPngDataUrl('javascript:alert(1)')).toBe(false);
    expect(isPngDataUrl(null)).toBe(false);
  });
});
