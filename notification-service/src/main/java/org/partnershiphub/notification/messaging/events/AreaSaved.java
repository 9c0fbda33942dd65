package org.partnershiphub.notification.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** directory-service's {@code area.saved}: one node of the area tree. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AreaSaved(String code, String name, String type, String parentCode) {

    public static final String TYPE = "area.saved";
}
