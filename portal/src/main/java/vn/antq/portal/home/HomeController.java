package vn.antq.portal.home;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.antq.gazetteer.Gazetteer;
import vn.antq.portal.PortalProperties;

/** The landing page (trang chủ): who is signed in, in words, and the way out. */
@Controller
class HomeController {

    private final PortalProperties.Claims claims;
    private final String administrationUrl;
    private final Labels labels = new Labels(Gazetteer.official());

    HomeController(PortalProperties properties) {
        this.claims = properties.claims();
        this.administrationUrl = properties.administrationUrl();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        SignedInPerson person = SignedInPerson.of(user, claims);
        model.addAttribute("displayName", person.name());
        model.addAttribute("agency", labels.agency(person.agency(), locale));
        model.addAttribute("locality", labels.locality(person.locality(), person.localityStructure(), locale));
        model.addAttribute("roles", String.join(", ", person.roles().stream().map(code -> labels.role(code, locale)).toList()));
        if (person.roles().contains("ADMIN")) {
            model.addAttribute("administrationUrl", administrationUrl);
        }
        return "portal/home";
    }

    @GetMapping("/sign-in-failed")
    String signInFailed() {
        return "portal/sign-in-failed";
    }
}
