// The week grid of when a PA can work: days as rows, parts of the day as columns.
import type { DayPart } from '../../lib/bindings/DayPart';
import type { Slot } from '../../lib/bindings/Slot';
import type { Weekday } from '../../lib/bindings/Weekday';

export function hasSlot(slots: Slot[], day: Weekday, part: DayPart): boolean {
  return slots.some((slot) => slot.day === day && slot.part === part);
}

/** The slots with one cell switched on or off (the core puts them in grid order when saving). */
export function withSlot(slots: Slot[], day: Weekday, part: DayPart, on: boolean): Slot[] {
  const others = slots.filter((slot) => !(slot.day === day && slot.part === part));
  return on ? [...others, { day, part }] : others;
}

/** A cell of the grid by its row (day) and column (part of the day). */
export type Cell = { row: number; column: number };

/**
 * Where a key moves the focus in a grid of `rows` × `columns`, as in a spreadsheet: the arrows one
 * cell (stopping at the edges), Home and End to the start or end of the row, and with Ctrl to the
 * first or last cell. Null for any other key.
 */
export function moveInGrid(
  from: Cell,
  key: string,
  ctrlKey: boolean,
  rows: number,
  columns: number,
): Cell | null {
  const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), size - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(from.row - 1, rows), column: from.column };
    case 'ArrowDown':
      return { row: clamp(from.row + 1, rows), column: from.column };
    case 'ArrowLeft':
      return { row: from.row, column: clamp(from.column - 1, columns) };
    case 'ArrowRight':
      return { row: from.row, column: clamp(from.column + 1, columns) };
    case 'Home':
      return ctrlKey ? { row: 0, column: 0 } : { row: from.row, column: 0 };
    case 'End':
      return ctrlKey ? { row: rows - 1, column: columns - 1 } : { row: from.row, column: columns - 1 };
    default:
      return null;
  }
}
