package app.limber.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the panels of a run as one image: stacked plots sharing the time axis, one colour per series name (the
 * same name keeps its colour in every panel), and the run's events as dashed vertical lines through all panels
 * with their labels in a band above the first.
 */
final class ChartRenderer {

    static final int WIDTH = 1200;
    private static final int PLOT_HEIGHT = 210;
    private static final int PANEL_GAP = 14;
    private static final int RIGHT = 28;
    private static final int TOP = 16;
    private static final int LEGEND_SWATCH = 22;
    private static final int POINT_MARKERS_UP_TO = 40;

    // Tableau 10, reordered so that the first colours stay far apart; yellow (weak on white) comes last
    private static final Color[] PALETTE = {rgb(0x4E79A7), rgb(0xE15759), rgb(0x59A14F), rgb(0xF28E2B), rgb(0xB07AA1),
            rgb(0x76B7B2), rgb(0x9C755F), rgb(0xFF9DA7), rgb(0x7F7F7F), rgb(0xEDC948)};
    private static final Color INK = rgb(0x222222);
    private static final Color MUTED = rgb(0x555555);
    private static final Color GRID = rgb(0xE3E3E3);
    private static final Color FRAME = rgb(0xB5B5B5);
    private static final Color EVENT = rgb(0x333333);

    /** The label of the shared x axis. */
    static final String TIME_AXIS = "time (s)";

    private final String xAxis;
    private final Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private final Font panelFont = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private final Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** A chart over time, the x axis labelled {@value #TIME_AXIS}. */
    ChartRenderer() {
        this(TIME_AXIS);
    }

    /** A chart whose x axis ({@code t_s}) stands for something else, e.g. a size across runs. */
    ChartRenderer(String xAxis) {
        this.xAxis = xAxis;
    }

    BufferedImage render(String title, List<Series.Panel> panels, List<Marker> markers) {
        if (panels.isEmpty()) {
            throw new ReportException("series.csv: no panels to draw");
        }
        Map<String, Color> colours = colours(panels);
        Ticks x = xTicks(panels, markers);
        List<Ticks> ys = panels.stream().map(ChartRenderer::yTicks).toList();

        // measuring needs a graphics context before the image size is known
        Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int left = 24 + ys.stream().flatMap(t -> t.values().stream().map(t::format))
                .mapToInt(s -> probe.getFontMetrics(labelFont).stringWidth(s)).max().orElse(0) + 12;
        int plotWidth = WIDTH - left - RIGHT;
        FontMetrics labels = probe.getFontMetrics(labelFont);
        List<List<List<String>>> legends = new ArrayList<>();
        for (Series.Panel panel : panels) {
            int titleWidth = probe.getFontMetrics(panelFont).stringWidth(panel.title());
            legends.add(legendRows(panel, labels, plotWidth - titleWidth - 40, plotWidth));
        }
        List<List<Marker>> markerRows = markerRows(markers, x, left, plotWidth, labels);
        probe.dispose();

        int titleHeight = title.isBlank() ? 0 : 34;
        int markerBand = markerRows.isEmpty() ? 0 : markerRows.size() * 18 + 6;
        int height = TOP + titleHeight + markerBand;
        List<Integer> plotTops = new ArrayList<>();
        for (List<List<String>> legend : legends) {
            height += Math.max(1, legend.size()) * 20 + 8;
            plotTops.add(height);
            height += PLOT_HEIGHT + PANEL_GAP;
        }
        height += 44 - PANEL_GAP;

        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            if (titleHeight > 0) {
                g.setFont(titleFont);
                g.setColor(INK);
                g.drawString(title, left, TOP + g.getFontMetrics().getAscent());
            }
            for (int p = 0; p < panels.size(); p++) {
                int top = plotTops.get(p);
                drawPanel(g, panels.get(p), legends.get(p), colours, x, ys.get(p), left, top, plotWidth);
                drawMarkerLines(g, markers, x, left, top, plotWidth);
            }
            drawMarkerLabels(g, markerRows, x, left, plotWidth, TOP + titleHeight);
            drawTimeAxis(g, x, left, plotTops.get(plotTops.size() - 1) + PLOT_HEIGHT, plotWidth);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawPanel(Graphics2D g, Series.Panel panel, List<List<String>> legend, Map<String, Color> colours,
                           Ticks x, Ticks y, int left, int top, int width) {
        int headerTop = top - Math.max(1, legend.size()) * 20 - 8;
        g.setFont(panelFont);
        g.setColor(INK);
        g.drawString(panel.title(), left, headerTop + 18);
        drawLegend(g, legend, colours, left, headerTop, width);

        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double value : y.values()) {
            int py = (int) Math.round(yPixel(value, y, top));
            g.setColor(GRID);
            g.drawLine(left, py, left + width, py);
            g.setColor(MUTED);
            String label = y.format(value);
            g.drawString(label, left - 8 - metrics.stringWidth(label), py + metrics.getAscent() / 2 - 1);
        }
        for (double value : x.values()) {
            int px = (int) Math.round(xPixel(value, x, left, width));
            g.setColor(GRID);
            g.drawLine(px, top, px, top + PLOT_HEIGHT);
        }
        g.setColor(FRAME);
        g.drawRect(left, top, width, PLOT_HEIGHT);

        Shape clip = g.getClip();
        g.clipRect(left - 4, top - 4, width + 8, PLOT_HEIGHT + 8);
        for (Series.Line line : panel.lines()) {
            g.setColor(colours.get(line.name()));
            Path2D path = new Path2D.Double();
            for (int i = 0; i < line.t().length; i++) {
                double px = xPixel(line.t()[i], x, left, width);
                double py = yPixel(line.values()[i], y, top);
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            if (line.t().length <= POINT_MARKERS_UP_TO) {
                for (int i = 0; i < line.t().length; i++) {
                    double px = xPixel(line.t()[i], x, left, width);
                    double py = yPixel(line.values()[i], y, top);
                    g.fill(new Ellipse2D.Double(px - 3, py - 3, 6, 6));
                }
            }
        }
        g.setClip(clip);
    }

    private void drawLegend(Graphics2D g, List<List<String>> rows, Map<String, Color> colours, int left, int headerTop,
                            int width) {
        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        for (int r = 0; r < rows.size(); r++) {
            // right-aligned: the panel title owns the left of the first row
            int px = left + width - rowWidth(rows.get(r), metrics);
            int baseline = headerTop + 18 + r * 20;
            for (String name : rows.get(r)) {
                g.setColor(colours.get(name));
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                int mid = baseline - metrics.getAscent() / 2 + 1;
                g.drawLine(px, mid, px + LEGEND_SWATCH - 6, mid);
                g.setColor(INK);
                g.drawString(name, px + LEGEND_SWATCH, baseline);
                px += itemWidth(name, metrics);
            }
        }
    }

    /** Legend items in rows: the first row shares the title's line, further rows take the plot's width. */
    private static List<List<String>> legendRows(Series.Panel panel, FontMetrics metrics, int firstRow, int otherRows) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int used = 0;
        for (Series.Line line : panel.lines()) {
            int w = itemWidth(line.name(), metrics);
            int room = rows.isEmpty() ? firstRow : otherRows;
            if (!row.isEmpty() && used + w > room) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(line.name());
            used += w;
        }
        rows.add(row);
        return rows;
    }

    private static int itemWidth(String name, FontMetrics metrics) {
        return LEGEND_SWATCH + metrics.stringWidth(name) + 18;
    }

    private static int rowWidth(List<String> row, FontMetrics metrics) {
        return row.stream().mapToInt(name -> itemWidth(name, metrics)).sum() - 18;
    }

    private void drawMarkerLines(Graphics2D g, List<Marker> markers, Ticks x, int left, int top, int width) {
        g.setColor(EVENT);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
        for (Marker marker : markers) {
            double px = xPixel(marker.t(), x, left, width);
            g.draw(new Line2D.Double(px, top, px, top + PLOT_HEIGHT));
        }
    }

    /**
     * Marker labels, each on the first row where it does not run into the previous label; a label that would leave
     * the image on the right is written to the left of its line.
     */
    private static List<List<Marker>> markerRows(List<Marker> markers, Ticks x, int left, int width, FontMetrics metrics) {
        List<List<Marker>> rows = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        for (Marker marker : markers) {
            double[] span = labelSpan(marker, x, left, width, metrics);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + 10 > span[0]) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
                rowEnds.add(0.0);
            }
            rows.get(row).add(marker);
            rowEnds.set(row, span[1]);
        }
        return rows;
    }

    private static double[] labelSpan(Marker marker, Ticks x, int left, int width, FontMetrics metrics) {
        double px = xPixel(marker.t(), x, left, width);
        int w = metrics.stringWidth(marker.label());
        return px + 5 + w > WIDTH - 4 ? new double[] {px - 5 - w, px - 5} : new double[] {px + 5, px + 5 + w};
    }

    private void drawMarkerLabels(Graphics2D g, List<List<Marker>> rows, Ticks x, int left,
                                  int width, int bandTop) {
        if (rows.isEmpty()) {
            return;
        }
        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        int bandBottom = bandTop + rows.size() * 18 + 6;
        for (int r = 0; r < rows.size(); r++) {
            int baseline = bandTop + 14 + r * 18;
            for (Marker marker : rows.get(r)) {
                double[] span = labelSpan(marker, x, left, width, metrics);
                double px = xPixel(marker.t(), x, left, width);
                g.setColor(EVENT);
                g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
                // a leader from the label's row down to the first panel (its title row sits in between)
                g.draw(new Line2D.Double(px, baseline - metrics.getAscent() + 2, px, bandBottom));
                g.setColor(INK);
                g.drawString(marker.label(), (float) span[0], baseline);
            }
        }
    }

    private void drawTimeAxis(Graphics2D g, Ticks x, int left, int bottom, int width) {
        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(1f));
        for (double value : x.values()) {
            int px = (int) Math.round(xPixel(value, x, left, width));
            g.drawLine(px, bottom, px, bottom + 4);
            String label = x.format(value);
            g.drawString(label, px - metrics.stringWidth(label) / 2, bottom + 6 + metrics.getAscent());
        }
        String axis = xAxis;
        g.setColor(INK);
        g.drawString(axis, left + width - metrics.stringWidth(axis), bottom + 6 + metrics.getAscent() + 18);
    }

    private static double xPixel(double t, Ticks x, int left, int width) {
        return left + (t - x.low()) / (x.high() - x.low()) * width;
    }

    private static double yPixel(double value, Ticks y, int top) {
        return top + PLOT_HEIGHT - (value - y.low()) / (y.high() - y.low()) * PLOT_HEIGHT;
    }

    /** The time axis covers the data and the events, from 0 unless something happened before. */
    static Ticks xTicks(List<Series.Panel> panels, List<Marker> markers) {
        double[] range = Series.timeRange(panels);
        double min = Math.min(0, range[0]);
        double max = range[1];
        for (Marker marker : markers) {
            min = Math.min(min, marker.t());
            max = Math.max(max, marker.t());
        }
        return Ticks.of(min, max, 10);
    }

    /** A value axis from 0 (rates, latencies and counts read wrong on a cut axis) unless values go negative. */
    static Ticks yTicks(Series.Panel panel) {
        double min = 0;
        double max = 0;
        for (Series.Line line : panel.lines()) {
            for (double v : line.values()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return Ticks.of(min, max, 5);
    }

    private static Map<String, Color> colours(List<Series.Panel> panels) {
        Map<String, Color> colours = new LinkedHashMap<>();
        panels.forEach(panel -> panel.lines().forEach(line ->
                colours.computeIfAbsent(line.name(), name -> PALETTE[colours.size() % PALETTE.length])));
        return colours;
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
