/**
 * What the editor shows of the story it edits (the tab, the selected place and event, the drawing
 * mode) and the actions of its panels and map. Each action is one edit of the session, so one
 * step of undo; the components only read this and call it.
 */
import type { Feature, Geometry } from 'geojson';
import { eventIdFromTitle, placeIdFromName, type Problem, type StoryDocument } from './core-api.ts';
import {
  addEvent,
  addLayer,
  addPlace,
  deletePlace,
  eventOrder,
  eventsOf,
  findPlace,
  layersOf,
  namePlace,
  placesOf,
  removeEvent,
  setEventField,
  setPlaceGeometry,
  setPlaceProperty,
  type JsonObject,
} from './doc-edits.ts';
import {
  nextLayer,
  placesOfEvent,
  sourcesOf,
  text,
  todayText,
  togglePlace,
} from './form-values.ts';
import {
  joinParts,
  partsOf,
  splitAtAntimeridian,
  type DrawMode,
  type SinglePart,
} from './geometry.ts';
import { targetOf } from './problems.ts';
import type { EditingSession } from './session.svelte.ts';
import type { EditorStrings } from './strings.ts';

export type EditorTab = 'story' | 'places' | 'events' | 'problems';

/** Where places go when the story has no layer yet. */
const FIRST_LAYER = { id: 'places', title: 'Places', file: 'places.geojson' };

export class EditorView {
  tab = $state<EditorTab>('places');
  mode = $state<DrawMode>('select');
  /** A new drawing becomes one more part of the selected place instead of a new place. */
  addAsPart = $state(false);
  selectedPlace = $state<string | null>(null);
  /** The selected event's index in story.json's `events`. */
  selectedEvent = $state<number | null>(null);
  /** Clicks on the map add places to (or take them from) the selected event. */
  picking = $state(false);
  /** An event was just deleted: a banner offers to undo it. */
  deletedNotice = $state(false);

  readonly places = $derived(placesOf(this.doc));
  readonly layers = $derived(layersOf(this.doc));
  readonly events = $derived(eventsOf(this.doc));
  /** Event indexes in date order, as the list shows them. */
  readonly order = $derived(eventOrder(this.doc));
  readonly place = $derived(
    this.selectedPlace === null ? undefined : findPlace(this.doc, this.selectedPlace),
  );
  readonly event = $derived(
    this.selectedEvent === null ? undefined : this.events[this.selectedEvent],
  );
  /** The layer file that imported and new places go to: the selected place's, else the first. */
  readonly targetFile = $derived(this.place?.file ?? this.layers[0]?.file ?? FIRST_LAYER.file);

  /** `strings` is read at each use: the editor's language can change while a story is open. */
  constructor(
    readonly session: EditingSession,
    private readonly strings: () => EditorStrings,
  ) {}

  get doc(): StoryDocument {
    return this.session.doc;
  }

  // ----- places -----

  /** A drawing (or typed point) finished: a new place, or a new part of the selected one. */
  createPlace(parts: SinglePart[]): void {
    if (parts.length === 0) return;
    const place = this.place;
    if (this.addAsPart && place?.feature.geometry) {
      const joined = joinParts([...partsOf(place.feature.geometry), ...parts]);
      this.session.apply(setPlaceGeometry(this.doc, place.id, joined));
      return;
    }
    let doc = this.doc;
    if (this.layers.length === 0) doc = addLayer(doc, FIRST_LAYER);
    const name = this.strings().newPlaceName(this.places.length + 1);
    const id = placeIdFromName(
      name,
      this.places.map((p) => p.id),
    );
    const feature: Feature = {
      type: 'Feature',
      id,
      properties: { name },
      geometry: joinParts(parts),
    };
    this.session.apply(addPlace(doc, this.targetFile, feature));
    this.selectedPlace = id;
    this.mode = 'select';
    this.tab = 'places';
  }

  /** A point at longitude `x`, latitude `y` (split at 180° like a drawn one). */
  addPointAt(x: number, y: number): void {
    this.createPlace(splitAtAntimeridian({ type: 'Point', coordinates: [x, y] }));
  }

  reshape(placeId: string, geometry: Geometry): void {
    this.session.apply(setPlaceGeometry(this.doc, placeId, geometry));
  }

  /** A click on a place on the map: selects it, or while picking, toggles it in the event. */
  selectFromMap(placeId: string): void {
    if (this.picking && this.event) {
      this.togglePlaceOfEvent(placeId, !placesOfEvent(this.event).includes(placeId));
      return;
    }
    this.selectedPlace = placeId;
    this.tab = 'places';
  }

  /** Sets a text property of the selected place; typing in one field is one undo step. */
  setPlaceText(key: string, value: string): void {
    const place = this.place;
    if (!place) return;
    this.session.apply(
      setPlaceProperty(this.doc, place.id, key, value),
      `place:${place.file}:${place.index}:${key}`,
    );
  }

  /** Names the selected place, its id following the name while it was made from the old one. */
  rename(name: string): void {
    const place = this.place;
    if (!place) return;
    const named = namePlace(this.doc, place.id, name);
    this.session.apply(named.doc, `place:${place.file}:${place.index}:name`);
    this.selectedPlace = named.id;
  }

  deleteSelectedPlace(): void {
    if (!this.place) return;
    this.session.apply(deletePlace(this.doc, this.place.id));
    this.selectedPlace = null;
  }

  addNewLayer(): void {
    this.session.apply(addLayer(this.doc, nextLayer(this.layers, this.strings().newLayer)));
  }

  // ----- events -----

  newEvent(): void {
    const title = this.strings().newEventTitle;
    const id = eventIdFromTitle(title, this.#eventIds());
    const sources = [{ title: '', url: '' }];
    this.session.apply(addEvent(this.doc, { id, date: todayText(), title, places: [], sources }));
    this.selectedEvent = this.events.length - 1;
    this.tab = 'events';
  }

  duplicateEvent(): void {
    if (!this.event) return;
    const copy = structuredClone($state.snapshot(this.event)) as JsonObject;
    copy['id'] = eventIdFromTitle(text(copy['title']), this.#eventIds());
    this.session.apply(addEvent(this.doc, copy));
    this.selectedEvent = this.events.length - 1;
  }

  deleteEvent(): void {
    if (this.selectedEvent === null) return;
    this.session.apply(removeEvent(this.doc, this.selectedEvent));
    this.selectedEvent = null;
    this.deletedNotice = true;
  }

  /** Sets a field of the selected event; typing in one field is one undo step. */
  setEvent(key: string, value: unknown): void {
    const index = this.selectedEvent;
    if (index === null) return;
    this.session.apply(setEventField(this.doc, index, key, value), `event:${index}:${key}`);
  }

  togglePlaceOfEvent(placeId: string, on: boolean): void {
    if (!this.event) return;
    this.setEvent('places', togglePlace(placesOfEvent(this.event), placeId, on));
  }

  setSource(index: number, key: 'title' | 'url', value: string): void {
    const event = this.selectedEvent;
    if (event === null) return;
    const sources = sourcesOf(this.event).map((s, i) => (i === index ? { ...s, [key]: value } : s));
    this.session.apply(
      setEventField(this.doc, event, 'sources', sources),
      `event:${event}:source:${index}:${key}`,
    );
  }

  addSource(): void {
    this.setEvent('sources', [...sourcesOf(this.event), { title: '', url: '' }]);
  }

  removeSource(index: number): void {
    this.setEvent(
      'sources',
      sourcesOf(this.event).filter((_, i) => i !== index),
    );
  }

  // ----- problems -----

  /** Shows the tab and the place or event a problem is about. */
  showProblem(problem: Problem): void {
    const target = targetOf(problem);
    if (target.kind === 'event') {
      this.tab = 'events';
      this.selectedEvent = target.index;
    } else if (target.kind === 'place') {
      this.tab = 'places';
      const feature = this.doc.layers[target.file]?.features[target.index];
      this.selectedPlace = feature ? String(feature.id ?? '') : null;
    } else this.tab = 'story';
  }

  #eventIds(): string[] {
    return this.events.map((e) => String(e['id'] ?? ''));
  }
}
