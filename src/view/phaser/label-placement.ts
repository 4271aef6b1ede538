/**
 * Where to put the names of places on a small map so that no name covers another name or another
 * place's dot: beside the dot when there is room, otherwise a little further off with a leader
 * line back to it. Pure geometry (no Phaser), so it can be checked without a browser.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  /** The dot the label names. */
  readonly x: number;
  readonly y: number;
  /** The label's measured size. */
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  /** Where a leader line from the dot should end, or null when the label sits beside its dot. */
  readonly leader: { readonly x: number; readonly y: number } | null;
}

const DOT = 5;
const GAP = 6;
const PAD = 2;

const area = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

const grow = (box: Box, by: number): Box => ({ x: box.x - by, y: box.y - by, width: box.width + by * 2, height: box.height + by * 2 });

/** Liang–Barsky: does the segment cross the box? */
function segmentHits(x0: number, y0: number, x1: number, y1: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [
    [-dx, x0 - box.x],
    [dx, box.x + box.width - x0],
    [-dy, y0 - box.y],
    [dy, box.y + box.height - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The point of a box nearest to (x, y): where a leader line meets its label. */
function nearest(box: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.max(box.x, Math.min(x, box.x + box.width)), y: Math.max(box.y, Math.min(y, box.y + box.height)) };
}

interface Candidate {
  readonly box: Box;
  readonly leader: boolean;
}

function candidatesFor(label: LabelRequest): Candidate[] {
  const { x, y, width: w, height: h } = label;
  const beside: Box[] = [
    { x: x + GAP, y: y - h / 2, width: w, height: h },
    { x: x + GAP, y: y - h + 2, width: w, height: h },
    { x: x + GAP, y: y - 2, width: w, height: h },
    { x: x - GAP - w, y: y - h / 2, width: w, height: h },
    { x: x - GAP - w, y: y - h + 2, width: w, height: h },
    { x: x - GAP - w, y: y - 2, width: w, height: h },
    { x: x - w / 2, y: y - GAP - h, width: w, height: h },
    { x: x - w / 2, y: y + GAP, width: w, height: h },
  ];
  const out: Candidate[] = beside.map((box) => ({ box, leader: false }));
  // Further out, in a fan of directions (up and sideways first: the seas and the Arctic are emptier).
  const angles = [-90, -60, -120, -30, -150, 0, 180, 30, 150, 60, 120, 90];
  for (const distance of [20, 32, 46, 62]) {
    for (const degrees of angles) {
      const radians = (degrees * Math.PI) / 180;
      const ax = x + Math.cos(radians) * distance;
      const ay = y + Math.sin(radians) * distance;
      // Anchor the label by the side facing the dot.
      const cos = Math.cos(radians);
      const sin = Math.sin(radians);
      const bx = Math.abs(cos) < 0.3 ? ax - w / 2 : cos > 0 ? ax : ax - w;
      const by = Math.abs(sin) < 0.3 ? ay - h / 2 : sin > 0 ? ay : ay - h;
      out.push({ box: { x: bx, y: by, width: w, height: h }, leader: true });
    }
  }
  return out;
}

/**
 * Places labels one after the other (earlier ones win the best spots). Obstacles are every dot,
 * every label already placed, every leader line already drawn and the given keep-out boxes
 * (the news band, say). When nothing is free, the spot that overlaps least is taken.
 */
export function placeLabels(labels: readonly LabelRequest[], bounds: Box, keepOut: readonly Box[] = []): PlacedLabel[] {
  const dots: Box[] = labels.map((label) => ({ x: label.x - DOT, y: label.y - DOT, width: DOT * 2, height: DOT * 2 }));
  const taken: Box[] = [];
  const leaders: [number, number, number, number][] = [];
  return labels.map((label, index) => {
    let best: { candidate: Candidate; cost: number } | null = null;
    for (const candidate of candidatesFor(label)) {
      const box = candidate.box;
      const inside =
        box.x >= bounds.x &&
        box.y >= bounds.y &&
        box.x + box.width <= bounds.x + bounds.width &&
        box.y + box.height <= bounds.y + bounds.height;
      if (!inside) continue;
      const padded = grow(box, PAD);
      let cost = 0;
      for (const other of taken) cost += area(padded, other);
      dots.forEach((dot, other) => {
        if (other !== index) cost += area(padded, dot) * 4;
      });
      for (const zone of keepOut) cost += area(padded, zone);
      for (const [x0, y0, x1, y1] of leaders) if (segmentHits(x0, y0, x1, y1, padded)) cost += 40;
      if (candidate.leader) {
        const end = nearest(box, label.x, label.y);
        for (const other of taken) if (segmentHits(label.x, label.y, end.x, end.y, other)) cost += 40;
      }
      if (cost === 0) {
        best = { candidate, cost };
        break;
      }
      // A near spot that overlaps a little still reads better than a far one that overlaps as much.
      if (best === null || cost < best.cost) best = { candidate, cost };
    }
    const chosen = best?.candidate ?? {
      box: { x: label.x + GAP, y: label.y - label.height / 2, width: label.width, height: label.height },
      leader: false,
    };
    const box = chosen.box;
    taken.push(grow(box, PAD));
    const leader = chosen.leader ? nearest(box, label.x, label.y) : null;
    if (leader !== null) leaders.push([label.x, label.y, leader.x, leader.y]);
    return { x: box.x, y: box.y, leader };
  });
}
