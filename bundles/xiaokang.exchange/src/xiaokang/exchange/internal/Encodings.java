package xiaokang.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text file from a Chinese desk: a byte-order mark says it; else a file that
 * decodes as strict UTF-8 is UTF-8; else it is GB18030 (which reads GBK and GB2312 too).
 */
public final class Encodings {

    public static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$

    /** An encoding and how many bytes of byte-order mark to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    private Encodings() {
    }

    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Detected(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new Detected(StandardCharsets.UTF_16LE, 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new Detected(StandardCharsets.UTF_16BE, 2);
            }
        }
        return new Detected(isUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Decodes the whole file as strict UTF-8, a block at a time (a character may span two blocks). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[1 << 15];
            int read;
            while ((read = in.read(block)) >= 0) {
                bytes.put(block, 0, read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return false;
            }
            return !bytes.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
