// Rows someone can add and remove in a form (phone numbers, training courses): each has a key of its
// own, so removing one never moves what was typed into another.

export type KeyedRow<T> = { key: number; value: T };

let lastKey = 0;

export function keyed<T>(value: T): KeyedRow<T> {
  lastKey += 1;
  return { key: lastKey, value };
}

