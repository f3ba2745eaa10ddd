package xiaokang.reports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import xiaokang.reports.ReportException;

/**
 * The Chinese font reports are drawn with, and the BIRT font configuration that maps every generic
 * family and the CJK catalogues to it, so that PDFs embed it instead of naming a font the reader
 * may lack. BIRT reads only the folders listed in the configuration, not their sub-folders.
 */
final class CjkFonts {

    /** A font file, its family name, and the Debian package that installs it. */
    record Font(Path file, String family, String debianPackage) {
    }

    static final List<Font> KNOWN = List.of( //
            new Font(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYi Zen Hei", "fonts-wqy-zenhei"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Font(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYi Micro Hei", "fonts-wqy-microhei"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Font(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), "Noto Sans CJK SC", "fonts-noto-cjk")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private CjkFonts() {
    }

    static Optional<Font> installed() {
        return KNOWN.stream().filter(font -> Files.isReadable(font.file())).findFirst();
    }

    /** Writes the configuration for the first installed font to {@code file}; says what to install when there is none. */
    static Path writeConfiguration(Path file) throws ReportException {
        Font font = installed().orElseThrow(() -> new ReportException(
                NLS.bind(Messages.CjkFonts_missing, KNOWN.get(0).debianPackage())));
        String family = font.family();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <font>
                  <kerning-and-ligatures enabled="false"/>
                  <font-aliases>
                    <mapping name="serif" font-family="%1$s"/>
                    <mapping name="sans-serif" font-family="%1$s"/>
                    <mapping name="monospace" font-family="%1$s"/>
                    <mapping name="cursive" font-family="%1$s"/>
                    <mapping name="fantasy" font-family="%1$s"/>
                    <mapping name="Times-Roman" font-family="%1$s"/>
                    <mapping name="Helvetica" font-family="%1$s"/>
                    <mapping name="STSong-Light" font-family="%1$s"/>
                  </font-aliases>
                  <font-encodings>
                    <encoding font-family="%1$s" encoding="Identity-H"/>
                  </font-encodings>
                  <composite-font name="all-fonts" font-family="%1$s">
                    <font font-family="%1$s" catalog="Western"/>
                    <font font-family="%1$s" catalog="Chinese_S"/>
                    <font font-family="%1$s" catalog="Chinese_T"/>
                    <font font-family="%1$s" catalog="Chinese"/>
                  </composite-font>
                  <font-paths>
                    <path path="%2$s"/>
                  </font-paths>
                </font>
                """.formatted(family, font.file().getParent());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException(NLS.bind(Messages.CjkFonts_unwritable, file), e);
        }
        return file;
    }
}
