package org.probationinspections.persistence.demo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.probationinspections.application.demo.port.out.DemoTexts;
import org.probationinspections.application.demo.port.out.DemoWording;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;

/**
 * The demo dataset's names and texts read from the shipped {@code demo/demo-dataset.json} (shape in
 * {@link DemoFile}). Changing a region, a PDU or a text of the demo is editing a data file, not
 * code.
 */
public final class JsonDemoTexts implements DemoTexts {

  static final String SHIPPED = "demo/demo-dataset.json";

  private final DemoWording wording;

  private JsonDemoTexts(DemoWording wording) {
    this.wording = wording;
  }

  /** The shipped names and texts, read once. */
  public static DemoTexts shipped() {
    return read(SHIPPED);
  }

  static DemoTexts read(String resource) {
    try (InputStream in = JsonDemoTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      return new JsonDemoTexts(new ObjectMapper().readValue(in, DemoFile.class).toWording());
    } catch (JacksonException unreadable) {
      throw new InvalidValueException(resource, unreadable.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    } catch (DomainException invalid) {
      throw new InvalidValueException(resource, invalid.getMessage());
    }
  }

  @Override
  public DemoWording wording() {
    return wording;
  }
}
