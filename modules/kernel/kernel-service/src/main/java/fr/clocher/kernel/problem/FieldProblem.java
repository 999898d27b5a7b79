package fr.clocher.kernel.problem;

import fr.clocher.kernel.api.LocalizedText;

/**
 * One refused field and why.
 */
public record FieldProblem(String field, LocalizedText reason) {

}
