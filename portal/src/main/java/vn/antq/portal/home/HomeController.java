package vn.antq.portal.home;

import java.util.Collection;
import java.util.List;
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
        String name = user.getClaimAsString(claims.name());
        model.addAttribute("displayName", name == null ? user.getSubject() : name);
        model.addAttribute("agency", labels.agency(user.getClaimAsString(claims.agency()), locale));
        model.addAttribute("locality", labels.locality(user.getClaimAsString(claims.locality()),
                user.getClaimAsString(claims.localityStructure()), locale));
        Object roles = user.getClaims().get(claims.roles());
        List<String> roleNames = roles instanceof Collection<?> codes
                ? codes.stream().map(code -> labels.role(String.valueOf(code), locale)).toList() : List.of();
        model.addAttribute("roles", String.join(", ", roleNames));
        if (roles instanceof Collection<?> codes && codes.contains("ADMIN")) {
            model.addAttribute("administrationUrl", administrationUrl);
        }
        return "portal/home";
    }

    @GetMapping("/sign-in-failed")
    String signInFailed() {
        return "portal/sign-in-failed";
    }
}
