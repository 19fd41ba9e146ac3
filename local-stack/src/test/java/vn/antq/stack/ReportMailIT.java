package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import vn.antq.kit.security.Role;

/**
 * The scheduled report delivery on the local stack: OPS subscribes a leader, analytics-service's next run e-mails the
 * report to the stack's GreenMail, and the mail is read as the welcome text says, over IMAP with the address as user
 * name and password, its PDF attachment opened.
 */
@ExtendWith(DemoStackExtension.class)
class ReportMailIT {

    @Test
    void aSubscribedLeaderFindsTheReportInTheStacksMailboxOverImap(DemoStack demo) throws Exception {
        LocalStack local = demo.stack();
        String ops = local.tokens().issue("it-ops", "POLICE", List.of(Role.OPS), null, Duration.ofMinutes(10));
        String address = "lanh-dao-" + UUID.randomUUID().toString().substring(0, 8) + "@kontum.gov.vn";
        new ServiceClient(local.urls().analytics()).postJson("/api/v1/analytics/report-subscriptions", ops,
                Map.of("name", "Lãnh đạo tỉnh", "email", address, "unit", "62", "cadence", "MONTHLY"), Map.of(), Set.of(201));
        GreenMail mail = local.mail();
        Session session = Session.getInstance(new Properties());

        // The stack runs the delivery every minute (after 20 s at start).
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> mail.getReceivedMessagesForDomain(address).length > 0);

        try (Store store = session.getStore("imap")) {
            store.connect(mail.getImap().getBindTo(), mail.getImap().getPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            assertThat(messages).hasSize(1);
            assertThat(messages[0].getSubject()).contains("Báo cáo tổng kết", "Tỉnh Kon Tum");
            byte[] pdf = attachment((Multipart) messages[0].getContent());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Kon Tum");
            }
            inbox.close(false);
        }
    }

    private static byte[] attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).endsWith("_62.pdf");
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
            if (part.isMimeType("multipart/*")) {
                byte[] inner = attachment((Multipart) part.getContent());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
