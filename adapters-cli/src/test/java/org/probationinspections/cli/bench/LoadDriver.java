package org.probationinspections.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop HTTP load driver for loopback only: a few client threads send GETs one after the
 * other, each stopping at a request count or a deadline, whichever comes first.
 */
final class LoadDriver {

  private final HttpClient client = client();
  private final int threads;
  private final java.util.Optional<String> bearer;

  /**
   * A client of HTTP/1.1, as browsers and scripts talk to the server, that waits 5 s to connect.
   */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  LoadDriver(int threads) {
    this(threads, java.util.Optional.empty());
  }

  private LoadDriver(int threads, java.util.Optional<String> bearer) {
    this.threads = threads;
    this.bearer = bearer;
  }

  /** The same driver, sending {@code Authorization: Bearer token} with every request. */
  LoadDriver withBearer(String token) {
    return new LoadDriver(threads, java.util.Optional.of(token));
  }

  /** Requests per second and latency percentiles of one endpoint. */
  record Figures(String name, int requests, double perSecond, double p50Millis, double p99Millis) {}

  /**
   * Loads the endpoint in rounds until two rounds in a row agree on the rate within 5%, or for at
   * most {@code atMost}: the server's and the client's code are then compiled and the measure that
   * follows sees their steady state, not their warm-up. Returns the last round.
   */
  Figures warmUntilSteady(List<URI> uris, int maxRequests, Duration round, Duration atMost)
      throws Exception {
    long deadline = System.nanoTime() + atMost.toNanos();
    Figures last = run("warm-up", uris, maxRequests, round);
    while (System.nanoTime() < deadline) {
      Figures next = run("warm-up", uris, maxRequests, round);
      boolean steady = Math.abs(next.perSecond() - last.perSecond()) <= 0.05 * last.perSecond();
      last = next;
      if (steady) {
        break;
      }
    }
    return last;
  }

  /**
   * Loads {@code uris} in turn: each client thread goes through the list from its own starting
   * point, a request after another, so that with one address every request asks for the same thing
   * and with many each asks for something else.
   */
  Figures run(String name, List<URI> uris, int maxRequests, Duration maxTime) throws Exception {
    uris.forEach(LoadDriver::requireLoopback);
    List<HttpRequest> requests =
        uris.stream()
            .map(
                uri -> {
                  HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
                  bearer.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
                  return builder.build();
                })
            .toList();
    long deadline = System.nanoTime() + maxTime.toNanos();
    AtomicInteger budget = new AtomicInteger(maxRequests);
    List<long[]> perThread = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      long[] latencies = new long[maxRequests];
      perThread.add(latencies);
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                int n = 0;
                int next = index * requests.size() / threads;
                try {
                  while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    HttpRequest request = requests.get(next);
                    next = next + 1 == requests.size() ? 0 : next + 1;
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response =
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException(
                          request.uri() + " answered " + response.statusCode());
                    }
                    latencies[n++] = System.nanoTime() - sent;
                  }
                } catch (Exception e) {
                  failure[0] = e;
                }
                perThread.set(index, Arrays.copyOf(latencies, n));
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long elapsed = System.nanoTime() - started;
    if (failure[0] != null) {
      throw new IllegalStateException("load on " + uris.get(0) + " failed", failure[0]);
    }
    long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      throw new IllegalStateException("no request to " + uris.get(0) + " completed");
    }
    return new Figures(
        name,
        all.length,
        all.length / (elapsed / 1e9),
        percentile(all, 0.50) / 1e6,
        percentile(all, 0.99) / 1e6);
  }

  private static long percentile(long[] sorted, double share) {
    int index = (int) Math.ceil(share * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static void requireLoopback(URI uri) {
    String host = uri.getHost();
    if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
      throw new IllegalArgumentException("load goes to loopback only, not " + host);
    }
  }
}
