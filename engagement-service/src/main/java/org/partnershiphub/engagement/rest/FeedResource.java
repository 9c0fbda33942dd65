package org.partnershiphub.engagement.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.EngagementService;
import org.partnershiphub.engagement.service.OutcomeService;

import java.util.ArrayList;
import java.util.List;

@Path("/feeds")
@Tag(name = "Feeds", description = "Atom feeds of published outcomes and newly opened consultations; iCal of upcoming events")
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=utf-8";
    static final String CALENDAR = "text/calendar;charset=utf-8";
    private static final int FEED_SIZE = 50;
    private static final int CALENDAR_SIZE = 500;

    private final EngagementService engagements;
    private final OutcomeService outcomes;
    private final String publicUrl;

    FeedResource(EngagementService engagements, OutcomeService outcomes,
                 @ConfigProperty(name = "hub.public-url") String publicUrl) {
        this.engagements = engagements;
        this.outcomes = outcomes;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GET
    @Path("/outcomes.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of published outcomes", description = "We asked, you said, we did — newest first, " + FEED_SIZE + " entries")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed",
            content = @Content(mediaType = ATOM, examples = @ExampleObject(name = "feed", value = """
                    <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:uuid:…</id><title>Partnership Hub: outcomes of engagement</title>
                    <entry><id>urn:uuid:…</id><title>Outcome: Pride of Place consultation</title>…</entry></feed>""")))
    public String outcomes() {
        List<Atom.Entry> entries = new ArrayList<>();
        for (OutcomeView o : outcomes.recentlyPublished(FEED_SIZE)) {
            StringBuilder content = new StringBuilder("We asked:\n");
            o.weAsked().forEach(q -> content.append("- ").append(q).append('\n'));
            content.append("\nYou said:\n");
            o.youSaid().forEach(f -> content.append("- ").append(f).append('\n'));
            content.append("\nWe did:\n");
            o.weDid().forEach(a -> content.append("- ").append(a.action()).append(" (").append(a.owner()).append(", ")
                    .append(a.due()).append(")\n"));
            entries.add(new Atom.Entry("outcome:" + o.engagementId(), "Outcome: " + o.engagementTitle(), o.updatedAt(),
                    o.url(), "Published " + o.publishedOn(), content.toString(), List.of()));
        }
        return Atom.feed("feeds/outcomes", "Partnership Hub: outcomes of engagement",
                "What partnerships asked, what people said, and what was done", publicUrl + "/feeds/outcomes.atom",
                publicUrl + "/engagements?status=outcome-published", entries);
    }

    @GET
    @Path("/consultations.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of newly opened consultations and surveys", description = "Newest opening first, " + FEED_SIZE + " entries")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed")
    public String consultations() {
        List<Atom.Entry> entries = new ArrayList<>();
        for (EngagementService.Opened opened : engagements.recentlyOpenedConsultations(FEED_SIZE)) {
            EngagementView e = opened.engagement();
            List<String> categories = new ArrayList<>(e.themes());
            categories.addAll(e.areas());
            entries.add(new Atom.Entry("opened:" + e.id(), e.title(), opened.openedAt(), publicUrl + "/engagements/" + e.id(),
                    e.summary(), "Open from " + e.startsAt() + " until " + e.endsAt() + (e.onlineUrl() == null ? ""
                    : "\nTake part: " + e.onlineUrl()), categories));
        }
        return Atom.feed("feeds/consultations", "Partnership Hub: consultations now open",
                "Consultations and surveys as they open", publicUrl + "/feeds/consultations.atom",
                publicUrl + "/engagements?kind=consultation&status=open", entries);
    }

    @GET
    @Path("/events.ics")
    @Produces(CALENDAR)
    @Operation(summary = "iCalendar of upcoming events",
            description = "Planned and open meetings, workshops, conferences, forums and away days that have not yet ended")
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar",
            content = @Content(mediaType = CALENDAR, examples = @ExampleObject(name = "calendar", value = """
                    BEGIN:VCALENDAR
                    VERSION:2.0
                    PRODID:-//Partnership Hub//engagement-service//EN
                    BEGIN:VEVENT
                    UID:3c1d…@engagement.partnershiphub
                    DTSTART:20080221T093000Z
                    SUMMARY:Partnership conference
                    END:VEVENT
                    END:VCALENDAR""")))
    public String events() {
        List<ICal.Event> events = new ArrayList<>();
        for (EngagementView e : engagements.upcomingEvents(CALENDAR_SIZE)) {
            String location = e.place() != null ? e.place() : e.onlineUrl();
            events.add(new ICal.Event(e.id() + "@engagement.partnershiphub", e.updatedAt(), e.startsAt(), e.endsAt(),
                    e.title(), e.summary(), location, publicUrl + "/engagements/" + e.id(), "CONFIRMED", e.themes()));
        }
        return ICal.calendar("Partnership Hub: engagement events", events);
    }

}
