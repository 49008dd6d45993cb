/** True when `a` belongs before `b` in the result list. */
export type Precedes = (a: number, b: number) => boolean;

const swap = (heap: number[], i: number, j: number): void => {
  const held = heap[i] as number;
  heap[i] = heap[j] as number;
  heap[j] = held;
};

/** The heap keeps the last-ranked of the kept items at its root, so each newcomer is compared with it once. */
const siftUp = (heap: number[], index: number, precedes: Precedes): void => {
  let child = index;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!precedes(heap[parent] as number, heap[child] as number)) return;
    swap(heap, parent, child);
    child = parent;
  }
};

const siftDown = (heap: number[], precedes: Precedes): void => {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    let last = parent;
    if (left < heap.length && precedes(heap[last] as number, heap[left] as number)) last = left;
    if (left + 1 < heap.length && precedes(heap[last] as number, heap[left + 1] as number)) last = left + 1;
    if (last === parent) return;
    swap(heap, parent, last);
    parent = last;
  }
};

/** The first `count` items in ranked order, without sorting all of them: O(n log count). */
export const firstRanked = (items: readonly number[], count: number, precedes: Precedes): number[] => {
  const heap: number[] = [];
  if (count <= 0) return heap;
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      siftUp(heap, heap.length - 1, precedes);
    } else if (precedes(item, heap[0] as number)) {
      heap[0] = item;
      siftDown(heap, precedes);
    }
  }
  return heap.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
};
