package com.kamplanner.web.notification;

import com.kamplanner.notification.MyNotifications;
import com.kamplanner.notification.Notification;
import com.kamplanner.notification.NotificationList;
import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.people.UserService;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/me/notifications}: the caller's notifications, newest first and paged ({@code first}, {@code size}
 * up to 100; {@code unread=true} for the unread ones only), each titled in the caller's stored language (as
 * notifications always are, whatever Accept-Language says); marking one read (another person's id is 404, as if
 * it did not exist) or all. Every role may ask; what each reads is decided by {@link MyNotifications}.
 */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    /** One notification as the API shows it; {@code kind} is a {@code NotificationKind} constant. */
    public record Item(long id, String kind, String title, String url, String createdAt, boolean read) {
    }

    /** A page of them, with how many there are in all (or unread, when only those were asked) and unread. */
    public record Page(List<Item> items, long total, long unread) {
    }

    @Inject
    MyNotifications notifications;

    @Inject
    UserService users;

    @GET
    public Page mine(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                     @QueryParam("first") @DefaultValue("0")
                     @Min(value = 0, message = "{notification.first.min}") int first,
                     @QueryParam("size") @DefaultValue("25")
                     @Min(value = 1, message = "{notification.size.range}")
                     @Max(value = MyNotifications.MAX_PAGE, message = "{notification.size.range}") int size) {
        Locale language = users.myLanguage().map(Bundle::supported).orElse(Locale.ENGLISH);
        NotificationList list = notifications.page(unreadOnly, first, size);
        return new Page(list.items().stream().map(n -> item(n, language)).toList(), list.total(), list.unread());
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().build();
    }

    static Item item(Notification n, Locale language) {
        return new Item(n.getId(), n.getKind().name(), NotificationTitles.title(n, language), n.getUrl(),
                n.getCreatedAt().toString(), n.isRead());
    }
}
