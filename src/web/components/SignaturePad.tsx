import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from '../lib/cx';
import { errorId, hintId } from './fields/field-ids';
import { lineWidthFor, toCanvasPoint } from './signature-pad-geometry';
import './signature-pad.css';

// Fixed drawing resolution; the pad is shown at the width the screen allows and points are scaled.
const WIDTH = 900;
const HEIGHT = 300;
const INK = '#1b1b1b';

export interface SignaturePadProps {
  id: string;
  /** The pad's accessible name, e.g. "Signature of Rosa Lopez". */
  label: string;
  /** A PNG data URL after each stroke, or null once cleared. */
  onChange: (drawing: string | null) => void;
  error?: string;
}

/**
 * A signature drawn with a finger, stylus or mouse (INV-4: the family signs the safety plan on the
 * worker's tablet). Pointer events cover touch, pen and mouse alike. Drawing cannot be done from
 * a keyboard or screen reader, so the instructions point those users to typing the name instead;
 * the canvas carries a name and those instructions, and a polite status says when ink is on it.
 */
export function SignaturePad({ id, label, onChange, error }: SignaturePadProps) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  const [hasInk, setHasInk] = useState(false);

  const context = () => canvas.current?.getContext('2d') ?? null;

  const paintBackground = useCallback(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
  }, []);

  useEffect(paintBackground, [paintBackground]);

  const pointFor = (event: ReactPointerEvent<HTMLCanvasElement> | PointerEvent) =>
    toCanvasPoint(event.clientX, event.clientY, canvas.current!.getBoundingClientRect(), WIDTH, HEIGHT);

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = pointFor(event);
    drawing.current = { pointerId: event.pointerId, ...point };
    // A tap leaves a dot, as a pen on paper would.
    const ctx = context();
    if (!ctx) return;
    ctx.fillStyle = INK;
    ctx.beginPath();
    ctx.arc(point.x, point.y, lineWidthFor(event.pointerType, event.pressure) / 2, 0, Math.PI * 2);
    ctx.fill();
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const stroke = drawing.current;
    const ctx = context();
    if (!stroke || stroke.pointerId !== event.pointerId || !ctx) return;
    event.preventDefault();
    // Coalesced events keep fast strokes smooth on touch screens that sample faster than frames.
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length > 0 ? samples : [event.nativeEvent]) {
      const point = pointFor(sample);
      ctx.strokeStyle = INK;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.lineWidth = lineWidthFor(sample.pointerType, sample.pressure);
      ctx.beginPath();
      ctx.moveTo(stroke.x, stroke.y);
      ctx.lineTo(point.x, point.y);
      ctx.stroke();
      stroke.x = point.x;
      stroke.y = point.y;
    }
  };

  const endStroke = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || drawing.current.pointerId !== event.pointerId) return;
    drawing.current = null;
    setHasInk(true);
    onChange(canvas.current!.toDataURL('image/png'));
  };

  const clear = () => {
    drawing.current = null;
    paintBackground();
    setHasInk(false);
    onChange(null);
  };

  const labelId = `${id}-label`;
  return (
    <div className={cx('usa-form-group', error && 'usa-form-group--error')}>
      <p className={cx('usa-label', error && 'usa-label--error')} id={labelId}>
        {label}
      </p>
      <p className="usa-hint" id={hintId(id)}>
        {t('signaturePad.instructions')}
      </p>
      {error && (
        <span className="usa-error-message" id={errorId(id)}>
          {error}
        </span>
      )}
      <canvas
        id={id}
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        tabIndex={-1}
        aria-labelledby={labelId}
        aria-describedby={cx(hintId(id), error && errorId(id), `${id}-status`)}
        className={cx('hearth-signature-pad', error && 'hearth-signature-pad--error')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endStroke}
        onPointerCancel={endStroke}
      />
      <p id={`${id}-status`} className="usa-hint margin-top-05" aria-live="polite">
        {hasInk ? t('signaturePad.drawn') : t('signaturePad.empty')}
      </p>
      <button type="button" className="usa-button usa-button--outline" onClick={clear} disabled={!hasInk}>
        {t('signaturePad.clear')}
      </button>
    </div>
  );
}
