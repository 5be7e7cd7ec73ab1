package app.limber.web.view;

import java.util.List;

/**
 * Adherence per ISO week as three lines on a 0-100 % scale: mean, median and the share of plans meeting their
 * target. Weeks without an active plan leave a gap. Distinguished by colour and dash pattern both.
 */
public final class AdherenceChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 40;

    /** One week's values, each 0..1 or null when no plan was active. */
    public record Point(String week, Double mean, Double median, Double metShare) {
    }

    /** Markers shrink from series to series, so that equal values stay visible as rings around each other. */
    record Series(String name, String colour, String dash, double radius) {
    }

    static final List<Series> SERIES = List.of(
            new Series("mean", "#0b57a4", "", 6),
            new Series("median", "#a4161a", "6 4", 4),
            new Series("meeting target", "#1e6b34", "2 3", 2.5));

    private AdherenceChart() {
    }

    /** x of the i-th of n weeks: evenly spread over the plot, a single week in its middle. */
    public static double x(int index, int count) {
        double plot = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + plot / 2 : LEFT + plot * index / (count - 1);
    }

    /** y of a share 0..1: 0 at the bottom of the plot, 1 at its top. */
    public static double y(double share) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + plot * (1 - Math.max(0, Math.min(1, share)));
    }

    public static String render(List<Point> points, String label) {
        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart adherence\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Svg.escape(label)).append("\">");
        svg.append("<g font-size=\"11\" fill=\"#4a5560\">");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(Svg.n(y))
                    .append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"#c9d1d9\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.n(y + 4)).append("\" text-anchor=\"end\">")
                    .append(percent).append("%</text>");
        }
        int every = Math.max(1, (int) Math.ceil(points.size() / 8.0));
        for (int i = 0; i < points.size(); i += every) {
            svg.append("<text x=\"").append(Svg.n(x(i, points.size()))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(Svg.escape(points.get(i).week().replaceFirst("^\\d{4}-", "")))
                    .append("</text>");
        }
        svg.append("</g>");
        for (int s = 0; s < SERIES.size(); s++) {
            Series series = SERIES.get(s);
            svg.append("<g class=\"series\" data-series=\"").append(series.name()).append("\">");
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int i = 0; i < points.size(); i++) {
                Double value = value(points.get(i), s);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                path.append(drawing ? " L" : " M").append(Svg.n(x(i, points.size()))).append(' ').append(Svg.n(y(value)));
                drawing = true;
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(series.colour())
                        .append("\" stroke-width=\"2.5\"").append(series.dash().isEmpty() ? "" : " stroke-dasharray=\"" + series.dash() + "\"")
                        .append("/>");
            }
            for (int i = 0; i < points.size(); i++) {
                Double value = value(points.get(i), s);
                if (value != null) {
                    svg.append("<circle cx=\"").append(Svg.n(x(i, points.size()))).append("\" cy=\"").append(Svg.n(y(value)))
                            .append("\" r=\"").append(Svg.n(series.radius())).append("\" fill=\"").append(series.colour()).append("\"><title>").append(points.get(i).week())
                            .append(' ').append(series.name()).append(": ").append(Math.round(value * 100)).append("%</title></circle>");
                }
            }
            svg.append("</g>");
        }
        double legendX = LEFT;
        for (Series series : SERIES) {
            svg.append("<line x1=\"").append(Svg.n(legendX)).append("\" x2=\"").append(Svg.n(legendX + 24)).append("\" y1=\"")
                    .append(HEIGHT - 8).append("\" y2=\"").append(HEIGHT - 8).append("\" stroke=\"").append(series.colour())
                    .append("\" stroke-width=\"2.5\"").append(series.dash().isEmpty() ? "" : " stroke-dasharray=\"" + series.dash() + "\"")
                    .append("/><text x=\"").append(Svg.n(legendX + 30)).append("\" y=\"").append(HEIGHT - 4)
                    .append("\" font-size=\"11\" fill=\"#1b1f23\">").append(series.name()).append("</text>");
            legendX += 150;
        }
        return svg.append("</svg>").toString();
    }

    private static Double value(Point point, int series) {
        return switch (series) {
            case 0 -> point.mean();
            case 1 -> point.median();
            default -> point.metShare();
        };
    }
}
