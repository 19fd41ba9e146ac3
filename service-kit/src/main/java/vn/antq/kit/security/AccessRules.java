package vn.antq.kit.security;

import java.util.List;

import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.Word;

/**
 * Who may do what to which record (DESIGN §1, §4): staff record and approve for their own agency only,
 * and only inside their locality when the token sets one; OPS and ADMIN read every agency. Each refusal
 * is a 403 problem saying why, checked before anything is written. What a list request may cover is
 * {@link ScopeRule}'s.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** A RECORDER of {@code agency} whose locality covers {@code locality} (null: a record without a place). */
    public static void requireRecorderFor(AntqUser user, String agency, AdminPath locality) {
        requireRole(user, Role.RECORDER);
        if (!user.covers(agency)) {
            throw ApiException.forbidden("access.record.other-agency", Word.agency(user.agency()),
                    Word.agency(agency));
        }
        requireLocality(user, locality, "access.record.outside-locality");
    }

    /**
     * The same rule as {@link #requireRecorderFor}, as field problems instead of a 403: for bulk imports,
     * where a row the user may not record is reported with the row and the other rows go on.
     */
    public static List<FieldProblem> recorderProblems(AntqUser user, String agency, AdminPath locality) {
        if (!user.hasRole(Role.RECORDER)) {
            return List.of(FieldProblem.coded(null, "access.role-missing", Role.RECORDER.name()));
        }
        if (!user.covers(agency)) {
            return List.of(FieldProblem.coded("agency", "access.record.other-agency", Word.agency(user.agency()),
                    Word.agency(agency)));
        }
        if (!user.covers(locality)) {
            return List.of(FieldProblem.coded("locality", "access.record.outside-locality", user.locality(),
                    locality.displayName() + " (" + locality.mostSpecificCode() + ")"));
        }
        return List.of();
    }

    /** An APPROVER of {@code agency} whose locality covers {@code locality}. */
    public static void requireApproverFor(AntqUser user, String agency, AdminPath locality) {
        requireRole(user, Role.APPROVER);
        if (!user.covers(agency)) {
            throw ApiException.forbidden("access.approve.other-agency", Word.agency(user.agency()),
                    Word.agency(agency));
        }
        requireLocality(user, locality, "access.approve.outside-locality");
    }

    /** OPS and ADMIN read everything; anyone else reads the records of their own agency. */
    public static void requireReaderOf(AntqUser user, String agency) {
        if (!user.isOpsOrAdmin() && !user.covers(agency)) {
            throw ApiException.forbidden("access.read.other-agency", Word.agency(user.agency()),
                    Word.agency(agency));
        }
    }

    /**
     * {@link #requireReaderOf(AntqUser, String)} for a record at {@code place}, and only inside the user's locality,
     * as the lists already show it: an account of one district does not read another district's record by its id.
     */
    public static void requireReaderOf(AntqUser user, String agency, AdminPath place) {
        requireReaderOf(user, agency);
        requireReaderInside(user, place);
    }

    /** A record at {@code place} is read only by users whose locality covers it (none: the whole country). */
    public static void requireReaderInside(AntqUser user, AdminPath place) {
        requireLocality(user, place, "access.read.outside-locality");
    }

    public static void requireRole(AntqUser user, Role role) {
        if (!user.hasRole(role)) {
            throw ApiException.forbidden("access.role-missing", role.name());
        }
    }

    private static void requireLocality(AntqUser user, AdminPath locality, String code) {
        if (!user.covers(locality)) {
            String place = locality == null ? "-" : locality.displayName() + " (" + locality.mostSpecificCode() + ")";
            throw ApiException.forbidden(code, user.locality(), place);
        }
    }
}
