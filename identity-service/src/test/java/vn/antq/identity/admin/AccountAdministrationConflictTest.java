package vn.antq.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.account.Role;
import vn.antq.identity.audit.AuditLog;
import vn.antq.identity.events.AccountEventRelay;
import vn.antq.identity.oauth.MongoAuthorizationService;

/** A change that keeps losing the conditional write to other changes of the same account is a 409, not a lost event. */
class AccountAdministrationConflictTest {

    @Test
    void aChangeThatKeepsLosingToConcurrentChangesIsRefusedWith409AndWritesNothingElse() {
        AccountStore store = mock(AccountStore.class);
        AuditLog audit = mock(AuditLog.class);
        Account account = new Account("y.hoa", "Y Hoa", "WOMEN_UNION", Set.of(Role.RECORDER), null, true, "{noop}x",
                Instant.EPOCH, false, null, Instant.EPOCH);
        when(store.findVersioned("y.hoa")).thenReturn(Optional.of(new AccountStore.Versioned(account, 3)));
        when(store.find("y.hoa")).thenReturn(Optional.of(account));
        when(store.change(any(), any(), anyLong(), any())).thenReturn(false);
        AccountAdministration administration = new AccountAdministration(store, mock(PasswordEncoder.class),
                mock(PasswordPolicy.class), audit, mock(MongoAuthorizationService.class),
                Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC), AccountEventRelay.idle());

        AdministrationRefused refused = catchThrowableOfType(AdministrationRefused.class, () -> administration
                .changeRoles(new AccountAdministration.Actor("admin", "WOMEN_UNION", "127.0.0.1"), "y.hoa", List.of("OPS")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.vietnamese()).contains("đồng thời");
        assertThat(refused.english()).contains("at the same time");
        verify(store, times(AccountAdministration.ATTEMPTS)).change(any(), any(), anyLong(), any());
        verify(audit, never()).record(any());
    }
}
