package vn.antq.contracts.material;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** What an official outreach material is (tài liệu tuyên truyền chính thống). */
public enum MaterialKind implements Labelled {
    LEAFLET("Tờ rơi, tờ gấp", "Leaflet"),
    POSTER("Áp phích, tranh cổ động", "Poster"),
    BOOKLET("Sổ tay, tài liệu bỏ túi", "Booklet"),
    QUESTIONS_AND_ANSWERS("Tài liệu hỏi - đáp", "Questions and answers"),
    LEGAL_TEXT("Văn bản pháp luật", "Legal text"),
    SLIDE_DECK("Bài giảng trình chiếu", "Slide deck"),
    VIDEO("Video, phóng sự", "Video"),
    AUDIO_CLIP("Bản tin phát trên loa thôn, làng", "Audio clip for village loudspeakers");

    private final Label label;

    MaterialKind(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
