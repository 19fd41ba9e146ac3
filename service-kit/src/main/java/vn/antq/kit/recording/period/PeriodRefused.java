package vn.antq.kit.recording.period;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;

/** 409: a write in a period that is submitted, approved or being submitted; nothing was written. */
public final class PeriodRefused extends ApiException {

    PeriodRefused(Text detail, Map<String, Object> properties) {
        super(HttpStatus.CONFLICT, ProblemType.CONFLICT, detail, List.of(), properties, HttpHeaders.EMPTY);
    }
}
