package vn.antq.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agencies' workspace (không gian làm việc) at {@code /workspace/}: recording activities, also without signal
 * (an installable web app whose service worker and outbox live under {@code /workspace/}). The page's records go
 * through the relay ({@code /api/events/...}) with the person's token.
 */
@Controller
class WorkspaceController {

    @GetMapping("/workspace")
    String workspace() {
        return "redirect:/workspace/";
    }

    @GetMapping("/workspace/")
    String page() {
        return "forward:/workspace/index.html";
    }
}
