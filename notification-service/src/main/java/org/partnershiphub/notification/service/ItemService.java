package org.partnershiphub.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.domain.Item;
import org.partnershiphub.notification.domain.ProcessedEvent;
import org.partnershiphub.notification.messaging.UnreadableEventException;
import org.partnershiphub.notification.messaging.events.IncomingEvent;
import org.partnershiphub.notification.messaging.events.PartnershipRegistered;
import org.partnershiphub.notification.repository.ItemRepository;
import org.partnershiphub.notification.repository.ProcessedEventRepository;
import org.partnershiphub.notification.rest.ItemView;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ItemService {

    private final ItemRepository items;
    private final ProcessedEventRepository processed;
    private final ObjectMapper json;

    ItemService(ItemRepository items, ProcessedEventRepository processed, ObjectMapper json) {
        this.items = items;
        this.processed = processed;
        this.json = json;
    }

    /**
     * Applies an event once: the event id is recorded in the same transaction as the item it makes,
     * so a redelivered event changes nothing. Types that make no item are recorded and otherwise ignored.
     */
    @Transactional
    public void handle(IncomingEvent event) {
        if (processed.handled(event.id())) {
            return;
        }
        if (PartnershipRegistered.TYPE.equals(event.type())) {
            PartnershipRegistered registered = payload(event, PartnershipRegistered.class);
            items.persist(item(event, "new-partnership", "New partnership: " + registered.name(),
                    registered.name() + " has joined the partnership directory.", registered.url(), registered.id()));
        }
        ProcessedEvent done = new ProcessedEvent();
        done.eventId = event.id();
        done.topic = event.topic();
        done.type = event.type();
        done.processedAt = Instant.now();
        processed.persist(done);
    }

    @Transactional
    public PageSlice<ItemView> list(int page, int perPage) {
        PanacheQuery<Item> query = items.newestFirst().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(ItemView::from);
    }

    @Transactional
    public Optional<ItemView> find(UUID id) {
        return items.findByIdOptional(id).map(ItemView::from);
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

    private static Item item(IncomingEvent event, String kind, String title, String summary, String link,
                             UUID partnershipId) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.kind = kind;
        item.title = title;
        item.summary = summary;
        item.link = link;
        item.partnershipId = partnershipId;
        item.sourceEventId = event.id();
        item.occurredAt = event.time();
        item.createdAt = Instant.now();
        return item;
    }
}
