package vn.antq.identity.events;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.antq.contracts.user.UserChange;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;

/**
 * Announces, once, every account that exists without a version (made before its changes were published): an
 * {@code EXISTING} event at version 1, written by the same conditional write as any change, so that a consumer that
 * starts counting today counts it. Several instances starting together announce each account once.
 */
@Component
public class ExistingAccounts implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExistingAccounts.class);
    private static final int BATCH = 100;

    private final AccountStore accounts;
    private final AccountEventRelay relay;
    private final Clock clock;

    ExistingAccounts(AccountStore accounts, AccountEventRelay relay, Clock clock) {
        this.accounts = accounts;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int announced = announce();
        if (announced > 0) {
            LOG.info("Announced {} existing accounts on the account topic", announced);
            relay.wakeUp();
        }
    }

    /** Announces the accounts without a version; how many it announced. */
    public int announce() {
        int announced = 0;
        List<Account> batch;
        do {
            batch = accounts.unannounced(BATCH);
            for (Account account : batch) {
                if (accounts.change(account, account, 0,
                        AccountEvents.pending(account, 1, UserChange.EXISTING, AccountEvents.SYSTEM_ACTOR, clock.instant()))) {
                    announced++;
                }
            }
        } while (batch.size() == BATCH);
        return announced;
    }
}
