package vn.antq.identity.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import vn.antq.identity.IdentityProperties;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;
import vn.antq.identity.oauth.MongoRegisteredClientRepository;

/**
 * Machine clients (ứng dụng kết nối): an agency's own system that pushes activities with the client_credentials
 * grant, bound to the agency of the administrator who made it. Its secret is shown once.
 */
@Component
class MachineClients {

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final MongoRegisteredClientRepository clients;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration tokenTtl;

    MachineClients(MongoRegisteredClientRepository clients, PasswordEncoder encoder, PasswordPolicy policy,
                   AuditLog audit, Clock clock, IdentityProperties properties) {
        this.clients = clients;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.tokenTtl = properties.accessTokenTtl();
    }

    List<String> list(AccountAdministration.Actor actor) {
        return clients.ofAgency(actor.agency()).stream().map(RegisteredClient::getClientId).toList();
    }

    String create(AccountAdministration.Actor actor, String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw AdministrationRefused.invalid(List.of(new FieldError("clientId",
                    "Mã ứng dụng gồm 3 đến 64 chữ thường không dấu, chữ số hoặc các dấu . _ -.",
                    "The client id has 3 to 64 lower-case letters without diacritics, digits or . _ -.")));
        }
        if (clients.findByClientId(clientId) != null) {
            throw new AdministrationRefused(409, "Mã ứng dụng " + clientId + " đã có.", "The client id " + clientId
                    + " is taken.", List.of(new FieldError("clientId", "Mã ứng dụng đã có.", "The client id is taken.")));
        }
        String secret = policy.initialPassword() + policy.initialPassword();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(MongoRegisteredClientRepository.AGENCY_SETTING, actor.agency()).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenTtl).build())
                .build());
        audit.record(new AuditEntry(clock.instant(), AuditAction.CLIENT_CREATED, actor.username(), clientId,
                actor.address(), Map.of("agency", actor.agency())));
        return secret;
    }

    void delete(AccountAdministration.Actor actor, String clientId) {
        boolean own = clients.ofAgency(actor.agency()).stream().anyMatch(client -> client.getClientId().equals(clientId));
        if (!own || !clients.removeByClientId(clientId)) {
            throw new AdministrationRefused(404, "Không có ứng dụng " + clientId + " trong cơ quan của bạn.",
                    "There is no client " + clientId + " in your agency.", List.of());
        }
        audit.record(new AuditEntry(clock.instant(), AuditAction.CLIENT_DELETED, actor.username(), clientId,
                actor.address(), Map.of()));
    }
}
