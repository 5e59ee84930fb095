package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.probationinspections.web.InterchangeJson;

/**
 * A running server reached through its REST API with an API token, for commands that work on a
 * shared server instead of a local database.
 */
final class RemoteServer {

  private final URI base;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = InterchangeJson.mapper();

  RemoteServer(URI base, String token) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.token = token;
  }

  /** Posts a body; a refusal (4xx, 5xx) becomes a {@link Refused} carrying the problem's detail. */
  JsonNode post(String path, String contentType, byte[] body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + base, e);
    } catch (java.net.ConnectException e) {
      throw new IOException("cannot connect to " + base + ": is the server running there?", e);
    } catch (java.net.http.HttpTimeoutException e) {
      throw new IOException(base + " did not answer in time", e);
    } catch (IOException e) {
      throw new IOException(
          "cannot reach "
              + base
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + " ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
    JsonNode answer =
        response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
    if (response.statusCode() >= 400) {
      String detail = answer.path("detail").asText("");
      throw new Refused(
          response.statusCode() + " from " + base + (detail.isEmpty() ? "" : ": " + detail));
    }
    return answer;
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  ObjectMapper json() {
    return json;
  }

  /** The server refused the request; the message says why. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }
}
