package io.sanctionscreen.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws recall and false-alert rate against threshold as a PNG: recall on the left axis (0 to
 * 100%), false-alert rate on the right axis (0 to its maximum), the chosen threshold marked.
 */
public final class EvaluationChart {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  private static final int LEFT = 70;
  private static final int RIGHT = 80;
  private static final int TOP = 60;
  private static final int BOTTOM = 60;
  private static final Color RECALL = new Color(0x1f, 0x77, 0xb4);
  private static final Color ALERTS = new Color(0xd6, 0x27, 0x28);

  private EvaluationChart() {}

  /** The chart of an evaluation, as PNG bytes. */
  public static byte[] png(Evaluation evaluation) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      draw(g, evaluation);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void draw(Graphics2D g, Evaluation e) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Map<Double, Evaluation.Counts> sweep = e.sweep();
    double x0 = Evaluation.SWEEP_FROM;
    double maxFa = 0;
    for (Evaluation.Counts c : sweep.values()) {
      maxFa = Math.max(maxFa, c.falseAlertRate());
    }
    maxFa = Math.max(0.01, niceCeiling(maxFa));
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    // Grid and axes.
    g.setColor(new Color(0xe0, 0xe0, 0xe0));
    for (int i = 0; i <= 10; i++) {
      int y = TOP + plotH - i * plotH / 10;
      g.drawLine(LEFT, y, LEFT + plotW, y);
    }
    g.setColor(Color.DARK_GRAY);
    g.drawRect(LEFT, TOP, plotW, plotH);
    for (int i = 0; i <= 10; i++) {
      int y = TOP + plotH - i * plotH / 10;
      g.setColor(RECALL);
      g.drawString(String.format(Locale.ROOT, "%d%%", i * 10), LEFT - 40, y + 4);
      g.setColor(ALERTS);
      g.drawString(
          String.format(Locale.ROOT, "%.2f%%", 100 * maxFa * i / 10), LEFT + plotW + 8, y + 4);
    }
    g.setColor(Color.DARK_GRAY);
    for (int i = 0; i <= 10; i++) {
      double t = x0 + i * (1 - x0) / 10;
      int x = LEFT + (int) Math.round((t - x0) / (1 - x0) * plotW);
      g.drawLine(x, TOP + plotH, x, TOP + plotH + 4);
      g.drawString(String.format(Locale.ROOT, "%.2f", t), x - 12, TOP + plotH + 18);
    }
    g.drawString("threshold", LEFT + plotW / 2 - 25, HEIGHT - 15);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    Evaluation.Counts at = e.counts(e.threshold());
    g.drawString(
        String.format(
            Locale.ROOT,
            "Recall (blue, left) and false-alert rate (red, right) by threshold, %d queries",
            e.outcomes().size()),
        LEFT,
        TOP - 26);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(
        String.format(
            Locale.ROOT,
            "At %.2f (dashed): recall %.2f%%, false alerts %.2f%%",
            e.threshold(),
            100 * at.recall(),
            100 * at.falseAlertRate()),
        LEFT,
        TOP - 8);
    // Chosen threshold.
    int tx = LEFT + (int) Math.round((e.threshold() - x0) / (1 - x0) * plotW);
    g.setColor(Color.GRAY);
    g.setStroke(
        new BasicStroke(
            1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
    g.drawLine(tx, TOP, tx, TOP + plotH);
    // Curves.
    g.setStroke(new BasicStroke(2.2f));
    curve(g, sweep, x0, plotW, plotH, true, 1.0, RECALL);
    curve(g, sweep, x0, plotW, plotH, false, maxFa, ALERTS);
  }

  private static void curve(
      Graphics2D g,
      Map<Double, Evaluation.Counts> sweep,
      double x0,
      int plotW,
      int plotH,
      boolean recall,
      double max,
      Color color) {
    g.setColor(color);
    int px = -1;
    int py = -1;
    for (Map.Entry<Double, Evaluation.Counts> en : sweep.entrySet()) {
      double v = recall ? en.getValue().recall() : en.getValue().falseAlertRate();
      int x = LEFT + (int) Math.round((en.getKey() - x0) / (1 - x0) * plotW);
      int y = TOP + plotH - (int) Math.round(Math.min(1, v / max) * plotH);
      if (px >= 0) {
        g.drawLine(px, py, x, y);
      }
      px = x;
      py = y;
    }
  }

  private static double niceCeiling(double v) {
    double[] steps = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};
    for (double s : steps) {
      if (v <= s) {
        return s;
      }
    }
    return 1;
  }
}
