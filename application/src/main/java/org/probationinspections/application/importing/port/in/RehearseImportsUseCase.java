package org.probationinspections.application.importing.port.in;

import java.util.function.Supplier;

/**
 * A dry run of several files taken together: the imports {@code imports} makes run in one
 * transaction, rolled back at the end, so that a letter in the run finds the reports before it and
 * a plan its letter, as they would in the import itself, and nothing is stored. Each import inside
 * still says what it would store. A file refused part way may leave what it wrote before the
 * refusal seen by the files after it, within the run; nothing of it outlives the run.
 */
public interface RehearseImportsUseCase {

  <T> T rehearse(Supplier<T> imports);
}
