package org.foodtrace.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.foodtrace.bench.Results;
import org.foodtrace.bench.app.GcLog;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The run's charts as PNG files, drawn in-process with JFreeChart (no browser, no external tool): throughput
 * against concurrency, latency distributions, projection lag, replay progress and the service's heap.
 */
public final class Charts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final double[] PERCENTILES = {50, 75, 90, 95, 99, 99.9, 100};

    private Charts() {
    }

    public static void write(Results r, Path directory) throws IOException {
        Files.createDirectories(directory);
        ingestThroughput(r, directory.resolve("bench-ingest-throughput.png"));
        latency(r, directory.resolve("bench-latency.png"));
        lag(r, directory.resolve("bench-lag.png"));
        replay(r, directory.resolve("bench-replay.png"));
        if (r.heap != null) {
            heap(r, directory.resolve("bench-heap.png"));
        }
    }

    private static void ingestThroughput(Results r, Path file) throws IOException {
        XYSeries http = new XYSeries("HTTP commands/s (service)");
        XYSeries pg = new XYSeries("pgbench insert+commit tx/s (raw PostgreSQL)");
        for (Results.Ingest point : r.ingest) {
            http.add(point.connections(), point.http().requestsPerSecond());
            pg.add(point.connections(), point.baseline().transactionsPerSecond());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(http);
        data.addSeries(pg);
        JFreeChart chart = ChartFactory.createXYLineChart("Ingest throughput vs concurrency (" + r.size + " run)",
                "connections", "requests per second", data, PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot());
        save(chart, file);
    }

    private static void latency(Results r, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        addPercentiles(data, "GET /api/v1/trace/{code}", r.trace.percentiles());
        addPercentiles(data, "GET /actuator/health/liveness", r.trivial.percentiles());
        Results.Ingest busiest = r.ingest.get(r.ingest.size() - 1);
        addPercentiles(data, "ingest commands, " + busiest.connections() + " connections",
                busiest.http().percentiles());
        JFreeChart chart = ChartFactory.createLineChart("Latency distribution (wrk, " + r.size + " run)",
                "percentile", "milliseconds (log scale)", data, PlotOrientation.VERTICAL, true, false, false);
        logScale(chart.getCategoryPlot());
        save(chart, file);
    }

    private static void lag(Results r, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        addPercentiles(data, "commit visible → visible in every read model", r.lag.percentiles());
        JFreeChart chart = ChartFactory.createLineChart("Projection lag at " + Report.f0(r.lagLoad.requestsPerSecond())
                        + " commands/s (" + r.size + " run, target p99 < 250 ms)", "percentile",
                "milliseconds (log scale)", data, PlotOrientation.VERTICAL, true, false, false);
        logScale(chart.getCategoryPlot());
        chart.getCategoryPlot().addRangeMarker(marker(Report.LAG_P99_TARGET_MS, "target p99"));
        save(chart, file);
    }

    private static void replay(Results r, Path file) throws IOException {
        XYSeries progress = new XYSeries("position of the slowest processor");
        for (double[] point : r.replay.progress()) {
            progress.add(point[0], point[1]);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Read-model rebuild by replay: "
                        + Report.f0(r.replay.eventsPerSecond()) + " events/s (" + r.size + " run)",
                "seconds since the first token", "events processed by every processor",
                new XYSeriesCollection(progress), PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot());
        save(chart, file);
    }

    private static void heap(Results r, Path file) throws IOException {
        XYSeries before = new XYSeries("heap used before a GC");
        XYSeries after = new XYSeries("heap used after a GC");
        List<GcLog.Collection> collections = r.heap.collections();
        long start = collections.isEmpty() ? 0 : collections.get(0).at().toEpochMilli();
        for (GcLog.Collection c : collections) {
            double seconds = (c.at().toEpochMilli() - start) / 1000.0;
            before.add(seconds, c.beforeMiB());
            after.add(seconds, c.afterMiB());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(before);
        data.addSeries(after);
        JFreeChart chart = ChartFactory.createXYLineChart("Service heap, -Xmx" + r.heap.maxHeap() + " ("
                        + r.size + " run: replay, ingest, trace, lag)", "seconds since the first GC", "MiB", data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot());
        chart.getXYPlot().addRangeMarker(marker(Report.HEAP_TARGET_MIB, "target 512 MiB"));
        save(chart, file);
    }

    private static void addPercentiles(DefaultCategoryDataset data, String series, Map<Double, Double> values) {
        for (double p : PERCENTILES) {
            Double value = values.get(p);
            if (value != null) {
                data.addValue(Math.max(value, 0.01), series, p == 100 ? "max" : "p" + Report.trim(p));
            }
        }
    }

    private static void logScale(CategoryPlot plot) {
        LogarithmicAxis axis = new LogarithmicAxis(plot.getRangeAxis().getLabel());
        axis.setAllowNegativesFlag(false);
        axis.setStrictValuesFlag(false);
        plot.setRangeAxis(axis);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    private static void style(XYPlot plot) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    private static ValueMarker marker(double value, String label) {
        ValueMarker marker = new ValueMarker(value, Color.RED, new BasicStroke(1.5f));
        marker.setLabel(label);
        return marker;
    }

    private static void save(JFreeChart chart, Path file) throws IOException {
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
