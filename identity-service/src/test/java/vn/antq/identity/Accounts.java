package vn.antq.identity;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

import vn.antq.gazetteer.Structure;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Locality;
import vn.antq.identity.account.Role;

/** Accounts made straight in the store for a test, each with its own username. */
public final class Accounts {

    public static final String PASSWORD = "mat-khau-2024-an-toan";
    /** Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum (2019-2024 structure). */
    public static final String DAK_PNE = "23491";
    /** The second-factor secret of every ADMIN and APPROVER made here (already enrolled). */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Accounts() {
    }

    public static Account create(AccountStore store, PasswordEncoder encoder, String prefix, String agency,
                                 Set<Role> roles, Locality locality) {
        String username = prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Account account = new Account(username, "Nguyễn Thị Hoa", agency, roles, locality, true,
                encoder.encode(PASSWORD), Instant.now(), false,
                roles.stream().anyMatch(Role::needsSecondFactor) ? TOTP_SECRET : null, Instant.now());
        store.create(account);
        return account;
    }

    /** An account with a second-factor role that has not enrolled yet. */
    public static Account unenrolled(AccountStore store, PasswordEncoder encoder, Role role) {
        Account account = create(store, encoder, role.name().toLowerCase(java.util.Locale.ROOT), "WOMEN_UNION",
                Set.of(role), null).withTotpSecret(null);
        store.save(account);
        return account;
    }

    public static Account recorder(AccountStore store, PasswordEncoder encoder) {
        return create(store, encoder, "recorder", "WOMEN_UNION", Set.of(Role.RECORDER),
                new Locality(DAK_PNE, Structure.Y2019));
    }
}
