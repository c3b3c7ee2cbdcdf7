/** The UI in Japanese (see strings.ts; loaded only by pages in Japanese). */
import { countText, type UiStrings } from './strings.ts';

export const ja: UiStrings = {
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
  embedScrolly: 'スクロールテリング',
  embedIframeHint:
    'スクリプトを使えないページも含め、どこにでも貼り付けられます。高さは固定です。pym.js や Sidechain のコードなら地図の高さが内容に合わせて変わります。',
  embedPymHint:
    'スクリプトを使えるページ向け(pym.js を地図のサイトから読み込みます):地図が自動で高さを合わせます。すでに pym.js を使っているページに最適です。',
  embedSidechainHint:
    'スクリプトを使えるページ向け(Sidechain を地図のサイトから読み込みます):地図が自動で高さを合わせます。すでに Sidechain を使っているページに最適です。',
  embedScrollyHint:
    'スクリプトを使える記事向け:読者がスクロールすると段落が地図を動かします。pym.js のコードと段落の例が入っています。各段落に data-storymap-step を付けてください。',
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
    `出来事${countText('ja', total)}件中${countText('ja', first)}〜${countText('ja', last)}件目`,
  showEarlierEvents: (count) => `前の出来事を${countText('ja', count)}件表示`,
  showLaterEvents: (count) => `後の出来事を${countText('ja', count)}件表示`,
  showAllEvents: (total) => `出来事${countText('ja', total)}件をすべて表示`,
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
