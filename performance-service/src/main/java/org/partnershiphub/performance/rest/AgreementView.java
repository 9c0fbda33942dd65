package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Agreement;
import org.partnershiphub.performance.domain.Period;

import java.util.UUID;

@Schema(name = "Agreement")
public record AgreementView(UUID id, String name, String area, String firstYear, String lastYear, String accountableBody) {

    public static AgreementView from(Agreement a) {
        return new AgreementView(a.id, a.name, a.areaCode, Period.year(a.firstYear).toString(),
                Period.year(a.lastYear).toString(), a.accountableBody);
    }
}
