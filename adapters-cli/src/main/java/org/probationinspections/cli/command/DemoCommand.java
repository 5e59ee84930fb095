package org.probationinspections.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The generated demo dataset, at national size or many times it (for benchmarks). */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generated demo data.",
    subcommands = {DemoCommand.Generate.class})
final class DemoCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Generate N times the national dataset (12 regions, about 110 inspections, two rounds)"
            + " through the import use cases, into an empty database.",
        "Below 1, that share of the regions; from 1 up, that many copies of the country."
      })
  static final class Generate implements Callable<Integer> {

    @Mixin DatabaseOptions database;

    @Option(names = "--scale", defaultValue = "1", description = "N (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(
        names = "--seed",
        defaultValue = "" + DemoLoader.SEED,
        description = "Random seed; the same seed gives the same data (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
      return database.run(
          component -> {
            DemoLoader demo = component.useCases().today().demoLoader();
            if (!demo.databaseIsEmpty()) {
              System.err.println("inspections: the database already holds data; use an empty one");
              return 1;
            }
            long started = System.nanoTime();
            int made = demo.generate(scale, seed, started, System.out);
            component.store().refreshStatistics();
            System.out.printf(
                "Generated %d inspections with letters and action plans (scale %s, seed %d) in"
                    + " %.1f s.%n",
                made, scale, seed, (System.nanoTime() - started) / 1e9);
            return 0;
          });
    }
  }
}
