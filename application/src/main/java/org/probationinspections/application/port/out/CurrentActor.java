package org.probationinspections.application.port.out;

import org.probationinspections.domain.account.Actor;

/**
 * Who is acting in the current call: the signed-in user of a web request, or the command line. The
 * use cases ask it to check permissions and to name the author of each audit entry.
 */
public interface CurrentActor {

  Actor actor();
}
