import Phaser from 'phaser';
import { meterViews, shownMeters, stories } from '../../ui/desk-view';
import { localize } from '../../ui/i18n/translate';
import { palette } from './palette';
import { SceneKey } from './scene-keys';
import { bridgeOf } from './stage-bridge';
import { drawCalendar } from './widgets/calendar-strip';
import { drawArc } from './widgets/map-arcs';
import { drawGauges, drawLadder } from './widgets/meter-gauges';
import { drawTicker } from './widgets/news-ticker';
import { WorldLayer } from './world-layer';

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
    const { scenario, game, phase } = bridge.session.getState();
    const { language, textScale } = bridge.settings.getState();
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
      this.scale.width,
      this.scale.height,
      bridge.prefersReducedMotion(),
    ].join('|');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const reduced = bridge.prefersReducedMotion();
    const scale = Math.min(textScale, 1.25);
    const { width, height } = this.scale;
    const narrow = width < 520;
    const mapHeight = Math.round(Math.min(width / 1.95, height * 0.48));
    this.world.layout(0, 0, width, mapHeight, scenario.places, (place) => localize(place.name, language));
    this.tweens.killAll();
    this.board.removeAll(true);
    const items: Phaser.GameObjects.GameObject[] = [];

    const turn = phase === 'resolution' || phase === 'ended' ? (game.turns.at(-1)?.turn ?? game.turn) : game.turn;
    const visible =
      phase === 'resolution'
        ? stories(scenario, game, turn, 'resolution', language).slice(0, Math.max(1, revealed))
        : stories(scenario, game, turn, 'briefing', language);
    const home = scenario.places[0]?.id;
    const latest = visible.at(-1);
    if (latest !== undefined && home !== undefined) {
      const homePoint = this.world.markers.get(home);
      const fromPoint = latest.from === null ? undefined : this.world.markers.get(latest.from);
      if (homePoint !== undefined && fromPoint !== undefined && latest.from !== home) {
        const hurts = latest.changes.some((change) => change.direction === 'bad');
        items.push(...drawArc(this, fromPoint, homePoint, { colour: hurts ? palette.beijing : palette.good, reduced }));
      }
      for (const place of latest.to) {
        const target = this.world.markers.get(place);
        if (homePoint !== undefined && target !== undefined && place !== home) {
          items.push(...drawArc(this, homePoint, target, { colour: palette.ally, reduced }));
        }
      }
    }
    if (phase === 'decision') {
      items.push(
        ...drawTicker(
          this,
          visible.map((story) => story.title),
          { x: 0, y: mapHeight - 24 * scale, width, height: 24 * scale },
          { scale, reduced },
        ),
      );
    }

    const shown = shownMeters(scenario, game, phase, revealed, language);
    const meters = meterViews(scenario, game, language, shown);
    const gauges = meters.filter((meter) => meter.rungs.length === 0);
    const ladder = meters.find((meter) => meter.rungs.length > 0);
    const calendarHeight = 26;
    const top = mapHeight + 12;
    const bottom = height - calendarHeight - 6;
    const ladderWidth = ladder === undefined ? 0 : narrow ? Math.round(width * 0.4) : Math.min(230, Math.round(width * 0.36));
    items.push(
      ...drawGauges(
        this,
        gauges,
        { x: 12, y: top, width: width - ladderWidth - 30, height: bottom - top },
        { scale, reduced, previous: this.previous },
      ),
    );
    if (ladder !== undefined) {
      items.push(...drawLadder(this, ladder, { x: width - ladderWidth - 6, y: top, width: ladderWidth, height: bottom - top }, scale));
    }
    items.push(
      ...drawCalendar(
        this,
        scenario.turnDates,
        Math.min(turn, scenario.turns),
        { x: 12, y: bottom + 2, width: width - 24, height: calendarHeight },
        language,
        scale,
      ),
    );
    this.board.add(items);
  }
}
