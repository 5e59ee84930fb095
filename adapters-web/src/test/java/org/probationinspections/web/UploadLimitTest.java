package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.probationinspections.web.security.WebSettings;

/**
 * A body over the size the server accepts is answered 413, whether its length is declared, it is
 * streamed in chunks without one, or it is a multipart upload; the server goes on serving.
 */
class UploadLimitTest {

  private static final long LIMIT = 100_000;

  /** {@code bytes} of text streamed with no declared length (chunked). */
  private static RequestBody chunked(long bytes) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("text/plain");
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws java.io.IOException {
        byte[] line = "The PDU should review its caseloads.\n".getBytes();
        for (long written = 0; written < bytes; written += line.length) {
          sink.write(line);
        }
      }
    };
  }

  @Test
  void aChunkedBody_aDeclaredOne_andAMultipartUpload_overTheLimit_are413() {
    TestWorld world = new TestWorld(new WebSettings(false, false, LIMIT));
    JavalinTest.test(
        world.web.create(),
        TestWorld.as(world.adminToken),
        (server, client) -> {
          okhttp3.OkHttpClient http = client.getOkHttp();
          try (Response streamed =
              http.newCall(
                      new Request.Builder()
                          .url(client.getOrigin() + "/api/documents?name=big.txt")
                          .post(chunked(20 * LIMIT))
                          .build())
                  .execute()) {
            assertEquals(413, streamed.code(), streamed.body().string());
          }
          try (Response declared =
              http.newCall(
                      new Request.Builder()
                          .url(client.getOrigin() + "/api/documents?name=big.txt")
                          .post(RequestBody.create(new byte[(int) (2 * LIMIT)]))
                          .build())
                  .execute()) {
            assertEquals(413, declared.code());
          }
          try (Response upload =
              http.newCall(
                      new Request.Builder()
                          .url(client.getOrigin() + "/import")
                          .post(
                              new MultipartBody.Builder()
                                  .setType(MultipartBody.FORM)
                                  .addFormDataPart("documents", "big.txt", chunked(3 * LIMIT))
                                  .build())
                          .build())
                  .execute()) {
            assertEquals(413, upload.code(), upload.body().string());
          }
          try (Response after =
              http.newCall(new Request.Builder().url(client.getOrigin() + "/api/regions").build())
                  .execute()) {
            assertEquals(200, after.code());
          }
          try (Response small =
              http.newCall(
                      new Request.Builder()
                          .url(client.getOrigin() + "/api/documents?name=note.txt&dryRun=true")
                          .post(chunked(1_000))
                          .build())
                  .execute()) {
            assertTrue(
                small.code() != 413 && small.code() < 500, "a small body is read: " + small.code());
          }
        });
  }
}
