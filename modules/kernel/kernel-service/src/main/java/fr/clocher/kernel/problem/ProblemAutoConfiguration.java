package fr.clocher.kernel.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Registers the problem handler in every Clocher service.
 */
@AutoConfiguration
@Import(ProblemHandler.class)
public class ProblemAutoConfiguration {

}
