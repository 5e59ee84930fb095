package org.probationinspections.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.probationinspections.application.inspection.port.in.GetInspectionUseCase;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * {@code GET /api/inspections/{id}} for today's records: the inspection's JSON is kept with the
 * version it was built from, and served again while a read of the version alone (one indexed
 * statement) finds it unchanged. The response carries that version as its {@code ETag}, so a client
 * that sends it back in {@code If-None-Match} is answered 304 with no body.
 *
 * <p>An entity tag also names this process (a random token drawn at start): a restart may load
 * other rating frameworks, which change what the rules compute without changing any version.
 *
 * <p>What is kept is bounded by its size; the least recently read inspection goes first. An
 * inspection is kept from its second read among the last few thousand that were not kept: a client
 * that walks every inspection once (an export, a crawler) would otherwise replace everything kept
 * with documents nobody reads again, and the serial collector would carry each of them into the old
 * generation before it is dropped, which grows the heap.
 */
final class InspectionJson {

  /** About two thousand inspections of the size published reports give. */
  static final int DEFAULT_KEPT_BYTES = 8 * 1024 * 1024;

  /** How many inspections read once, and not kept, are remembered. */
  static final int READ_ONCE_REMEMBERED = 4096;

  private final ObjectMapper json;
  private final String process;
  private final int keptBytes;
  private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private final Map<String, Boolean> readOnce =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > READ_ONCE_REMEMBERED;
        }
      };

  private record Kept(long version, byte[] json) {}

  InspectionJson(ObjectMapper json, int keptBytes) {
    this.json = Objects.requireNonNull(json, "json");
    this.keptBytes = keptBytes;
    byte[] token = new byte[6];
    new SecureRandom().nextBytes(token);
    this.process = HexFormat.of().formatHex(token);
  }

  void serve(Context ctx, GetInspectionUseCase inspections, InspectionId id)
      throws JsonProcessingException {
    long version =
        inspections.version(id).orElseThrow(() -> new NotFoundException("Inspection", id.value()));
    String tag = tag(version);
    ctx.header("Cache-Control", "private, no-cache");
    if (matches(ctx.header("If-None-Match"), tag)) {
      ctx.header("ETag", tag).status(HttpStatus.NOT_MODIFIED);
      return;
    }
    byte[] body = kept(id.value(), version);
    if (body == null) {
      GetInspectionUseCase.Versioned read = inspections.getVersioned(id);
      body = json.writeValueAsBytes(read.document());
      keep(id.value(), read.version(), body);
      tag = tag(read.version());
    }
    ctx.header("ETag", tag).contentType("application/json").result(body);
  }

  private String tag(long version) {
    return "\"" + process + "-" + version + "\"";
  }

  /** {@code If-None-Match}: a list of entity tags, weak or strong, or {@code *}. */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String sent = candidate.strip();
      if (sent.startsWith("W/")) {
        sent = sent.substring(2);
      }
      if (sent.equals("*") || sent.equals(tag)) {
        return true;
      }
    }
    return false;
  }

  synchronized byte[] kept(String id, long version) {
    Kept entry = kept.get(id);
    return entry != null && entry.version() == version ? entry.json() : null;
  }

  synchronized void keep(String id, long version, byte[] body) {
    if (body.length > keptBytes) {
      return;
    }
    if (!kept.containsKey(id) && readOnce.put(id, Boolean.TRUE) == null) {
      return;
    }
    readOnce.remove(id);
    Kept replaced = kept.put(id, new Kept(version, body));
    bytes += body.length - (replaced == null ? 0 : replaced.json().length);
    var eldest = kept.entrySet().iterator();
    while (bytes > keptBytes && eldest.hasNext()) {
      Map.Entry<String, Kept> gone = eldest.next();
      if (gone.getKey().equals(id)) {
        continue;
      }
      bytes -= gone.getValue().json().length;
      eldest.remove();
    }
  }

  /** What is kept now, in bytes (for tests). */
  synchronized long bytesKept() {
    return bytes;
  }
}
