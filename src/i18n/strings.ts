/** Every piece of UI text, per language. Story text comes from the story, never from here. */
import type { LanguageCode } from '../story/types.ts';

export interface UiStrings {
  loading: string;
  places: string;
  placesHint: string;
  close: string;
  approximate: string;
  /** Label suffix drawn on the map for an approximate place. */
  approximateLabel: (name: string) => string;
  noEvents: string;
  eventCount: (count: number) => string;
  sources: string;
  note: string;
  opensInNewTab: string;
  placesHere: (count: number) => string;
  mapLabel: (title: string) => string;
  mapUnavailable: string;
  storyErrorTitle: string;
  storyErrorIntro: (storyId: string) => string;
  unknownStory: (storyId: string, known: string) => string;
  otherStories: string;
  warnings: string;
  // Publishing (issue 4): static story, embed mode, share panel.
  /** Label before the places of one event in the list. */
  eventPlaces: string;
  /** Link from the static page to the interactive map. */
  openInteractiveMap: string;
  /** Text alternative of the static preview picture. */
  previewAlt: (title: string) => string;
  basemapCredit: string;
  updatedOn: (date: string) => string;
  /** One line above the picture when the map cannot run (no WebGL2, lost context). */
  mapFallback: string;
  /** Embed mode: link that opens the map in its own tab. */
  openFullMap: string;
  /** Embed mode: disclosure that holds the place list. */
  placesAndEvents: string;
  /** MapLibre's cooperative-gesture hints (embed mode). */
  gestureHintWindows: string;
  gestureHintMac: string;
  gestureHintMobile: string;
  share: string;
  shareLink: string;
  embedCode: string;
  embedIframe: string;
  embedPym: string;
  embedSidechain: string;
  embedIframeHint: string;
  embedPymHint: string;
  embedSidechainHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  // Timeline and event list.
  events: string;
  /** Label of the tabs that switch between the event list and the place list. */
  listsLabel: string;
  timeline: string;
  timelineHint: string;
  /** Label of the focusable axis whose arrow keys step through the events. */
  timelineSlider: string;
  fromDate: string;
  toDate: string;
  previousEvent: string;
  nextEvent: string;
  shownOfTotal: (shown: number, total: number) => string;
  showAllDates: string;
  noEventsInRange: string;
  /** The part of a long event list on screen, e.g. "Events 51–100 of 5,012". */
  eventsShownRange: (first: number, last: number, total: number) => string;
  /** Buttons that add the events before or after the part of a long list on screen. */
  showEarlierEvents: (count: number) => string;
  showLaterEvents: (count: number) => string;
  /** The popup's button that lists every event of a busy place. */
  showAllEvents: (total: number) => string;
  eventPosition: (position: number, total: number) => string;
  noEventChosen: string;
  /** Name of the language switcher. */
  language: string;
  /** Skip link from the top of the page past the map to the list of places. */
  skipToPlaces: string;
  /** The "reset view" map button: frames every place of the story again. */
  resetView: string;
  /** The map's text alternative: what it shows, and how to move it with the keyboard. */
  mapSummary: (summary: MapSummaryText) => string;
  /** Announced (aria-live) when a place's popup opens. */
  placeOpened: (name: string, eventCount: number) => string;
  /** Heading of the printed list of every event. */
  allEvents: string;
  /** Alternative text of the printed static map. */
  printedMapAlt: (title: string) => string;
  /** MapLibre's own control texts (https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale). */
  maplibre: Record<string, string>;
}

/** The facts the map's text alternative gives, already formatted for the reader's language. */
export interface MapSummaryText {
  title: string;
  placeCount: number;
  /** The story's layers as a list in the reader's language ("Seoul, Washington and Singapore"). */
  areas: string;
  eventCount: number;
  /** First and last day of the events, formatted; absent when the story has no events. */
  firstDate?: string;
  lastDate?: string;
}

/** A count with the language's digit grouping ("10,000"). */
function number(language: string, value: number): string {
  return value.toLocaleString(language);
}

const en: UiStrings = {
  loading: 'Loading the map…',
  places: 'Places',
  placesHint: 'Choose a place to read what happened there.',
  close: 'Close',
  approximate: 'Approximate location',
  approximateLabel: (name) => `${name} (approximate)`,
  noEvents: 'No events are tied to this place.',
  eventCount: (count) => (count === 1 ? '1 event' : `${count} events`),
  sources: 'Sources',
  note: 'Note',
  opensInNewTab: '(opens in a new tab)',
  placesHere: (count) => `${count} places here. Choose one:`,
  mapLabel: (title) => `Map: ${title}`,
  mapUnavailable:
    'The interactive map could not start in this browser. The places and their events are listed here.',
  storyErrorTitle: 'This story cannot be shown',
  storyErrorIntro: (storyId) =>
    `The story “${storyId}” has problems. Fix them in its folder and reload:`,
  unknownStory: (storyId, known) =>
    `There is no story called “${storyId}”. Stories available: ${known}.`,
  otherStories: 'Other stories',
  warnings: 'Warnings',
  allEvents: 'All events',
  eventPlaces: 'Where',
  openInteractiveMap: 'Open the interactive map',
  previewAlt: (title) => `Map (picture): ${title}`,
  basemapCredit: 'Basemap: Natural Earth',
  updatedOn: (date) => `Updated ${date}`,
  mapFallback:
    'This browser cannot show the interactive map, so here is a picture of it and every event below.',
  openFullMap: 'Open full map',
  placesAndEvents: 'Places and events',
  gestureHintWindows: 'Use Ctrl + scroll to zoom the map',
  gestureHintMac: 'Use ⌘ + scroll to zoom the map',
  gestureHintMobile: 'Use two fingers to move the map',
  share: 'Share / embed',
  shareLink: 'Link to this view',
  embedCode: 'Embed code',
  embedIframe: 'iframe',
  embedPym: 'pym.js',
  embedSidechain: 'Sidechain',
  embedIframeHint:
    'Paste into any page, even one that allows no scripts. Its height is fixed; the pym.js and Sidechain codes size the map to fit.',
  embedPymHint:
    'For pages that allow scripts (it loads pym.js from the map’s site): the map sets its own height. Best where pym.js is already in use.',
  embedSidechainHint:
    'For pages that allow scripts (it loads Sidechain from the map’s site): the map sets its own height. Best where Sidechain is already in use.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying is blocked here: select the text and copy it.',
  events: 'Events',
  listsLabel: 'Events and places',
  timeline: 'Timeline',
  timelineHint:
    'Drag across the timeline to choose dates, or click a month or year. Arrow keys step through the events.',
  timelineSlider: 'Events in date order',
  fromDate: 'From',
  toDate: 'To',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  shownOfTotal: (shown, total) => `${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
  showAllDates: 'Show all dates',
  noEventsInRange: 'No events between these dates.',
  eventsShownRange: (first, last, total) =>
    `Events ${number('en', first)}–${number('en', last)} of ${number('en', total)}`,
  showEarlierEvents: (count) =>
    count === 1 ? 'Show 1 earlier event' : `Show ${number('en', count)} earlier events`,
  showLaterEvents: (count) =>
    count === 1 ? 'Show 1 later event' : `Show ${number('en', count)} later events`,
  showAllEvents: (total) => `Show all ${number('en', total)} events`,
  eventPosition: (position, total) => `Event ${position} of ${total}`,
  noEventChosen: 'No event chosen',
  language: 'Language',
  skipToPlaces: 'Skip to the events and places',
  resetView: 'Show all places',
  mapSummary: ({ title, placeCount, areas, eventCount, firstDate, lastDate }) =>
    `Map: ${title}. ${placeCount === 1 ? '1 place' : `${placeCount} places`} in ${areas}` +
    (firstDate && lastDate
      ? `, with ${eventCount === 1 ? '1 event' : `${eventCount} events`} from ${firstDate} to ${lastDate}. `
      : '. ') +
    'Arrow keys move the map; plus and minus zoom. The places are also listed after the map.',
  placeOpened: (name, eventCount) =>
    `${name}: ${eventCount === 1 ? '1 event' : `${eventCount} events`}.`,
  printedMapAlt: (title) => `Map of the places in “${title}”`,
  maplibre: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'AttributionControl.ToggleAttribution': 'Show or hide map credits',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};

const ko: UiStrings = {
  loading: '지도를 불러오는 중…',
  places: '장소',
  placesHint: '장소를 선택하면 그곳에서 있었던 일을 볼 수 있습니다.',
  close: '닫기',
  approximate: '대략적인 위치',
  approximateLabel: (name) => `${name} (추정)`,
  noEvents: '이 장소와 연결된 사건이 없습니다.',
  eventCount: (count) => `사건 ${count}건`,
  sources: '출처',
  note: '참고',
  opensInNewTab: '(새 탭에서 열림)',
  placesHere: (count) => `이곳에 장소 ${count}곳이 있습니다. 하나를 선택하세요:`,
  mapLabel: (title) => `지도: ${title}`,
  mapUnavailable:
    '이 브라우저에서는 대화형 지도를 시작할 수 없습니다. 장소와 사건은 여기에 나열되어 있습니다.',
  storyErrorTitle: '이 스토리를 표시할 수 없습니다',
  storyErrorIntro: (storyId) =>
    `스토리 “${storyId}”에 문제가 있습니다. 폴더에서 수정한 뒤 새로 고치세요:`,
  unknownStory: (storyId, known) =>
    `“${storyId}”라는 스토리가 없습니다. 사용할 수 있는 스토리: ${known}.`,
  otherStories: '다른 스토리',
  warnings: '경고',
  allEvents: '모든 사건',
  eventPlaces: '장소',
  openInteractiveMap: '인터랙티브 지도 열기',
  previewAlt: (title) => `지도(그림): ${title}`,
  basemapCredit: '배경 지도: Natural Earth',
  updatedOn: (date) => `${date} 업데이트`,
  mapFallback:
    '이 브라우저에서는 인터랙티브 지도를 표시할 수 없어 지도 그림과 전체 사건 목록을 대신 보여 드립니다.',
  openFullMap: '큰 지도로 보기',
  placesAndEvents: '장소와 사건',
  gestureHintWindows: 'Ctrl 키를 누른 채 스크롤하면 지도를 확대·축소할 수 있습니다',
  gestureHintMac: '⌘ 키를 누른 채 스크롤하면 지도를 확대·축소할 수 있습니다',
  gestureHintMobile: '두 손가락으로 지도를 움직이세요',
  share: '공유 / 퍼가기',
  shareLink: '이 화면의 링크',
  embedCode: '퍼가기 코드',
  embedIframe: 'iframe',
  embedPym: 'pym.js',
  embedSidechain: 'Sidechain',
  embedIframeHint:
    '스크립트를 쓸 수 없는 페이지를 포함해 어디에나 붙여 넣을 수 있습니다. 높이는 고정이며, pym.js나 Sidechain 코드를 쓰면 지도 높이가 내용에 맞춰집니다.',
  embedPymHint:
    '스크립트를 쓸 수 있는 페이지용(pym.js를 지도 사이트에서 불러옵니다): 지도가 높이를 스스로 맞춥니다. 이미 pym.js를 쓰는 페이지에 알맞습니다.',
  embedSidechainHint:
    '스크립트를 쓸 수 있는 페이지용(Sidechain을 지도 사이트에서 불러옵니다): 지도가 높이를 스스로 맞춥니다. 이미 Sidechain을 쓰는 페이지에 알맞습니다.',
  copy: '복사',
  copied: '복사했습니다',
  copyFailed: '여기서는 복사할 수 없습니다. 텍스트를 선택해 직접 복사하세요.',
  events: '사건',
  listsLabel: '사건과 장소',
  timeline: '타임라인',
  timelineHint:
    '타임라인을 가로로 끌어 기간을 고르거나 월이나 연도를 클릭하세요. 화살표 키로 사건을 차례로 볼 수 있습니다.',
  timelineSlider: '날짜순 사건',
  fromDate: '시작일',
  toDate: '종료일',
  previousEvent: '이전 사건',
  nextEvent: '다음 사건',
  shownOfTotal: (shown, total) => `사건 ${total}건 중 ${shown}건`,
  showAllDates: '전체 기간 보기',
  noEventsInRange: '이 기간에는 사건이 없습니다.',
  eventsShownRange: (first, last, total) =>
    `사건 ${number('ko', total)}건 중 ${number('ko', first)}–${number('ko', last)}번째`,
  showEarlierEvents: (count) => `이전 사건 ${number('ko', count)}건 더 보기`,
  showLaterEvents: (count) => `이후 사건 ${number('ko', count)}건 더 보기`,
  showAllEvents: (total) => `사건 ${number('ko', total)}건 모두 보기`,
  eventPosition: (position, total) => `${total}건 중 ${position}번째 사건`,
  noEventChosen: '선택한 사건 없음',
  language: '언어',
  skipToPlaces: '사건과 장소 목록으로 건너뛰기',
  resetView: '모든 장소 보기',
  mapSummary: ({ title, placeCount, areas, eventCount, firstDate, lastDate }) =>
    `지도: ${title}. ${areas}의 장소 ${placeCount}곳` +
    (firstDate && lastDate
      ? `과 ${firstDate}부터 ${lastDate}까지의 사건 ${eventCount}건을 보여 줍니다. `
      : '을 보여 줍니다. ') +
    '화살표 키로 지도를 움직이고 + 또는 - 키로 확대·축소할 수 있습니다. 장소 목록은 지도 뒤에도 있습니다.',
  placeOpened: (name, eventCount) => `${name}: 사건 ${eventCount}건.`,
  printedMapAlt: (title) => `“${title}”의 장소를 표시한 지도`,
  maplibre: {
    'Map.Title': '지도',
    'NavigationControl.ZoomIn': '확대',
    'NavigationControl.ZoomOut': '축소',
    'AttributionControl.ToggleAttribution': '지도 출처 보기/숨기기',
    'CooperativeGesturesHandler.WindowsHelpText':
      '지도를 확대·축소하려면 Ctrl 키를 누른 채 스크롤하세요',
    'CooperativeGesturesHandler.MacHelpText': '지도를 확대·축소하려면 ⌘ 키를 누른 채 스크롤하세요',
    'CooperativeGesturesHandler.MobileHelpText': '지도를 움직이려면 두 손가락을 사용하세요',
  },
};

const ja: UiStrings = {
  loading: '地図を読み込んでいます…',
  places: '場所',
  placesHint: '場所を選ぶと、そこで起きた出来事が表示されます。',
  close: '閉じる',
  approximate: 'おおよその位置',
  approximateLabel: (name) => `${name}（推定）`,
  noEvents: 'この場所に関連する出来事はありません。',
  eventCount: (count) => `出来事 ${count}件`,
  sources: '出典',
  note: '注記',
  opensInNewTab: '（新しいタブで開きます）',
  placesHere: (count) => `ここには${count}か所あります。1つを選んでください：`,
  mapLabel: (title) => `地図：${title}`,
  mapUnavailable:
    'このブラウザーではインタラクティブ地図を開始できませんでした。場所と出来事はここに一覧で示しています。',
  storyErrorTitle: 'このストーリーは表示できません',
  storyErrorIntro: (storyId) =>
    `ストーリー「${storyId}」に問題があります。フォルダー内で修正してから再読み込みしてください：`,
  unknownStory: (storyId, known) =>
    `「${storyId}」というストーリーはありません。利用できるストーリー：${known}。`,
  otherStories: 'ほかのストーリー',
  warnings: '警告',
  allEvents: 'すべての出来事',
  eventPlaces: '場所',
  openInteractiveMap: 'インタラクティブ地図を開く',
  previewAlt: (title) => `地図(画像):${title}`,
  basemapCredit: '背景地図:Natural Earth',
  updatedOn: (date) => `${date}更新`,
  mapFallback:
    'このブラウザーではインタラクティブ地図を表示できないため、地図の画像とすべての出来事を下に示します。',
  openFullMap: '大きな地図で見る',
  placesAndEvents: '場所と出来事',
  gestureHintWindows: 'Ctrl キーを押しながらスクロールすると地図を拡大・縮小できます',
  gestureHintMac: '⌘ キーを押しながらスクロールすると地図を拡大・縮小できます',
  gestureHintMobile: '2本の指で地図を動かしてください',
  share: '共有・埋め込み',
  shareLink: 'この表示へのリンク',
  embedCode: '埋め込みコード',
  embedIframe: 'iframe',
  embedPym: 'pym.js',
  embedSidechain: 'Sidechain',
  embedIframeHint:
    'スクリプトを使えないページも含め、どこにでも貼り付けられます。高さは固定です。pym.js や Sidechain のコードなら地図の高さが内容に合わせて変わります。',
  embedPymHint:
    'スクリプトを使えるページ向け(pym.js を地図のサイトから読み込みます):地図が自動で高さを合わせます。すでに pym.js を使っているページに最適です。',
  embedSidechainHint:
    'スクリプトを使えるページ向け(Sidechain を地図のサイトから読み込みます):地図が自動で高さを合わせます。すでに Sidechain を使っているページに最適です。',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'ここではコピーできません。テキストを選択してコピーしてください。',
  events: '出来事',
  listsLabel: '出来事と場所',
  timeline: 'タイムライン',
  timelineHint:
    'タイムラインをドラッグして期間を選ぶか、月または年をクリックしてください。矢印キーで出来事を順に移動できます。',
  timelineSlider: '日付順の出来事',
  fromDate: '開始日',
  toDate: '終了日',
  previousEvent: '前の出来事',
  nextEvent: '次の出来事',
  shownOfTotal: (shown, total) => `出来事${total}件中${shown}件`,
  showAllDates: '全期間を表示',
  noEventsInRange: 'この期間の出来事はありません。',
  eventsShownRange: (first, last, total) =>
    `出来事${number('ja', total)}件中${number('ja', first)}〜${number('ja', last)}件目`,
  showEarlierEvents: (count) => `前の出来事を${number('ja', count)}件表示`,
  showLaterEvents: (count) => `後の出来事を${number('ja', count)}件表示`,
  showAllEvents: (total) => `出来事${number('ja', total)}件をすべて表示`,
  eventPosition: (position, total) => `${total}件中${position}件目の出来事`,
  noEventChosen: '出来事は選択されていません',
  language: '言語',
  skipToPlaces: '出来事と場所の一覧へ移動',
  resetView: 'すべての場所を表示',
  mapSummary: ({ title, placeCount, areas, eventCount, firstDate, lastDate }) =>
    `地図：${title}。${areas}の${placeCount}か所` +
    (firstDate && lastDate
      ? `と、${firstDate}から${lastDate}までの出来事${eventCount}件を示しています。`
      : 'を示しています。') +
    '矢印キーで地図を動かし、+または-キーで拡大・縮小できます。場所の一覧は地図の後にもあります。',
  placeOpened: (name, eventCount) => `${name}:出来事${eventCount}件。`,
  printedMapAlt: (title) => `「${title}」の場所を示した地図`,
  maplibre: {
    'Map.Title': '地図',
    'NavigationControl.ZoomIn': '拡大',
    'NavigationControl.ZoomOut': '縮小',
    'AttributionControl.ToggleAttribution': '地図の出典を表示/非表示',
    'CooperativeGesturesHandler.WindowsHelpText':
      '地図を拡大・縮小するには、Ctrlキーを押しながらスクロールしてください',
    'CooperativeGesturesHandler.MacHelpText':
      '地図を拡大・縮小するには、⌘キーを押しながらスクロールしてください',
    'CooperativeGesturesHandler.MobileHelpText': '地図を動かすには2本の指を使ってください',
  },
};

const STRINGS: Record<LanguageCode, UiStrings> = { en, ko, ja };

/** The UI strings of a language. */
export function uiStrings(language: LanguageCode): UiStrings {
  return STRINGS[language];
}
