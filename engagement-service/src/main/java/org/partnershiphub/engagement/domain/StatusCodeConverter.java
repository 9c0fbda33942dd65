package org.partnershiphub.engagement.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores statuses by their public codes, so SQL and the API speak the same words. */
@Converter(autoApply = true)
public class StatusCodeConverter implements AttributeConverter<EngagementStatus, String> {

    @Override
    public String convertToDatabaseColumn(EngagementStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public EngagementStatus convertToEntityAttribute(String code) {
        return code == null ? null : EngagementStatus.fromCode(code).orElseThrow();
    }
}
