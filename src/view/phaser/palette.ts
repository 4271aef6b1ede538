/** Okabe-Ito colours, safe for colour-blind players; every colour on the board also has a shape or a word. */
export const palette = {
  desk: 0x0b1a2b,
  desk2: 0x12263d,
  desk3: 0x1b3553,
  land: 0x24476b,
  landEdge: 0x3a6690,
  /** The player's country and the other side's, on the map. */
  homeLand: 0x3b7aa6,
  counterpartLand: 0x7d4420,
  light: 0xeef3f8,
  mutedLight: 0xb7c6d6,
  good: 0x56b4e9,
  bad: 0xe69f00,
  /** The other side of the crisis: its arcs and its capital's ring. */
  counterpart: 0xd55e00,
  ally: 0x009e73,
  focus: 0xf0e442,
} as const;

export const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
