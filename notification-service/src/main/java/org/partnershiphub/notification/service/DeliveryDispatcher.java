package org.partnershiphub.notification.service;

import io.github.bucket4j.Bucket;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import jakarta.annotation.PreDestroy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends queued emails. Runs on the scheduler's worker thread, never on a Kafka consumer's: the blocking
 * Mailer must not be called from a blocking {@code @Incoming} method. Each email is claimed (its row
 * set to {@code sending}), sent, and marked {@code sent} in its own transaction as soon as SMTP accepts
 * it. A process killed between the SMTP accept and that commit leaves the row {@code sending}; it is
 * taken again after the lease, so the email each sender had in flight may go out twice. Nothing else can.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryService deliveries;
    private final Mailer mailer;
    private final NotificationConfig config;
    private final Bucket throttle;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final ExecutorService pool;

    DeliveryDispatcher(DeliveryService deliveries, Mailer mailer, NotificationConfig config) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.config = config;
        int perSecond = config.delivery().perSecond();
        this.pool = Executors.newFixedThreadPool(config.delivery().senders());
        this.throttle = Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    /** Drains the queue with several senders at once; SKIP LOCKED gives each its own emails. */
    @Scheduled(identity = "delivery-dispatcher", every = "${notification.delivery.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() throws InterruptedException {
        if (paused.get()) {
            return;
        }
        running.lock();
        try {
            Callable<Integer> sender = () -> drain(Integer.MAX_VALUE, true);
            List<Callable<Integer>> senders = Collections.nCopies(config.delivery().senders(), sender);
            for (Future<Integer> outcome : pool.invokeAll(senders)) {
                try {
                    outcome.get();
                } catch (ExecutionException e) {
                    LOG.error("a sender stopped", e.getCause());
                }
            }
        } finally {
            running.unlock();
        }
    }

    /** Sends up to {@code max} due emails on the calling thread; returns how many SMTP accepted. */
    public int dispatch(int max) {
        running.lock();
        try {
            return drain(max, false);
        } finally {
            running.unlock();
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private int drain(int max, boolean untilPaused) {
        int sent = 0;
        while (sent < max && !(untilPaused && paused.get())) {
            List<UUID> claimed = deliveries.claim(Math.min(config.delivery().batchSize(), max - sent));
            if (claimed.isEmpty()) {
                break;
            }
            for (int i = 0; i < claimed.size(); i++) {
                if (!sendOne(claimed.get(i))) {
                    // SMTP trouble: hand the untried rest back to the queue for the next run
                    deliveries.release(claimed.subList(i + 1, claimed.size()));
                    return sent;
                }
                sent++;
            }
        }
        return sent;
    }

    /** Stops the scheduled runs after the batches in hand, waiting for them to finish. */
    public void pause() {
        paused.set(true);
        running.lock();
        running.unlock();
    }

    public void resume() {
        paused.set(false);
    }

    private boolean sendOne(UUID id) {
        Optional<OutgoingMail> prepared = deliveries.prepare(id);
        if (prepared.isEmpty()) {
            return true;
        }
        OutgoingMail mail = prepared.get();
        try {
            throttle.asBlocking().consume(1);
            mailer.send(Mail.withHtml(mail.to(), mail.subject(), mail.html()).setText(mail.text())
                    .addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.markFailed(id, "interrupted before sending");
            return false;
        } catch (RuntimeException e) {
            LOG.warnf("email %s not accepted by SMTP: %s", id, e.getMessage());
            deliveries.markFailed(id, e.getMessage());
            return false;
        }
        deliveries.markSent(id);
        return true;
    }
}
