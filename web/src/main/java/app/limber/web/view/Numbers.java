package app.limber.web.view;

import io.quarkus.qute.TemplateExtension;

/** {@code {share.percent}}: a 0..1 share as a whole percentage. */
public final class Numbers {

    private Numbers() {
    }

    @TemplateExtension
    public static String percent(Number share) {
        return share == null ? "—" : Math.round(share.doubleValue() * 100) + "%";
    }
}
