package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import org.probationinspections.web.security.RequestActor;

/**
 * Who acts: the signed-in person of the web request being handled, and outside any request the
 * command line. The web adapter's {@link RequestActor} is the one current actor of the process and
 * falls back to the command line's.
 */
@Module
final class ActorModule {

  private ActorModule() {}

  @Provides
  @Singleton
  static CommandLineActor commandLine() {
    return CommandLineActor.ofThisProcess();
  }

  @Provides
  @Singleton
  static RequestActor requestActor(CommandLineActor commandLine) {
    return new RequestActor(commandLine);
  }
}
