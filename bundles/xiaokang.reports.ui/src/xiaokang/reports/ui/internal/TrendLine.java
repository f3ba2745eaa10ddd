package xiaokang.reports.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import xiaokang.reports.IndicatorHistory;
import xiaokang.reports.IndicatorValue;

/**
 * Draws an indicator's history as a small line chart in a rectangle: the values of its runs from
 * left (oldest) to right, scaled between their lowest and highest, the latest as a dot.
 */
final class TrendLine {

    private TrendLine() {
    }

    /** What the trend says in words: the change since the oldest run shown, or since when it is recorded. */
    static String change(IndicatorValue latest, List<IndicatorHistory.Point> history) {
        if (history.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        IndicatorHistory.Point first = history.get(0);
        String since = first.at().toLocalDate().toString();
        if (history.size() < 2 || first.value() == null || latest.value() == null) {
            return NLS.bind(Messages.HomePage_since, since);
        }
        BigDecimal difference = latest.value().subtract(first.value()).setScale(latest.decimals(), RoundingMode.HALF_UP);
        return NLS.bind(Messages.HomePage_change, since, (difference.signum() > 0 ? "+" : "") + difference.toPlainString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static void paint(GC gc, Rectangle area, List<IndicatorHistory.Point> points) {
        List<BigDecimal> values = points.stream().map(IndicatorHistory.Point::value).filter(v -> v != null).toList();
        if (values.isEmpty() || area.width < 4 || area.height < 4) {
            return;
        }
        double low = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        int[] xy = new int[values.size() * 2];
        for (int i = 0; i < values.size(); i++) {
            xy[2 * i] = area.x + 2 + (values.size() == 1 ? area.width - 4 : i * (area.width - 4) / (values.size() - 1));
            double share = high == low ? 0.5 : (values.get(i).doubleValue() - low) / (high - low);
            xy[2 * i + 1] = area.y + area.height - 2 - (int) Math.round(share * (area.height - 4));
        }
        gc.setAntialias(SWT.ON);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.setLineWidth(2);
        gc.drawPolyline(xy);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.fillOval(xy[xy.length - 2] - 3, xy[xy.length - 1] - 3, 6, 6);
    }
}
