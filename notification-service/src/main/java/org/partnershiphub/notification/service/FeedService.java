package org.partnershiphub.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.notification.repository.ItemRepository;
import org.partnershiphub.notification.rest.ItemView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The newest items matching a feed's criteria, and a validator that changes exactly when they do. */
@ApplicationScoped
public class FeedService {

    public static final int SIZE = 50;

    public record FeedItems(List<ItemView> items, String etag) {
    }

    private final ItemRepository items;

    FeedService(ItemRepository items) {
        this.items = items;
    }

    @Transactional
    public FeedItems newest(Criteria criteria) {
        List<ItemView> newest = items.matching(criteria, 0, SIZE).stream().map(ItemView::from).toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(criteria.toString().getBytes(StandardCharsets.UTF_8));
            for (ItemView item : newest) {
                digest.update((item.id() + "|" + item.title() + "|" + item.summary() + ";").getBytes(StandardCharsets.UTF_8));
            }
            return new FeedItems(newest, HexFormat.of().formatHex(digest.digest(), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
