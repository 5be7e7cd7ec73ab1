package app.limber.web.pages;

import app.limber.web.session.WebSession;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/** What every page shows around its content: who is signed in, their navigation, the sign-out form's token. */
@TemplateData
public record Chrome(String userId, String role, String csrf, List<NavLink> nav) {

    public static Chrome anonymous() {
        return new Chrome(null, null, null, List.of());
    }

    public static Chrome of(WebSession session, String currentPath) {
        List<NavLink> nav = new ArrayList<>();
        if (session.hasRole("athlete")) {
            nav.add(new NavLink("/progress", "Progress"));
            nav.add(new NavLink("/routines", "Routines"));
            nav.add(new NavLink("/plans", "Plans"));
            nav.add(new NavLink("/coaches", "Coaches"));
        }
        if (session.hasRole("coach")) {
            nav.add(new NavLink("/coach", "Athletes"));
            nav.add(new NavLink("/routines", "Routines"));
        }
        if (session.hasRole("analyst") || session.hasRole("admin")) {
            nav.add(new NavLink("/analytics", "Analytics"));
        }
        nav.add(new NavLink("/exercises", "Exercises"));
        nav.add(new NavLink("/account", "Your data"));
        List<NavLink> marked = nav.stream().distinct()
                .map(link -> link.withCurrent(currentPath.equals(link.href()) || currentPath.startsWith(link.href() + "/")))
                .toList();
        return new Chrome(session.userId(), session.primaryRole(), session.csrfToken(), marked);
    }

    @TemplateData
    public record NavLink(String href, String label, boolean current) {
        NavLink(String href, String label) {
            this(href, label, false);
        }

        NavLink withCurrent(boolean isCurrent) {
            return new NavLink(href, label, isCurrent);
        }
    }
}
