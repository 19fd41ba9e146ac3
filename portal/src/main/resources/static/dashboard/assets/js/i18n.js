// Every text of the dashboard in Vietnamese (first) and English, and the names of the codes the answers carry.
// Codes without a name here (an agency or model type added later as reference data) are shown as they are.

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
  'models.paperOnly': ['Mô hình chỉ có trên giấy', 'Paper-only models'],
  'models.paperOnly.hint': ['đang hoạt động nhưng không báo cáo trong {n} tháng',
    'active, but no report for {n} months'],
  'models.overlapping': ['Mô hình trùng lặp', 'Overlapping models'],
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
  'col.agency': ['Lực lượng', 'Agency'],
  'col.year': ['Năm', 'Year'],
  'col.quarter': ['Quý', 'Quarter'],
  'col.channel': ['Kênh', 'Channel'],
  'col.kind': ['Hình thức', 'Kind'],
  'col.district': ['Huyện, thành phố', 'District'],
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
  'total': ['Tổng cộng', 'Total'],
};

const LABELS = {
  agency: {
    POLICE: ['Công an', 'Police'],
    WOMEN_UNION: ['Hội Liên hiệp Phụ nữ', "Women's Union"],
    VETERANS: ['Hội Cựu chiến binh', "Veterans' Association"],
    FARMERS: ['Hội Nông dân', "Farmers' Association"],
  },
  role: {
    RECORDER: ['Nhập liệu', 'Recorder'],
    APPROVER: ['Phê duyệt', 'Approver'],
    OPS: ['Theo dõi', 'Ops'],
    ADMIN: ['Quản trị', 'Admin'],
  },
  channel: {
    DIRECT: ['Trực tiếp', 'Direct'],
    ONLINE: ['Trực tuyến', 'Online'],
    BROADCAST: ['Phát thanh', 'Broadcast'],
    PRINT: ['Ấn phẩm', 'Print'],
  },
  kind: {
    VILLAGE_MEETING: ['Họp thôn', 'Village meeting'],
    BRANCH_MEETING: ['Sinh hoạt chi hội', 'Branch meeting'],
    CONTEST: ['Hội thi', 'Contest'],
    PERFORMANCE: ['Hội diễn', 'Performance'],
    QUIZ: ['Hái hoa dân chủ', 'Democratic flower-picking quiz'],
    SEMINAR: ['Tọa đàm', 'Seminar'],
    LAUNCH_CEREMONY: ['Lễ phát động', 'Launch ceremony'],
    MOBILISATION_CEREMONY: ['Lễ ra quân', 'Mobilisation ceremony'],
    MOCK_TRIAL: ['Phiên tòa giả định', 'Mock trial'],
    TRAINING: ['Tập huấn', 'Training'],
    HOME_VISIT: ['Thăm hộ gia đình', 'Home visit'],
    WEBSITE_POST: ['Trang thông tin điện tử', 'Website post'],
    FANPAGE_POST: ['Fanpage', 'Fanpage post'],
    ZALO_POST: ['Zalo', 'Zalo post'],
    MOBILE_MESSAGE: ['Truyền thông di động', 'Mobile messaging'],
    LOUDSPEAKER: ['Loa phát thanh thôn/làng', 'Village loudspeaker'],
    PUBLICATION: ['Ấn phẩm truyền thông', 'Publication'],
    OTHER: ['Khác', 'Other'],
  },
  status: {
    ACTIVE: ['Đang hoạt động', 'Active'],
    SUSPENDED: ['Tạm ngừng hoạt động', 'Suspended'],
    DISSOLVED: ['Đã giải thể', 'Dissolved'],
  },
  modelType: {
    WOMEN_CRIME_PREVENTION: ['Phụ nữ tham gia phòng, chống tội phạm', 'Women take part in crime prevention'],
    WOMEN_LEGAL_OUTREACH_TEAM: ['Tổ phụ nữ tuyên truyền pháp luật', "Women's legal-outreach team"],
    ETHNIC_RELIGIOUS_WOMEN_LAW: ['Phụ nữ dân tộc thiểu số, tôn giáo chấp hành pháp luật',
      'Ethnic-minority and religious women abide by the law'],
    MEDIATION_TEAM: ['Tổ hòa giải', 'Mediation team'],
    SELF_MANAGED_SECURITY_TEAM: ['Tổ tự quản về an ninh trật tự', 'Self-managed security and order team'],
    CRIME_FREE_HAMLET: ['Thôn, làng không có tội phạm', 'Crime-free village or hamlet'],
    REINTEGRATION_SUPPORT_GROUP: ['Nhóm giúp đỡ người lầm lỗi tái hòa nhập cộng đồng',
      'Group helping people who offended return to the community'],
    SECURITY_CAMERA_NETWORK: ['Mạng lưới camera an ninh', 'Security camera network'],
    OTHER: ['Mô hình khác', 'Other model'],
  },
  form: {
    CERTIFICATE_OF_MERIT: ['Bằng khen', 'Certificate of Merit'],
    CERTIFICATE_OF_COMMENDATION: ['Giấy khen', 'Certificate of Commendation'],
    PUBLIC_COMMENDATION: ['Biểu dương', 'Public commendation'],
  },
  awardStatus: {
    nominated: ['Đề nghị', 'Nominated'],
    approved: ['Đã phê duyệt', 'Approved'],
    rejected: ['Không phê duyệt', 'Rejected'],
    conferred: ['Đã trao tặng', 'Conferred'],
    revoked: ['Đã thu hồi', 'Revoked'],
  },
  findingKind: {
    LOW_PARTICIPATION: ['Tham gia thấp', 'Low participation'],
    LOOSE_COORDINATION: ['Phối hợp chưa chặt chẽ', 'Loose coordination'],
    PAPER_ONLY_MODEL: ['Mô hình chỉ có trên giấy', 'Paper-only model'],
    OVERLAPPING_MODELS: ['Mô hình trùng lặp', 'Overlapping models'],
    IRREGULAR_REVIEWS: ['Sơ kết, tổng kết không đều', 'Irregular reviews'],
  },
  // The numbers behind a finding, by the names GET /shortcomings gives them.
  evidence: {
    participations: ['Lượt tham gia', 'Participations'],
    activities: ['Hoạt động', 'Activities'],
    participationsPerActivity: ['Lượt/hoạt động', 'Per activity'],
    provinceMedianPerActivity: ['Trung vị của tỉnh (lượt/hoạt động)', 'Province median per activity'],
    residents: ['Dân số', 'Residents'],
    participationsPerThousandResidents: ['Lượt/1.000 dân', 'Per 1,000 residents'],
    provinceMedianPerThousandResidents: ['Trung vị của tỉnh (lượt/1.000 dân)', 'Province median per 1,000 residents'],
    provinceLocalities: ['Số địa bàn so sánh', 'Localities compared'],
    recentParticipations: ['Lượt tham gia năm gần nhất', 'Participations, latest year'],
    earlierParticipations: ['Lượt tham gia năm trước đó', 'Participations, the year before'],
    changePercent: ['Thay đổi (%)', 'Change (%)'],
    lowCommunes: ['Số xã ở mức thấp', 'Low communes'],
    jointActivities: ['Hoạt động phối hợp', 'Joint activities'],
    medianPairJointActivities: ['Trung vị các cặp lực lượng', 'Median of the pairs'],
    pairs: ['Số cặp lực lượng', 'Agency pairs'],
    recentJointActivities: ['Phối hợp năm gần nhất', 'Joint activities, latest year'],
    earlierJointActivities: ['Phối hợp năm trước đó', 'Joint activities, the year before'],
    monthsWithoutReport: ['Số tháng không báo cáo', 'Months without a report'],
    activeModels: ['Mô hình đang hoạt động', 'Active models'],
    agencies: ['Số lực lượng', 'Agencies'],
    reviews: ['Hội nghị sơ kết, tổng kết', 'Review conferences'],
    interimReviews: ['Sơ kết', 'Interim reviews'],
    finalReviews: ['Tổng kết', 'Final reviews'],
    longestGapMonths: ['Quãng trống dài nhất (tháng)', 'Longest gap (months)'],
    longestGapDays: ['Quãng trống dài nhất (ngày)', 'Longest gap (days)'],
    commendationsInInterimReviewYears: ['Khen thưởng trong các năm sơ kết', 'Commendations in interim-review years'],
  },
  severity: {
    HIGH: ['Cao', 'High'],
    MEDIUM: ['Trung bình', 'Medium'],
    LOW: ['Thấp', 'Low'],
  },
};

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
  const pair = LABELS[dimension] && LABELS[dimension][code];
  return pair ? pair[current === 'vi' ? 0 : 1] : String(code);
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
  document.title = `${t('app.subtitle')} – ANTQ`;
}
