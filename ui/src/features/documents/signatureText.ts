// Small helpers for signatures: the grid they are drawn on, and how they read.

/** Signatures are stored on a 1000 × 300 grid of whole numbers (x right, y down). */
export const GRID_WIDTH = 1000;
export const GRID_HEIGHT = 300;

/** An SVG polyline's points for one stroke. */
export function strokePoints(stroke: Array<[number, number]>): string {
  return stroke.map(([x, y]) => `${x},${y}`).join(' ');
}

/** A point on a box of `width` × `height` pixels, as a point on the grid, kept inside it. */
export function toGrid(x: number, y: number, width: number, height: number): [number, number] {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
  return [clamp((x / width) * GRID_WIDTH, GRID_WIDTH), clamp((y / height) * GRID_HEIGHT, GRID_HEIGHT)];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-03-01" → "1 March 2027". */
export function signedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Today as YYYY-MM-DD, in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
