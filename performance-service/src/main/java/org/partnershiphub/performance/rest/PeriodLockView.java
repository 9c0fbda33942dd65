package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.PeriodLock;

import java.time.Instant;

@Schema(name = "PeriodLock")
public record PeriodLockView(String period, Instant lockedAt, String lockedBy, String reason) {

    public static PeriodLockView from(PeriodLock l) {
        return new PeriodLockView(l.period, l.lockedAt, l.lockedBy, l.reason);
    }
}
