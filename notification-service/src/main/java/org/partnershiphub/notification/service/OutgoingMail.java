package org.partnershiphub.notification.service;

import java.util.UUID;

/** An email ready for SMTP: rendered, addressed, with its one-click unsubscribe URL. */
public record OutgoingMail(UUID deliveryId, String to, String subject, String html, String text, String unsubscribeUrl) {
}
