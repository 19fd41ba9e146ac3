package vn.antq.analytics.reviewreport.delivery;

import java.time.LocalDate;
import java.util.Locale;

import vn.antq.analytics.reviewreport.ReportFormat;

/**
 * The words of a delivered report's e-mail, in the subscription's language: the subject names the unit and the period,
 * the body greets the leader, says what is attached and why it came. Dates and numbers as {@link ReportFormat} writes
 * them in the report itself.
 *
 * @param name     the recipient's name
 * @param unitName the unit's name, e.g. "Tỉnh Ninh Thuận"
 * @param unitPath the unit with its parents, e.g. "Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum"
 */
record ReportMail(String name, String unit, String unitName, String unitPath, Cadence cadence, ReportPeriod period,
        Locale locale) {

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }

    String subject() {
        return english()
                ? "[ANTQ] Review report of the movement for national security: " + unitName + ", " + period.text(locale)
                : "[ANTQ] Báo cáo tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc: " + unitName + ", "
                        + period.text(locale);
    }

    String body(String filename, long bytes, LocalDate preparedOn) {
        String size = ReportFormat.number(Math.max(1, (bytes + 1023) / 1024), locale) + " KB";
        if (english()) {
            return "Dear " + name + ",\n\n"
                    + "Please find attached the review report of the movement for national security for " + unitPath
                    + " (" + unit + "), " + period.text(locale) + ".\n\n"
                    + "Attachment: " + filename + " (" + size + ").\n"
                    + "Prepared on " + ReportFormat.date(preparedOn, locale) + " from the figures recorded by then, under your "
                    + cadence.label(locale) + " subscription.\n\n"
                    + "This message was sent automatically by the ANTQ platform; please do not reply to it. To stop receiving "
                    + "the report or to change the address, contact the platform's operations staff.\n";
        }
        return "Kính gửi: " + name + ",\n\n"
                + "Hệ thống ANTQ trân trọng gửi kèm báo cáo tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc của "
                + unitPath + " (" + unit + "), " + period.text(locale) + ".\n\n"
                + "Tệp đính kèm: " + filename + " (" + size + ").\n"
                + "Báo cáo lập " + ReportFormat.date(preparedOn, locale) + " theo số liệu đã ghi nhận đến thời điểm đó, theo đăng ký "
                + "nhận báo cáo " + cadence.label(locale) + ".\n\n"
                + "Thư này do hệ thống ANTQ gửi tự động, xin không trả lời thư. Để thôi nhận báo cáo hoặc đổi địa chỉ nhận, "
                + "xin liên hệ cán bộ theo dõi, tổng hợp của hệ thống.\n";
    }
}
