package org.partnershiphub.engagement.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class KindCodeConverter implements AttributeConverter<EngagementKind, String> {

    @Override
    public String convertToDatabaseColumn(EngagementKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public EngagementKind convertToEntityAttribute(String code) {
        return code == null ? null : EngagementKind.fromCode(code).orElseThrow();
    }
}
