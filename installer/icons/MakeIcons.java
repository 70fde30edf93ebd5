import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the POS and KDS icons (256x256 PNG) committed under
 * installer/src/main/resources/installer/deb/{app}/. Run from the repository root when they need redrawing:
 * {@code java -Djava.awt.headless=true installer/icons/MakeIcons.java}
 */
public final class MakeIcons {

    public static void main(String[] args) throws IOException {
        // Next to each package's jpackage resources: the .deb takes the icon from there (by launcher name).
        Path dir = Path.of("installer/src/main/resources/installer/deb");
        draw(dir.resolve("pos/brigade-pos.png"), "POS", new Color(0x1E88E5), new Color(0x0D47A1));
        draw(dir.resolve("kds/brigade-kds.png"), "KDS", new Color(0xF4511E), new Color(0xBF360C));
        // The server has no icon: jpackage adds a menu entry to any package whose image has one.
    }

    private static void draw(Path file, String label, Color top, Color bottom) throws IOException {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, top, 0, size, bottom));
            g.fill(new RoundRectangle2D.Double(8, 8, size - 16, size - 16, 56, 56));
            g.setColor(new Color(255, 255, 255, 230));
            g.setStroke(new BasicStroke(10f));
            g.drawLine(56, 84, 200, 84);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("BRIGADE", centered(g, "BRIGADE", size), 64);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 92));
            g.drawString(label, centered(g, label, size), 190);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static int centered(Graphics2D g, String text, int size) {
        return (size - g.getFontMetrics().stringWidth(text)) / 2;
    }
}
