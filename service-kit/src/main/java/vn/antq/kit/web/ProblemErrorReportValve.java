package vn.antq.kit.web;

import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat refuses some requests before any filter or servlet runs (an encoded slash, a malformed
 * escape in the path) and would answer with its HTML error page. This valve answers those, too, with
 * the kit's problem+json, saying nothing but the status.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final Problems problems;

    public ProblemErrorReportValve(Problems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // Tomcat's own guards: not an error, a body already written, or already reported.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus httpStatus = HttpStatus.resolve(status);
        if (httpStatus == null) {
            httpStatus = status < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemType type = ProblemType.forStatus(status);
        try {
            String body = problems.json(problems.create(httpStatus, type, Text.code(type.detailCode()), request));
            // The writer takes the response's encoding when it is created: set UTF-8 first, or the Vietnamese
            // title goes out as ISO-8859-1 under a header that says UTF-8.
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer == null) {
                return;
            }
            writer.write(body);
            response.finishResponse();
        } catch (Exception clientGone) {
            // Nothing more can be said to a client whose connection is already failing.
        }
    }
}
