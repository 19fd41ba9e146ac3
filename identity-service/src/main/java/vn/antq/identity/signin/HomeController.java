package vn.antq.identity.signin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.antq.identity.account.AccountStore;

/** The provider's own start page: who is signed in here, with the way to their password and, for ADMIN, the accounts. */
@Controller
class HomeController {

    private final AccountStore accounts;

    HomeController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        accounts.find(authentication.getName()).ifPresent(account -> model.addAttribute("account", account));
        model.addAttribute("admin", authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority())));
        return "identity/home";
    }
}
