package vn.antq.portal.home;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.antq.gazetteer.Gazetteer;
import vn.antq.portal.PortalProperties;

/**
 * The ops dashboard (bảng theo dõi phong trào) at {@code /dashboard/}, and {@code /api/session}: who is signed in,
 * each code with its words in both languages, and the anti-forgery token the page signs out with; {@code /api/places}:
 * the units the person may record in. The page's
 * figures come through the relay ({@code /api/analytics/...}); no token ever reaches the browser.
 */
@Controller
class DashboardController {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private final PortalProperties.Claims claims;
    private final Labels labels = new Labels(Gazetteer.official());
    private final Places places = new Places(Gazetteer.official());

    DashboardController(PortalProperties properties) {
        this.claims = properties.claims();
    }

    @GetMapping("/dashboard")
    String dashboard() {
        return "redirect:/dashboard/";
    }

    @GetMapping("/dashboard/")
    String page() {
        return "forward:/dashboard/index.html";
    }

    @GetMapping(value = "/api/session", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> session(@AuthenticationPrincipal OidcUser user, Locale locale,
                                                HttpServletRequest request) {
        SignedInPerson person = SignedInPerson.of(user, claims);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", person.username());
        body.put("name", person.name());
        body.put("language", Labels.english(locale) ? "en" : "vi");
        body.put("agency", words(person.agency(), l -> labels.agency(person.agency(), l)));
        body.put("roles", person.roles().stream().map(code -> words(code, l -> labels.role(code, l))).toList());
        body.put("locality", words(person.locality(),
                l -> labels.locality(person.locality(), person.localityStructure(), l)));
        body.put("place", labels.place(person.locality(), person.localityStructure()));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            body.put("csrf", Map.of("headerName", csrf.getHeaderName(), "parameterName", csrf.getParameterName(),
                    "token", csrf.getToken()));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** The units the person may record in, in each structure, for the workspace's place picker ({@link Places}). */
    @GetMapping(value = "/api/places", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> places(@AuthenticationPrincipal OidcUser user) {
        SignedInPerson person = SignedInPerson.of(user, claims);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(places.of(person.locality(), person.localityStructure()));
    }

    private static Map<String, String> words(String code, Function<Locale, String> label) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("code", code);
        words.put("vi", label.apply(VI));
        words.put("en", label.apply(EN));
        return words;
    }
}
