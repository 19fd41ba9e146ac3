package vn.antq.identity.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.antq.contracts.common.Invariants;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.account.Role;

/**
 * The first administrator (quản trị viên đầu tiên): on a start with no account at all, one ADMIN made from
 * {@code antq.identity.bootstrap.*}, so that a new deployment has someone to create the others. Its password is
 * handed out (changed at the first sign-in, then the second factor is enrolled): taken from the environment, or
 * generated and logged this once. Nothing happens when any account exists, or when no username is configured.
 */
@Component
@EnableConfigurationProperties(FirstAdministrator.Settings.class)
public class FirstAdministrator implements ApplicationRunner {

    /** Who {@code ACCOUNT_CREATED} names as the actor of the first administrator. */
    public static final String ACTOR = "bootstrap";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    /**
     * @param username        the first administrator's username; blank (the default) makes none
     * @param agency          their agency, fixed like every account's
     * @param displayName     their name as pages show it
     * @param initialPassword a handed-out password from the environment; blank: one is generated and logged once
     */
    @ConfigurationProperties("antq.identity.bootstrap")
    public record Settings(String username, String agency, String displayName, String initialPassword) {
    }

    private final Settings settings;
    private final AccountStore accounts;
    private final AccountAdministration administration;
    private final PasswordPolicy policy;

    public FirstAdministrator(Settings settings, AccountStore accounts, AccountAdministration administration,
                              PasswordPolicy policy) {
        this.settings = settings;
        this.accounts = accounts;
        this.administration = administration;
        this.policy = policy;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        createIfNoAccount().ifPresent(created -> {
            Account admin = created.account();
            if (blank(settings.initialPassword())) {
                LOG.warn("First administrator '{}' ({}) created with the initial password {} -- shown only this once; "
                        + "it must be changed at the first sign-in.", admin.username(), admin.agency(),
                        created.initialPassword());
            } else {
                LOG.info("First administrator '{}' ({}) created with the initial password from the environment.",
                        admin.username(), admin.agency());
            }
        });
    }

    /** Creates the first administrator when no account exists; the account made and its password, if any. */
    public Optional<AccountAdministration.Created> createIfNoAccount() {
        if (blank(settings.username()) || accounts.count() > 0) {
            return Optional.empty();
        }
        if (blank(settings.agency()) || !Invariants.AGENCY_CODE.matcher(settings.agency()).matches()) {
            throw new IllegalStateException("antq.identity.bootstrap.agency must be an agency code like POLICE, not '"
                    + settings.agency() + "'");
        }
        String password = blank(settings.initialPassword()) ? policy.initialPassword() : settings.initialPassword();
        List<PasswordPolicy.Breach> breaches = policy.check(settings.username(), password);
        if (!breaches.isEmpty()) {
            throw new IllegalStateException("The first administrator's initial password breaks the policy: "
                    + breaches.stream().map(PasswordPolicy.Breach::english).collect(Collectors.joining(" ")));
        }
        // The same path as every account an ADMIN creates: its rules, its audit entry (actor "bootstrap").
        try {
            return Optional.of(administration.create(new AccountAdministration.Actor(ACTOR, settings.agency(), null),
                    settings.username(), blank(settings.displayName()) ? settings.username() : settings.displayName(),
                    List.of(Role.ADMIN.name()), null, null, password));
        } catch (AdministrationRefused refused) {
            if (refused.status() == 409) {
                return Optional.empty(); // another instance, starting at the same time, made it first
            }
            throw new IllegalStateException("The first administrator cannot be created: " + refused.english() + " "
                    + refused.errors().stream().map(FieldError::english).collect(Collectors.joining(" ")));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
