package org.probationinspections.application.port.in;

import java.util.List;

/** Every region, by name. */
public interface ListRegionsUseCase {

  List<RegionView> list();
}
