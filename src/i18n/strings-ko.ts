/** The UI in Korean (see strings.ts; loaded only by pages in Korean). */
import { countText, type UiStrings } from './strings.ts';

export const ko: UiStrings = {
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
  embedScrolly: '스크롤텔링',
  embedIframeHint:
    '스크립트를 쓸 수 없는 페이지를 포함해 어디에나 붙여 넣을 수 있습니다. 높이는 고정이며, pym.js나 Sidechain 코드를 쓰면 지도 높이가 내용에 맞춰집니다.',
  embedPymHint:
    '스크립트를 쓸 수 있는 페이지용(pym.js를 지도 사이트에서 불러옵니다): 지도가 높이를 스스로 맞춥니다. 이미 pym.js를 쓰는 페이지에 알맞습니다.',
  embedSidechainHint:
    '스크립트를 쓸 수 있는 페이지용(Sidechain을 지도 사이트에서 불러옵니다): 지도가 높이를 스스로 맞춥니다. 이미 Sidechain을 쓰는 페이지에 알맞습니다.',
  embedScrollyHint:
    '스크립트를 쓸 수 있는 기사용: 독자가 스크롤하면 문단이 지도를 움직입니다. pym.js 코드와 단계 예시가 들어 있으며, 각 문단에 data-storymap-step을 표시하세요.',
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
    `사건 ${countText('ko', total)}건 중 ${countText('ko', first)}–${countText('ko', last)}번째`,
  showEarlierEvents: (count) => `이전 사건 ${countText('ko', count)}건 더 보기`,
  showLaterEvents: (count) => `이후 사건 ${countText('ko', count)}건 더 보기`,
  showAllEvents: (total) => `사건 ${countText('ko', total)}건 모두 보기`,
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
