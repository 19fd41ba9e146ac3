package vn.antq.identity.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.antq.identity.signin.SignInLockout;

/** Loads an account for password sign-in, locked while {@link SignInLockout} says so. */
@Component
public class AccountDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final SignInLockout lockout;

    public AccountDetailsService(AccountStore accounts, SignInLockout lockout) {
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountPrincipal(account, lockout.lockedUntil(username).isPresent());
    }
}
