package vn.antq.kit.web;

import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

import vn.antq.gazetteer.LocalityProblem;

/**
 * What is wrong with one field of a request, rendered as {@code {field, message}} in a problem's
 * {@code errors}. The field is the JSON path ({@code locality.commune}, {@code partnerAgencies[1]}),
 * a parameter or header name, or null when the problem is with the request as a whole.
 */
public record FieldProblem(String field, Text message) {

    public FieldProblem {
        Objects.requireNonNull(message, "message");
    }

    public static FieldProblem of(String field, String messageVi, String messageEn) {
        return new FieldProblem(field, Text.of(messageVi, messageEn));
    }

    public static FieldProblem coded(String field, String code, Object... args) {
        return new FieldProblem(field, Text.code(code, args));
    }

    public static FieldProblem of(String field, MessageSourceResolvable message) {
        return new FieldProblem(field, new Text.Message(message));
    }

    public static FieldProblem of(LocalityProblem problem) {
        return of(problem.field(), problem.messageVi(), problem.messageEn());
    }
}
