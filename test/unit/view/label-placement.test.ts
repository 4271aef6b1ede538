import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelRequest } from '../../../src/view/phaser/label-placement';

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const boxes = (labels: readonly LabelRequest[], bounds: Box): Box[] =>
  placeLabels(labels, bounds).map((spot, i) => ({ x: spot.x, y: spot.y, width: labels[i]?.width ?? 0, height: labels[i]?.height ?? 0 }));

describe('place-name labels on the map', () => {
  const bounds = { x: 0, y: 0, width: 560, height: 280 };

  it('puts a lone name beside its dot, without a leader line', () => {
    const [spot] = placeLabels([{ x: 100, y: 100, width: 50, height: 15 }], bounds);
    expect(spot?.leader).toBeNull();
    expect(Math.abs((spot?.x ?? 0) - 100)).toBeLessThan(60);
  });

  it('keeps a crowded cluster (London, Brussels, Geneva) apart, inside the map, and off every dot', () => {
    const labels: LabelRequest[] = [
      { x: 290, y: 60, width: 48, height: 17 },
      { x: 298, y: 62, width: 58, height: 17 },
      { x: 300, y: 70, width: 50, height: 17 },
      { x: 440, y: 80, width: 50, height: 17 },
      { x: 450, y: 80, width: 62, height: 17 },
    ];
    const placed = boxes(labels, bounds);
    placed.forEach((box, i) => {
      expect(box.x).toBeGreaterThanOrEqual(bounds.x);
      expect(box.y).toBeGreaterThanOrEqual(bounds.y);
      expect(box.x + box.width).toBeLessThanOrEqual(bounds.x + bounds.width);
      expect(box.y + box.height).toBeLessThanOrEqual(bounds.y + bounds.height);
      placed.forEach((other, j) => {
        if (i !== j) expect(overlap(box, other)).toBe(false);
      });
      labels.forEach((dot, j) => {
        if (i !== j) expect(overlap(box, { x: dot.x - 4, y: dot.y - 4, width: 8, height: 8 })).toBe(false);
      });
    });
    expect(placeLabels(labels, bounds).some((spot) => spot.leader !== null)).toBe(true);
  });

  it('keeps names out of a keep-out band (the news ticker) when there is room elsewhere', () => {
    const band = { x: 0, y: 250, width: 560, height: 30 };
    const [spot] = placeLabels([{ x: 200, y: 252, width: 60, height: 15 }], bounds, [band]);
    expect(overlap({ x: spot?.x ?? 0, y: spot?.y ?? 0, width: 60, height: 15 }, band)).toBe(false);
  });
});
