package org.partnershiphub.notification.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.rest.ItemView;

import java.util.List;
import java.util.UUID;

/** Renders emails (HTML and plain text) from the Qute templates under {@code templates/mail/}. */
@ApplicationScoped
public class MailComposer {

    /** What every email shows at the bottom. */
    public record Footer(String manageUrl, String unsubscribeUrl) {
    }

    private final Template confirmationHtml;
    private final Template confirmationText;
    private final Template manageLinkHtml;
    private final Template manageLinkText;
    private final Template itemsHtml;
    private final Template itemsText;

    MailComposer(@Location("mail/confirmation.html") Template confirmationHtml,
                 @Location("mail/confirmation.txt") Template confirmationText,
                 @Location("mail/manage-link.html") Template manageLinkHtml,
                 @Location("mail/manage-link.txt") Template manageLinkText,
                 @Location("mail/items.html") Template itemsHtml,
                 @Location("mail/items.txt") Template itemsText) {
        this.confirmationHtml = confirmationHtml;
        this.confirmationText = confirmationText;
        this.manageLinkHtml = manageLinkHtml;
        this.manageLinkText = manageLinkText;
        this.itemsHtml = itemsHtml;
        this.itemsText = itemsText;
    }

    public OutgoingMail confirmation(UUID deliveryId, String to, String confirmUrl, String frequency, Footer footer) {
        return new OutgoingMail(deliveryId, to, "Confirm your e-News subscription",
                confirmationHtml.data("confirmUrl", confirmUrl).data("frequency", frequency).data("footer", footer).render(),
                confirmationText.data("confirmUrl", confirmUrl).data("frequency", frequency).data("footer", footer).render(),
                footer.unsubscribeUrl());
    }

    public OutgoingMail manageLink(UUID deliveryId, String to, Footer footer) {
        return new OutgoingMail(deliveryId, to, "Your e-News preferences link",
                manageLinkHtml.data("footer", footer).render(), manageLinkText.data("footer", footer).render(),
                footer.unsubscribeUrl());
    }

    /** An item alert, a digest or an edition: a heading, optional editorial, the items. */
    public OutgoingMail items(UUID deliveryId, String to, String subject, String heading, String editorial,
                              List<ItemView> items, Footer footer) {
        return new OutgoingMail(deliveryId, to, subject, renderItems(itemsHtml, heading, editorial, items, footer),
                renderItems(itemsText, heading, editorial, items, footer), footer.unsubscribeUrl());
    }

    /** The same, for an editor's preview (no personal links). */
    public String preview(boolean html, String heading, String editorial, List<ItemView> items) {
        Footer footer = new Footer("(your manage link)", "(your unsubscribe link)");
        return renderItems(html ? itemsHtml : itemsText, heading, editorial, items, footer);
    }

    private static String renderItems(Template template, String heading, String editorial, List<ItemView> items,
                                      Footer footer) {
        return template.data("heading", heading).data("editorial", editorial).data("items", items)
                .data("footer", footer).render();
    }
}
