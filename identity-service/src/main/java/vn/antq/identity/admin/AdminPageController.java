package vn.antq.identity.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Role;

/**
 * The account administration page (quản lý tài khoản) for ADMIN: the same operations as the API, as forms. A
 * handed-out password is shown once, on the page that follows the change.
 */
@Controller
class AdminPageController {

    private final AccountAdministration administration;
    private final AccountStore accounts;

    AdminPageController(AccountAdministration administration, AccountStore accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String page(Authentication who, HttpServletRequest request, Locale locale, Model model) {
        AccountAdministration.Actor actor = actor(who, request);
        model.addAttribute("accounts", administration.list(actor));
        model.addAttribute("audit", administration.audit(actor, null, 50));
        model.addAttribute("roles", Role.values());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        return "identity/admin";
    }

    @PostMapping("/admin/accounts")
    String create(Authentication who, HttpServletRequest request, @RequestParam String username,
                  @RequestParam String displayName, @RequestParam(required = false) String[] roles,
                  @RequestParam(required = false) String localityCode,
                  @RequestParam(required = false) String localityStructure, Locale locale,
                  RedirectAttributes redirect) {
        return act(redirect, locale, () -> {
            AccountAdministration.Created created = administration.create(actor(who, request), username, displayName,
                    roles == null ? List.of() : Arrays.asList(roles), localityCode, localityStructure);
            redirect.addFlashAttribute("handedOut", created.account().username());
            redirect.addFlashAttribute("initialPassword", created.initialPassword());
        });
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(Authentication who, HttpServletRequest request, @PathVariable String username, Locale locale,
                   RedirectAttributes redirect) {
        return act(redirect, locale, () -> administration.disable(actor(who, request), username));
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(Authentication who, HttpServletRequest request, @PathVariable String username, Locale locale,
                  RedirectAttributes redirect) {
        return act(redirect, locale, () -> administration.enable(actor(who, request), username));
    }

    @PostMapping("/admin/accounts/{username}/password-reset")
    String resetPassword(Authentication who, HttpServletRequest request, @PathVariable String username, Locale locale,
                         RedirectAttributes redirect) {
        return act(redirect, locale, () -> {
            redirect.addFlashAttribute("handedOut", username);
            redirect.addFlashAttribute("initialPassword", administration.resetPassword(actor(who, request), username));
        });
    }

    @PostMapping("/admin/accounts/{username}/second-factor-reset")
    String resetSecondFactor(Authentication who, HttpServletRequest request, @PathVariable String username, Locale locale,
                             RedirectAttributes redirect) {
        return act(redirect, locale, () -> administration.resetSecondFactor(actor(who, request), username));
    }

    @PostMapping("/admin/accounts/{username}/roles")
    String changeRoles(Authentication who, HttpServletRequest request, @PathVariable String username,
                       @RequestParam(required = false) String[] roles, Locale locale, RedirectAttributes redirect) {
        return act(redirect, locale, () -> administration.changeRoles(actor(who, request), username,
                roles == null ? List.of() : Arrays.asList(roles)));
    }

    @PostMapping("/admin/accounts/{username}/locality")
    String changeLocality(Authentication who, HttpServletRequest request, @PathVariable String username,
                          @RequestParam(required = false) String localityCode,
                          @RequestParam(required = false) String localityStructure, Locale locale,
                          RedirectAttributes redirect) {
        return act(redirect, locale, () -> administration.changeLocality(actor(who, request), username, localityCode,
                localityStructure));
    }

    private static String act(RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
        } catch (AdministrationRefused refused) {
            boolean english = "en".equals(locale.getLanguage());
            redirect.addFlashAttribute("problem", english ? refused.english() : refused.vietnamese());
            redirect.addFlashAttribute("fieldProblems", refused.errors().stream().map(error -> error.message(locale)).toList());
        }
        return "redirect:/admin";
    }

    private AccountAdministration.Actor actor(Authentication who, HttpServletRequest request) {
        Account account = accounts.find(who.getName()).orElseThrow();
        return new AccountAdministration.Actor(account.username(), account.agency(), request.getRemoteAddr());
    }
}
