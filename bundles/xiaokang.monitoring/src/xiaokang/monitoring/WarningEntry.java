package xiaokang.monitoring;

import java.time.LocalDate;

import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;

/** One warning as the 监测预警 board lists it: the household, where it lives, why, and by when. */
public record WarningEntry(long id, long householdId, String household, String head, long townshipId, String township,
        String village, WarningKind kind, int year, LocalDate raisedOn, String reason, LocalDate visitBy, LocalDate decideBy,
        WarningStatus status, String handledBy, String note) {

    /** Open past its visit day or its decision day. */
    public boolean overdue(LocalDate today) {
        return Warnings.overdue(status, visitBy, decideBy, today);
    }
}
