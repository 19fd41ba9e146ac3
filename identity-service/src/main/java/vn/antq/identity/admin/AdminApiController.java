package vn.antq.identity.admin;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Role;
import vn.antq.identity.audit.AuditEntry;

/** The administration API (ADMIN only): the accounts and machine clients of the administrator's agency, and the audit log. */
@RestController
@RequestMapping("/api/v1")
class AdminApiController {

    private final AccountAdministration administration;
    private final MachineClients machineClients;
    private final AccountStore accounts;

    AdminApiController(AccountAdministration administration, MachineClients machineClients, AccountStore accounts) {
        this.administration = administration;
        this.machineClients = machineClients;
        this.accounts = accounts;
    }

    record LocalityForm(String code, String structure) {
    }

    record AccountForm(String username, String displayName, List<String> roles, LocalityForm locality) {
    }

    record RolesForm(List<String> roles) {
    }

    record ClientForm(String clientId) {
    }

    /** An account as the API shows it: never its password hash or second-factor secret. */
    record AccountView(String username, String displayName, String agency, List<String> roles, String locality,
                       String localityStructure, boolean enabled, boolean mustChangePassword,
                       java.time.Instant passwordChangedAt, boolean secondFactorEnrolled) {

        static AccountView of(Account account) {
            return new AccountView(account.username(), account.displayName(), account.agency(),
                    account.roles().stream().map(Role::name).sorted().toList(),
                    account.locality() == null ? null : account.locality().code(),
                    account.locality() == null ? null : account.locality().structure().name(),
                    account.enabled(), account.mustChangePassword(), account.passwordChangedAt(),
                    account.totpSecret() != null);
        }
    }

    @GetMapping("/accounts")
    List<AccountView> list(Authentication who, HttpServletRequest request) {
        return administration.list(actor(who, request)).stream().map(AccountView::of).toList();
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(Authentication who, HttpServletRequest request, @RequestBody AccountForm form) {
        LocalityForm locality = form.locality();
        AccountAdministration.Created created = administration.create(actor(who, request), form.username(),
                form.displayName(), form.roles(), locality == null ? null : locality.code(),
                locality == null ? null : locality.structure());
        return Map.of("account", AccountView.of(created.account()), "initialPassword", created.initialPassword());
    }

    @PostMapping("/accounts/{username}/disable")
    AccountView disable(Authentication who, HttpServletRequest request, @PathVariable String username) {
        return AccountView.of(administration.disable(actor(who, request), username));
    }

    @PostMapping("/accounts/{username}/enable")
    AccountView enable(Authentication who, HttpServletRequest request, @PathVariable String username) {
        return AccountView.of(administration.enable(actor(who, request), username));
    }

    @PostMapping("/accounts/{username}/password-reset")
    Map<String, String> resetPassword(Authentication who, HttpServletRequest request, @PathVariable String username) {
        return Map.of("initialPassword", administration.resetPassword(actor(who, request), username));
    }

    @PostMapping("/accounts/{username}/second-factor-reset")
    AccountView resetSecondFactor(Authentication who, HttpServletRequest request, @PathVariable String username) {
        return AccountView.of(administration.resetSecondFactor(actor(who, request), username));
    }

    @PutMapping("/accounts/{username}/roles")
    AccountView changeRoles(Authentication who, HttpServletRequest request, @PathVariable String username,
                            @RequestBody RolesForm form) {
        return AccountView.of(administration.changeRoles(actor(who, request), username, form.roles()));
    }

    @PutMapping("/accounts/{username}/locality")
    AccountView changeLocality(Authentication who, HttpServletRequest request, @PathVariable String username,
                               @RequestBody LocalityForm form) {
        return AccountView.of(administration.changeLocality(actor(who, request), username, form.code(), form.structure()));
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(Authentication who, HttpServletRequest request,
                           @RequestParam(required = false) String account, @RequestParam(defaultValue = "100") int limit) {
        return administration.audit(actor(who, request), account, limit);
    }

    @GetMapping("/clients")
    List<String> clients(Authentication who, HttpServletRequest request) {
        return machineClients.list(actor(who, request));
    }

    @PostMapping("/clients")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> createClient(Authentication who, HttpServletRequest request, @RequestBody ClientForm form) {
        return Map.of("clientId", form.clientId(), "clientSecret",
                machineClients.create(actor(who, request), form.clientId()));
    }

    @DeleteMapping("/clients/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteClient(Authentication who, HttpServletRequest request, @PathVariable String clientId) {
        machineClients.delete(actor(who, request), clientId);
    }

    private AccountAdministration.Actor actor(Authentication who, HttpServletRequest request) {
        Account account = accounts.find(who.getName()).orElseThrow(() -> new AdministrationRefused(403,
                "Chỉ quản trị viên có tài khoản mới được quản lý tài khoản.",
                "Only an administrator with an account may manage accounts.", List.of()));
        return new AccountAdministration.Actor(account.username(), account.agency(), request.getRemoteAddr());
    }
}
