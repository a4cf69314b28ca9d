package org.entente.store.brief.render;

import java.util.Locale;
import org.entente.store.brief.TopicChart;

/**
 * The topic chart as inline SVG: one row per topic, one bar per year, bar heights proportional to
 * the number of documents, years along the bottom. Presentation attributes only (no style
 * attributes, which a strict Content-Security-Policy blocks). Stateless.
 */
public final class TopicChartSvg {

  static final int WIDTH = 640;
  static final int LABEL = 150;
  static final int ROW = 26;
  static final int AXIS = 18;

  private TopicChartSvg() {}

  /** The chart, or an empty string when it has no topics. */
  public static String write(TopicChart chart) {
    if (chart.series().isEmpty() || chart.years().isEmpty()) {
      return "";
    }
    int years = chart.years().size();
    double col = (WIDTH - LABEL - 10) / (double) years;
    double bar = Math.min(28, col * 0.6);
    int height = chart.series().size() * ROW + AXIS;
    int max = Math.max(1, chart.max());
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"topic-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"Documents per topic and year\">")
        .append("<title>Documents per topic and year</title>");
    for (int i = 0; i < chart.series().size(); i++) {
      TopicChart.Series s = chart.series().get(i);
      int top = i * ROW;
      sb.append("<g class=\"topic\" data-topic=\"").append(Escape.html(s.topic())).append("\">");
      sb.append("<text x=\"0\" y=\"")
          .append(top + ROW - 8)
          .append("\" font-size=\"12\" fill=\"#222\">")
          .append(Escape.html(s.topic().replace('_', ' ')))
          .append("</text>");
      sb.append("<line x1=\"")
          .append(LABEL)
          .append("\" x2=\"")
          .append(WIDTH - 10)
          .append("\" y1=\"")
          .append(top + ROW - 4)
          .append("\" y2=\"")
          .append(top + ROW - 4)
          .append("\" stroke=\"#ccc\" stroke-width=\"1\"/>");
      for (int y = 0; y < years; y++) {
        int c = s.counts().get(y);
        if (c == 0) {
          continue;
        }
        double h = (ROW - 8) * c / (double) max;
        double x = LABEL + y * col + (col - bar) / 2;
        sb.append("<rect class=\"bar\" x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(top + ROW - 4 - h))
            .append("\" width=\"")
            .append(num(bar))
            .append("\" height=\"")
            .append(num(h))
            .append("\" fill=\"#3b6ea5\"><title>")
            .append(Escape.html(s.topic()))
            .append(", ")
            .append(chart.years().get(y))
            .append(": ")
            .append(c)
            .append("</title></rect>");
      }
      sb.append("</g>");
    }
    int base = chart.series().size() * ROW + AXIS - 4;
    for (int y = 0; y < years; y++) {
      sb.append("<text class=\"year\" x=\"")
          .append(num(LABEL + y * col + col / 2))
          .append("\" y=\"")
          .append(base)
          .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">")
          .append(Escape.html(chart.years().get(y)))
          .append("</text>");
    }
    return sb.append("</svg>").toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
