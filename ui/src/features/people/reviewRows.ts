// Review dates in the form: each box group has a key of its own, so removing one date never moves
// what was typed into another.

/** One review date box group. */
export type ReviewRow = { key: number; value: string };

let lastKey = 0;

export function newReviewRow(value: string): ReviewRow {
  lastKey += 1;
  return { key: lastKey, value };
}
