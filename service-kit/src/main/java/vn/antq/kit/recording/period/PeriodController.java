package vn.antq.kit.recording.period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.contracts.period.PeriodState;
import vn.antq.kit.recording.ListRequests;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.security.ScopeRule;
import vn.antq.kit.web.Page;

/**
 * {@code /api/v1/periods}: a unit's report of a month or quarter, submitted by the unit, approved or returned by the
 * level above, unlocked by it; a submitted or approved period takes no write of its records (409 naming who and when).
 */
@RestController
@RequestMapping("/api/v1/periods")
@Tag(name = "Periods", description = "Kỳ báo cáo: submit, approve, return and unlock a unit's report of a period")
public class PeriodController {

    /** The body of a return or an unlock. */
    public record ReasonForm(@NotNull @Size(max = 500) String reason) {
    }

    private final PeriodCommands commands;
    private final PeriodHistory history;
    private final ScopeRule scopeRule;

    PeriodController(PeriodCommands commands, PeriodHistory history, ScopeRule scopeRule) {
        this.commands = commands;
        this.history = history;
        this.scopeRule = scopeRule;
    }

    @GetMapping("/{agency}/{unit}/{period}")
    @Operation(summary = "A unit's report of a period and where it stands (OPEN, version 0, if never submitted)")
    public PeriodView read(AntqUser user, @PathVariable String agency, @PathVariable String unit,
                           @PathVariable String period, Locale locale) {
        return view(commands.read(user, agency, unit, period), locale);
    }

    @GetMapping
    @Operation(summary = "Periods submitted at least once, latest first; awaiting=true lists the submitted ones the"
            + " caller (an APPROVER) may approve or return: units directly below theirs, not submitted by themselves")
    public Page<PeriodView> list(AntqUser user,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) PeriodState state,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "false") boolean awaiting,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        ListRequests.checkPaging(page, size);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        if (awaiting && !user.hasRole(Role.APPROVER)) {
            return Page.of(List.of(), page, size, 0);
        }
        PeriodFilter filter = new PeriodFilter(scope.agency(), scope.locality(), state, from, to,
                awaiting ? new PeriodFilter.Approver(user.locality(), user.subject()) : null);
        List<PeriodView> items = commands.list(filter, page, size).stream().map(p -> view(p, locale)).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    @PostMapping("/{agency}/{unit}/{period}/submit")
    @Operation(summary = "Submit the unit's report of the period (a RECORDER of the unit): its records are locked")
    public PeriodView submit(AntqUser user, @PathVariable String agency, @PathVariable String unit,
                             @PathVariable String period, Locale locale) {
        return view(commands.submit(user, agency, unit, period), locale);
    }

    @PostMapping("/{agency}/{unit}/{period}/approve")
    @Operation(summary = "Approve a submitted report (an APPROVER of the level above, not the submitter)")
    public PeriodView approve(AntqUser user, @PathVariable String agency, @PathVariable String unit,
                              @PathVariable String period, Locale locale) {
        return view(commands.approve(user, agency, unit, period), locale);
    }

    @PostMapping(path = "/{agency}/{unit}/{period}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return a submitted report for correction, with a reason (an APPROVER of the level above)")
    public PeriodView sendBack(AntqUser user, @PathVariable String agency, @PathVariable String unit,
                               @PathVariable String period, @RequestBody ReasonForm form, Locale locale) {
        return view(commands.sendBack(user, agency, unit, period, form.reason()), locale);
    }

    @PostMapping(path = "/{agency}/{unit}/{period}/unlock", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Unlock an approved report, with a reason (an APPROVER above the unit)")
    public PeriodView unlock(AntqUser user, @PathVariable String agency, @PathVariable String unit,
                             @PathVariable String period, @RequestBody ReasonForm form, Locale locale) {
        return view(commands.unlock(user, agency, unit, period, form.reason()), locale);
    }

    @PostMapping(path = "/history", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the steps units' reports took before the platform, from the paper registers (ADMIN):"
            + " each step checked as on the platform and published, dated when it happened; a period with steps on"
            + " the platform already is ALREADY_RECORDED and left as it is")
    public List<PeriodHistory.Outcome> recordHistory(AntqUser user, @Valid @RequestBody PeriodHistory.Form form) {
        return history.record(user, form);
    }

    private PeriodView view(Period period, Locale locale) {
        return PeriodView.of(period, commands.problems().unitName(period.key()), period.state().label().in(locale));
    }
}
