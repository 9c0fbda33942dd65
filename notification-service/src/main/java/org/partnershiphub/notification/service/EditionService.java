package org.partnershiphub.notification.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.domain.Edition;
import org.partnershiphub.notification.domain.EditionItem;
import org.partnershiphub.notification.domain.Item;
import org.partnershiphub.notification.repository.DeliveryRepository;
import org.partnershiphub.notification.repository.EditionItemRepository;
import org.partnershiphub.notification.repository.EditionRepository;
import org.partnershiphub.notification.repository.ItemRepository;
import org.partnershiphub.notification.rest.EditionUpdate;
import org.partnershiphub.notification.rest.EditionView;
import org.partnershiphub.notification.rest.ItemView;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The monthly e-News: drafted from the month's items as they arrive, edited, approved, sent. */
@ApplicationScoped
public class EditionService {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final EditionRepository editions;
    private final EditionItemRepository editionItems;
    private final ItemRepository items;
    private final DeliveryRepository deliveries;

    EditionService(EditionRepository editions, EditionItemRepository editionItems, ItemRepository items,
                   DeliveryRepository deliveries) {
        this.editions = editions;
        this.editionItems = editionItems;
        this.items = items;
        this.deliveries = deliveries;
    }

    /** Puts a new item into the draft of the month it happened in; an approved or sent edition is left alone. */
    @Transactional
    public void addToDraft(Item item) {
        YearMonth month = YearMonth.from(item.occurredAt.atZone(ZoneOffset.UTC));
        editions.createDraftIfAbsent(month.toString(), title(month), Instant.now());
        Edition edition = editions.ofMonth(month.toString()).orElseThrow();
        if (Edition.DRAFT.equals(edition.status)) {
            editionItems.appendIfAbsent(edition.id, item.id);
        }
    }

    /** The current month's edition, or an empty draft when nothing has happened yet this month. */
    @Transactional
    public EditionView next() {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        return editions.ofMonth(month.toString()).map(this::view)
                .orElseGet(() -> new EditionView(null, month.toString(), title(month), null, Edition.DRAFT, null, null,
                        null, List.of()));
    }

    @Transactional
    public Optional<EditionView> find(UUID id, boolean unsentToo) {
        return editions.findByIdOptional(id).filter(e -> unsentToo || Edition.SENT.equals(e.status)).map(this::view);
    }

    @Transactional
    public Optional<EditionView> ofMonth(String month) {
        return editions.ofMonth(month).map(this::view);
    }

    @Transactional
    public PageSlice<EditionView> archive(int page, int perPage) {
        PanacheQuery<Edition> query = editions.sentNewestFirst().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(this::view);
    }

    /** Sending progress: how many of the edition's emails are queued, sent, failed, bounced. */
    @Transactional
    public Map<String, Long> progress(UUID id) {
        if (editions.findByIdOptional(id).isEmpty()) {
            throw DomainException.notFound("Edition", id);
        }
        return deliveries.statusCounts("edition:" + id);
    }

    /** Editing an approved edition takes it back to draft: what is sent is always what was approved. */
    @Transactional
    public EditionView update(UUID id, EditionUpdate update) {
        Edition edition = editable(id);
        if (update.title() != null) {
            if (update.title().isBlank()) {
                throw DomainException.invalid("title", "title must not be blank");
            }
            edition.title = update.title().trim();
        }
        if (update.editorial() != null) {
            edition.editorial = update.editorial().isBlank() ? null : update.editorial();
        }
        if (update.items() != null) {
            List<UUID> wanted = List.copyOf(new LinkedHashSet<>(update.items()));
            Set<UUID> known = items.byIds(wanted).stream().map(i -> i.id).collect(Collectors.toSet());
            for (UUID itemId : wanted) {
                if (!known.contains(itemId)) {
                    throw DomainException.invalid("items", "No item has id " + itemId);
                }
            }
            Map<UUID, EditionItem> present = editionItems.ofEdition(id).stream()
                    .collect(Collectors.toMap(ei -> ei.key.itemId(), Function.identity()));
            Set<UUID> wantedSet = new HashSet<>(wanted);
            present.values().forEach(ei -> ei.included = wantedSet.contains(ei.key.itemId()));
            int position = 1;
            for (UUID itemId : wanted) {
                EditionItem row = present.get(itemId);
                if (row == null) {
                    row = new EditionItem();
                    row.key = new EditionItem.Key(id, itemId);
                    editionItems.persist(row);
                }
                row.included = true;
                row.position = position++;
            }
            // removed items go after the included ones, keeping positions unique
            for (EditionItem row : present.values()) {
                if (!row.included) {
                    row.position = position++;
                }
            }
        }
        edition.status = Edition.DRAFT;
        edition.approvedAt = null;
        edition.sendAt = null;
        edition.updatedAt = Instant.now();
        return view(edition);
    }

    @Transactional
    public EditionView approve(UUID id) {
        Edition edition = editable(id);
        edition.status = Edition.APPROVED;
        edition.approvedAt = Instant.now();
        edition.updatedAt = edition.approvedAt;
        return view(edition);
    }

    /** Schedules an approved edition; the sender picks it up at {@code at} (now when null). */
    @Transactional
    public EditionView schedule(UUID id, Instant at) {
        Edition edition = editions.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Edition", id));
        if (!Edition.APPROVED.equals(edition.status)) {
            throw DomainException.conflict("Edition not approved",
                    "Only an approved edition is sent; this one is " + edition.status + ". Approve it first.", "status");
        }
        edition.sendAt = at == null ? Instant.now() : at;
        edition.updatedAt = Instant.now();
        return view(edition);
    }

    /** Queues one email per matching monthly subscriber for every approved edition whose time has come. */
    @Transactional
    public int sendDue() {
        int queued = 0;
        for (Edition edition : editions.dueToSend(Instant.now())) {
            queued += deliveries.queueEdition(edition.id);
            edition.status = Edition.SENT;
            edition.sentAt = Instant.now();
            edition.updatedAt = edition.sentAt;
        }
        return queued;
    }

    private Edition editable(UUID id) {
        Edition edition = editions.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Edition", id));
        if (Edition.SENT.equals(edition.status)) {
            throw DomainException.conflict("Edition already sent", "A sent edition can no longer be changed", "status");
        }
        return edition;
    }

    private EditionView view(Edition edition) {
        List<EditionItem> rows = editionItems.ofEdition(edition.id).stream().filter(ei -> ei.included).toList();
        Map<UUID, Item> byId = items.byIds(rows.stream().map(ei -> ei.key.itemId()).toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<ItemView> included = rows.stream().map(ei -> byId.get(ei.key.itemId())).map(ItemView::from).toList();
        return new EditionView(edition.id, edition.month, edition.title, edition.editorial, edition.status,
                edition.sendAt, edition.approvedAt, edition.sentAt, included);
    }

    static String title(YearMonth month) {
        return "ESSP e-News – " + month.format(MONTH_NAME);
    }
}
