/**
 * A map button that frames the whole story again, styled like MapLibre's zoom buttons.
 * Implements https://maplibre.org/maplibre-gl-js/docs/API/interfaces/IControl/
 */
import type { IControl } from 'maplibre-gl';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A house, the usual "home view" sign of map apps (four corners would read as full screen).
 * Drawn in currentColor, so themes and forced colours apply.
 */
const ICON_PATH = 'M7.5 14 14.5 8l7 6M9.5 12.5V21h4v-4.5h2V21h4v-8.5';

export class ResetViewControl implements IControl {
  #container: HTMLDivElement | null = null;
  readonly #label: string;
  readonly #onReset: () => void;

  /** `label` names the button (aria-label and tooltip); `onReset` frames the story. */
  constructor(label: string, onReset: () => void) {
    this.#label = label;
    this.#onReset = onReset;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'story-map-reset-view';
    button.title = this.#label;
    button.setAttribute('aria-label', this.#label);
    button.addEventListener('click', () => this.#onReset());
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 29 29');
    svg.setAttribute('width', '29');
    svg.setAttribute('height', '29');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICON_PATH);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
    button.append(svg);
    container.append(button);
    this.#container = container;
    return container;
  }

  onRemove(): void {
    this.#container?.remove();
    this.#container = null;
  }
}
