package org.probationinspections.application.flag;

import java.util.List;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.flag.port.in.ListFlagsUseCase;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.flag.FlaggedRecord;

/** Lists flags, read in one unit of work. */
record ListFlagsService(FlagRepository flags, UnitOfWork unitOfWork) implements ListFlagsUseCase {

  @Override
  public List<FlagView> open(int limit) {
    int bounded = Math.max(1, Math.min(MOST_OPEN, limit));
    return unitOfWork.reading(() -> flags.findOpen(bounded).stream().map(FlagView::of).toList());
  }

  @Override
  public List<FlagView> of(FlaggedRecord record) {
    return unitOfWork.reading(() -> flags.findByRecord(record).stream().map(FlagView::of).toList());
  }
}
