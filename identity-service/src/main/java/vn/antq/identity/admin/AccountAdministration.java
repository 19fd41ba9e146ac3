package vn.antq.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.antq.contracts.user.UserChange;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Locality;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.account.Role;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;
import vn.antq.identity.events.AccountEventRelay;
import vn.antq.identity.events.AccountEvents;
import vn.antq.identity.oauth.MongoAuthorizationService;

/**
 * What an administrator (quản trị viên) does to the accounts of their own agency, each change checked first,
 * written to the audit log with who did it and from where. An account's agency never changes; an administrator
 * cannot make themself ADMIN; disabling an account or resetting its password ends every grant it holds.
 */
@Component
public class AccountAdministration {

    /** How often a change is tried when other changes to the same account keep coming first. */
    static final int ATTEMPTS = 5;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final MongoAuthorizationService grants;
    private final Clock clock;
    private final AccountEventRelay relay;
    private final Gazetteer gazetteer = Gazetteer.official();

    public AccountAdministration(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit,
                                 MongoAuthorizationService grants, Clock clock, AccountEventRelay relay) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.grants = grants;
        this.clock = clock;
        this.relay = relay;
    }

    /** Who acts, and from which address. */
    public record Actor(String username, String agency, String address) {
    }

    /** A new account and the password to hand to its owner, shown this once. */
    public record Created(Account account, String initialPassword) {
    }

    public List<Account> list(Actor actor) {
        return accounts.ofAgency(actor.agency());
    }

    public Created create(Actor actor, String username, String displayName, List<String> roles, String localityCode,
                          String localityStructure) {
        return create(actor, username, displayName, roles, localityCode, localityStructure, policy.initialPassword());
    }

    /**
     * As {@link #create(Actor, String, String, List, String, String)}, handing out {@code password} instead of a
     * generated one (the first administrator's, from the environment); the caller has checked it against the policy.
     */
    public Created create(Actor actor, String username, String displayName, List<String> roles, String localityCode,
                          String localityStructure, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "Tên đăng nhập gồm 3 đến 64 chữ thường không dấu, chữ số hoặc các dấu . _ -, bắt đầu bằng chữ hoặc số.",
                    "The username has 3 to 64 lower-case letters without diacritics, digits or . _ -, starting with a letter or digit."));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            errors.add(new FieldError("displayName", "Họ và tên là bắt buộc, tối đa 100 ký tự.",
                    "The display name is required, at most 100 characters."));
        }
        Set<Role> parsedRoles = roles(roles, errors);
        Locality locality = locality(localityCode, localityStructure, errors);
        if (!errors.isEmpty()) {
            throw AdministrationRefused.invalid(errors);
        }
        refuseSelfAdmin(actor, username, parsedRoles);
        Instant now = clock.instant();
        Account account = new Account(username, displayName.strip(), actor.agency(), parsedRoles, locality, true,
                encoder.encode(password), now, true, null, now);
        if (!accounts.create(account, AccountEvents.pending(account, 1, UserChange.CREATED, actor.username(), now))) {
            throw new AdministrationRefused(409, "Tên đăng nhập " + username + " đã có người dùng.",
                    "The username " + username + " is taken.", List.of(new FieldError("username",
                    "Tên đăng nhập đã có người dùng.", "The username is taken.")));
        }
        record(actor, AuditAction.ACCOUNT_CREATED, username, Map.of("roles", names(parsedRoles),
                "locality", locality == null ? "" : locality.code()));
        relay.wakeUp();
        return new Created(account, password);
    }

    public Account disable(Actor actor, String username) {
        ownAccount(actor, username);
        if (username.equals(actor.username())) {
            throw new AdministrationRefused(403, "Quản trị viên không thể tự vô hiệu hoá tài khoản của mình.",
                    "An administrator cannot disable their own account.", List.of());
        }
        Account disabled = change(actor, username, UserChange.DISABLED, account -> account.withEnabled(false)).after();
        grants.removeAllOf(username);
        record(actor, AuditAction.ACCOUNT_DISABLED, username, Map.of());
        return disabled;
    }

    public Account enable(Actor actor, String username) {
        Account enabled = change(actor, username, UserChange.ENABLED, account -> account.withEnabled(true)).after();
        record(actor, AuditAction.ACCOUNT_ENABLED, username, Map.of());
        return enabled;
    }

    /** A new handed-out password, which the owner must change at their next sign-in. */
    public String resetPassword(Actor actor, String username) {
        String password = policy.initialPassword();
        String hash = encoder.encode(password);
        change(actor, username, UserChange.PASSWORD_RESET, account -> account.withPassword(hash, clock.instant(), true));
        grants.removeAllOf(username);
        record(actor, AuditAction.PASSWORD_RESET, username, Map.of());
        return password;
    }

    /**
     * Clears the account's second factor (a lost phone): the owner enrols a new one at their next sign-in, and every
     * grant and signed-in session of theirs needs it first.
     */
    public Account resetSecondFactor(Actor actor, String username) {
        Account reset = change(actor, username, UserChange.SECOND_FACTOR_RESET, account -> account.withTotpSecret(null))
                .after();
        grants.removeAllOf(username);
        record(actor, AuditAction.SECOND_FACTOR_RESET, username, Map.of());
        return reset;
    }

    public Account changeRoles(Actor actor, String username, List<String> roles) {
        ownAccount(actor, username);
        List<FieldError> errors = new ArrayList<>();
        Set<Role> parsed = roles(roles, errors);
        if (!errors.isEmpty()) {
            throw AdministrationRefused.invalid(errors);
        }
        refuseSelfAdmin(actor, username, parsed);
        Change change = change(actor, username, UserChange.ROLES_CHANGED, account -> account.withRoles(parsed));
        record(actor, AuditAction.ROLES_CHANGED, username, Map.of("from", names(change.before().roles()),
                "to", names(parsed)));
        return change.after();
    }

    public Account changeLocality(Actor actor, String username, String code, String structure) {
        ownAccount(actor, username);
        List<FieldError> errors = new ArrayList<>();
        Locality locality = locality(code, structure, errors);
        if (!errors.isEmpty()) {
            throw AdministrationRefused.invalid(errors);
        }
        Change change = change(actor, username, UserChange.LOCALITY_CHANGED, account -> account.withLocality(locality));
        Account account = change.before();
        record(actor, AuditAction.LOCALITY_CHANGED, username, Map.of(
                "from", account.locality() == null ? "" : account.locality().code(),
                "to", locality == null ? "" : locality.code()));
        return change.after();
    }

    /** An account before and after one stored change. */
    private record Change(Account before, Account after) {
    }

    /**
     * Applies {@code how} to the account of the actor's agency and stores it with the event announcing it, in one
     * write conditional on the version it was read at; a concurrent change makes it read again and retry, and after
     * {@value #ATTEMPTS} attempts it answers 409. Nothing else is written until the change is stored.
     */
    private Change change(Actor actor, String username, UserChange kind, UnaryOperator<Account> how) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            AccountStore.Versioned current = accounts.findVersioned(username)
                    .filter(found -> found.account().agency().equals(actor.agency()))
                    .orElseThrow(() -> AdministrationRefused.noSuchAccount(username));
            Account changed = how.apply(current.account());
            long version = current.version() + 1;
            if (accounts.change(current.account(), changed, current.version(),
                    AccountEvents.pending(changed, version, kind, actor.username(), clock.instant()))) {
                relay.wakeUp();
                return new Change(current.account(), changed);
            }
        }
        throw new AdministrationRefused(409, "Tài khoản " + username + " vừa được thay đổi đồng thời; hãy thử lại.",
                "The account " + username + " was being changed at the same time; try again.", List.of());
    }

    public List<AuditEntry> audit(Actor actor, String username, int limit) {
        if (username != null) {
            ownAccount(actor, username);
        }
        return audit.latest(username, Math.max(1, Math.min(limit, 500))).stream()
                .filter(entry -> username != null || belongsTo(actor.agency(), entry.subject()))
                .toList();
    }

    private boolean belongsTo(String agency, String subject) {
        return accounts.find(subject).map(account -> account.agency().equals(agency)).orElse(false);
    }

    private Account ownAccount(Actor actor, String username) {
        return accounts.find(username).filter(account -> account.agency().equals(actor.agency()))
                .orElseThrow(() -> AdministrationRefused.noSuchAccount(username));
    }

    private static void refuseSelfAdmin(Actor actor, String username, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && actor.username().equals(username)) {
            throw new AdministrationRefused(403, "Quản trị viên không thể tự cấp vai trò Quản trị cho mình.",
                    "An administrator cannot grant ADMIN to themself.", List.of(new FieldError("roles",
                    "Không thể tự cấp vai trò Quản trị.", "Cannot grant ADMIN to yourself.")));
        }
    }

    private static Set<Role> roles(List<String> roles, List<FieldError> errors) {
        EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "Cần ít nhất một vai trò.", "At least one role is required."));
            return parsed;
        }
        for (int i = 0; i < roles.size(); i++) {
            try {
                parsed.add(Role.valueOf(String.valueOf(roles.get(i))));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("roles[" + i + "]",
                        "Vai trò không có trong danh mục (Cập nhật hoạt động, Phê duyệt, Theo dõi, Quản trị).",
                        "Unknown role (RECORDER, APPROVER, OPS, ADMIN)."));
            }
        }
        return parsed;
    }

    private Locality locality(String code, String structure, List<FieldError> errors) {
        boolean noCode = code == null || code.isBlank();
        if (noCode) {
            return null;
        }
        Structure parsed;
        try {
            parsed = Structure.valueOf(structure == null ? "Y2019" : structure);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("locality.structure",
                    "Cơ cấu hành chính phải là Y2019 (2019-2024) hoặc Y2025 (từ 01/7/2025).",
                    "The structure must be Y2019 (2019-2024) or Y2025 (from 1 July 2025)."));
            return null;
        }
        if (!gazetteer.resolve(code.strip(), parsed).isResolved()) {
            errors.add(new FieldError("locality.code",
                    "Mã " + code + " không phải đơn vị hành chính của cơ cấu " + parsed.label() + ".",
                    "The code " + code + " is not an administrative unit of the " + parsed.label() + " structure."));
            return null;
        }
        return new Locality(code.strip(), parsed);
    }

    private void record(Actor actor, AuditAction action, String subject, Map<String, String> details) {
        audit.record(new AuditEntry(clock.instant(), action, actor.username(), subject, actor.address(), details));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
