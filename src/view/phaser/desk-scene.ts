import { modeById } from '../../engine';
import Phaser from 'phaser';
import { meterViews, shownMeters, type MeterView } from '../../ui/desk-view';
import { stories } from '../../ui/story-view';
import { localize } from '../../ui/i18n/translate';
import { palette } from './palette';
import { SceneKey } from './scene-keys';
import { bridgeOf } from './stage-bridge';
import { calendarHeight, drawCalendar } from './widgets/calendar-strip';
import { drawArc } from './widgets/map-arcs';
import { gaugeBlock, ladderBlock, type Block } from './widgets/meter-gauges';
import { drawTicker } from './widgets/news-ticker';
import { WorldLayer } from './world-layer';
import { cssView, pixelRatio } from './pixel-ratio';
import { gameOnScreen, phaseOnScreen } from '../../ui/on-screen';

const GAP = 12;

interface MeterBlocks {
  readonly gauges: Block;
  readonly ladder: Block | null;
  readonly ladderWidth: number;
}

/**
 * The situation board: the world with the capitals that matter (and arcs for what is happening
 * between them), a news ticker, the meters with this turn's change, the escalation ladder and the
 * calendar. It only draws what the stores hold; it never changes the game.
 */
export class DeskScene extends Phaser.Scene {
  private world!: WorldLayer;
  private board!: Phaser.GameObjects.Container;
  private previous = new Map<string, number>();
  private drawnKey = '';

  constructor() {
    super(SceneKey.desk);
  }

  create(): void {
    this.world = new WorldLayer(this, 'desk');
    // Above the map, whose image is created later, on the first layout.
    this.board = this.add.container(0, 0).setDepth(10);
    const bridge = bridgeOf(this);
    const redraw = (): void => this.redraw();
    const unsubscribe = [bridge.session.subscribe(redraw), bridge.settings.subscribe(redraw), bridge.panels.subscribe(redraw)];
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe.forEach((stop) => stop());
      this.scale.off(Phaser.Scale.Events.RESIZE, redraw);
      this.world.destroy();
      this.previous.clear();
    });
    this.redraw();
  }

  private redraw(): void {
    const bridge = bridgeOf(this);
    const state = bridge.session.getState();
    const { scenario } = state;
    const game = gameOnScreen(state);
    const phase = phaseOnScreen(state);
    const { language, textScale, projector } = bridge.settings.getState();
    const { revealed } = bridge.panels.getState();
    if (scenario === null || game === null) return;
    // Redrawing builds dozens of text textures: only do it when something on the board changed.
    const key = [
      game.seed,
      game.turn,
      game.chronicle.length,
      phase,
      revealed,
      language,
      textScale,
      projector,
      this.scale.width,
      this.scale.height,
      pixelRatio(),
      bridge.panels.getState().lit.join(','),
      bridge.prefersReducedMotion(),
    ].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const reduced = bridge.prefersReducedMotion();
    const { width, height } = cssView(this);
    this.tweens.killAll();
    this.board.removeAll(true);

    const turn = phase === 'resolution' || phase === 'ended' ? (game.turns.at(-1)?.turn ?? game.turn) : game.turn;
    const shown = shownMeters(scenario, game, phase, revealed, language);
    const meters = meterViews(scenario, game, language, shown);
    const { scale, mapHeight, blocks } = this.fitMeters(
      meters,
      width,
      height,
      projector ? Math.max(textScale, 1.6) : Math.min(textScale, 1.25),
      reduced,
    );
    const tickerHeight = Math.round(24 * scale);
    const ticker = { x: 0, y: mapHeight - tickerHeight, width, height: tickerHeight };
    this.world.layout(0, 0, width, mapHeight, scenario.places, (place) => localize(place.name, language), {
      labelScale: scale,
      keepOut: phase === 'decision' || phase === 'resolution' ? [ticker] : [],
      view: scenario.map,
      lit: bridge.panels.getState().lit,
    });
    const items: Phaser.GameObjects.GameObject[] = [];

    const visible =
      phase === 'resolution'
        ? stories(scenario, game, turn, 'resolution', language).slice(0, Math.max(1, revealed))
        : stories(scenario, game, turn, 'briefing', language);
    const home = (scenario.places.find((place) => place.role === 'home') ?? scenario.places[0])?.id;
    const latest = visible.at(-1);
    if (latest !== undefined && home !== undefined) {
      const homePoint = this.world.markers.get(home);
      const fromPoint = latest.from === null ? undefined : this.world.markers.get(latest.from);
      if (homePoint !== undefined && fromPoint !== undefined && latest.from !== home) {
        const hurts = latest.changes.some((change) => change.direction === 'bad');
        items.push(...drawArc(this, fromPoint, homePoint, { colour: hurts ? palette.counterpart : palette.good, reduced }));
      }
      for (const place of latest.to) {
        const target = this.world.markers.get(place);
        if (homePoint !== undefined && target !== undefined && place !== home) {
          items.push(...drawArc(this, homePoint, target, { colour: palette.ally, reduced }));
        }
      }
    }
    // The ticker carries the morning's headlines while the player decides, and each consequence as it is revealed.
    if (phase === 'decision' || phase === 'resolution') {
      items.push(
        ...drawTicker(
          this,
          visible.map((story) => story.title),
          ticker,
          { scale, reduced },
        ),
      );
    }

    const top = mapHeight + GAP;
    const bottom = height - calendarHeight(scale) - 4;
    const { gauges, ladder, ladderWidth } = blocks;
    items.push(...gauges.place({ x: 12, y: top, width: width - ladderWidth - 30, height: bottom - GAP - top }));
    if (ladder !== null) {
      items.push(...ladder.place({ x: width - ladderWidth - 6, y: top, width: ladderWidth, height: bottom - GAP - top }));
    }
    items.push(
      ...drawCalendar(
        this,
        modeById(scenario, game.mode).turnDates,
        Math.min(turn, game.lastTurn),
        { x: 12, y: bottom, width: width - 24, height: calendarHeight(scale) },
        language,
        scale,
      ),
    );
    this.board.add(items);
  }

  /**
   * Text on the board must never be cut or overlap, whatever the text size and however short the
   * board (a projector at 1280x720 leaves little). So the meters are measured first: the map
   * gives up height down to a floor, then the board text shrinks a step at a time.
   */
  private fitMeters(
    meters: readonly MeterView[],
    width: number,
    height: number,
    preferredScale: number,
    reduced: boolean,
  ): { scale: number; mapHeight: number; blocks: MeterBlocks } {
    const narrow = width < 520;
    const wantedMap = Math.round(Math.min(width / 1.95, height * 0.48));
    const floorMap = Math.round(Math.min(wantedMap, Math.max(110, height * 0.28)));
    const steps = [preferredScale];
    for (let step = preferredScale - 0.1; step >= 0.8 - 1e-9; step -= 0.1) steps.push(step);
    // The first ladder is drawn as a ladder; any other is a gauge that names its rung.
    const ladderMeter = meters.find((meter) => meter.rungs.length > 0);
    const gaugeMeters = meters.filter((meter) => meter !== ladderMeter);
    const ladderWidth = ladderMeter === undefined ? 0 : narrow ? Math.round(width * 0.4) : Math.min(230, Math.round(width * 0.36));
    for (const [index, scale] of steps.entries()) {
      const blocks: MeterBlocks = {
        gauges: gaugeBlock(this, gaugeMeters, width - ladderWidth - 30, { scale, reduced, previous: this.previous }),
        ladder: ladderMeter === undefined ? null : ladderBlock(this, ladderMeter, ladderWidth, scale),
        ladderWidth,
      };
      const needed = Math.max(blocks.gauges.height, blocks.ladder?.height ?? 0);
      const room = height - calendarHeight(scale) - 4 - GAP * 2 - needed;
      const last = index === steps.length - 1;
      if (room >= floorMap || last) {
        // Last resort on a tiny board: the map shrinks further rather than the meters overlapping.
        return { scale, mapHeight: Math.max(60, Math.min(wantedMap, room)), blocks };
      }
      blocks.gauges.destroy();
      blocks.ladder?.destroy();
    }
    throw new Error('unreachable: the last step always fits');
  }
}
