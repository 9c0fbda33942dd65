package org.partnershiphub.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.domain.Webhook;
import org.partnershiphub.notification.domain.WebhookDelivery;
import org.partnershiphub.notification.repository.ItemRepository;
import org.partnershiphub.notification.repository.WebhookDeliveryRepository;
import org.partnershiphub.notification.repository.WebhookRepository;
import org.partnershiphub.notification.rest.ItemView;
import org.partnershiphub.notification.rest.WebhookDeliveryView;
import org.partnershiphub.notification.rest.WebhookRequest;
import org.partnershiphub.notification.rest.WebhookView;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Automated subscribers: registration (with a WebSub-style handshake when self-service), calls, retries, disabling. */
@ApplicationScoped
public class WebhookService {

    /** A call ready to make: where, the signed body, and which delivery it is. */
    public record Call(UUID deliveryId, UUID webhookId, String url, String secret, byte[] body) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final ItemRepository items;
    private final NotificationConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, ItemRepository items,
                   NotificationConfig config, ObjectMapper json) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.items = items;
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Registers a webhook. Without the editor role the callback must prove it wants the items: it is
     * called with GET and a random {@code hub.challenge} that it must echo (as WebSub verifies intent).
     */
    public WebhookView register(WebhookRequest request, boolean byEditor) {
        var criteria = request.criteria();
        if (!byEditor) {
            verifyIntent(request.url());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = new Webhook();
            webhook.id = UUID.randomUUID();
            webhook.url = request.url();
            webhook.secret = request.secret();
            webhook.themes = new ArrayList<>(criteria.themes());
            webhook.areas = new ArrayList<>(criteria.areas());
            webhook.partnerships = new ArrayList<>(criteria.partnerships());
            webhook.kinds = new ArrayList<>(criteria.kinds());
            webhook.status = Webhook.ACTIVE;
            webhook.selfService = !byEditor;
            webhook.createdAt = Instant.now();
            webhooks.persist(webhook);
            return WebhookView.from(webhook);
        });
    }

    @Transactional
    public PageSlice<WebhookView> list(int page, int perPage) {
        PanacheQuery<Webhook> query = webhooks.newestFirst().page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(WebhookView::from);
    }

    /** The webhook, if the caller is an editor or presents its secret. */
    @Transactional
    public WebhookView get(UUID id, boolean byEditor, String presentedSecret) {
        return WebhookView.from(authorised(id, byEditor, presentedSecret));
    }

    @Transactional
    public PageSlice<WebhookDeliveryView> deliveriesOf(UUID id, boolean byEditor, String presentedSecret, int page,
                                                       int perPage) {
        authorised(id, byEditor, presentedSecret);
        PanacheQuery<WebhookDelivery> query = deliveries.ofWebhook(id).page(Page.of(page - 1, perPage));
        return new PageSlice<>(query.list(), query.count(), page, perPage).map(WebhookDeliveryView::from);
    }

    @Transactional
    public void delete(UUID id, boolean byEditor, String presentedSecret) {
        webhooks.delete(authorised(id, byEditor, presentedSecret));
    }

    /** Re-enables a disabled webhook; deliveries resume with the next matching item. */
    @Transactional
    public WebhookView enable(UUID id) {
        Webhook webhook = webhooks.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Webhook", id));
        webhook.status = Webhook.ACTIVE;
        webhook.consecutiveFailures = 0;
        webhook.disabledReason = null;
        webhook.disabledAt = null;
        return WebhookView.from(webhook);
    }

    @Transactional
    public List<UUID> claimDue(int limit) {
        Instant now = Instant.now();
        // hidden from other senders for longer than one call can take
        return deliveries.claimDue(limit, now, now.plus(config.webhooks().timeout().multipliedBy(3)));
    }

    @Transactional
    public Optional<Call> prepare(UUID deliveryId) {
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !WebhookDelivery.PENDING.equals(delivery.status)) {
            return Optional.empty();
        }
        Webhook webhook = webhooks.findById(delivery.webhookId);
        if (!Webhook.ACTIVE.equals(webhook.status)) {
            delivery.status = WebhookDelivery.FAILED;
            delivery.lastError = "webhook disabled";
            return Optional.empty();
        }
        ItemView item = ItemView.from(items.findById(delivery.itemId));
        try {
            byte[] body = json.writeValueAsBytes(Map.of("delivery_id", delivery.id, "webhook_id", webhook.id, "item", item));
            return Optional.of(new Call(delivery.id, webhook.id, webhook.url, webhook.secret, body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("item " + item.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Records an attempt. Success resets the webhook's failure count; a failure schedules a retry after
     * initial-backoff × 2^(attempt − 1), and the configured number of failures in a row disables the webhook.
     */
    @Transactional
    public void record(UUID deliveryId, Integer httpStatus, String error) {
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        Webhook webhook = webhooks.findById(delivery.webhookId);
        Instant now = Instant.now();
        delivery.attempts++;
        delivery.lastStatus = httpStatus;
        if (httpStatus != null && httpStatus >= 200 && httpStatus < 300) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
            delivery.lastError = null;
            webhook.consecutiveFailures = 0;
            return;
        }
        String failure = httpStatus != null ? "HTTP " + httpStatus : error == null ? "no answer" : error;
        delivery.lastError = failure.length() > 500 ? failure.substring(0, 500) : failure;
        webhook.consecutiveFailures++;
        if (webhook.consecutiveFailures >= config.webhooks().maxFailures()) {
            webhook.status = Webhook.DISABLED;
            webhook.disabledAt = now;
            webhook.disabledReason = webhook.consecutiveFailures + " failed deliveries in a row; last: " + delivery.lastError;
            delivery.status = WebhookDelivery.FAILED;
            deliveries.failPendingOf(webhook.id, "webhook disabled");
        } else {
            delivery.nextAttemptAt = now.plus(config.webhooks().initialBackoff().multipliedBy(1L << Math.min(delivery.attempts - 1, 20)));
        }
    }

    /** Makes one call: the signature header is HMAC-SHA256 over the exact body bytes, as WebSub does. */
    public void call(Call call) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(call.url()))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", "sha256=" + Signatures.hmacSha256Hex(call.secret(), call.body()))
                    .header("X-Webhook-Id", call.webhookId().toString())
                    .header("X-Delivery-Id", call.deliveryId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(call.body())).build(), HttpResponse.BodyHandlers.discarding());
            record(call.deliveryId(), response.statusCode(), null);
        } catch (IOException | IllegalArgumentException e) {
            record(call.deliveryId(), null, e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(call.deliveryId(), null, "interrupted");
        }
    }

    private void verifyIntent(String url) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String challenge = HexFormat.of().formatHex(random);
        String topic = config.publicUrl().replaceAll("/+$", "") + "/feeds/items.json";
        String query = "hub.mode=subscribe&hub.topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)
                + "&hub.challenge=" + challenge;
        String echoed;
        int status;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + (url.contains("?") ? "&" : "?") + query))
                    .timeout(config.webhooks().timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            echoed = response.body() == null ? "" : response.body().trim();
        } catch (IOException | IllegalArgumentException e) {
            throw DomainException.invalid("url", "The callback could not be reached to verify it: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.invalid("url", "Verification was interrupted");
        }
        if (status / 100 != 2 || !MessageDigest.isEqual(challenge.getBytes(StandardCharsets.UTF_8),
                echoed.getBytes(StandardCharsets.UTF_8))) {
            throw DomainException.invalid("url", "The callback must answer GET with hub.challenge echoed as the body "
                    + "(it answered HTTP " + status + ")");
        }
    }

    private Webhook authorised(UUID id, boolean byEditor, String presentedSecret) {
        Webhook webhook = webhooks.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Webhook", id));
        if (!byEditor && (presentedSecret == null || !MessageDigest.isEqual(
                webhook.secret.getBytes(StandardCharsets.UTF_8), presentedSecret.getBytes(StandardCharsets.UTF_8)))) {
            // the same answer as for an unknown id: a webhook's existence is not public
            throw DomainException.notFound("Webhook", id);
        }
        return webhook;
    }

}
