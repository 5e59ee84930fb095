package org.probationinspections.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Holds every request body to the largest size accepted, whether the client declares its length or
 * streams it in chunks: a declared length over the limit is refused before anything is read, and a
 * chunked body is counted as it is read, so that no request can fill the heap. Multipart uploads
 * are held by the multipart parser's own limits (see {@link WebApp}).
 */
public final class BodyLimit implements Filter {

  /** A request body larger than the server accepts; answered 413. */
  public static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super(
          "The request is larger than this server accepts ("
              + limit
              + " bytes); send a smaller file or fewer at once");
    }
  }

  private final long limit;

  BodyLimit(long limit) {
    this.limit = limit;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String type = http.getContentType();
    boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
    if (http.getContentLengthLong() < 0 && !multipart) {
      chain.doFilter(new Counted(http, limit), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The request, its body read through a counter that stops past the limit. */
  private static final class Counted extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream counted;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new CountedStream(super.getInputStream(), limit);
      }
      return counted;
    }
  }

  private static final class CountedStream extends ServletInputStream {
    private final ServletInputStream body;
    private final long limit;
    private long read;

    CountedStream(ServletInputStream body, long limit) {
      this.body = body;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int next = body.read();
      if (next >= 0) {
        count(1);
      }
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int bytes) {
      read += bytes;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
