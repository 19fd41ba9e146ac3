// The workspace's reviews and awards view (#awards): review conferences (sơ kết / tổng kết) held, listed and corrected;
// nominations for an award, decided by a second person (an APPROVER who did not nominate), conferred, revoked; and
// "waiting for me", the nominations the signed-in person may decide. Office work, so everything goes online through the
// relay (no outbox): a POST that creates carries an Idempotency-Key made when the form is submitted and kept while the
// same submission is retried; a change carries If-Match with the version shown, and a 412 offers to reload. Offline,
// the view says it needs a network and shows the lists it last loaded (kept in localStorage).
import { addTexts, applyTexts, knownCodes, label, t } from '../../../dashboard/assets/js/i18n.js';
import * as session from '../../../dashboard/assets/js/session.js';
import { clearErrors, formError, option, request, showProblem, words } from './forms.js';

addTexts({
  'awards.offline': ['Phần này cần có mạng. Đang hiện danh sách tải lần trước ({when}).',
    'This part needs a network. Showing the lists loaded last time ({when}).'],
  'awards.offlineNothing': ['Phần này cần có mạng. Chưa có danh sách nào được tải trên máy này.',
    'This part needs a network. No list has been loaded on this device yet.'],
  'awards.networkFailed': ['Không gửi được: cần có mạng. Hãy thử lại khi có mạng (vẫn là lần gửi này).',
    'Not sent: a network is needed. Try again when there is one (it stays the same submission).'],
  'awards.sessionEnded': ['Phiên làm việc đã hết hạn, hãy đăng nhập lại.', 'Your session has ended; please sign in again.'],
  'awards.stale': ['Người khác vừa sửa bản ghi này. Hãy tải lại để xem bản mới rồi làm lại.',
    'Someone else has just changed this record. Reload it to see the new version, then try again.'],
  'awards.reload': ['Tải lại', 'Reload'],
  'awards.waiting.title': ['Chờ tôi quyết định', 'Waiting for me'],
  'awards.waiting.count': ['{count} đề nghị chờ quyết định', '{count} nominations to decide'],
  'awards.waiting.empty': ['Không có đề nghị nào chờ bạn quyết định.', 'No nomination is waiting for your decision.'],
  'awards.rule': ['Quy tắc hai người: đề nghị khen thưởng do cán bộ cập nhật của đơn vị lập; cán bộ phê duyệt của đơn vị quyết định (phê duyệt hoặc không), nhưng không ai được tự phê duyệt đề nghị do chính mình lập. Cán bộ cập nhật ghi nhận việc trao tặng; cán bộ phê duyệt thu hồi khi cần.',
    'Two people: a recorder of the agency nominates; an approver of the agency decides (approves or rejects), but nobody approves a nomination they made themselves. A recorder records the conferment; an approver revokes if needed.'],
  'awards.notApprover': ['Bạn không có vai trò phê duyệt nên không quyết định đề nghị khen thưởng.',
    'You do not have the approver role, so you do not decide nominations.'],
  'awards.ownNomination': ['Đề nghị của bạn: người khác phê duyệt', 'Your nomination: someone else decides'],
  'awards.review.title': ['Ghi nhận hội nghị sơ kết / tổng kết', 'Record a review conference'],
  'awards.review.editTitle': ['Sửa hội nghị sơ kết / tổng kết', 'Correct a review conference'],
  'awards.review.kind': ['Loại hội nghị', 'Kind'],
  'awards.review.organiser': ['Đơn vị tổ chức', 'Organiser'],
  'awards.review.joint': ['Liên tịch (nhiều đơn vị)', 'Joint (several agencies)'],
  'awards.review.agencies': ['Các đơn vị cùng tổ chức (hội nghị liên tịch)', 'Agencies holding it together (joint review)'],
  'awards.review.level': ['Cấp tổ chức', 'Level'],
  'awards.locality': ['Địa bàn', 'Locality'],
  'awards.review.heldOn': ['Ngày tổ chức', 'Date held'],
  'awards.review.periodFrom': ['Đầu kỳ sơ kết / tổng kết', 'Period from'],
  'awards.review.periodTo': ['Cuối kỳ sơ kết / tổng kết', 'Period to'],
  'awards.review.name': ['Tên hội nghị', 'Title'],
  'awards.review.save': ['Ghi nhận hội nghị', 'Record the review'],
  'awards.review.saveEdit': ['Lưu sửa đổi', 'Save the correction'],
  'awards.cancelEdit': ['Bỏ sửa', 'Cancel'],
  'awards.review.saved': ['Đã ghi nhận hội nghị.', 'The review was recorded.'],
  'awards.review.corrected': ['Đã lưu sửa đổi.', 'The correction was saved.'],
  'awards.reviews.title': ['Hội nghị của đơn vị tôi', 'My unit\'s reviews'],
  'awards.reviews.empty': ['Chưa có hội nghị nào.', 'No review yet.'],
  'awards.filter.any': ['– Tất cả –', '– All –'],
  'awards.filter.heldFrom': ['Tổ chức từ ngày', 'Held from'],
  'awards.filter.heldTo': ['Đến ngày', 'Held to'],
  'awards.filter.apply': ['Lọc', 'Filter'],
  'awards.prev': ['Trang trước', 'Previous'],
  'awards.next': ['Trang sau', 'Next'],
  'awards.page': ['Trang {page}/{pages} · {total} mục', 'Page {page}/{pages} · {total} items'],
  'awards.actions': ['Thao tác', 'Actions'],
  'awards.edit': ['Sửa', 'Correct'],
  'awards.nominateHere': ['Đề nghị khen thưởng', 'Nominate'],
  'awards.nomination.title': ['Đề nghị khen thưởng', 'Nominate for an award'],
  'awards.nomination.form': ['Hình thức khen thưởng', 'Form of award'],
  'awards.nomination.recipientType': ['Đối tượng', 'Recipient type'],
  'awards.nomination.recipientName': ['Tên tập thể / cá nhân', 'Recipient name'],
  'awards.nomination.recipientAgency': ['Đơn vị của đối tượng', 'Recipient\'s agency'],
  'awards.nomination.review': ['Tại hội nghị', 'At the review'],
  'awards.nomination.noReview': ['– Không gắn với hội nghị –', '– Not tied to a review –'],
  'awards.nomination.citation': ['Thành tích', 'Citation'],
  'awards.nomination.activityIds': ['Hoạt động liên quan', 'Related activities'],
  'awards.nomination.modelIds': ['Mô hình liên quan', 'Related models'],
  'awards.nomination.relatedNote': ['Chọn một hay nhiều (giữ Ctrl trên máy tính). Hoạt động: của đơn vị, trong kỳ của hội nghị đã chọn (100 hoạt động mới nhất).',
    'Choose one or more (hold Ctrl on a computer). Activities: your unit\'s, within the chosen review\'s period (the newest 100).'],
  'awards.nomination.noRelated': ['Không có mục nào để chọn', 'Nothing to choose from'],
  'awards.nomination.save': ['Gửi đề nghị', 'Nominate'],
  'awards.nomination.saved': ['Đã gửi đề nghị khen thưởng.', 'The nomination was recorded.'],
  'awards.list.title': ['Khen thưởng của đơn vị tôi', 'My unit\'s awards'],
  'awards.list.empty': ['Chưa có đề nghị khen thưởng nào.', 'No award yet.'],
  'awards.status': ['Trạng thái', 'Status'],
  'awards.recipient': ['Đối tượng', 'Recipient'],
  'awards.decision': ['Quyết định', 'Decision'],
  'awards.nominatedBy': ['Người đề nghị', 'Nominated by'],
  'awards.step.APPROVE': ['Quyết định', 'Decide'],
  'awards.step.CONFER': ['Ghi nhận trao tặng', 'Record conferment'],
  'awards.step.REVOKE': ['Thu hồi', 'Revoke'],
  'awards.action.decide': ['Quyết định đề nghị khen thưởng', 'Decide a nomination'],
  'awards.action.confer': ['Ghi nhận đã trao tặng', 'Record that it was conferred'],
  'awards.action.revoke': ['Thu hồi khen thưởng', 'Revoke an award'],
  'awards.action.outcome': ['Kết quả', 'Outcome'],
  'awards.action.approve': ['Phê duyệt', 'Approve'],
  'awards.action.reject': ['Không phê duyệt', 'Reject'],
  'awards.action.issuer': ['Cấp ra quyết định (người ký)', 'Issuer (who signed)'],
  'awards.action.decisionNo': ['Số quyết định', 'Decision number'],
  'awards.action.decidedOn': ['Ngày quyết định', 'Decision date'],
  'awards.action.reason': ['Lý do', 'Reason'],
  'awards.action.send': ['Xác nhận', 'Confirm'],
  'awards.action.close': ['Đóng', 'Close'],
  'awards.action.done': ['Đã lưu.', 'Saved.'],
  'awards.action.about': ['{recipient} · {form} · {status}', '{recipient} · {form} · {status}'],
  'awards.required': ['bắt buộc', 'required'],
});

const STORE = 'antq-workspace-awards';
const PAGE_SIZE = 20;
const LEVELS = { commune: 'COMMUNE', district: 'DISTRICT', province: 'PROVINCE' };

let context = null;
let built = false;
const state = {
  reviews: { items: [], page: 0, pages: 1, total: 0 },
  awards: { items: [], page: 0, pages: 1, total: 0 },
  waiting: [],
  reviewNames: {},
  savedAt: null,
  offline: false,
  editing: null, // { id, etag } of the review being corrected
  acting: null, // { step, award, etag } of the award a step is being taken on
  keys: { review: null, nomination: null },
};

const $ = (selector) => document.querySelector(selector);
const section = () => document.getElementById('awards-view');
const person = () => (context && context.person()) || null;
const roleCodes = () => ((person() && person().roles) || []).map((role) => (role && role.code) || role);
const isApprover = () => roleCodes().includes('APPROVER');
const isRecorder = () => roleCodes().includes('RECORDER');

export function setUp(given) {
  context = given;
  window.addEventListener('online', () => { if (person()) { loadAll(); } });
  window.addEventListener('offline', () => showOffline(true));
}

export function render() {
  const root = section();
  if (!root) {
    return;
  }
  if (!built) {
    root.innerHTML = LAYOUT;
    built = true;
    wire();
    restore();
  }
  applyTexts(root);
  fillChoices();
  drawReviews();
  drawAwards();
  drawWaiting();
  drawAction();
  showOffline(state.offline);
}

export async function start() {
  fillChoices();
  await loadAll();
}

// ---- the layout: every input with its label; the API's field names in data-field for the problems ----

const required = '<span aria-hidden="true">*</span>';
const field = (name, key, control, wide = false, mark = true) => `<label${wide ? ' class="wide"' : ''} data-field="${name}">`
  + `<span><span data-i18n="${key}"></span> ${mark ? required : ''}</span>${control}</label>`;

const LAYOUT = `
<p id="awards-offline" class="card-message unavailable" role="status" hidden></p>
<article class="card" id="awards-waiting-card">
  <h2><span data-i18n="awards.waiting.title"></span> <span class="badge" id="awards-waiting-count" data-figure="waiting">0</span></h2>
  <p class="muted small" id="awards-rule" data-i18n="awards.rule"></p>
  <p class="muted small" id="awards-waiting-note" role="status"></p>
  <ul id="awards-waiting" class="outbox-list"></ul>
</article>

<article class="card" id="awards-action-card" hidden>
  <h2 id="awards-action-title"></h2>
  <p id="awards-action-about" class="muted small"></p>
  <form id="awards-action-form" data-errors="award-action" novalidate>
    <div class="fields">
      <fieldset class="wide" data-field="approve" data-for="decide"><legend data-i18n="awards.action.outcome"></legend>
        <div class="checks">
          <label><input type="radio" name="approve" id="awards-approve-yes" value="true" checked> <span data-i18n="awards.action.approve"></span></label>
          <label><input type="radio" name="approve" id="awards-approve-no" value="false"> <span data-i18n="awards.action.reject"></span></label>
        </div>
      </fieldset>
      ${field('issuer', 'awards.action.issuer', '<input id="awards-issuer" name="issuer" maxlength="300">', true)}
      ${field('decisionNo', 'awards.action.decisionNo', '<input id="awards-decisionNo" name="decisionNo" maxlength="100">')}
      ${field('decidedOn', 'awards.action.decidedOn', '<input id="awards-decidedOn" name="decidedOn" type="date">')}
      ${field('reason', 'awards.action.reason', '<textarea id="awards-reason" name="reason" rows="3" maxlength="2000"></textarea>', true)}
    </div>
    <p class="error form-error" role="alert" hidden></p>
    <div class="form-actions">
      <button type="submit" id="awards-action-send" class="button primary" data-i18n="awards.action.send"></button>
      <button type="button" id="awards-action-close" class="button" data-i18n="awards.action.close"></button>
      <button type="button" id="awards-action-reload" class="button" data-i18n="awards.reload" hidden></button>
      <span id="awards-action-status" class="muted small" role="status"></span>
    </div>
  </form>
</article>

<article class="card" id="awards-review-card">
  <h2 id="awards-review-heading" data-i18n="awards.review.title"></h2>
  <form id="awards-review-form" data-errors="review" novalidate>
    <div class="fields">
      ${field('kind', 'awards.review.kind', '<select id="awards-review-kind" name="kind"></select>')}
      ${field('organiser', 'awards.review.organiser', '<select id="awards-review-organiser" name="organiser"></select>')}
      <fieldset class="wide" data-field="agencies" id="awards-review-agencies-set" hidden>
        <legend data-i18n="awards.review.agencies"></legend><div id="awards-review-agencies" class="checks"></div>
      </fieldset>
      ${field('level', 'awards.review.level', '<select id="awards-review-level" name="level"></select>')}
      ${field('locality', 'awards.locality', '<select id="awards-review-locality" name="locality"></select>')}
      ${field('heldOn', 'awards.review.heldOn', '<input id="awards-review-heldOn" name="heldOn" type="date">')}
      ${field('periodFrom', 'awards.review.periodFrom', '<input id="awards-review-periodFrom" name="periodFrom" type="date">')}
      ${field('periodTo', 'awards.review.periodTo', '<input id="awards-review-periodTo" name="periodTo" type="date">')}
      ${field('title', 'awards.review.name', '<input id="awards-review-title" name="title" maxlength="300">', true)}
    </div>
    <p class="error form-error" role="alert" hidden></p>
    <div class="form-actions">
      <button type="submit" id="awards-review-save" class="button primary" data-i18n="awards.review.save"></button>
      <button type="button" id="awards-review-cancel" class="button" data-i18n="awards.cancelEdit" hidden></button>
      <button type="button" id="awards-review-reload" class="button" data-i18n="awards.reload" hidden></button>
      <span id="awards-review-status" class="muted small" role="status"></span>
    </div>
  </form>
</article>

<article class="card" id="awards-reviews-card">
  <h2 data-i18n="awards.reviews.title"></h2>
  <form id="awards-reviews-filter" class="fields" novalidate>
    <label><span data-i18n="awards.review.kind"></span><select id="awards-reviews-kind"></select></label>
    <label><span data-i18n="awards.filter.heldFrom"></span><input id="awards-reviews-from" type="date"></label>
    <label><span data-i18n="awards.filter.heldTo"></span><input id="awards-reviews-to" type="date"></label>
    <div class="form-actions"><button type="submit" class="button small" data-i18n="awards.filter.apply"></button></div>
  </form>
  <p id="awards-reviews-message" class="card-message" hidden></p>
  <div class="table-wrap" tabindex="0" role="region" data-i18n-aria-label="awards.reviews.title">
    <table class="data-table compact" id="awards-reviews">
      <thead><tr><th data-i18n="awards.review.heldOn"></th><th data-i18n="awards.review.name"></th>
        <th data-i18n="awards.review.kind"></th><th data-i18n="awards.review.level"></th><th data-i18n="awards.actions"></th></tr></thead>
      <tbody></tbody>
    </table>
  </div>
  <div class="pager">
    <button type="button" id="awards-reviews-prev" class="button small" data-i18n="awards.prev"></button>
    <span id="awards-reviews-page" class="small muted"></span>
    <button type="button" id="awards-reviews-next" class="button small" data-i18n="awards.next"></button>
  </div>
</article>

<article class="card" id="awards-nomination-card">
  <h2 data-i18n="awards.nomination.title"></h2>
  <form id="awards-nomination-form" data-errors="nomination" novalidate>
    <div class="fields">
      ${field('reviewId', 'awards.nomination.review', '<select id="awards-nomination-review" name="reviewId"></select>', true, false)}
      ${field('form', 'awards.nomination.form', '<select id="awards-nomination-form-kind" name="form"></select>')}
      ${field('recipientType', 'awards.nomination.recipientType', '<select id="awards-nomination-recipientType" name="recipientType"></select>')}
      ${field('recipientName', 'awards.nomination.recipientName', '<input id="awards-nomination-recipientName" name="recipientName" maxlength="300">', true)}
      ${field('recipientAgency', 'awards.nomination.recipientAgency', '<select id="awards-nomination-recipientAgency" name="recipientAgency"></select>')}
      ${field('locality', 'awards.locality', '<select id="awards-nomination-locality" name="locality"></select>')}
      ${field('citation', 'awards.nomination.citation', '<textarea id="awards-nomination-citation" name="citation" rows="4" maxlength="4000"></textarea>', true)}
      ${field('activityIds', 'awards.nomination.activityIds', '<select id="awards-nomination-activityIds" name="activityIds" multiple size="5" aria-describedby="awards-nomination-related-note"></select>', true, false)}
      ${field('modelIds', 'awards.nomination.modelIds', '<select id="awards-nomination-modelIds" name="modelIds" multiple size="5" aria-describedby="awards-nomination-related-note"></select>', true, false)}
      <p id="awards-nomination-related-note" class="wide muted small" data-i18n="awards.nomination.relatedNote"></p>
    </div>
    <p class="error form-error" role="alert" hidden></p>
    <div class="form-actions">
      <button type="submit" id="awards-nomination-save" class="button primary" data-i18n="awards.nomination.save"></button>
      <span id="awards-nomination-status" class="muted small" role="status"></span>
    </div>
  </form>
</article>

<article class="card" id="awards-list-card">
  <h2 data-i18n="awards.list.title"></h2>
  <form id="awards-list-filter" class="fields" novalidate>
    <label><span data-i18n="awards.status"></span><select id="awards-list-status"></select></label>
    <div class="form-actions"><button type="submit" class="button small" data-i18n="awards.filter.apply"></button></div>
  </form>
  <p id="awards-list-message" class="card-message" hidden></p>
  <div class="table-wrap" tabindex="0" role="region" data-i18n-aria-label="awards.list.title">
    <table class="data-table compact" id="awards-list">
      <thead><tr><th data-i18n="awards.recipient"></th><th data-i18n="awards.nomination.form"></th>
        <th data-i18n="awards.status"></th><th data-i18n="awards.decision"></th><th data-i18n="awards.actions"></th></tr></thead>
      <tbody></tbody>
    </table>
  </div>
  <div class="pager">
    <button type="button" id="awards-list-prev" class="button small" data-i18n="awards.prev"></button>
    <span id="awards-list-page" class="small muted"></span>
    <button type="button" id="awards-list-next" class="button small" data-i18n="awards.next"></button>
  </div>
</article>
<style>
  #awards-view textarea { font: inherit; padding: 8px; border: 1px solid #94a3b8; border-radius: 6px; width: 100%; box-sizing: border-box; }
  #awards-view .row-actions { display: flex; flex-wrap: wrap; gap: 6px; }
  #awards-view .badge { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 999px; background: #fee2e2; color: #991b1b; text-align: center; }
  #awards-view button:focus-visible, #awards-view a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
</style>`;

function wire() {
  $('#awards-review-form').addEventListener('submit', (event) => { event.preventDefault(); saveReview(); });
  $('#awards-review-organiser').addEventListener('change', showJoint);
  $('#awards-review-cancel').addEventListener('click', stopEditing);
  $('#awards-review-reload').addEventListener('click', () => state.editing && editReview(state.editing.id));
  $('#awards-reviews-filter').addEventListener('submit', (event) => { event.preventDefault(); state.reviews.page = 0; loadReviews(); });
  $('#awards-reviews-prev').addEventListener('click', () => { state.reviews.page = Math.max(0, state.reviews.page - 1); loadReviews(); });
  $('#awards-reviews-next').addEventListener('click', () => { state.reviews.page += 1; loadReviews(); });
  $('#awards-nomination-form').addEventListener('submit', (event) => { event.preventDefault(); nominate(); });
  $('#awards-nomination-review').addEventListener('change', loadRelated);
  $('#awards-list-filter').addEventListener('submit', (event) => { event.preventDefault(); state.awards.page = 0; loadAwards(); });
  $('#awards-list-prev').addEventListener('click', () => { state.awards.page = Math.max(0, state.awards.page - 1); loadAwards(); });
  $('#awards-list-next').addEventListener('click', () => { state.awards.page += 1; loadAwards(); });
  $('#awards-action-form').addEventListener('submit', (event) => { event.preventDefault(); takeStep(); });
  $('#awards-action-form').addEventListener('change', drawActionFields);
  $('#awards-action-close').addEventListener('click', () => { state.acting = null; drawAction(); });
  $('#awards-action-reload').addEventListener('click', () => state.acting && openStep(state.acting.step, state.acting.award.id));
}

// ---- choices ----

/** The person's own unit: its codes and level; reviews and nominations are recorded there. */
function placeOf(p) {
  const place = p && p.place;
  if (!place || !place.province) {
    return null;
  }
  const level = place.commune ? 'commune' : place.district ? 'district' : 'province';
  return { level: LEVELS[level], province: place.province, district: place.district || null, commune: place.commune || null };
}

function refill(select, options) {
  const kept = select.value;
  select.replaceChildren(...options);
  if ([...select.options].some((o) => o.value === kept) && kept !== '') {
    select.value = kept;
  }
}

function fillChoices() {
  if (!built) {
    return;
  }
  const p = person();
  const own = p && p.agency ? p.agency.code : '';
  const place = placeOf(p);
  refill($('#awards-review-kind'), knownCodes('reviewKind').map((code) => option(code, label('reviewKind', code))));
  refill($('#awards-reviews-kind'), [option('', t('awards.filter.any')),
    ...knownCodes('reviewKind').map((code) => option(code, label('reviewKind', code)))]);
  const organisers = $('#awards-review-organiser');
  const fresh = organisers.options.length === 0;
  refill(organisers, [...knownCodes('agency').map((code) => option(code, label('agency', code))),
    option('JOINT', t('awards.review.joint'))]);
  const checked = new Set([...document.querySelectorAll('#awards-review-agencies input:checked')].map((box) => box.value));
  $('#awards-review-agencies').replaceChildren(...knownCodes('agency').map((code) => {
    const box = document.createElement('label');
    box.innerHTML = `<input type="checkbox" value="${code}"> <span></span>`;
    box.querySelector('input').checked = checked.has(code) || (checked.size === 0 && code === own);
    box.querySelector('span').textContent = label('agency', code);
    return box;
  }));
  refill($('#awards-review-level'), knownCodes('level').map((code) => option(code, label('level', code))));
  const unit = place ? [option('own', words(p.locality))] : [];
  refill($('#awards-review-locality'), unit);
  refill($('#awards-nomination-locality'), unit.map((o) => o.cloneNode(true)));
  refill($('#awards-nomination-form-kind'), knownCodes('form').map((code) => option(code, label('form', code))));
  refill($('#awards-nomination-recipientType'),
    knownCodes('recipientType').map((code) => option(code, label('recipientType', code))));
  refill($('#awards-nomination-recipientAgency'), knownCodes('agency').map((code) => option(code, label('agency', code))));
  if (fresh) {
    setDefaults();
  }
  refill($('#awards-nomination-review'), [option('', t('awards.nomination.noReview')),
    ...state.reviews.items.map((review) => option(review.id, reviewName(review)))]);
  refill($('#awards-list-status'), [option('', t('awards.filter.any')),
    ...knownCodes('awardStatus').map((code) => option(code, label('awardStatus', code)))]);
  $('#awards-review-save').disabled = !place;
  $('#awards-nomination-save').disabled = !place;
  showJoint();
}

/** The person's own agency and level, where a form starts (and starts again after it was sent). */
function setDefaults() {
  const p = person();
  const own = p && p.agency ? p.agency.code : '';
  const place = placeOf(p);
  if (own && knownCodes('agency').includes(own)) {
    $('#awards-review-organiser').value = own;
    $('#awards-nomination-recipientAgency').value = own;
  }
  if (place) {
    $('#awards-review-level').value = place.level;
  }
  document.querySelectorAll('#awards-review-agencies input').forEach((box) => { box.checked = box.value === own; });
  showJoint();
}

function showJoint() {
  $('#awards-review-agencies-set').hidden = $('#awards-review-organiser').value !== 'JOINT';
}

function reviewName(review) {
  return `${review.heldOn} · ${label('reviewKind', review.kind)} · ${review.title}`;
}

// ---- loading, and what is kept for offline ----

async function get(path) {
  const answer = await request(person(), 'GET', path);
  if (!answer.ok) {
    const error = new Error(answer.problem.detail || answer.problem.title || `HTTP ${answer.status}`);
    error.status = answer.status;
    throw error;
  }
  return answer.body;
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      q.append(name, value);
    }
  });
  return q.toString();
}

async function loadAll() {
  await Promise.all([loadReviews(), loadAwards(), loadWaiting()]);
  await loadRelated();
}

async function loadReviews() {
  if (!built || !person()) {
    return;
  }
  const params = query({ kind: $('#awards-reviews-kind').value, heldFrom: $('#awards-reviews-from').value,
    heldTo: $('#awards-reviews-to').value, page: state.reviews.page, size: PAGE_SIZE });
  try {
    const page = await get(`awards/v1/reviews?${params}`);
    state.reviews = { items: page.items, page: state.reviews.page, pages: Math.max(1, page.totalPages || 1), total: page.totalItems };
    page.items.forEach((review) => { state.reviewNames[review.id] = reviewName(review); });
    loaded();
  } catch (e) {
    failed($('#awards-reviews-message'), e);
  }
  drawReviews();
  fillChoices();
}

async function loadAwards() {
  if (!built || !person()) {
    return;
  }
  const params = query({ status: $('#awards-list-status').value, page: state.awards.page, size: PAGE_SIZE });
  try {
    const page = await get(`awards/v1/awards?${params}`);
    state.awards = { items: page.items, page: state.awards.page, pages: Math.max(1, page.totalPages || 1), total: page.totalItems };
    loaded();
  } catch (e) {
    failed($('#awards-list-message'), e);
  }
  drawAwards();
}

/** The nominations the person may decide: NOMINATED, of their agency and unit (the API's scope), not their own. */
async function loadWaiting() {
  if (!built || !person()) {
    return;
  }
  if (!isApprover()) {
    state.waiting = [];
    drawWaiting();
    return;
  }
  try {
    const page = await get(`awards/v1/awards?${query({ status: 'NOMINATED', size: 200 })}`);
    state.waiting = page.items.filter((award) => mayDecide(award));
    loaded();
  } catch (e) {
    failed($('#awards-waiting-note'), e);
  }
  drawWaiting();
}

function mayDecide(award) {
  return isApprover() && award.status === 'NOMINATED' && award.nominatedBy !== person().username;
}

function loaded() {
  state.offline = false;
  state.savedAt = new Date().toISOString();
  try {
    localStorage.setItem(STORE, JSON.stringify({ user: person().username, savedAt: state.savedAt,
      reviews: state.reviews, awards: state.awards, waiting: state.waiting, reviewNames: state.reviewNames }));
  } catch (e) {
    // No room: the lists are simply not kept.
  }
  showOffline(false);
}

function restore() {
  try {
    const kept = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (kept && (!person() || kept.user === person().username)) {
      Object.assign(state, { reviews: kept.reviews, awards: kept.awards, waiting: kept.waiting,
        reviewNames: kept.reviewNames || {}, savedAt: kept.savedAt });
    }
  } catch (e) {
    // Nothing usable kept.
  }
}

function failed(message, e) {
  if (e instanceof TypeError || !navigator.onLine) {
    if (!state.savedAt) {
      restore();
    }
    showOffline(true);
    return;
  }
  message.hidden = false;
  message.textContent = e.status === 401 ? t('awards.sessionEnded') : e.message;
}

function showOffline(offline) {
  state.offline = offline;
  const note = built && $('#awards-offline');
  if (!note) {
    return;
  }
  note.hidden = !offline;
  const when = state.savedAt ? new Date(state.savedAt).toLocaleString() : null;
  note.textContent = when ? t('awards.offline', { when }) : t('awards.offlineNothing');
  section().dataset.network = offline ? 'offline' : 'online';
  if (offline) {
    drawReviews();
    drawAwards();
    drawWaiting();
  }
}

// ---- drawing ----

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '' : String(text);
  row.append(td);
  return td;
}

function actionButton(text, action, data) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button small';
  element.textContent = text;
  Object.entries(data).forEach(([name, value]) => { element.dataset[name] = value; });
  element.addEventListener('click', action);
  return element;
}

function pageInfo(list, prefix) {
  $(`#${prefix}-page`).textContent = t('awards.page', { page: list.page + 1, pages: list.pages, total: list.total || 0 });
  $(`#${prefix}-prev`).disabled = list.page === 0 || state.offline;
  $(`#${prefix}-next`).disabled = list.page + 1 >= list.pages || state.offline;
}

function drawReviews() {
  if (!built) {
    return;
  }
  const list = state.reviews;
  $('#awards-reviews tbody').replaceChildren(...list.items.map((review) => {
    const row = document.createElement('tr');
    row.dataset.review = review.id;
    cell(row, review.heldOn);
    cell(row, review.title);
    cell(row, label('reviewKind', review.kind));
    cell(row, label('level', review.level));
    const actions = cell(row, '');
    const holder = document.createElement('div');
    holder.className = 'row-actions';
    if (isRecorder()) {
      holder.append(actionButton(t('awards.edit'), () => editReview(review.id), { action: 'edit' }),
        actionButton(t('awards.nominateHere'), () => nominateAt(review.id), { action: 'nominate' }));
    }
    actions.append(holder);
    return row;
  }));
  const message = $('#awards-reviews-message');
  if (list.items.length === 0) {
    message.hidden = false;
    message.textContent = t('awards.reviews.empty');
  } else if (!message.textContent || message.textContent === t('awards.reviews.empty')) {
    message.hidden = true;
  }
  $('#awards-reviews').dataset.total = String(list.total || 0);
  pageInfo(list, 'awards-reviews');
}

function decisionText(award) {
  if (award.decisionNo) {
    return `${award.decisionNo} · ${award.issuer} · ${award.decidedOn}`;
  }
  return award.reason || '';
}

/** The buttons for the steps the API says come next that this person may take. */
function stepButtons(award) {
  const holder = document.createElement('div');
  holder.className = 'row-actions';
  (award.nextSteps || []).forEach((step) => {
    if (step === 'APPROVE' && mayDecide(award)) {
      holder.append(actionButton(t('awards.step.APPROVE'), () => openStep('decide', award.id), { action: 'decide', award: award.id }));
    } else if (step === 'APPROVE' && person() && award.nominatedBy === person().username) {
      const note = document.createElement('span');
      note.className = 'muted small';
      note.dataset.part = 'own';
      note.textContent = t('awards.ownNomination');
      holder.append(note);
    } else if (step === 'CONFER' && isRecorder()) {
      holder.append(actionButton(t('awards.step.CONFER'), () => openStep('confer', award.id), { action: 'confer', award: award.id }));
    } else if (step === 'REVOKE' && isApprover()) {
      holder.append(actionButton(t('awards.step.REVOKE'), () => openStep('revoke', award.id), { action: 'revoke', award: award.id }));
    }
  });
  return holder;
}

function drawAwards() {
  if (!built) {
    return;
  }
  const list = state.awards;
  $('#awards-list tbody').replaceChildren(...list.items.map((award) => {
    const row = document.createElement('tr');
    row.dataset.award = award.id;
    row.dataset.status = award.status;
    const who = cell(row, `${award.recipientName} (${label('recipientType', award.recipientType)})`);
    // The review it was nominated at, by its name; one not among the reviews loaded here is not named (never its id).
    const heldAt = award.reviewId ? state.reviewNames[award.reviewId] : null;
    if (heldAt) {
      const at = document.createElement('div');
      at.className = 'muted small';
      at.textContent = heldAt;
      who.append(at);
    }
    cell(row, label('form', award.form));
    cell(row, label('awardStatus', award.status));
    cell(row, decisionText(award));
    cell(row, '').append(stepButtons(award));
    return row;
  }));
  const message = $('#awards-list-message');
  if (list.items.length === 0) {
    message.hidden = false;
    message.textContent = t('awards.list.empty');
  } else if (!message.textContent || message.textContent === t('awards.list.empty')) {
    message.hidden = true;
  }
  $('#awards-list').dataset.total = String(list.total || 0);
  pageInfo(list, 'awards-list');
}

function drawWaiting() {
  if (!built) {
    return;
  }
  const count = state.waiting.length;
  $('#awards-waiting-count').textContent = String(count);
  $('#awards-waiting-count').setAttribute('aria-label', t('awards.waiting.count', { count }));
  const note = $('#awards-waiting-note');
  note.textContent = !person() ? '' : !isApprover() ? t('awards.notApprover')
    : count === 0 ? t('awards.waiting.empty') : t('awards.waiting.count', { count });
  $('#awards-waiting').replaceChildren(...state.waiting.map((award) => {
    const item = document.createElement('li');
    item.dataset.award = award.id;
    const what = document.createElement('div');
    what.textContent = `${award.recipientName} · ${label('form', award.form)} · ${label('recipientType', award.recipientType)}`;
    const why = document.createElement('div');
    why.className = 'muted small';
    why.textContent = `${t('awards.nominatedBy')}: ${award.nominatedBy}. ${award.citation}`;
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(actionButton(t('awards.step.APPROVE'), () => openStep('decide', award.id), { action: 'decide', award: award.id }));
    item.append(what, why, actions);
    return item;
  }));
}

// ---- reviews: hold and correct ----

function reviewBody() {
  const place = placeOf(person());
  const organiser = $('#awards-review-organiser').value;
  const agencies = organiser === 'JOINT'
    ? [...document.querySelectorAll('#awards-review-agencies input:checked')].map((box) => box.value) : [organiser];
  return {
    kind: $('#awards-review-kind').value || null,
    organiser: organiser || null,
    agencies,
    level: $('#awards-review-level').value || null,
    locality: place ? { province: place.province, district: place.district, commune: place.commune } : null,
    heldOn: $('#awards-review-heldOn').value || null,
    periodFrom: $('#awards-review-periodFrom').value || null,
    periodTo: $('#awards-review-periodTo').value || null,
    title: $('#awards-review-title').value,
  };
}

/**
 * Sends a form's request with the session's current anti-forgery token (asked of /api/session just before, as the
 * outbox does). A network failure is said in words and the same submission may be tried again: a POST that creates
 * carries its Idempotency-Key and a step its If-Match, so a second try never does anything twice.
 */
async function send(form, method, path, body, headers) {
  clearErrors(form);
  try {
    return await request({ ...person(), ...(await session.current()) }, method, path, body, headers);
  } catch (e) {
    if (e instanceof session.SessionEnded) {
      formError(form, t('awards.sessionEnded'));
      return null;
    }
    formError(form, t('awards.networkFailed'));
    showOffline(true);
    return null;
  }
}

function refused(form, answer, reload) {
  if (answer.status === 401) {
    formError(form, t('awards.sessionEnded'));
  } else if (answer.status === 412) {
    showProblem(form, { ...answer.problem, detail: t('awards.stale'), errors: [] });
    form.dataset.stale = 'true';
    if (reload) {
      reload.hidden = false;
      reload.focus();
    }
  } else {
    showProblem(form, answer.problem);
  }
}

async function saveReview() {
  const form = $('#awards-review-form');
  const status = $('#awards-review-status');
  status.textContent = '';
  const button = $('#awards-review-save');
  button.disabled = true;
  let answer;
  if (state.editing) {
    answer = await send(form, 'PUT', `awards/v1/reviews/${encodeURIComponent(state.editing.id)}`, reviewBody(),
      { 'If-Match': state.editing.etag });
  } else {
    state.keys.review = state.keys.review || crypto.randomUUID();
    answer = await send(form, 'POST', 'awards/v1/reviews', reviewBody(), { 'Idempotency-Key': state.keys.review });
    if (answer && answer.status < 500) {
      state.keys.review = null;
    }
  }
  button.disabled = false;
  if (!answer) {
    return;
  }
  if (!answer.ok) {
    refused(form, answer, $('#awards-review-reload'));
    return;
  }
  status.textContent = state.editing ? t('awards.review.corrected') : t('awards.review.saved');
  form.dataset.saved = answer.body.id;
  stopEditing(false);
  form.reset();
  setDefaults();
  state.reviews.page = 0;
  await loadReviews();
}

async function editReview(id) {
  const form = $('#awards-review-form');
  clearErrors(form);
  let answer;
  try {
    answer = await request(person(), 'GET', `awards/v1/reviews/${encodeURIComponent(id)}`);
  } catch (e) {
    formError(form, t('awards.networkFailed'));
    return;
  }
  if (!answer.ok) {
    refused(form, answer);
    return;
  }
  const review = answer.body;
  state.editing = { id, etag: answer.etag || `"${review.version}"` };
  $('#awards-review-kind').value = review.kind;
  $('#awards-review-organiser').value = review.organiser;
  document.querySelectorAll('#awards-review-agencies input').forEach((box) => { box.checked = review.agencies.includes(box.value); });
  $('#awards-review-level').value = review.level;
  $('#awards-review-heldOn').value = review.heldOn;
  $('#awards-review-periodFrom').value = review.periodFrom;
  $('#awards-review-periodTo').value = review.periodTo;
  $('#awards-review-title').value = review.title;
  $('#awards-review-heading').dataset.i18n = 'awards.review.editTitle';
  $('#awards-review-save').dataset.i18n = 'awards.review.saveEdit';
  $('#awards-review-cancel').hidden = false;
  $('#awards-review-reload').hidden = true;
  delete form.dataset.stale;
  form.dataset.editing = id;
  applyTexts($('#awards-review-card'));
  showJoint();
  $('#awards-review-card').scrollIntoView({ block: 'start' });
  $('#awards-review-title').focus();
}

function stopEditing(clear = true) {
  const form = $('#awards-review-form');
  state.editing = null;
  delete form.dataset.editing;
  delete form.dataset.stale;
  $('#awards-review-heading').dataset.i18n = 'awards.review.title';
  $('#awards-review-save').dataset.i18n = 'awards.review.save';
  $('#awards-review-cancel').hidden = true;
  $('#awards-review-reload').hidden = true;
  applyTexts($('#awards-review-card'));
  if (clear !== false) {
    clearErrors(form);
    form.reset();
    setDefaults();
  }
}

// ---- nominations ----

const chosen = (select) => [...select.selectedOptions].map((one) => one.value);

/**
 * What a nomination may name as its grounds: the unit's activities within the chosen review's period (the newest
 * 100; without a review, the newest 100 of all) and the unit's models (the API's scope: the person's agency and unit).
 * Those already chosen stay chosen.
 */
async function loadRelated() {
  if (!built || !person()) {
    return;
  }
  const review = state.reviews.items.find((one) => one.id === $('#awards-nomination-review').value);
  const period = review ? { from: review.periodFrom, to: review.periodTo } : {};
  const fill = (select, items, text) => {
    const kept = new Set(chosen(select));
    select.replaceChildren(...items.map((item) => option(item.id, text(item))));
    [...select.options].forEach((one) => { one.selected = kept.has(one.value); });
    if (!items.length) {
      const none = option('', t('awards.nomination.noRelated'));
      none.disabled = true;
      select.append(none);
    }
  };
  try {
    const [activities, models] = await Promise.all([
      get(`events/v1/activities?${query({ ...period, status: 'RECORDED', size: 100 })}`),
      get(`models/v1/models?${query({ size: 200 })}`)]);
    fill($('#awards-nomination-activityIds'), activities.items,
      (activity) => `${activity.startDate} · ${label('kind', activity.kind)} · ${activity.title}`);
    fill($('#awards-nomination-modelIds'), models.items,
      (model) => `${model.name} · ${label('modelStatus', model.status)}`);
  } catch (e) {
    // Offline or refused: the lists stay as they were; a nomination needs the network anyway.
  }
}

function nominateAt(reviewId) {
  $('#awards-nomination-review').value = reviewId;
  loadRelated();
  $('#awards-nomination-card').scrollIntoView({ block: 'start' });
  $('#awards-nomination-recipientName').focus();
}

async function nominate() {
  const form = $('#awards-nomination-form');
  const status = $('#awards-nomination-status');
  status.textContent = '';
  const place = placeOf(person());
  const body = {
    form: $('#awards-nomination-form-kind').value || null,
    recipientType: $('#awards-nomination-recipientType').value || null,
    recipientName: $('#awards-nomination-recipientName').value,
    recipientAgency: $('#awards-nomination-recipientAgency').value || null,
    locality: place ? { province: place.province, district: place.district, commune: place.commune } : null,
    reviewId: $('#awards-nomination-review').value || null,
    citation: $('#awards-nomination-citation').value,
    activityIds: chosen($('#awards-nomination-activityIds')),
    modelIds: chosen($('#awards-nomination-modelIds')),
  };
  state.keys.nomination = state.keys.nomination || crypto.randomUUID();
  const button = $('#awards-nomination-save');
  button.disabled = true;
  const answer = await send(form, 'POST', 'awards/v1/awards', body, { 'Idempotency-Key': state.keys.nomination });
  button.disabled = false;
  if (!answer) {
    return;
  }
  if (answer.status < 500) {
    state.keys.nomination = null;
  }
  if (!answer.ok) {
    refused(form, answer);
    return;
  }
  status.textContent = t('awards.nomination.saved');
  form.dataset.saved = answer.body.id;
  ['recipientName', 'citation'].forEach((name) => { $(`#awards-nomination-${name}`).value = ''; });
  ['activityIds', 'modelIds'].forEach((name) => {
    [...$(`#awards-nomination-${name}`).options].forEach((one) => { one.selected = false; });
  });
  state.awards.page = 0;
  await Promise.all([loadAwards(), loadWaiting()]);
}

// ---- the steps after a nomination: decide, confer, revoke (each with If-Match) ----

const ACTION_TITLES = { decide: 'awards.action.decide', confer: 'awards.action.confer', revoke: 'awards.action.revoke' };

async function openStep(step, id) {
  const form = $('#awards-action-form');
  state.acting = { step, award: { id }, etag: null };
  drawAction();
  let answer;
  try {
    answer = await request(person(), 'GET', `awards/v1/awards/${encodeURIComponent(id)}`);
  } catch (e) {
    formError(form, t('awards.networkFailed'));
    return;
  }
  if (!answer.ok) {
    refused(form, answer);
    return;
  }
  state.acting = { step, award: answer.body, etag: answer.etag || `"${answer.body.version}"` };
  form.reset();
  clearErrors(form);
  delete form.dataset.stale;
  drawAction();
  $('#awards-action-card').scrollIntoView({ block: 'start' });
  (step === 'decide' ? $('#awards-approve-yes') : step === 'revoke' ? $('#awards-reason') : $('#awards-action-send')).focus();
}

function drawAction() {
  if (!built) {
    return;
  }
  const card = $('#awards-action-card');
  const acting = state.acting;
  card.hidden = !acting;
  if (!acting) {
    return;
  }
  card.dataset.step = acting.step;
  card.dataset.award = acting.award.id;
  $('#awards-action-title').textContent = t(ACTION_TITLES[acting.step]);
  const award = acting.award;
  $('#awards-action-about').textContent = award.recipientName ? t('awards.action.about', {
    recipient: award.recipientName, form: label('form', award.form), status: label('awardStatus', award.status),
  }) : '';
  $('#awards-action-reload').hidden = $('#awards-action-form').dataset.stale !== 'true';
  drawActionFields();
}

function drawActionFields() {
  const acting = state.acting;
  if (!acting) {
    return;
  }
  const approving = $('#awards-approve-yes').checked;
  const shown = {
    approve: acting.step === 'decide',
    issuer: acting.step === 'decide' && approving,
    decisionNo: acting.step === 'decide' && approving,
    decidedOn: acting.step === 'decide' && approving,
    reason: acting.step === 'revoke' || (acting.step === 'decide' && !approving),
  };
  Object.entries(shown).forEach(([name, visible]) => {
    document.querySelector(`#awards-action-form [data-field="${name}"]`).hidden = !visible;
  });
}

async function takeStep() {
  const acting = state.acting;
  if (!acting || !acting.etag) {
    return;
  }
  const form = $('#awards-action-form');
  const id = encodeURIComponent(acting.award.id);
  let path;
  let body = null;
  if (acting.step === 'decide') {
    path = `awards/v1/awards/${id}/decision`;
    body = $('#awards-approve-yes').checked
      ? { approve: true, issuer: $('#awards-issuer').value, decisionNo: $('#awards-decisionNo').value,
        decidedOn: $('#awards-decidedOn').value || null }
      : { approve: false, reason: $('#awards-reason').value };
  } else if (acting.step === 'confer') {
    path = `awards/v1/awards/${id}/confer`;
  } else {
    path = `awards/v1/awards/${id}/revoke`;
    body = { reason: $('#awards-reason').value };
  }
  const button = $('#awards-action-send');
  button.disabled = true;
  const answer = await send(form, 'POST', path, body, { 'If-Match': acting.etag });
  button.disabled = false;
  if (!answer) {
    return;
  }
  if (!answer.ok) {
    refused(form, answer, $('#awards-action-reload'));
    return;
  }
  state.acting = null;
  drawAction();
  $('#awards-waiting-note').textContent = t('awards.action.done');
  await Promise.all([loadAwards(), loadWaiting()]);
}
