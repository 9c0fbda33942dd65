package org.partnershiphub.engagement.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.engagement.domain.Engagement;
import org.partnershiphub.engagement.domain.EngagementStatus;
import org.partnershiphub.engagement.domain.Participation;
import org.partnershiphub.engagement.domain.PopulationShare;
import org.partnershiphub.engagement.repository.EngagementRepository;
import org.partnershiphub.engagement.repository.ParticipationRepository;
import org.partnershiphub.engagement.repository.PopulationShareRepository;
import org.partnershiphub.engagement.rest.ParticipationRequest;
import org.partnershiphub.engagement.rest.ParticipationView;
import org.partnershiphub.engagement.rest.PopulationRequest;
import org.partnershiphub.engagement.rest.PopulationView;
import org.partnershiphub.engagement.rest.ProfileView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Who took part (counts only), the reference population, and the comparison of the two. */
@ApplicationScoped
public class ParticipationService {

    static final String AGE_BAND = "age-band";
    static final String POPULATION_GROUP = "population-group";

    private final ParticipationRepository participations;
    private final PopulationShareRepository shares;
    private final EngagementRepository engagementRepository;
    private final EngagementService engagements;
    private final EngagementConfig config;
    private final ObjectMapper json;

    ParticipationService(ParticipationRepository participations, PopulationShareRepository shares,
                         EngagementRepository engagementRepository, EngagementService engagements,
                         EngagementConfig config, ObjectMapper json) {
        this.participations = participations;
        this.shares = shares;
        this.engagementRepository = engagementRepository;
        this.engagements = engagements;
        this.config = config;
        this.json = json;
    }

    /** Records (or replaces) the counts; refuses anything that looks like personal data. */
    @Transactional
    public ParticipationView save(UUID engagementId, ParticipationRequest request) {
        Engagement e = engagements.get(engagementId);
        if (e.status == EngagementStatus.PLANNED || e.status == EngagementStatus.CANCELLED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Nothing to count yet",
                    "Participation can be recorded once the engagement has opened; it is " + e.status.code(), "status",
                    Map.of("current_status", e.status.code()));
        }
        int total = request.total();
        Map<String, Integer> byArea = checked(request.byArea(), "by_area", total, PersonalData::requireAreaKey);
        Map<String, Integer> bySector = checked(request.bySector(), "by_sector", total, PersonalData::requireCodeKey);
        Map<String, Integer> byGroup = checked(request.byPopulationGroup(), "by_population_group", total,
                PersonalData::requireCodeKey);
        Map<String, Integer> byAge = checked(request.byAgeBand(), "by_age_band", total, PersonalData::requireAgeBandKey);
        Participation p = participations.findByIdOptional(engagementId).orElseGet(Participation::new);
        p.engagementId = engagementId;
        p.total = total;
        p.byArea = write(byArea);
        p.bySector = write(bySector);
        p.byPopulationGroup = write(byGroup);
        p.byAgeBand = write(byAge);
        p.attendees = request.attendees();
        p.organisationsAttending = request.organisationsAttending();
        p.contributionsReceived = request.contributionsReceived();
        p.updatedAt = Instant.now();
        participations.persist(p);
        return view(e, p);
    }

    @Transactional
    public Optional<ParticipationView> find(UUID engagementId) {
        Engagement e = engagements.get(engagementId);
        return participations.findByIdOptional(engagementId).map(p -> view(e, p));
    }

    @Transactional
    public PopulationView savePopulation(String area, PopulationRequest request) {
        Vocabulary.requireAreas(List.of(area), "area");
        for (Map.Entry<String, Map<String, BigDecimal>> dimension : request.shares().entrySet()) {
            String name = dimension.getKey();
            Function<String, String> keyCheck = switch (name) {
                case AGE_BAND -> key -> {
                    PersonalData.requireAgeBandKey(key, "shares.age-band");
                    return key;
                };
                case POPULATION_GROUP -> key -> {
                    PersonalData.requireCodeKey(key, "shares.population-group");
                    return key;
                };
                default -> throw DomainException.unprocessable("Unknown dimension", "'" + name
                        + "' is not a dimension; use age-band or population-group", "shares");
            };
            for (Map.Entry<String, BigDecimal> share : dimension.getValue().entrySet()) {
                keyCheck.apply(share.getKey());
                if (share.getValue() == null || share.getValue().signum() < 0 || share.getValue().compareTo(BigDecimal.ONE) > 0) {
                    throw DomainException.unprocessable("Share out of range", "the share for " + share.getKey()
                            + " must be a fraction between 0 and 1", "shares." + name);
                }
            }
            if (AGE_BAND.equals(name) && dimension.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .compareTo(new BigDecimal("1.01")) > 0) {
                throw DomainException.unprocessable("Shares add up to more than 1",
                        "age bands do not overlap, so their shares cannot add up to more than 1", "shares.age-band");
            }
        }
        shares.deleteForArea(area);
        shares.flush();
        request.shares().forEach((dimension, groups) -> groups.forEach((group, share) -> {
            PopulationShare row = new PopulationShare();
            row.key = new PopulationShare.Key(area, dimension, group);
            row.share = share.setScale(4, RoundingMode.HALF_UP);
            row.source = request.source().strip();
            row.illustrative = request.illustrative();
            shares.persist(row);
        }));
        return population(area).orElseThrow();
    }

    @Transactional
    public Optional<PopulationView> population(String area) {
        List<PopulationShare> rows = shares.forArea(area);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<String, BigDecimal>> byDimension = new TreeMap<>();
        rows.forEach(r -> byDimension.computeIfAbsent(r.key.dimension(), d -> new TreeMap<>()).put(r.key.groupCode(), r.share));
        return Optional.of(new PopulationView(area, rows.get(0).source, rows.get(0).illustrative, byDimension));
    }

    /**
     * Compares who took part in an area's engagements (starting within the period) with who lives there,
     * group by group, flagging groups whose share of participants falls short by more than the margin.
     */
    @Transactional
    public ProfileView profile(String area, LocalDate from, LocalDate to, Instant start, Instant end) {
        List<PopulationShare> reference = shares.forArea(area);
        if (reference.isEmpty()) {
            throw DomainException.notFound("Reference population", area).withDetail(
                    "No reference population is loaded for " + area + "; load one with PUT /reference-populations/" + area);
        }
        List<Participation> counted = participations.forEngagements(engagementRepository.idsInAreaStartingBetween(area, start, end));
        long participants = counted.stream().mapToLong(p -> p.total).sum();
        Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
        for (Participation p : counted) {
            add(sums, AGE_BAND, read(p.byAgeBand));
            add(sums, POPULATION_GROUP, read(p.byPopulationGroup));
        }
        double margin = config.underHeardMargin();
        List<ProfileView.Group> groups = new ArrayList<>();
        for (PopulationShare share : reference) {
            long count = sums.getOrDefault(share.key.dimension(), Map.of()).getOrDefault(share.key.groupCode(), 0L);
            double participationShare = participants == 0 ? 0 : round((double) count / participants);
            double populationShare = share.share.doubleValue();
            double gap = round(participationShare - populationShare);
            groups.add(new ProfileView.Group(share.key.dimension(), share.key.groupCode(), count, participationShare,
                    populationShare, gap, participants > 0 && gap < -margin));
        }
        return new ProfileView(area, from, to, counted.size(), participants, margin, reference.get(0).source,
                reference.get(0).illustrative, groups);
    }

    private static void add(Map<String, Map<String, Long>> sums, String dimension, Map<String, Integer> counts) {
        Map<String, Long> into = sums.computeIfAbsent(dimension, d -> new TreeMap<>());
        counts.forEach((group, count) -> into.merge(group, (long) count, Long::sum));
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private interface KeyCheck {
        void require(String key, String field);
    }

    private static Map<String, Integer> checked(Map<String, Integer> breakdown, String field, int total, KeyCheck check) {
        if (breakdown == null) {
            return Map.of();
        }
        long sum = 0;
        for (Map.Entry<String, Integer> entry : breakdown.entrySet()) {
            check.require(entry.getKey(), field);
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw DomainException.unprocessable("Not a count", "the count for '" + entry.getKey() + "' in " + field
                        + " must be a whole number of 0 or more", field);
            }
            sum += entry.getValue();
        }
        // people may be counted under more than one population group, but never more than once per area, sector or age band
        if (!"by_population_group".equals(field) && sum > total) {
            throw DomainException.unprocessable("Breakdown exceeds the total", field + " adds up to " + sum
                    + ", more than the total of " + total, field);
        }
        return new TreeMap<>(breakdown);
    }

    private ParticipationView view(Engagement e, Participation p) {
        ParticipationView.CloseReport report = e.kind.asksForViews() ? null
                : new ParticipationView.CloseReport(p.attendees, p.organisationsAttending, p.contributionsReceived);
        return new ParticipationView(e.id, p.total, read(p.byArea), read(p.bySector), read(p.byPopulationGroup),
                read(p.byAgeBand), p.contributionsReceived, report, p.updatedAt);
    }

    private String write(Map<String, Integer> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts cannot be written as JSON", e);
        }
    }

    private Map<String, Integer> read(String counts) {
        try {
            return json.readValue(counts, new TypeReference<TreeMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored counts cannot be read", e);
        }
    }
}
