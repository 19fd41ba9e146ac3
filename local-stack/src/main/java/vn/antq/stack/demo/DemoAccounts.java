package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.admin.AccountAdministration;

/**
 * The people of the demo, as accounts of the stack's identity-service: for each of the four agencies a recorder
 * (RECORDER) and an approver (APPROVER) at province level (Tỉnh Kon Tum), in one district (Huyện Đắk Tô) and in one
 * of its communes (Xã Tân Cảnh, which has activities of every agency every year), one OPS officer and one ADMIN.
 * They are created through identity-service's own account administration, exactly as an administrator creates them,
 * each with a handed-out password that its owner must change at the first sign-in.
 * <p>
 * A later {@code --demo} start on the same data creates nothing twice. An account whose owner has changed the
 * password keeps it (it is listed as "changed by its owner"); an account whose handed-out password was never
 * replaced gets a new handed-out one (a reset, in the audit log), since only its hash was kept.
 */
public final class DemoAccounts {

    /** Huyện Đắk Tô. */
    public static final String DISTRICT = "612";
    /** Xã Tân Cảnh, Huyện Đắk Tô. */
    public static final String COMMUNE = "23437";
    /** Who creates the accounts, in identity-service's audit log. */
    static final String CREATED_BY = "local-stack";

    /** One demo account: its username, display name, agency, roles and locality (null: everywhere). */
    public record Spec(String username, String displayName, String agency, List<String> roles, String locality) {
    }

    /** What happened to one account at this start, and the password to hand out if there is one. */
    public record Handed(Spec spec, Outcome outcome, String password) {
    }

    /** Whether the account was made now, given a new handed-out password, or left as its owner set it. */
    public enum Outcome {
        CREATED, PASSWORD_RESET, CHANGED_BY_OWNER
    }

    private DemoAccounts() {
    }

    /** Every demo account, in the order they are printed. */
    public static List<Spec> specs() {
        KonTumPlaces places = KonTumPlaces.get();
        // Inside a name the unit's kind is written in lower case: "Công an huyện Đắk Tô".
        String province = "tỉnh Kon Tum";
        String district = lowerFirst(places.district(DISTRICT).name());
        String commune = lowerFirst(places.commune(COMMUNE).name());
        List<Spec> specs = new ArrayList<>();
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            String slug = agency.code().toLowerCase(Locale.ROOT).replace('_', '-');
            String name = agency.label().vi();
            for (String[] level : List.of(new String[] {"province", KonTumPlaces.PROVINCE, province},
                    new String[] {"district", DISTRICT, district}, new String[] {"commune", COMMUNE, commune})) {
                specs.add(new Spec(slug + "." + level[0] + ".recorder", "Cán bộ cập nhật, " + name + " " + level[2],
                        agency.code(), List.of("RECORDER"), level[1]));
                specs.add(new Spec(slug + "." + level[0] + ".approver", "Cán bộ phê duyệt, " + name + " " + level[2],
                        agency.code(), List.of("APPROVER"), level[1]));
            }
        }
        // The Police is the standing agency of the movement (cơ quan thường trực): ops and administration sit there.
        specs.add(new Spec("ops.kontum", "Cán bộ theo dõi, Công an " + province, KnownAgencies.POLICE,
                List.of("OPS"), null));
        specs.add(new Spec("admin.kontum", "Quản trị viên, Công an " + province, KnownAgencies.POLICE,
                List.of("OPS", "ADMIN"), null));
        return List.copyOf(specs);
    }

    private static String lowerFirst(String name) {
        return name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1);
    }

    /** Makes sure every demo account exists; returns what each one's owner needs to sign in. */
    public static List<Handed> ensure(AccountAdministration administration, AccountStore store) {
        List<Handed> handed = new ArrayList<>();
        for (Spec spec : specs()) {
            AccountAdministration.Actor actor = new AccountAdministration.Actor(CREATED_BY, spec.agency(), CREATED_BY);
            Optional<Account> existing = store.find(spec.username());
            if (existing.isEmpty()) {
                String password = administration.create(actor, spec.username(), spec.displayName(), spec.roles(),
                        spec.locality(), spec.locality() == null ? null : "Y2019").initialPassword();
                handed.add(new Handed(spec, Outcome.CREATED, password));
            } else if (existing.get().mustChangePassword()) {
                handed.add(new Handed(spec, Outcome.PASSWORD_RESET,
                        administration.resetPassword(actor, spec.username())));
            } else {
                handed.add(new Handed(spec, Outcome.CHANGED_BY_OWNER, null));
            }
        }
        return handed;
    }

    /** The list printed when the stack is up: username, password (or what became of it), roles and place. */
    public static String describe(List<Handed> handed) {
        StringBuilder text = new StringBuilder();
        for (Handed one : handed) {
            String password = switch (one.outcome()) {
                case CREATED -> one.password();
                case PASSWORD_RESET -> one.password() + " (new: the earlier one was never used)";
                case CHANGED_BY_OWNER -> "(changed by its owner)";
            };
            text.append(String.format("  %-30s %-34s %s%n", one.spec().username(), password, one.spec().displayName()));
        }
        return text.toString();
    }
}
