package org.partnershiphub.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.domain.Area;
import org.partnershiphub.notification.domain.Item;
import org.partnershiphub.notification.domain.PartnershipRef;
import org.partnershiphub.notification.domain.ProcessedEvent;
import org.partnershiphub.notification.messaging.UnreadableEventException;
import org.partnershiphub.notification.messaging.events.AreaSaved;
import org.partnershiphub.notification.messaging.events.IncomingEvent;
import org.partnershiphub.notification.messaging.events.ItemEvent;
import org.partnershiphub.notification.repository.AreaRepository;
import org.partnershiphub.notification.repository.DeliveryRepository;
import org.partnershiphub.notification.repository.ItemRepository;
import org.partnershiphub.notification.repository.ProcessedEventRepository;
import org.partnershiphub.notification.repository.WebhookDeliveryRepository;
import org.partnershiphub.notification.rest.AreaView;
import org.partnershiphub.notification.rest.ItemView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ItemService {

    private final ItemRepository items;
    private final AreaRepository areas;
    private final ProcessedEventRepository processed;
    private final DeliveryRepository deliveries;
    private final WebhookDeliveryRepository webhookDeliveries;
    private final EditionService editions;
    private final ObjectMapper json;

    ItemService(ItemRepository items, AreaRepository areas, ProcessedEventRepository processed,
                DeliveryRepository deliveries, WebhookDeliveryRepository webhookDeliveries, EditionService editions,
                ObjectMapper json) {
        this.items = items;
        this.areas = areas;
        this.processed = processed;
        this.deliveries = deliveries;
        this.webhookDeliveries = webhookDeliveries;
        this.editions = editions;
        this.json = json;
    }

    /**
     * Applies an event once: the event id is recorded in the same transaction as its effects (the item,
     * its place in the month's draft edition, the immediate emails and webhook calls it queues), so a
     * redelivered event changes nothing. Types that make no item are recorded and otherwise ignored.
     */
    @Transactional
    public void handle(IncomingEvent event) {
        if (processed.handled(event.id())) {
            return;
        }
        if (AreaSaved.TYPE.equals(event.type())) {
            saveArea(payload(event, AreaSaved.class), event);
        } else if (ItemEvent.HEADLINES.containsKey(event.type())) {
            Item item = item(event, payload(event, ItemEvent.class));
            items.persist(item);
            items.flush();
            editions.addToDraft(item);
            deliveries.queueImmediate(item.id);
            webhookDeliveries.queueFor(item.id);
        }
        ProcessedEvent done = new ProcessedEvent();
        done.eventId = event.id();
        done.topic = event.topic();
        done.type = event.type();
        done.processedAt = Instant.now();
        processed.persist(done);
    }

    @Transactional
    public PageSlice<ItemView> list(Criteria criteria, int page, int perPage) {
        return new PageSlice<>(items.matching(criteria, page - 1, perPage), items.countMatching(criteria), page, perPage)
                .map(ItemView::from);
    }

    @Transactional
    public Optional<ItemView> find(UUID id) {
        return items.findByIdOptional(id).map(ItemView::from);
    }

    /** The local area tree, by name, for choosing areas to subscribe to. */
    @Transactional
    public List<AreaView> areas() {
        return areas.byName().stream().map(a -> new AreaView(a.code, a.name, a.type, a.parentCode)).toList();
    }

    private void saveArea(AreaSaved saved, IncomingEvent event) {
        if (saved.code() == null || saved.name() == null) {
            throw new UnreadableEventException("area.saved " + event.id() + " has no code or name", null);
        }
        Area area = areas.findByIdOptional(saved.code()).orElseGet(() -> {
            Area created = new Area();
            created.code = saved.code();
            return created;
        });
        area.name = saved.name();
        area.type = saved.type() == null ? "other" : saved.type();
        area.parentCode = saved.parentCode();
        area.updatedAt = Instant.now();
        areas.persist(area);
    }

    private <T> T payload(IncomingEvent event, Class<T> type) {
        try {
            T value = json.readValue(event.data(), type);
            if (value == null) {
                throw new UnreadableEventException(event.type() + " " + event.id() + " has an empty payload", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " has an unreadable payload", e);
        }
    }

    private static Item item(IncomingEvent event, ItemEvent payload) {
        if (payload.title() == null || payload.title().isBlank()) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " has no title", null);
        }
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.kind = event.type();
        item.title = payload.headline(event.type());
        item.summary = payload.summary();
        item.link = payload.url();
        item.themes = new ArrayList<>(orEmpty(payload.themes()));
        item.areas = new ArrayList<>(orEmpty(payload.areas()));
        List<ItemEvent.Partnership> partnerships = orEmpty(payload.partnerships());
        item.partnerships = new ArrayList<>(partnerships.stream()
                .map(p -> new PartnershipRef(p.id(), p.name(), p.role())).toList());
        item.partnershipIds = new ArrayList<>(partnerships.stream().map(p -> String.valueOf(p.id())).toList());
        item.sourceEventId = event.id();
        item.occurredAt = payload.occurredAt() != null ? payload.occurredAt() : event.time();
        item.createdAt = Instant.now();
        return item;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
