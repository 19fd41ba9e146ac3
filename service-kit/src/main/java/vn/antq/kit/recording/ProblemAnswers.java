package vn.antq.kit.recording;

import java.util.List;

import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** The web side of {@link Problem}: the field problems of a problem+json answer, and the 400 answer itself. */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    public static FieldProblem fieldProblem(Problem problem) {
        return FieldProblem.of(problem.field(), problem.messageVi(), problem.messageEn());
    }

    public static List<FieldProblem> fieldProblems(List<Problem> problems) {
        return problems.stream().map(ProblemAnswers::fieldProblem).toList();
    }

    /** 400 application/problem+json naming every problem, field by field. */
    public static ApiException badRequest(List<Problem> problems) {
        return ApiException.badRequest(fieldProblems(problems));
    }
}
