package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.Area;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.domain.PartnershipRecord;
import org.partnershiphub.performance.domain.Target;
import org.partnershiphub.performance.messaging.events.PartnershipRef;
import org.partnershiphub.performance.repository.AreaRepository;
import org.partnershiphub.performance.repository.PartnershipRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The common fields every item-worthy event about a target carries, so no consumer needs a callback. */
@ApplicationScoped
public class TargetDescriber {

    public record Described(String title, String leadName, List<PartnershipRef> partnerships, List<String> areas,
                            List<String> themes, String url) {
    }

    private final PartnershipRepository partnerships;
    private final AreaRepository areas;
    private final String publicUrl;

    TargetDescriber(PartnershipRepository partnerships, AreaRepository areas, HubConfig config) {
        this.partnerships = partnerships;
        this.areas = areas;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    public Described describe(Target target, Indicator indicator) {
        String areaName = areas.findByIdOptional(target.areaCode).map(a -> a.name).orElse(target.areaCode);
        List<PartnershipRef> refs = new ArrayList<>();
        String leadName = nameOf(target.leadPartnershipId);
        refs.add(new PartnershipRef(target.leadPartnershipId, leadName, "lead"));
        for (UUID id : target.contributing) {
            refs.add(new PartnershipRef(id, nameOf(id), "contributing"));
        }
        return new Described(indicator.code + " " + indicator.title + " – " + areaName, leadName, refs,
                List.of(target.areaCode), List.of(target.theme), url("/targets/" + target.id));
    }

    public String url(String path) {
        return publicUrl + path;
    }

    public String areaName(String code) {
        return areas.findByIdOptional(code).map((Area a) -> a.name).orElse(code);
    }

    private String nameOf(UUID partnershipId) {
        return partnerships.findByIdOptional(partnershipId).map((PartnershipRecord p) -> p.name).orElse(null);
    }
}
