import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

type Props = { text: string; label: string; size?: number };

/** Quiet zone around the code, in modules, as the QR specification asks for reliable scanning. */
const QUIET = 4;

/**
 * A QR code drawn as SVG rectangles by React (no generated markup injected), so it stays within the
 * app's strict Content-Security-Policy and prints sharply. One rect per horizontal run keeps it small.
 */
export function QrCode({ text, label, size = 220 }: Props) {
  const { count, runs } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    const found: { x: number; y: number; w: number }[] = [];
    for (let y = 0; y < n; y++) {
      let x = 0;
      while (x < n) {
        if (!qr.isDark(y, x)) {
          x++;
          continue;
        }
        const start = x;
        while (x < n && qr.isDark(y, x)) x++;
        found.push({ x: start, y, w: x - start });
      }
    }
    return { count: n, runs: found };
  }, [text]);
  const extent = count + QUIET * 2;
  return (
    <svg
      className="qr"
      data-testid="room-qr"
      data-modules={count}
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      {runs.map((run) => (
        <rect key={`${run.x}-${run.y}`} x={run.x + QUIET} y={run.y + QUIET} width={run.w} height={1} fill="#000000" />
      ))}
    </svg>
  );
}
