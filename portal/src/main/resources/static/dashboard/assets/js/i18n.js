// Every text of the dashboard in Vietnamese (first) and English, and the names of the codes the answers carry.
// Codes the catalogue does not name (an agency or model type added later as reference data) are shown as they are.

const TEXTS = {
  'app.title': ['Phong trào toàn dân bảo vệ an ninh Tổ quốc', 'All people protect national security'],
  'app.subtitle': ['Bảng theo dõi phong trào', 'Movement dashboard'],
  'lang.switch': ['English', 'Tiếng Việt'],
  'lang.switch.title': ['Switch to English', 'Chuyển sang tiếng Việt'],
  'home': ['Trang chủ', 'Home'],
  'home.title': ['Về trang chủ của cổng thông tin', 'Back to the portal home page'],
  'signin.again': ['Đăng nhập lại', 'Sign in again'],
  'signin.sessionEnded': ['Phiên làm việc đã hết hạn, hãy đăng nhập lại.', 'Your session has ended; please sign in again.'],
  'signout': ['Đăng xuất', 'Sign out'],
  'user.agency': ['Đơn vị', 'Agency'],
  'user.roles': ['Vai trò', 'Roles'],
  'user.locality': ['Địa bàn', 'Locality'],
  'user.everywhere': ['Mọi địa bàn', 'All localities'],
  'filter.from': ['Từ tháng', 'From month'],
  'filter.to': ['Đến tháng', 'To month'],
  'filter.locality': ['Địa bàn', 'Locality'],
  'filter.allLocalities': ['Tất cả địa bàn được xem', 'All localities you may see'],
  'filter.apply': ['Xem số liệu', 'Show figures'],
  'filter.badPeriod': ['Tháng bắt đầu phải không sau tháng kết thúc.', 'The first month must not be after the last.'],
  'status.loading': ['Đang tải số liệu…', 'Loading figures…'],
  'status.asOf': ['Số liệu tính lúc', 'Figures as of'],
  'status.caughtUp': ['đã xử lý mọi sự kiện', 'every event applied'],
  'status.lag': ['sự kiện đang chờ xử lý', 'events waiting to be applied'],
  'kpi.participants': ['Lượt người tham gia', 'Participations'],
  'kpi.activities': ['Hoạt động tuyên truyền', 'Outreach activities'],
  'kpi.womenUnion': ['Lượt tham gia do Hội LHPN tổ chức', "Participations in Women's Union activities"],
  'kpi.conferred': ['Khen thưởng đã trao', 'Awards conferred'],
  'kpi.activeModels': ['Mô hình đang hoạt động', 'Active models'],
  'kpi.findings': ['Hạn chế được phát hiện', 'Shortcomings found'],
  'csv': ['Tải CSV', 'Download CSV'],
  'csv.title': ['Tải số liệu của phần này dưới dạng CSV (mở được bằng Excel)',
    'Download this view as CSV (opens in Excel)'],
  'empty': ['Không có số liệu cho lựa chọn này.', 'No figures for this selection.'],
  'error.forbidden': ['Bạn không có quyền xem phần này.', 'You may not see this view.'],
  'error.failed': ['Không tải được số liệu', 'The figures could not be loaded'],
  'participation.title': ['Lượt người tham gia theo lực lượng', 'Participations by agency'],
  'participation.byYear': ['Theo năm', 'By year'],
  'participation.byQuarter': ['Theo quý', 'By quarter'],
  'participation.period': ['Kỳ', 'Period'],
  'channelKind.title': ['Theo kênh và hình thức tuyên truyền', 'By channel and kind of outreach'],
  'districts.title': ['Theo huyện, thành phố', 'By district'],
  'districts.hint': ['Bấm vào tiêu đề cột để sắp xếp.', 'Click a column heading to sort.'],
  'coordination.title': ['Phối hợp giữa các lực lượng', 'Coordination between agencies'],
  'coordination.hint': ['Số hoạt động phối hợp của từng cặp lực lượng.', 'Joint activities of each pair of agencies.'],
  'coordination.pair': ['Cặp lực lượng', 'Agency pair'],
  'models.title': ['Mô hình tự quản về an ninh trật tự', 'Self-managed security models'],
  'models.asOf': ['Tình trạng đến ngày', 'Status as of'],
  'models.paperOnly': ['Mô hình hoạt động hình thức', 'Models that exist only on paper'],
  'models.paperOnly.hint': ['đang hoạt động nhưng không báo cáo trong {n} tháng',
    'active, but no report for {n} months'],
  'models.overlapping': ['Mô hình chồng chéo', 'Overlapping models'],
  'models.overlapping.hint': ['nhiều mô hình cùng loại đang hoạt động trên một địa bàn',
    'several active models of one type in one place'],
  'models.none': ['Không có.', 'None.'],
  'awards.title': ['Khen thưởng theo lực lượng và hình thức', 'Awards by agency and form'],
  'awards.hint': ['Đã trao tặng; tính theo năm trọn vẹn của khoảng đã chọn.',
    'Conferred; counted by the whole years of the period.'],
  'shortcomings.title': ['Hạn chế, thiếu sót được phát hiện', 'Shortcomings found'],
  'shortcomings.unavailable': ['Máy chủ này chưa có chức năng phát hiện hạn chế, thiếu sót.',
    'This server does not offer the shortcomings yet.'],
  'shortcomings.thresholds': ['Ngưỡng đang áp dụng', 'Thresholds applied'],
  'shortcomings.none': ['Không phát hiện hạn chế nào trong khoảng đã chọn.', 'No shortcomings found for this selection.'],
  'outcomes.title': ['Kết quả bảo đảm an ninh, trật tự bên cạnh tuyên truyền', 'Security outcomes beside outreach'],
  'outcomes.place': ['Địa bàn', 'Locality'],
  'outcomes.hint': ['Số liệu của Công an theo năm; chọn một xã ở bộ lọc phía trên để xem riêng xã đó.',
    "The police's figures by year; choose a commune in the filter above to see that commune alone."],
  'skills.title': ['Kỹ năng số và tài liệu tuyên truyền chính thống theo xã',
    'Digital skills and official materials per commune'],
  'skills.hint': ['Cán bộ được tập huấn kỹ năng số và hoạt động trực tuyến trong khoảng đã chọn; tài liệu chính thống '
    + 'xã đã nhận đến nay. Xã có ít nhất được xếp lên đầu.',
  'Staff trained in digital skills and online activities in the period; official materials the commune has received so '
    + 'far. The communes with the least come first.'],
  'completeness.title': ['Tình hình gửi báo cáo', 'Reporting completeness'],
  'completeness.dataSet': ['Loại báo cáo', 'Report'],
  'completeness.year': ['Năm', 'Year'],
  'completeness.unit': ['Đơn vị báo cáo', 'Reporting unit'],
  'completeness.period': ['Kỳ báo cáo', 'Period'],
  'completeness.notReported': ['Chưa gửi', 'Not reported'],
  'completeness.notExpected': ['Không phải báo cáo kỳ này', 'No report expected for this period'],
  'completeness.late': ['gửi trễ hạn', 'sent late'],
  'completeness.firstSubmitted': ['Gửi lần đầu ngày', 'First sent on'],
  'completeness.reportingRate': ['Tỷ lệ gửi báo cáo', 'Reporting rate'],
  'completeness.onTimeRate': ['Tỷ lệ gửi đúng hạn', 'On-time rate'],
  'completeness.expected': ['Số báo cáo phải gửi', 'Reports expected'],
  'completeness.submitted': ['Đã gửi', 'Sent'],
  'completeness.onTime': ['Gửi đúng hạn', 'On time'],
  'completeness.byPeriod': ['Theo kỳ báo cáo', 'By period'],
  'completeness.summary': ['{submitted}/{expected} báo cáo đã gửi, {onTime} đúng hạn (đến ngày {day} tháng sau); {notReported} chưa gửi.',
    '{submitted} of {expected} reports sent, {onTime} on time (by day {day} of the next month); {notReported} not sent.'],
  'completeness.hint': ['Kéo ngang để xem các kỳ; di chuột hoặc chạm vào ô để xem chi tiết.',
    'Scroll sideways for more periods; hover over or tap a cell for details.'],
  'awaiting.label': ['Chờ tôi phê duyệt', 'Waiting for my approval'],
  'awaiting.title': ['Báo cáo chờ tôi phê duyệt', 'Reports waiting for my approval'],
  'awaiting.hint': ['Báo cáo kỳ của các đơn vị cấp dưới trực tiếp đã gửi, chờ phê duyệt hoặc trả lại.',
    'Period reports sent by the units directly below you, waiting to be approved or returned.'],
  'awaiting.none': ['Không có báo cáo nào đang chờ.', 'No report is waiting.'],
  'awaiting.dataSet': ['Loại báo cáo', 'Report'],
  'awaiting.records': ['Số bản ghi', 'Records'],
  'awaiting.submittedBy': ['Người gửi', 'Sent by'],
  'awaiting.submittedAt': ['Gửi lúc', 'Sent at'],
  'col.agency': ['Lực lượng', 'Agency'],
  'col.year': ['Năm', 'Year'],
  'col.quarter': ['Quý', 'Quarter'],
  'col.channel': ['Kênh', 'Channel'],
  'col.kind': ['Hình thức', 'Kind'],
  'col.district': ['Huyện, thành phố', 'District'],
  'col.commune': ['Xã, phường, thị trấn', 'Commune'],
  'col.provinceLevel': ['(cấp tỉnh)', '(province level)'],
  'col.code': ['Mã', 'Code'],
  'col.activities': ['Hoạt động', 'Activities'],
  'col.participants': ['Lượt người tham gia', 'Participations'],
  'col.women': ['Lượt nữ', 'Women'],
  'col.ethnicMinority': ['Lượt người DTTS', 'Ethnic minority'],
  'col.reach': ['Lượt tiếp cận', 'Reach'],
  'col.copies': ['Ấn phẩm', 'Copies'],
  'col.perActivity': ['Lượt/hoạt động', 'Per activity'],
  'col.jointActivities': ['Hoạt động phối hợp', 'Joint activities'],
  'col.type': ['Loại mô hình', 'Model type'],
  'col.status': ['Tình trạng', 'Status'],
  'col.models': ['Số mô hình', 'Models'],
  'col.name': ['Tên mô hình', 'Model'],
  'col.locality': ['Địa bàn', 'Locality'],
  'col.lastReport': ['Báo cáo gần nhất', 'Last report'],
  'col.monthsWithoutReport': ['Số tháng không báo cáo', 'Months without a report'],
  'col.agencies': ['Các lực lượng', 'Agencies'],
  'col.modelIds': ['Mã mô hình', 'Model ids'],
  'col.form': ['Hình thức khen thưởng', 'Form'],
  'col.conferred': ['Đã trao tặng', 'Conferred'],
  'col.severity': ['Mức độ', 'Severity'],
  'col.findingKind': ['Loại hạn chế', 'Kind'],
  'col.subject': ['Đối tượng', 'Subject'],
  'col.evidence': ['Số liệu', 'Evidence'],
  'col.explanation': ['Giải thích', 'Explanation'],
  'none': ['chưa có', 'none'],
  'yes': ['Có', 'Yes'],
  'no': ['Không', 'No'],
  'total': ['Tổng cộng', 'Total'],
};

// The words for codes (agency, channel, kind, model type, finding kind, figure, ...) are the platform's one catalogue,
// which the report and the messages use too: the portal serves it at /api/vocabulary and loadVocabulary() reads it
// before anything is drawn. Each dimension maps its codes, in their natural order, to { vi, en }.
let LABELS = {};

/** Takes the catalogue's labels ({ dimension: { code: { vi, en } } }). */
export function setVocabulary(labels) {
  LABELS = labels || {};
}

const LANGUAGES = ['vi', 'en'];

// The portal remembers the language (its ANTQ_LANG cookie); the page takes it from the session's answer.
let current = 'vi';

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : 'vi';
  document.documentElement.lang = current;
}

/** Adds (or replaces) texts, { key: [vi, en] }, for another page that shares these modules (the workspace). */
export function addTexts(more) {
  Object.assign(TEXTS, more);
}

/** The text for a key in the current language; {name} placeholders are filled from params. */
export function t(key, params = {}) {
  const pair = TEXTS[key];
  const text = pair ? pair[current === 'vi' ? 0 : 1] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The name of a code of a dimension (agency, channel, kind, ...), or the code itself when it has none. */
export function label(dimension, code) {
  if (code === null || code === undefined || code === '') {
    return '–';
  }
  const words = LABELS[dimension] && LABELS[dimension][code];
  return words ? words[current] || words.vi : String(code);
}

/** The codes a dimension knows, in their natural order (e.g. the four agencies). */
export function knownCodes(dimension) {
  return Object.keys(LABELS[dimension] || {});
}

/** Fills every element marked data-i18n (text), data-i18n-title and data-i18n-placeholder. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  });
  document.title = `${t('app.subtitle')} – ANTQ`;
}
